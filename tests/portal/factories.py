"""Factories for portal pages."""

from __future__ import annotations

import factory
import wagtail_factories

from portal.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page; pass parent=Page.get_first_root_node()."""

    title = "YEEP İzleme Platformu"
    slug = "anasayfa"
    intro = "Yerel Eşitlik Eylem Planlarının izlendiği platform."
    contact_email = "iletisim@example.org"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    """A standard page with a heading and a paragraph in its body."""

    title = factory.Sequence(lambda n: f"Standart sayfa {n}")
    intro = "Bu sayfa hakkında kısa bir giriş."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Yöntem başlığı", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Hak temelli göstergelerle izleme.</p>"},
        ]
    )
    show_in_menus = True

    class Meta:
        model = StandardPage
