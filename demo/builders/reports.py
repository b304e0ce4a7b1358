"""Builds the demo reports (demo.content.reports): the index and four sample reports, published by
the Monitoring Board (reports are published only through the board), in both languages. A report
dated after the demo's calendar (the final report: its period is not over) is left a Turkish draft,
never published early. A published report's PDF is made from the portal's own generated reports
(reports.generated) of the municipalities it covers, from approved data only, so it says what the
platform says."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from demo.content.monitoring import DEMO_TODAY
from demo.content.reports import BODY, INDEX, REPORTS, SUMMARY, DemoReport
from plans.models import MonitoringPeriod, MunicipalityPage
from portal.bilingual import stream_data
from portal.models import HomePage
from portal.pdf import html_to_pdf
from portal.roles import ensure_board_workflow, ensure_core_groups
from reports.generated import approved_assessment, report_context
from reports.models import ReportIndexPage, ReportMunicipality, ReportPage

from . import media
from .links import municipalities, municipality_links
from .publishing import Publisher


def report_pdf(title: str, period: MonitoringPeriod, covered: list[MunicipalityPage]) -> bytes:
    """The report's PDF: the generated report of each covered municipality that has an approved
    assessment for the period, in Turkish, after a cover that says it is sample data."""
    sections = []
    for municipality in covered:
        try:
            assessment = approved_assessment(municipality, period.pk)
        except Http404:
            continue
        sections.append(report_context(municipality, assessment))
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    with translation.override("tr"):
        context = {"title": title, "period": period, "reports": sections}
        html = render_to_string("demo/report_pdf.html", context, request=request)
        return html_to_pdf(html, request)


def report_values(report: DemoReport, language: str) -> dict[str, Any]:
    """A report's text fields in one language; its intro is the start of its summary."""
    summary = getattr(SUMMARY, language)
    return {
        "title": getattr(report.title, language),
        "slug": report.kind.value,
        "intro": summary[:120].rsplit(" ", 1)[0] + "…",
        "summary": summary,
        "body": stream_data(f"report:{report.kind.value}", BODY, language),
    }


def build(home: HomePage, publisher: Publisher, board: AbstractBaseUser) -> None:
    """The report index under home and the sample reports, published by the board member."""
    index = publisher.text_page(
        home, ReportIndexPage, INDEX, show_in_menus=True, is_sample_data=True
    )
    # The board approves reports: give it both languages' index (roles are idempotent).
    ensure_core_groups()
    ensure_board_workflow()
    board = type(board).objects.get(pk=board.pk)  # Wagtail caches permissions on the user object
    periods = {
        period.kind: period for period in MonitoringPeriod.objects.filter(locale=home.locale)
    }
    covered = municipalities(home)
    for report in REPORTS:
        fields = {
            "kind": report.kind,
            "period": periods.get(report.kind.value),
            "publication_date": report.published,
            "is_sample_data": True,
            "covered_municipalities": municipality_links(ReportMunicipality, covered),
        }
        if report.published <= DEMO_TODAY:
            title = f"{report.title.tr} (örnek)"
            fields["report_document"] = media.document(
                title,
                f"{report.kind.value}-ornek.pdf",
                partial(report_pdf, title, fields["period"], covered),
                publisher.stdout,
            )
            publisher.child(index, ReportPage, partial(report_values, report), user=board, **fields)
        elif not ReportPage.objects.child_of(index).filter(slug=report.kind.value).exists():
            draft = ReportPage(**report_values(report, "tr"), live=False, **fields)
            index.add_child(instance=draft)
            draft.save_revision(user=board)
            publisher.stdout.write(f"  + {draft.url_path} (draft)\n")
