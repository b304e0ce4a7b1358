"""The generated municipality report (HTML and PDF) holds exactly the approved figures."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from plans.models import AssessmentPage
from portal.caching import bump_content_generation
from reports.generated import report_cache_key
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db

APPROVED_COMMENT = "Onaylı yorum: kreş açıldı."
DRAFT_COMMENT = "TASLAK-YORUM-GİZLİ"


def report_urls(monitoring: Monitoring, period_id: int) -> tuple[str, str]:
    base = f"{monitoring.tree.kadikoy.url}rapor/{period_id}/"
    return base, f"{base}pdf/"


def pdf_text(content: bytes) -> str:
    """The PDF's text with line breaks collapsed (table cells wrap)."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def with_draft(monitoring: Monitoring) -> AssessmentPage:
    """A draft assessment for a second period, and a newer unpublished revision of the first."""
    draft = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(monitoring.actions[0], "cancelled", 0, DRAFT_COMMENT)],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "987.65")],
        publish=False,
    )
    live = monitoring.assessments[0].get_latest_revision_as_object()
    rows = list(live.action_rows.all())
    rows[0].board_comment = DRAFT_COMMENT
    live.action_rows = rows
    revision = live.save_revision()
    assert DRAFT_COMMENT in str(revision.content)  # the secret really is in the newer draft
    return draft


def test_html_report_has_the_approved_figures_only(
    client: Client, monitoring: Monitoring, with_draft: AssessmentPage
) -> None:
    html_url, _pdf = report_urls(monitoring, monitoring.periods[0].pk)
    html = client.get(html_url).content.decode()
    assert APPROVED_COMMENT in html
    assert "31,5" in html and "28,5" in html
    assert DRAFT_COMMENT not in html
    assert "987,65" not in html
    # The draft period has no report at all.
    assert client.get(report_urls(monitoring, with_draft.period.pk)[0]).status_code == 404
    assert client.get(report_urls(monitoring, with_draft.period.pk)[1]).status_code == 404


def test_pdf_report_is_a_pdf_with_the_approved_figures(
    client: Client, monitoring: Monitoring, with_draft: AssessmentPage
) -> None:
    _html, pdf_url = report_urls(monitoring, monitoring.periods[0].pk)
    response = client.get(pdf_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    assert "Kadıköy Belediyesi" in text
    assert "kreş açıldı" in text
    assert DRAFT_COMMENT not in text
    assert "987" not in text


def test_pdf_cache_is_renewed_when_the_assessment_is_republished(
    client: Client, monitoring: Monitoring
) -> None:
    assessment = monitoring.assessments[0]
    _html, pdf_url = report_urls(monitoring, assessment.period.pk)
    first_key = report_cache_key(assessment, "tr")
    client.get(pdf_url)
    assert cache.get(first_key) is not None

    revised = assessment.get_latest_revision_as_object()
    rows = list(revised.action_rows.all())
    rows[0].board_comment = "Yeniden onaylanan yorum"
    revised.action_rows = rows
    revised.save_revision().publish()
    assessment.refresh_from_db()
    assert report_cache_key(assessment, "tr") != first_key
    assert "Yeniden onaylanan yorum" in pdf_text(client.get(pdf_url).content)


def test_pdf_key_follows_the_content_generation(monitoring: Monitoring) -> None:
    """A publication of anything else the report shows (a corrected earlier value, a renamed
    indicator) starts a new content generation: the PDF is made anew."""
    key = report_cache_key(monitoring.assessments[0], "tr")
    bump_content_generation()
    assert report_cache_key(monitoring.assessments[0], "tr") != key


def test_the_pdf_reuses_the_html_reports_cached_body(
    client: Client, monitoring: Monitoring
) -> None:
    """The HTML report and its PDF share their cached body (plans.fragments): a PDF made after
    the HTML report reads no rows or values, and says the same."""
    connection.run_on_commit.clear()  # the scenario's publications are committed
    html_url, pdf_url = report_urls(monitoring, monitoring.periods[0].pk)
    client.get(html_url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(pdf_url)
    read = " ".join(query["sql"] for query in queries)
    assert '"plans_actionassessment"."progress"' not in read
    assert '"plans_indicatorvalue"' not in read
    text = pdf_text(response.content)
    assert "kreş açıldı" in text and "31,5" in text


def test_unknown_period_is_404(client: Client, monitoring: Monitoring) -> None:
    assert client.get(f"{monitoring.tree.kadikoy.url}rapor/99999/").status_code == 404
    assert client.get(f"{monitoring.tree.kadikoy.url}rapor/yok/").status_code == 404


def test_report_has_its_own_description(client: Client, monitoring: Monitoring) -> None:
    html_url, _pdf = report_urls(monitoring, monitoring.periods[0].pk)
    description = re.search(
        r'<meta name="description" content="([^"]*)"', client.get(html_url).content.decode()
    ).group(1)
    municipality_page = client.get(monitoring.tree.kadikoy.url).content.decode()
    assert description.startswith(f"Kadıköy Belediyesi, {monitoring.periods[0].name}: ")
    assert f'content="{description}"' not in municipality_page
