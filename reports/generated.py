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
from django.utils.translation import get_language, override

from indicators.series import series_by_indicator
from plans.models import AssessmentPage, MonitoringPeriod, MunicipalityPage, PlanPage
from plans.monitoring import assessment_rows
from plans.tree import municipality_path, municipality_prefix, plan_path
from portal.languages import in_visitor_language, shown_copy
from portal.locales import default_locale
from portal.pdf import PDF_FORMAT, html_to_pdf, pdf_response
from replies.reading import reply_for

PDF_CACHE_SECONDS = 60 * 60 * 24 * 30


@dataclass
class IndicatorSection:
    """One indicator of the report: its definition and this municipality's series to the period."""

    indicator: Any
    series: Any


def approved_assessment(municipality: MunicipalityPage, period_id: int) -> AssessmentPage:
    """The municipality's approved source-language assessment for the period, or 404.

    The period id may be of either language's copy of the period. One query: the period and the
    municipality's source-language page (under which assessments live) are matched in SQL.
    """
    source_paths = MunicipalityPage.objects.filter(
        translation_key=municipality.translation_key, locale=default_locale()
    ).values("path")
    assessment = (
        AssessmentPage.objects.of_record()
        .annotate(municipality_path=municipality_prefix("path"))
        .filter(
            municipality_path__in=source_paths,
            period__translation_key__in=MonitoringPeriod.objects.filter(pk=period_id).values(
                "translation_key"
            ),
        )
        .select_related("period")
        .order_by("-pk")
        .first()
    )
    if assessment is None:
        raise Http404("No approved assessment of this municipality for this period.")
    return assessment


def shown_plan(assessment: AssessmentPage) -> PlanPage | None:
    """The assessment's plan as the visitor is shown it (portal.languages), in one query."""
    keys = PlanPage.objects.filter(path=plan_path(assessment.path)).values("translation_key")
    plans = PlanPage.objects.for_public().filter(translation_key__in=keys)
    return in_visitor_language(plans).first()


def report_context(municipality: MunicipalityPage, assessment: AssessmentPage) -> dict[str, Any]:
    """Everything the HTML and PDF report show, from an approved assessment only."""
    rows = assessment_rows(assessment, value_texts=False)
    # The assessment, its plan and period as the visitor is shown them (portal.languages).
    shown = shown_copy(assessment) or assessment
    period = shown_copy(assessment.period)
    indicators = {indicator.translation_key: indicator for indicator, *_rest in rows.indicator_rows}
    # The assessment lies under the municipality's source-language page: its values are there.
    series = series_by_indicator(
        indicators.values(),
        assessment__period__start_date__lte=assessment.period.start_date,
        assessment__path__startswith=municipality_path(assessment.path),
    )
    sections = [
        IndicatorSection(
            indicator,
            next(
                (
                    item
                    for item in series[key]
                    if item.municipality.translation_key == municipality.translation_key
                ),
                None,
            ),
        )
        for key, indicator in indicators.items()
    ]
    return {
        "municipality": municipality,
        "plan": shown_plan(assessment),
        "assessment": shown,
        "period": period,
        "sections": sections,
        "action_rows": rows.action_rows,
        "indicator_rows": rows.indicator_rows,
        "status_counts": rows.status_counts,
        # The municipality's approved reply (replies/), read from the source assessment.
        "reply": reply_for(assessment),
        # The report's own description (the municipality page's would repeat on every report).
        "meta_description": f"{municipality.title}, {(period or assessment.period).name}: "
        f"{shown.summary or shown.title}",
    }


def report_cache_key(assessment: AssessmentPage, language: str) -> str:
    """Changes whenever the assessment is republished (a new live revision), the board approves
    the municipality's reply or its translation (replies/), or the PDF format changes."""
    with override(language):
        reply = reply_for(assessment)
    reply_version = f"{reply.source.live_revision_id}-{reply.page.live_revision_id}" if reply else 0
    return (
        f"municipality-report-pdf:{PDF_FORMAT}:{assessment.pk}:{assessment.live_revision_id}"
        f":{reply_version}:{language}"
    )


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
