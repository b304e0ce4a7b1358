"""Experience sharing: stories by municipalities and NGOs about what worked in their equality work
and what did not, listed on one index page per language."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.models.monitoring import thematic_area_field
from portal.blocks import stream_blocks
from portal.models import PortalPage, PortalPageQuerySet

__all__ = ["AuthorKind", "StoryIndexPage", "StoryPage", "StoryPageQuerySet"]


class AuthorKind(models.TextChoices):
    """Who wrote the story."""

    MUNICIPALITY = "municipality", _("Belediye")
    NGO = "ngo", _("Sivil toplum kuruluşu")
    BOARD = "board", _("İzleme Heyeti")
    OTHER = "other", _("Diğer")


class StoryIndexPage(PortalPage):
    """/deneyimler/: the stories of one language, newest first, filterable by municipality and
    thematic area (see stories.listing)."""

    content_panels = PortalPage.content_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count_per_parent = 1

    override_translatable_fields = PortalPage.override_translatable_fields

    class Meta:
        verbose_name = _("Deneyim listesi")
        verbose_name_plural = _("Deneyim listeleri")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add one page of story cards, the filter options and notices about invalid filters."""
        from .listing import story_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing(self, request.GET))
        return context


class StoryPageQuerySet(PortalPageQuerySet):
    """Queries of stories; public channels start from for_public() as for every page type."""

    def newest_first(self) -> StoryPageQuerySet:
        """Latest story date first; stories of the same date in a stable order."""
        return self.order_by("-date", "-pk")

    def about_municipality(self, translation_key: UUID) -> StoryPageQuerySet:
        """Stories about a municipality, matched by translation key: the link is synchronised,
        so English stories point at the Turkish municipality page (or whichever one an editor
        chose)."""
        return self.filter(municipality__translation_key=translation_key)

    def in_areas(self, translation_keys: set[UUID]) -> StoryPageQuerySet:
        """Stories in a thematic area, in whichever language the link points to."""
        return self.filter(area__translation_key__in=translation_keys)


StoryPageManager = PageManager.from_queryset(StoryPageQuerySet)


class StoryPage(PortalPage):
    """One experience: who wrote it, about which municipality and area, and the lessons."""

    author_organisation = models.CharField(
        _("Yazan kurum"),
        max_length=200,
        help_text=_("Deneyimi yazan belediye birimi ya da sivil toplum kuruluşu."),
    )
    author_kind = models.CharField(
        _("Yazan kurumun türü"),
        max_length=20,
        choices=AuthorKind.choices,
        default=AuthorKind.MUNICIPALITY,
    )
    municipality = models.ForeignKey(
        "plans.MunicipalityPage",
        verbose_name=_("Belediye"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
        help_text=_("Deneyimin yaşandığı belediye (varsa)."),
    )
    area = thematic_area_field()
    date = models.DateField(_("Tarih"), help_text=_("Deneyimin paylaşıldığı tarih."))
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document", "embed"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    lessons = models.TextField(
        _("Öğrenilen dersler"),
        blank=True,
        help_text=_("Başkalarının işine yarayacak başlıca dersler; her biri ayrı bir paragraf."),
    )

    objects = StoryPageManager()

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("author_organisation"), FieldPanel("author_kind")]),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("area")]),
                FieldPanel("date"),
            ],
            heading=_("Künye"),
        ),
        FieldPanel("body"),
        FieldPanel("lessons"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("author_organisation"),
        index.SearchField("body"),
        index.SearchField("lessons"),
        index.FilterField("author_kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("author_organisation"),
        SynchronizedField("author_kind"),
        # Page links stay synchronised (wagtail-localize's default): readers are sent to the
        # municipality's page in their language when it is public (stories.listing).
        SynchronizedField("municipality"),
        TranslatableField("area"),
        SynchronizedField("date"),
        TranslatableField("body"),
        TranslatableField("lessons"),
    ]

    class Meta:
        verbose_name = _("Deneyim")
        verbose_name_plural = _("Deneyimler")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The municipality (public only, in the visitor's language) and the area to show."""
        from .listing import shown_area, shown_municipality

        context = super().get_context(request, *args, **kwargs)
        context["municipality"] = shown_municipality(self)
        context["area"] = shown_area(self)
        return context
