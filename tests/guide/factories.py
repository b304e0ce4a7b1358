"""Factories for the guide's pages."""

from __future__ import annotations

import factory
import wagtail_factories

from guide.models import GuideChapterPage, GuidePage


class GuidePageFactory(wagtail_factories.PageFactory):
    """The guide with a short foreword; pass parent=<home page>."""

    title = "İlk YEEP kılavuzu"
    slug = "kilavuz"
    intro = "Belediyeler için adım adım kılavuz."
    show_in_menus = True
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Kılavuzun önsözü.</p>"}]
    )

    class Meta:
        model = GuidePage


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    """A chapter with two level-2 headings (one with Turkish letters) and a paragraph each;
    pass parent=<guide>."""

    title = factory.Sequence(lambda n: f"Bölüm başlığı {n}")
    slug = factory.Sequence(lambda n: f"bolum-{n}")
    intro = factory.Sequence(lambda n: f"Bölüm {n} hakkında kısa bir giriş.")
    summary = "Birinci ana nokta\nİkinci ana nokta"
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "İhtiyaç Analizi", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Cinsiyete göre ayrıştırılmış veri.</p>"},
            {"type": "heading", "value": {"text": "Alt başlık", "level": "h3"}},
            {"type": "heading", "value": {"text": "Güvenli kent yürüyüşleri", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Akşam saatlerinde yürüyüş.</p>"},
        ]
    )

    class Meta:
        model = GuideChapterPage
