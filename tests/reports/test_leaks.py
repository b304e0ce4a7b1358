"""A report translation's own PDF stays private until that translation is published.

Wagtail serves a document by its id to whoever may fetch it (portal.files: a live public page must
use it), so an English PDF chosen for a draft translation, or for a live translation whose new PDF
is not yet published, must be reachable through no public channel: its URL, the pages that would
link it, the REST API v1, Wagtail's API v2 and the sitemap.
"""

from __future__ import annotations

from typing import Any

import pytest

from django.test import Client

from wagtail_localize.models import Translation

from portal.translation import publish_translation, translate
from reports.documents import publish_translation_document, record_document_override
from reports.models import ReportIndexPage, ReportPage
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.site import SiteTree
from tests.training.factories import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.reference_index]


@pytest.fixture
def index(site_tree: SiteTree) -> ReportIndexPage:
    """The report index in both languages."""
    page = ReportIndexPageFactory(parent=site_tree.home)
    publish_translation(page, site_tree.english, {"title": "Reports", "slug": "reports"})
    return page


@pytest.fixture
def report(index: ReportIndexPage) -> ReportPage:
    """A published Turkish report with its Turkish PDF."""
    page = ReportPageFactory(
        parent=index, title="1. İlerleme Raporu", report_document=DocumentFactory(title="Rapor")
    )
    page.save_revision().publish()
    return page


def fetch(client: Client, url: str) -> int:
    """The status of a GET, a streamed file read to its end (as a server would)."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def public_text(client: Client, site_tree: SiteTree, report: ReportPage) -> str:
    """Everything public that could name a report's PDF: the report and index pages in both
    languages, the REST API v1 report list in both, Wagtail's API v2 pages and documents, the
    sitemap."""
    pages = [report, report.get_parent()]
    pages += [page.get_translation_or_none(site_tree.english) for page in pages]
    urls = [page.url for page in pages if page is not None and page.live]
    urls += [
        "/api/v1/reports/",
        "/api/v1/reports/?locale=en",
        "/api/v2/pages/?type=reports.ReportPage&fields=*&limit=50",
        "/api/v2/documents/?limit=50",
        "/sitemap.xml",
    ]
    texts = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts.append(response.content.decode())
    return "\n".join(texts)


def assert_private(client: Client, site_tree: SiteTree, report: ReportPage, pdf: Any) -> None:
    """The PDF is reachable through no public channel."""
    assert fetch(client, pdf.url) == 404
    assert fetch(client, f"/api/v2/documents/{pdf.pk}/") == 404
    text = public_text(client, site_tree, report)
    assert pdf.url not in text
    assert pdf.title not in text


def test_a_draft_english_translations_own_pdf_stays_private(
    client: Client, site_tree: SiteTree, report: ReportPage
) -> None:
    english_pdf = DocumentFactory(title="GİZLİ English report PDF")
    draft = translate(report, site_tree.english, {"title": "Progress Report 1", "slug": "report"})
    record_document_override(report, site_tree.english, english_pdf)
    Translation.objects.get(
        source__object_id=report.translation_key, target_locale=site_tree.english
    ).save_target(publish=False)
    draft.refresh_from_db()

    # The draft's own row links the English PDF, as an editor previewing it would see …
    assert not draft.live and draft.report_document_id == english_pdf.pk
    # … and nothing public does.
    assert fetch(client, draft.url) == 404
    assert_private(client, site_tree, report, english_pdf)
    # The Turkish PDF is public through the live Turkish report.
    assert fetch(client, report.report_document.url) == 200


def test_a_live_translations_new_pdf_stays_private_until_it_is_published(
    client: Client, site_tree: SiteTree, report: ReportPage
) -> None:
    english = publish_translation(
        report, site_tree.english, {"title": "Progress Report 1", "slug": "report"}
    )
    english_pdf = DocumentFactory(title="GİZLİ English report PDF")

    # A translator chose the English PDF in wagtail-localize's editor but has not published.
    record_document_override(report, site_tree.english, english_pdf)

    assert_private(client, site_tree, report, english_pdf)
    html = client.get(english.url).content.decode()
    assert report.report_document.url in html and "(PDF, in Turkish" in html

    publish_translation_document(report, site_tree.english, english_pdf)

    assert fetch(client, english_pdf.url) == 200
    html = client.get(english.url).content.decode()
    assert english_pdf.url in html and "in Turkish" not in html
    # The Turkish PDF stays public: the Turkish report still links it.
    assert fetch(client, report.report_document.url) == 200


def test_an_unpublished_english_translation_withdraws_its_own_pdf(
    client: Client, site_tree: SiteTree, report: ReportPage
) -> None:
    publish_translation(report, site_tree.english, {"title": "Progress Report 1", "slug": "report"})
    english_pdf = DocumentFactory(title="GİZLİ English report PDF")
    english = publish_translation_document(report, site_tree.english, english_pdf)
    assert fetch(client, english_pdf.url) == 200

    english.unpublish()

    assert_private(client, site_tree, report, english_pdf)
