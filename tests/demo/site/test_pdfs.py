"""The demo's PDFs: tagged (PDF/UA-1) like every PDF of the portal, in the right language, and
labelled as such on the English site; each says it is sample data."""

from __future__ import annotations

from typing import Any

from django.test import Client

from plans.models import PlanPage
from reports.documents import document_language
from reports.models import ReportPage
from tests.pdfs import TaggedPdf, assert_tagged, document_link, link_text, read_tagged
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild


def tagged(document: Any) -> TaggedPdf:
    """What a PDF reader sees of a Wagtail document."""
    with document.open_file() as file:
        return read_tagged(file.read())


def test_the_sample_plan_pdfs_are_tagged_turkish_sample_data(demo: DemoBuild) -> None:
    plans = PlanPage.objects.filter(locale__language_code="tr").select_related("plan_document")
    assert plans.exists()
    for plan in plans:
        pdf = tagged(plan.plan_document)
        assert_tagged(pdf, "tr")
        assert {"/H1", "/H2", "/L"} <= pdf.structure_kinds
        assert plan.get_parent().title in pdf.title
        assert "örnek veri" in pdf.author
        assert pdf.text.startswith("Örnek veri / Sample data")


def test_the_english_plan_page_says_its_pdf_is_in_turkish(
    demo: DemoBuild, client: Client, site_tree: SiteTree
) -> None:
    plan = PlanPage.objects.filter(locale__language_code="tr").first()
    english = site_tree.english_of(plan)

    link = document_link(client, english, plan.plan_document)

    assert english.plan_document_id == plan.plan_document_id
    assert link["hreflang"] == "tr"
    assert link.find("span", lang="tr").get_text() == plan.plan_document.title
    assert link_text(link).endswith("(PDF, in Turkish)")


def test_each_published_report_has_a_tagged_pdf_in_each_language(
    demo: DemoBuild, client: Client, site_tree: SiteTree
) -> None:
    reports = ReportPage.objects.filter(locale__language_code="tr", live=True)
    assert reports.count() == 3
    planned = PlanPage.objects.filter(locale__language_code="tr").first().get_parent()
    planned_in_english = site_tree.english_of(planned).title
    for report in reports:
        english = site_tree.english_of(report)
        assert english.report_document_id not in (None, report.report_document_id)
        assert (document_language(report), document_language(english)) == ("tr", "en")

        turkish_pdf, english_pdf = tagged(report.report_document), tagged(english.report_document)

        assert_tagged(turkish_pdf, "tr")
        assert_tagged(english_pdf, "en")
        assert english_pdf.title == f"{english.title} (sample)"
        assert english_pdf.text.startswith(f"{english.title} (sample)")
        assert "Sample data: this report is for demonstration" in english_pdf.text
        # The generated reports in English: English names and captions, not Turkish ones.
        assert planned_in_english in english_pdf.text and planned.title in turkish_pdf.text
        assert "Actions and the Monitoring" in english_pdf.text
        assert "İzleme Heyetinin yorumları" not in english_pdf.text
        # The English page links its English PDF as English: no hreflang, no "Turkish".
        link = document_link(client, english, english.report_document)
        assert not link.has_attr("hreflang")
        assert "Turkish" not in link.get_text()
