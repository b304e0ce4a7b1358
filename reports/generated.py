"""The generated monitoring report of one municipality for one period: HTML and PDF.

Built only from approved data (plans.monitoring reads through the for_public() helpers), so it
shows exactly the numbers of the municipality, plan and indicator pages. The PDF is cached under a
key that contains the assessment's live revision, so republishing the assessment makes a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language

from plans.models import AssessmentPage, MonitoringPeriod, MunicipalityPage
from plans.monitoring import assessment_rows, indicator_series, localized_by_key, source_of
from portal.locales import active_locale
from portal.pdf import html_to_pdf, pdf_response

PDF_CACHE_SECONDS = 60 * 60 * 24 * 30


@dataclass
class IndicatorSection:
    """One indicator of the report: its definition and this municipality's series to the period."""

    indicator: Any
    series: Any


def approved_assessment(municipality: MunicipalityPage, period_id: int) -> AssessmentPage:
    """The municipality's approved source-language assessment for the period, or 404.

    The period id may be of either language's copy of the period.
    """
    period = MonitoringPeriod.objects.filter(pk=period_id).first()
    if period is None:
        raise Http404("No such monitoring period.")
    assessment = (
        AssessmentPage.objects.of_record()
        .descendant_of(source_of(municipality))
        .filter(period__translation_key=period.translation_key)
        .select_related("period")
        .order_by("-pk")
        .first()
    )
    if assessment is None:
        raise Http404("No approved assessment for this period.")
    return assessment


def report_context(municipality: MunicipalityPage, assessment: AssessmentPage) -> dict[str, Any]:
    """Everything the HTML and PDF report show, from an approved assessment only."""
    rows = assessment_rows(assessment)
    shown = assessment.get_translation_or_none(active_locale())
    if shown is None or not shown.live:
        shown = assessment
    period = localized_by_key(MonitoringPeriod, [assessment.period])[
        assessment.period.translation_key
    ]
    indicators = {
        indicator.translation_key: indicator for indicator, _value in rows["indicator_rows"]
    }
    sections = []
    for indicator in indicators.values():
        series = [
            item
            for item in indicator_series(
                indicator, assessment__period__start_date__lte=assessment.period.start_date
            )
            if item.municipality.translation_key == municipality.translation_key
        ]
        sections.append(IndicatorSection(indicator, series[0] if series else None))
    return {
        "municipality": municipality,
        "plan": shown.get_parent().specific,
        "assessment": shown.specific,
        "period": period,
        "sections": sections,
        **rows,
    }


def report_cache_key(assessment: AssessmentPage, language: str) -> str:
    """Changes whenever the assessment is republished (a new live revision)."""
    return f"municipality-report-pdf:{assessment.pk}:{assessment.live_revision_id}:{language}"


def render_pdf(
    request: HttpRequest, municipality: MunicipalityPage, period_id: int
) -> HttpResponse:
    """The report as a PDF, rendered by WeasyPrint and cached per assessment revision."""
    assessment = approved_assessment(municipality, period_id)
    key = report_cache_key(assessment, get_language())
    pdf = cache.get(key)
    if pdf is None:
        html = render_to_string(
            "reports/municipality_report_pdf.html",
            report_context(municipality, assessment),
            request=request,
        )
        pdf = html_to_pdf(html, request)
        cache.set(key, pdf, PDF_CACHE_SECONDS)
    filename = f"{slugify(municipality.slug)}-{assessment.period.kind}-{get_language()}.pdf"
    return pdf_response(pdf, filename)
