"""Builds the demo reports (demo.content.reports): the index and four sample reports, published by
the Monitoring Board (reports are published only through the board), in both languages. A report
dated after the demo's calendar (the final report: its period is not over) is left a Turkish draft,
never published early. A published report's PDF is made from the portal's own generated reports
(reports.generated) of the municipalities it covers, from approved data only, so it says what the
platform says: in Turkish for the report, in English for its English translation, which has its
own PDF as a translator would give it one (reports.documents)."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.http import Http404
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from demo.content.monitoring import DEMO_TODAY
from demo.content.reports import (
    BODY,
    INDEX,
    PDF_NOTICE,
    PDF_SOURCE,
    REPORTS,
    SUMMARY,
    DemoReport,
)
from plans.models import MonitoringPeriod, MunicipalityPage
from portal.bilingual import stream_data
from portal.languages import shown_copy
from portal.models import HomePage
from portal.roles import ensure_board_workflow, ensure_core_groups
from reports.documents import publish_translation_document
from reports.generated import approved_assessment, report_context
from reports.models import ReportIndexPage, ReportMunicipality, ReportPage

from . import media
from .links import municipalities, municipality_links
from .publishing import Publisher

#: The file name of a report's PDF in each language ("progress-1-ornek.pdf").
PDF_NAMES = {"tr": "{kind}-ornek.pdf", "en": "{kind}-sample-en.pdf"}
#: The title of a report's PDF document in each language.
PDF_TITLES = {"tr": "{title} (örnek)", "en": "{title} (sample)"}


def report_html(
    title: str, period: MonitoringPeriod, covered: list[MunicipalityPage], language: str
) -> str:
    """The HTML of the report's PDF in the language: the generated report of each covered
    municipality that has an approved assessment for the period, as the portal shows it in that
    language, after a cover that says it is sample data."""
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    with translation.override(language):
        sections = []
        for municipality in covered:
            shown = shown_copy(municipality) or municipality
            try:
                assessment = approved_assessment(shown, period.pk)
            except Http404:
                continue
            sections.append(report_context(shown, assessment))
        context = {
            "language": language,
            "title": title,
            "period": shown_copy(period) or period,
            "notice": getattr(PDF_NOTICE, language),
            "source": getattr(PDF_SOURCE, language),
            "reports": sections,
        }
        return render_to_string("demo/report_pdf.html", context, request=request)


def report_pdf(
    title: str, period: MonitoringPeriod, covered: list[MunicipalityPage], language: str = "tr"
) -> bytes:
    """The report's PDF in the language (see `report_html`)."""
    return media.tagged_pdf(report_html(title, period, covered, language))


def pdf_title(report: DemoReport, language: str) -> str:
    """The title of the report's PDF document in the language."""
    return PDF_TITLES[language].format(title=getattr(report.title, language))


def missing_pdfs(
    periods: dict[str, MonitoringPeriod], covered: list[MunicipalityPage]
) -> dict[tuple[str, str], bytes]:
    """The PDFs of the published reports whose documents are not made yet, by report kind and
    language, made side by side where they can be (media.tagged_pdfs)."""
    return media.tagged_pdfs(
        {
            (report.kind.value, language): report_html(
                pdf_title(report, language), periods[report.kind.value], covered, language
            )
            for report in REPORTS
            if report.published <= DEMO_TODAY
            for language in PDF_NAMES
            if media.existing_document(pdf_title(report, language)) is None
        }
    )


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
    pdfs = missing_pdfs(periods, covered)
    for report in REPORTS:
        fields = {
            "kind": report.kind,
            "period": periods.get(report.kind.value),
            "publication_date": report.published,
            "is_sample_data": True,
            "covered_municipalities": municipality_links(ReportMunicipality, covered),
        }
        if report.published <= DEMO_TODAY:
            fields["report_document"] = report_document(report, "tr", pdfs, publisher)
            page = publisher.child(
                index, ReportPage, partial(report_values, report), user=board, **fields
            )
            english_pdf(page, report, pdfs, publisher, board)
        elif not ReportPage.objects.child_of(index).filter(slug=report.kind.value).exists():
            draft = ReportPage(**report_values(report, "tr"), live=False, **fields)
            index.add_child(instance=draft)
            draft.save_revision(user=board)
            publisher.stdout.write(f"  + {draft.url_path} (draft)\n")


def report_document(
    report: DemoReport, language: str, pdfs: dict[tuple[str, str], bytes], publisher: Publisher
) -> Any:
    """The report's sample PDF document in the language, made once (from `missing_pdfs`)."""
    return media.document(
        pdf_title(report, language),
        PDF_NAMES[language].format(kind=report.kind.value),
        lambda: pdfs[(report.kind.value, language)],
        publisher.stdout,
    )


def english_pdf(
    page: ReportPage,
    report: DemoReport,
    pdfs: dict[tuple[str, str], bytes],
    publisher: Publisher,
    board: AbstractBaseUser,
) -> None:
    """Give the report's English translation its English PDF, published by the board member,
    unless it has it."""
    document = report_document(report, "en", pdfs, publisher)
    english = page.get_translation(publisher.english).specific
    if english.report_document_id != document.pk:
        english = publish_translation_document(page, publisher.english, document, user=board)
        publisher.stdout.write(f"  + {english.url_path} (English PDF)\n")
