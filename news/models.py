"""News, press releases and announcements: the index (with RSS and Atom feeds) and the items."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.models.links import MunicipalityLink, MunicipalityLinksMixin, municipality_field
from portal.blocks import stream_blocks
from portal.choices import FromParamMixin
from portal.models import PortalPage, PortalPageQuerySet
from portal.pagination import PAGE_PARAM, pagination_links

from .feeds import NewsAtomFeed, NewsRssFeed

#: Items per page of the news index.
NEWS_PER_PAGE = 10


class NewsKind(FromParamMixin, models.TextChoices):
    """What an item is; shown as a tag and used as the feed category."""

    NEWS = "news", _("Haber")
    PRESS_RELEASE = "press_release", _("Basın bülteni")
    ANNOUNCEMENT = "announcement", _("Duyuru")


class NewsIndexPage(RoutablePageMixin, PortalPage):
    """/haberler/: the language's news, newest first, filterable by kind, with RSS and Atom."""

    content_panels = PortalPage.content_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    override_translatable_fields = PortalPage.override_translatable_fields

    class Meta:
        verbose_name = _("Haber listesi")
        verbose_name_plural = _("Haber listeleri")

    def news_items(self, kind: NewsKind | None = None) -> PortalPageQuerySet:
        """Live, public items under this index (so in its language), newest first."""
        items = NewsPage.objects.child_of(self).for_public()
        if kind is not None:
            items = items.filter(kind=kind)
        return items.order_by("-date", "-first_published_at", "-pk")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """One page of items, the kind filter (an unknown kind shows all, with a notice)."""
        context = super().get_context(request, *args, **kwargs)
        kind, kind_filter = NewsKind.filter_context(
            request, _("Böyle bir içerik türü yok; tüm haberler gösteriliyor.")
        )
        paginator = Paginator(self.news_items(kind), NEWS_PER_PAGE)
        items = paginator.get_page(request.GET.get(PAGE_PARAM))
        context.update(
            kind_filter,
            news_items=items,
            page_links=pagination_links(items, kind_filter["kind_query"]),
            press_release=NewsKind.PRESS_RELEASE.value,
        )
        return context

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page and its feeds."""
        return ["/", "rss/", "atom/"]

    @path("rss/", name="rss")
    def rss_feed(self, request: HttpRequest) -> HttpResponse:
        """RSS 2.0 feed of this index's items (?tur=<kind> filters)."""
        return NewsRssFeed(self, NewsKind.from_request(request))(request)

    @path("atom/", name="atom")
    def atom_feed(self, request: HttpRequest) -> HttpResponse:
        """Atom 1.0 feed of this index's items (?tur=<kind> filters)."""
        return NewsAtomFeed(self, NewsKind.from_request(request))(request)


class NewsPage(MunicipalityLinksMixin, PortalPage):
    """One news item, press release or announcement."""

    kind = models.CharField(
        _("Tür"), max_length=20, choices=NewsKind.choices, default=NewsKind.NEWS
    )
    date = models.DateField(
        _("Tarih"),
        default=timezone.localdate,
        help_text=_("Haberin tarihi; listede ve akışlarda sıralama buna göre yapılır."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Manşet görseli"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("Görselin alternatif metni"),
        max_length=250,
        blank=True,
        help_text=_(
            "Görseli göremeyenler için görselin ne gösterdiğini anlatın. Görsel yalnızca süs "
            "amaçlıysa boş bırakıp “Süs amaçlı görsel” kutusunu işaretleyin; aksi hâlde zorunludur."
        ),
    )
    lead_image_decorative = models.BooleanField(
        _("Süs amaçlı görsel"),
        default=False,
        help_text=_("İşaretliyse ekran okuyucular görseli atlar (boş alternatif metin)."),
    )
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document", "embed", "table"),
        blank=True,
        verbose_name=_("İçerik"),
    )

    content_panels = [
        *PortalPage.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_alt"),
                FieldPanel("lead_image_decorative"),
            ],
            heading=_("Manşet görseli"),
        ),
        FieldPanel("body"),
        InlinePanel("related_municipalities", heading=_("İlgili belediyeler"), label=_("Belediye")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("kind"),
        SynchronizedField("date"),
        SynchronizedField("lead_image"),
        TranslatableField("lead_image_alt"),
        SynchronizedField("lead_image_decorative"),
        TranslatableField("body"),
        SynchronizedField("related_municipalities"),
    ]

    municipality_links = "related_municipalities"

    class Meta:
        verbose_name = _("Haber")
        verbose_name_plural = _("Haberler")

    def clean(self) -> None:
        """A lead image needs alternative text unless it is marked decorative."""
        super().clean()
        if (
            self.lead_image_id
            and not self.lead_image_decorative
            and not self.lead_image_alt.strip()
        ):
            raise ValidationError(
                {
                    "lead_image_alt": _(
                        "Manşet görseli için alternatif metin yazın ya da görseli “Süs amaçlı "
                        "görsel” olarak işaretleyin."
                    )
                }
            )

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the related municipalities visitors can open, in the active language."""
        context = super().get_context(request, *args, **kwargs)
        context["municipalities"] = self.public_municipalities()
        return context

    @property
    def published_at(self) -> datetime:
        """The item's date at the local time of day it was first published (timezone-aware)."""
        clock = time(0)
        if self.first_published_at is not None:
            clock = timezone.localtime(self.first_published_at).time()
        return timezone.make_aware(datetime.combine(self.date, clock))

    @property
    def updated_at(self) -> datetime:
        """When the item last changed for readers: its last publication, never before its date."""
        if self.last_published_at is None:
            return self.published_at
        return max(self.published_at, self.last_published_at)


class NewsMunicipality(MunicipalityLink):
    """A municipality the item is about; the item links to the municipality's page."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_municipalities")
    municipality = municipality_field(related_name="news_links")

    class Meta(MunicipalityLink.Meta):
        verbose_name = _("İlgili belediye")
        verbose_name_plural = _("İlgili belediyeler")
