"""A report's PDF in the right language: the English translation may have its own PDF
(reports.documents); until it has, the English page says the PDF is in Turkish, in words and in
markup (hreflang)."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail_localize.models import Translation

from plans.permissions import is_synced_translation_of_approved, may_publish_board_page
from portal.translation import publish_translation
from reports.documents import (
    document_language,
    publish_translation_document,
    record_document_override,
)
from reports.models import ReportIndexPage, ReportPage
from tests.pdfs import document_link, link_text
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.site import SiteTree
from tests.training.factories import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


@pytest.fixture
def index(site_tree: SiteTree) -> ReportIndexPage:
    """The report index in both languages."""
    page = ReportIndexPageFactory(parent=site_tree.home)
    publish_translation(page, site_tree.english, {"title": "Reports", "slug": "reports"})
    return page


@pytest.fixture
def report(index: ReportIndexPage, site_tree: SiteTree) -> ReportPage:
    """A published report with its Turkish PDF, and its English translation (the same PDF)."""
    page = ReportPageFactory(
        parent=index, title="1. İlerleme Raporu", report_document=DocumentFactory(title="Rapor")
    )
    page.save_revision().publish()
    publish_translation(page, site_tree.english, {"title": "Progress Report 1", "slug": "report"})
    return page


def test_the_english_report_says_its_only_pdf_is_turkish(
    client: Client, site_tree: SiteTree, report: ReportPage
) -> None:
    english = site_tree.english_of(report)

    link = document_link(client, english, report.report_document)

    assert english.report_document_id == report.report_document_id
    assert document_language(english) == "tr"
    assert link["hreflang"] == "tr"
    assert link_text(link).startswith("Download the report (PDF, in Turkish")
    # The Turkish page's link is in its own language and says nothing of it.
    turkish = document_link(client, report, report.report_document)
    assert not turkish.has_attr("hreflang")
    assert link_text(turkish).startswith("Raporu indir (PDF")
    assert "dilinde" not in link_text(turkish)


def test_the_english_report_links_its_own_english_pdf(
    client: Client, site_tree: SiteTree, report: ReportPage
) -> None:
    english_pdf = DocumentFactory(title="Report")

    english = publish_translation_document(report, site_tree.english, english_pdf)

    assert english.live and english.report_document_id == english_pdf.pk
    assert document_language(english) == "en"
    link = document_link(client, english, english_pdf)
    assert not link.has_attr("hreflang")
    assert "Turkish" not in link_text(link)
    assert link_text(link).startswith("Download the report (PDF")
    # The Turkish report keeps its PDF.
    report.refresh_from_db()
    assert document_link(client, report, report.report_document)
    assert document_language(report) == "tr"


def test_a_resync_keeps_the_translations_own_pdf(site_tree: SiteTree, report: ReportPage) -> None:
    """The English PDF is a wagtail-localize override: syncing the translation again (after the
    Turkish report changed) keeps it, where a plain edit of the English page would be lost."""
    english_pdf = DocumentFactory(title="Report")
    publish_translation_document(report, site_tree.english, english_pdf)
    report.report_document = DocumentFactory(title="Düzeltilmiş rapor")
    report.save_revision().publish()

    translation = Translation.objects.get(
        source__object_id=report.translation_key, target_locale=site_tree.english
    )
    translation.source.update_from_db()
    translation.save_target(publish=False)
    english = site_tree.english_of(report)
    english.get_latest_revision().publish()
    english.refresh_from_db()

    assert english.report_document_id == english_pdf.pk
    assert document_language(english) == "en"


def test_a_translation_edited_on_its_own_has_its_own_pdf_unless_it_is_the_sources(
    site_tree: SiteTree, report: ReportPage
) -> None:
    """After "Stop synced translation" the English page is edited like any page."""
    Translation.objects.filter(source__object_id=report.translation_key).update(enabled=False)
    english = site_tree.english_of(report)
    assert document_language(english) == "tr"

    english.report_document = DocumentFactory(title="Report")
    english.save_revision().publish()

    assert document_language(ReportPage.objects.get(pk=english.pk)) == "en"


def test_a_report_without_a_pdf_links_none(
    client: Client, site_tree: SiteTree, index: ReportIndexPage
) -> None:
    page = ReportPageFactory(parent=index, title="PDF'siz rapor")
    english = publish_translation(page, site_tree.english, {"title": "No PDF", "slug": "no-pdf"})

    assert document_language(english) is None
    html = Client().get(english.url).content.decode()
    assert "Download the report" not in html


def test_a_translation_with_its_own_pdf_needs_the_board(
    site_tree: SiteTree, report: ReportPage, editor: AbstractUser, board_member: AbstractUser
) -> None:
    """A translator publishes the English text of an approved report alone; an English PDF of
    its own is a document the board has not seen, so publishing it is the board's decision."""
    english = site_tree.english_of(report)
    assert is_synced_translation_of_approved(english)
    assert may_publish_board_page(editor, english)

    record_document_override(report, site_tree.english, DocumentFactory(title="Report"))

    assert not is_synced_translation_of_approved(english)
    assert not may_publish_board_page(editor, english)
    assert may_publish_board_page(board_member, english)
