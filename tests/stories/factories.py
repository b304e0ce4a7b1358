"""Factories for the story index and story pages."""

from __future__ import annotations

from datetime import date, timedelta

import factory
import wagtail_factories

from stories.models import AuthorKind, StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    """The story index; pass parent=<home page>."""

    title = "Deneyim paylaşımı"
    slug = "deneyimler"
    intro = "Belediyelerin ve sivil toplumun deneyimleri."
    show_in_menus = True

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    """A story by a municipal unit, one day newer than the previous one; pass parent=<index>."""

    title = factory.Sequence(lambda n: f"Kadın meclisi deneyimi {n}")
    intro = "Bir ilçede kadın meclisinin kuruluşu."
    author_organisation = "Kadın Çalışmaları Birimi"
    author_kind = AuthorKind.MUNICIPALITY
    date = factory.Sequence(lambda n: date(2025, 1, 1) + timedelta(days=n))
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Toplantılar akşam yapıldı.</p>"}]
    )
    lessons = "Katılımın engellerini baştan kaldırın.\n\nYanıtları görünür kılın."

    class Meta:
        model = StoryPage
