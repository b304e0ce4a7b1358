"""Rights-based indicators: shared definitions; their values come from approved assessments."""

from __future__ import annotations

from typing import Any

from csp.decorators import csp_replace

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.models.monitoring import thematic_area_field
from plans.scales import Disaggregation
from plans.tree import shown_children
from portal.blocks import stream_blocks
from portal.models import PortalPage
from portal.routes import LocalizedRoutesMixin, localized_path

from .blocks import RightReferenceBlock


class OhchrType(models.TextChoices):
    """The OHCHR human-rights indicator types."""

    STRUCTURAL = "structural", _("Yapısal")
    PROCESS = "process", _("Süreç")
    OUTCOME = "outcome", _("Sonuç")


class Direction(models.TextChoices):
    """Which way a change of the indicator is an improvement."""

    HIGHER = "higher", _("Yüksek olması iyi")
    LOWER = "lower", _("Düşük olması iyi")
    NEUTRAL = "neutral", _("Yönsüz")


class Periodicity(models.TextChoices):
    """How often the indicator is measured."""

    ANNUAL = "annual", _("Yıllık")
    SEMIANNUAL = "semiannual", _("Altı aylık")
    QUARTERLY = "quarterly", _("Üç aylık")


class Measure(models.TextChoices):
    """What kind of figure the indicator is. Only a count can be compared per 100,000
    inhabitants (indicators.comparison); a share or a score cannot."""

    COUNT = "count", _("Sayı (kişi, adet, kontenjan…)")
    PERCENTAGE = "percentage", _("Yüzde")
    OTHER = "other", _("Oran, puan veya diğer")


#: The routes of the comparison across municipalities: the page and its downloads (purged
#: together: portal.caching, indicators.caching).
COMPARISON_ROUTES = ("comparison", "comparison_svg", "comparison_png", "comparison_csv")


class IndicatorIndexPage(PortalPage):
    """/gostergeler/: all indicators, grouped by thematic area."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["indicators.IndicatorPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Gösterge listesi")
        verbose_name_plural = _("Gösterge listeleri")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The public indicators under this index (the language rule: plans.tree), in code
        order, with their areas."""
        context = super().get_context(request, *args, **kwargs)
        indicators = shown_children(IndicatorPage.objects.for_public(), self)
        context["indicators"] = indicators.select_related("area").order_by("code")
        return context


class IndicatorPage(LocalizedRoutesMixin, PortalPage):
    """One rights-based indicator: definition, references, methodology; its values per
    municipality come from approved assessments (indicators.series)."""

    code = models.CharField(_("Kod"), max_length=20)
    area = thematic_area_field()
    ohchr_type = models.CharField(
        _("Gösterge türü (OHCHR)"), max_length=20, choices=OhchrType.choices
    )
    unit = models.CharField(_("Birim"), max_length=40, help_text=_("Örneğin %, kişi, adet, TL."))
    measure = models.CharField(
        _("Değer türü"),
        max_length=20,
        choices=Measure.choices,
        default=Measure.OTHER,
        help_text=_(
            "Sayı seçilirse karşılaştırmada değerler 100.000 kişi başına da gösterilir; "
            "yüzde, oran ve puanlar nüfusa bölünmez."
        ),
    )
    direction = models.CharField(
        _("Yön"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    data_source = models.CharField(_("Veri kaynağı"), max_length=300, blank=True)
    periodicity = models.CharField(
        _("Sıklık"), max_length=20, choices=Periodicity.choices, default=Periodicity.ANNUAL
    )
    disaggregated_by_sex = models.BooleanField(
        _("Cinsiyete göre ayrıştırılmış"),
        default=True,
        help_text=_("İşaretliyse değerler kadın, erkek ve toplam olarak raporlanır."),
    )
    references = StreamField(
        [("reference", RightReferenceBlock())], blank=True, verbose_name=_("Hak dayanakları")
    )
    methodology = StreamField(
        stream_blocks("heading", "paragraph", "table", "document"),
        blank=True,
        verbose_name=_("Yöntem"),
    )

    content_panels = [
        *PortalPage.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("area")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ohchr_type"), FieldPanel("direction")]),
                FieldRowPanel([FieldPanel("unit"), FieldPanel("measure")]),
                FieldRowPanel([FieldPanel("data_source"), FieldPanel("periodicity")]),
                FieldPanel("disaggregated_by_sex"),
            ],
            heading=_("Tanım"),
        ),
        FieldPanel("references"),
        FieldPanel("methodology"),
        InlinePanel("targets", heading=_("Başlangıç ve hedef değerleri"), label=_("Belediye")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("code"),
        index.SearchField("methodology"),
        index.FilterField("ohchr_type"),
    ]

    parent_page_types = ["indicators.IndicatorIndexPage"]
    subpage_types: list[str] = []
    sitemap_routes = ("comparison",)

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("code"),
        TranslatableField("area"),
        SynchronizedField("ohchr_type"),
        TranslatableField("unit"),
        SynchronizedField("measure"),
        SynchronizedField("direction"),
        TranslatableField("data_source"),
        SynchronizedField("periodicity"),
        SynchronizedField("disaggregated_by_sex"),
        TranslatableField("references"),
        TranslatableField("methodology"),
        SynchronizedField("targets"),
    ]

    class Meta:
        verbose_name = _("Gösterge")
        verbose_name_plural = _("Göstergeler")

    @property
    def disaggregations(self) -> list[Disaggregation]:
        """The breakdowns this indicator is reported in, total last."""
        if self.disaggregated_by_sex:
            return [Disaggregation.WOMEN, Disaggregation.MEN, Disaggregation.TOTAL]
        return [Disaggregation.TOTAL]

    @property
    def is_count(self) -> bool:
        """Whether the indicator counts people or things (its `measure`), so that its values can
        be compared per 100,000 inhabitants."""
        return self.measure == Measure.COUNT

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page, its CSV, its comparison and the
        comparison's downloads.

        The embeds are purged per municipality, with that municipality's assessments."""
        return ["/", "csv/", *(self.reverse_subpage(name) for name in COMPARISON_ROUTES)]

    # The routes are in indicators.views, imported when called: views read the series and
    # listings, which import this module.

    @path("")
    def definition_and_series(self, request: HttpRequest) -> HttpResponse:
        """The definition and, per municipality, the approved time series (chart + table), ten
        municipalities a page, with a filter by name."""
        from .views import series_page

        return series_page(self, request)

    @path("csv/", name="csv")
    def csv(self, request: HttpRequest) -> HttpResponse:
        """Every approved value of the indicator as CSV (UTF-8 with BOM, for spreadsheets)."""
        from .exports import indicator_values_csv

        return indicator_values_csv(self)

    @localized_path("embed", tr="gomme/<slug:municipality>/", en="embed/<slug:municipality>/")
    @csp_replace({"frame-ancestors": ["*"]})
    def embed(self, request: HttpRequest, municipality: str) -> HttpResponse:
        """Chart and table of one municipality's series, to be framed by any site (only this URL
        may be framed: X-Frame-Options is left out and the site's Content-Security-Policy gets
        frame-ancestors *; the rest of the policy stays)."""
        from .views import embed_page

        return embed_page(self, request, municipality)

    @localized_path("comparison", tr="karsilastirma/", en="comparison/")
    def comparison(self, request: HttpRequest) -> HttpResponse:
        """All municipalities on this indicator for one monitoring period (?donem=<id>)."""
        from .views import comparison_page

        return comparison_page(self, request)

    # The comparison's downloads, with the same query string as the comparison it is of (Wagtail
    # routes only paths of words and slashes: no ".svg" ending; the file name is in the
    # response's Content-Disposition).
    @localized_path("comparison_svg", tr="karsilastirma/grafik/svg/", en="comparison/chart/svg/")
    def comparison_svg(self, request: HttpRequest) -> HttpResponse:
        """The comparison's chart as SVG, with its source and licence."""
        from .views import comparison_download

        return comparison_download(self, request, "svg")

    @localized_path("comparison_png", tr="karsilastirma/grafik/png/", en="comparison/chart/png/")
    def comparison_png(self, request: HttpRequest) -> HttpResponse:
        """The comparison's chart as PNG, with its source and licence."""
        from .views import comparison_download

        return comparison_download(self, request, "png")

    @localized_path("comparison_csv", tr="karsilastirma/veri/csv/", en="comparison/data/csv/")
    def comparison_csv(self, request: HttpRequest) -> HttpResponse:
        """The comparison's data as CSV, every municipality the filters keep."""
        from .views import comparison_download

        return comparison_download(self, request, "csv")


class IndicatorTarget(Orderable):
    """A municipality's baseline and target for the indicator."""

    page = ParentalKey(IndicatorPage, on_delete=models.CASCADE, related_name="targets")
    municipality = models.ForeignKey(
        "plans.MunicipalityPage",
        verbose_name=_("Belediye"),
        on_delete=models.CASCADE,
        related_name="indicator_targets",
    )
    disaggregation = models.CharField(
        _("Kırılım"), max_length=20, choices=Disaggregation.choices, default=Disaggregation.TOTAL
    )
    baseline_value = models.DecimalField(
        _("Başlangıç değeri"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("Başlangıç yılı"), null=True, blank=True)
    target_value = models.DecimalField(
        _("Hedef değer"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    target_year = models.PositiveSmallIntegerField(_("Hedef yılı"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("disaggregation")]),
        FieldRowPanel([FieldPanel("baseline_value"), FieldPanel("baseline_year")]),
        FieldRowPanel([FieldPanel("target_value"), FieldPanel("target_year")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Başlangıç ve hedef")
        verbose_name_plural = _("Başlangıç ve hedefler")
