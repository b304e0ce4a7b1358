"""Published monitoring reports: three progress reports, a final report and others.

A report is the Monitoring Board's voice, so like an assessment it is published only through the
board's approval (BoardApprovedPageMixin and the "İzleme Heyeti onayı" workflow on the index).
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.models.links import MunicipalityLink, MunicipalityLinksMixin
from plans.permissions import BoardApprovedPageMixin
from portal.blocks import stream_blocks
from portal.languages import shown_copy
from portal.models import PortalPage
from portal.pagination import PAGE_PARAM, pagination_links

from .documents import document_language

REPORTS_PER_PAGE = 12


class ReportKind(models.TextChoices):
    """The reports of the project; the three progress reports and the final one are its outputs."""

    PROGRESS_1 = "progress-1", _("1. İlerleme raporu")
    PROGRESS_2 = "progress-2", _("2. İlerleme raporu")
    PROGRESS_3 = "progress-3", _("3. İlerleme raporu")
    FINAL = "final", _("Final raporu")
    OTHER = "other", _("Diğer")


class ReportIndexPage(PortalPage):
    """/raporlar/: reports newest first, filterable by kind and year."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["reports.ReportPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Rapor listesi")
        verbose_name_plural = _("Rapor listeleri")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Live public reports; ?tur=<kind> and ?yil=<year> filter, bad values give a notice."""
        context = super().get_context(request, *args, **kwargs)
        reports = ReportPage.objects.child_of(self).for_public()
        years = sorted(
            {day.year for day in reports.values_list("publication_date", flat=True)}, reverse=True
        )
        kind, year, notices = request.GET.get("tur", ""), request.GET.get("yil", ""), []
        if kind:
            if kind in ReportKind.values:
                reports = reports.filter(kind=kind)
            else:
                notices.append(_gettext("Bilinmeyen rapor türü; tüm raporlar gösteriliyor."))
                kind = ""
        if year:
            if year.isdigit() and int(year) in years:
                reports = reports.filter(publication_date__year=int(year))
            else:
                notices.append(_gettext("Bu yılda yayımlanmış rapor yok; tüm yıllar gösteriliyor."))
                year = ""
        reports = reports.order_by("-publication_date", "-pk")
        shown = Paginator(reports, REPORTS_PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
        context.update(
            reports=shown,
            page_links=pagination_links(shown, {"tur": kind, "yil": year}),
            kinds=ReportKind.choices,
            years=years,
            chosen_kind=kind,
            chosen_year=str(year),
            notices=notices,
        )
        return context


class ReportPage(MunicipalityLinksMixin, BoardApprovedPageMixin, PortalPage):
    """One report: summary and body on the page, the full text as a PDF document."""

    kind = models.CharField(_("Tür"), max_length=20, choices=ReportKind.choices)
    period = models.ForeignKey(
        "plans.MonitoringPeriod",
        verbose_name=_("İzleme dönemi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    publication_date = models.DateField(_("Yayın tarihi"), default=timezone.localdate)
    summary = models.TextField(_("Özet"), blank=True)
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "table", "document"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Rapor (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Türkçe raporun PDF'i. Çevirmen, çeviri düzenleyicisinde çeviriye kendi dilinde bir "
            "PDF seçebilir; seçmezse çeviri bu PDF'e bağlanır ve ziyaretçiye Türkçe olduğu "
            "söylenir."
        ),
    )

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("period")]),
                FieldPanel("publication_date"),
                FieldPanel("report_document"),
            ],
            heading=_("Künye"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "covered_municipalities", heading=_("Kapsanan belediyeler"), label=_("Belediye")
        ),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["reports.ReportIndexPage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("kind"),
        TranslatableField("period"),
        SynchronizedField("publication_date"),
        TranslatableField("summary"),
        TranslatableField("body"),
        # The English translation may have its own PDF (reports.documents).
        SynchronizedField("report_document", overridable=True),
        SynchronizedField("covered_municipalities"),
    ]

    municipality_links = "covered_municipalities"

    class Meta:
        verbose_name = _("Rapor")
        verbose_name_plural = _("Raporlar")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The covered municipalities and the period shown to the visitor (portal.languages),
        and the language of the PDF (reports.documents)."""
        context = super().get_context(request, *args, **kwargs)
        context["municipalities"] = self.public_municipalities()
        context["period"] = shown_copy(self.period)
        context["document_language"] = document_language(self)
        return context


class ReportMunicipality(MunicipalityLink):
    """A municipality the report covers."""

    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="covered_municipalities")

    class Meta(MunicipalityLink.Meta):
        verbose_name = _("Kapsanan belediye")
        verbose_name_plural = _("Kapsanan belediyeler")
