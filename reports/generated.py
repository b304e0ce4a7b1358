"""The generated monitoring report of one municipality for one period: HTML and PDF.

Built only from approved data (plans.monitoring reads through the for_public() helpers), so it
shows exactly the numbers of the municipality, plan and indicator pages. The PDF is cached under a
key that contains the assessment's live revision, so republishing the assessment makes a new one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import get_language, override

from indicators.series import series_by_indicator
from plans.fragments import lazy_sections
from plans.models import AssessmentPage, MonitoringPeriod, MunicipalityPage, PlanPage
from plans.monitoring import AssessmentRows, assessment_rows
from plans.tree import municipality_path, municipality_prefix, plan_path
from portal.caching import content_generation
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

    The period id may be of either language's copy of the period. One query. Assessments lie
    under the municipality's source-language page: for that page they are found by its path, a
    prefix the path index answers; for a translation, by matching their municipality prefix with
    the source page found in the same query (which reads every assessment of the period).
    """
    approved = AssessmentPage.objects.of_record().filter(
        period__translation_key__in=MonitoringPeriod.objects.filter(pk=period_id).values(
            "translation_key"
        )
    )
    if municipality.locale_id == default_locale().pk:
        approved = approved.filter(path__startswith=municipality.path)
    else:
        source_paths = MunicipalityPage.objects.filter(
            translation_key=municipality.translation_key, locale=default_locale()
        ).values("path")
        approved = approved.annotate(municipality_path=municipality_prefix("path")).filter(
            municipality_path__in=source_paths
        )
    assessment = approved.select_related("period").order_by("-pk").first()
    if assessment is None:
        raise Http404("No approved assessment of this municipality for this period.")
    return assessment


def shown_plan(assessment: AssessmentPage) -> PlanPage | None:
    """The assessment's plan as the visitor is shown it (portal.languages), in one query."""
    keys = PlanPage.objects.filter(path=plan_path(assessment.path)).values("translation_key")
    plans = PlanPage.objects.for_public().filter(translation_key__in=keys)
    return in_visitor_language(plans).first()


def report_context(municipality: MunicipalityPage, assessment: AssessmentPage) -> dict[str, Any]:
    """Everything the HTML and PDF report show, from an approved assessment only. The heading's
    names are read now (two queries); the body's rows, series, plan and reply are callables read
    only when its cached section misses (plans.fragments, templates/reports/)."""
    # The assessment and its period as the visitor is shown them (portal.languages).
    shown = shown_copy(assessment) or assessment
    period = shown_copy(assessment.period)
    rows = functools.cache(lambda: assessment_rows(assessment, value_texts=False))
    return {
        "municipality": municipality,
        "assessment": shown,
        "period": period,
        # The report's own description (the municipality page's would repeat on every report).
        "meta_description": f"{municipality.title}, {(period or assessment.period).name}: "
        f"{shown.summary or shown.title}",
        **lazy_sections(
            plan=lambda: shown_plan(assessment),
            sections=lambda: indicator_sections(municipality, assessment, rows()),
            action_rows=lambda: rows().action_rows,
            indicator_rows=lambda: rows().indicator_rows,
            status_counts=lambda: rows().status_counts,
            # The municipality's approved reply (replies/), read from the source assessment.
            reply=lambda: reply_for(assessment),
        ),
    }


def indicator_sections(
    municipality: MunicipalityPage, assessment: AssessmentPage, rows: AssessmentRows
) -> list[IndicatorSection]:
    """Each indicator the assessment reports, with the municipality's series up to its period."""
    indicators = {indicator.translation_key: indicator for indicator, *_rest in rows.indicator_rows}
    # The assessment lies under the municipality's source-language page: its values are there.
    series = series_by_indicator(
        indicators.values(),
        assessment__period__start_date__lte=assessment.period.start_date,
        assessment__path__startswith=municipality_path(assessment.path),
    )
    return [
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


def report_cache_key(assessment: AssessmentPage, language: str) -> str:
    """Changes whenever the assessment is republished (a new live revision), the board approves
    the municipality's reply or its translation (replies/), the PDF format changes, or anything
    else the report shows is published (the content generation, portal.caching: a correction of
    an earlier period's value in the series, a renamed indicator or municipality)."""
    with override(language):
        reply = reply_for(assessment)
    reply_version = f"{reply.source.live_revision_id}-{reply.page.live_revision_id}" if reply else 0
    return (
        f"municipality-report-pdf:{PDF_FORMAT}:{assessment.pk}:{assessment.live_revision_id}"
        f":{reply_version}:{language}:{content_generation()}"
    )


def render_pdf(
    request: HttpRequest, municipality: MunicipalityPage, period_id: int
) -> HttpResponse:
    """The report as a PDF, rendered by WeasyPrint and cached per assessment revision and
    content generation. Its body is the HTML report's cached section when that is cached."""
    assessment = approved_assessment(municipality, period_id)
    key = report_cache_key(assessment, get_language())
    pdf = cache.get(key)
    if pdf is None:
        html = render_to_string(
            "reports/municipality_report_pdf.html",
            {"page": municipality, **report_context(municipality, assessment)},
            request=request,
        )
        pdf = html_to_pdf(html, request)
        cache.set(key, pdf, PDF_CACHE_SECONDS)
    filename = f"{slugify(municipality.slug)}-{assessment.period.kind}-{get_language()}.pdf"
    return pdf_response(pdf, filename)
