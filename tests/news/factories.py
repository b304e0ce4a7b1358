"""Factories for the news index and news items."""

from __future__ import annotations

from datetime import date

import factory
import wagtail_factories

from news.models import NewsIndexPage, NewsKind, NewsPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    """The news index; pass parent=<home page>."""

    title = "Haberler ve duyurular"
    slug = "haberler"
    intro = "Projeden haberler ve duyurular."
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    """A news item with a paragraph in its body; pass parent=<news index>.

    Created live but never published (first_published_at is empty); tests that need a real
    publication go through tests.news.conftest.publish_news.
    """

    title = factory.Sequence(lambda n: f"Haber {n}")
    slug = factory.Sequence(lambda n: f"haber-{n}")
    intro = factory.LazyAttribute(lambda obj: f"{obj.title} hakkında kısa bir giriş.")
    kind = NewsKind.NEWS
    date = date(2025, 5, 1)
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Haberin ayrıntıları.</p>"}]
    )

    class Meta:
        model = NewsPage
