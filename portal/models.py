"""Home and standard pages, and the base every portal page type builds on."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import stream_blocks


class PortalPageQuerySet(PageQuerySet):
    """Page queries shared by every portal page type."""

    def for_public(self) -> PortalPageQuerySet:
        """What anonymous visitors may see: live pages without view restrictions (in any
        ancestor). Every public channel reads pages through this, never its own filter."""
        return self.live().public()


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


class PortalPage(Page):
    """Abstract base of every page type: the sample-data flag and a plain-text introduction.

    `is_sample_data` drives the visible "Örnek veri / Sample data" notice, so invented demo content
    about real municipalities can never be mistaken for a real assessment.
    """

    intro = models.TextField(
        _("Giriş"), blank=True, help_text=_("Başlığın altında gösterilen bir iki cümlelik özet.")
    )
    is_sample_data = models.BooleanField(
        _("Örnek veri"),
        default=False,
        help_text=_(
            "İşaretliyse sayfada “Örnek veri / Sample data” uyarısı gösterilir. Gerçek olmayan "
            "(demo) içerik taşıyan her sayfada işaretli olmalıdır."
        ),
    )

    objects = PortalPageManager()

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_data")]

    override_translatable_fields = [SynchronizedField("is_sample_data")]

    class Meta:
        abstract = True


class HomePage(PortalPage):
    """The root of one language's site: introduction, highlights and the footer's contact data."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    contact_email = models.EmailField(_("İletişim e-postası"), blank=True)

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("contact_email")], heading=_("Alt bilgi")),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "plans.MunicipalityIndexPage",
        "indicators.IndicatorIndexPage",
        "reports.ReportIndexPage",
        "stories.StoryIndexPage",
        "news.NewsIndexPage",
        "guide.GuidePage",
        "training.TrainingIndexPage",
        "events.EventIndexPage",
        "plans.OpenDataPage",
    ]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("contact_email"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Ana sayfa")
        verbose_name_plural = _("Ana sayfalar")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the live, public sections under the home page for the front-page cards."""
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().in_menu().specific()
        return context


class StandardPage(PortalPage):
    """A free-form page: about, Monitoring Board, methodology, contact, privacy."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document", "embed", "table"),
        blank=True,
        verbose_name=_("İçerik"),
    )

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("Standart sayfa")
        verbose_name_plural = _("Standart sayfalar")
