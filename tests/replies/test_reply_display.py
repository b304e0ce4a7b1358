"""An approved reply sits beside the assessment, dated and with its documents, never changing the
board's figures, at a constant number of queries."""

from __future__ import annotations

from typing import Any

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from plans.models import ActionAssessment, AssessmentPage, IndicatorValue
from plans.monitoring import assessment_rows
from portal.caching import bump_content_generation, purge_batch_for
from replies.models import ReplyPage
from reports.generated import report_cache_key
from tests.commits import committed
from tests.query_counts import MAX_QUERIES_PER_LIST, MAX_QUERIES_PER_PAGE, queries_for
from tests.replies.helpers import REPLY_WORD, approve, submit_reply
from tests.scenarios.monitoring import Monitoring, approve_new_assessment
from tests.scenarios.site import html_of
from tests.training.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def add_documents(reply: ReplyPage, monitoring: Monitoring, count: int) -> None:
    """Attach `count` documents of the municipality's collection to the reply's live version."""
    collection = monitoring.tree.kadikoy.collection
    blocks = [
        {"type": "document", "value": {"document": DocumentFactory(collection=collection).pk}}
        for _ in range(count)
    ]
    reply.documents = [*reply.documents.raw_data, *blocks]
    reply.save()


def assessment_api(client: Client, assessment: AssessmentPage) -> dict[str, Any]:
    response = client.get(f"/api/v1/assessments/{assessment.pk}/")
    assert response.status_code == 200
    return response.json()


def test_a_reply_never_changes_the_boards_figures(
    client: Client,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    before_api = assessment_api(client, assessment)
    published_before = assessment.last_published_at
    before_rows = assessment_rows(assessment)
    values_before = list(IndicatorValue.objects.for_public().values_list("pk", "value"))
    rows_before = list(
        ActionAssessment.objects.for_public().values_list("pk", "status", "progress")
    )

    approve(submit_reply(assessment, kadikoy_reporter), board_member)

    after_api = assessment_api(client, assessment)
    assert before_api["reply"] is None and after_api["reply"] is not None
    assert {k: v for k, v in after_api.items() if k != "reply"} == {
        k: v for k, v in before_api.items() if k != "reply"
    }
    after_rows = assessment_rows(assessment)
    assert after_rows.status_counts == before_rows.status_counts
    assert [row.pk for _action, row, _texts in after_rows.action_rows] == [
        row.pk for _action, row, _texts in before_rows.action_rows
    ]
    assert list(IndicatorValue.objects.for_public().values_list("pk", "value")) == values_before
    assert (
        list(ActionAssessment.objects.for_public().values_list("pk", "status", "progress"))
        == rows_before
    )
    assessment.refresh_from_db()
    assert assessment.last_published_at == published_before


def test_the_reply_is_dated_labelled_and_lists_its_documents(
    client: Client,
    monitoring: Monitoring,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    reply = approve(submit_reply(assessment, kadikoy_reporter), board_member)
    add_documents(reply, monitoring, 2)
    html = html_of(client, assessment)
    assert "Belediyenin yanıtı" in html
    assert "belediyenin kendi açıklamasıdır" in html
    assert "Belediyenin gönderdiği tarih" in html and "Heyetin onayladığı tarih" in html
    assert html.count('class="document-link"') >= 2
    documents = assessment_api(client, assessment)["reply"]["documents"]
    assert len(documents) == 2
    assert all(doc["url"].startswith("http://localhost/documents/") for doc in documents)


def test_assessment_page_queries_stay_constant_with_a_reply(
    client: Client,
    monitoring: Monitoring,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    url = assessment.url
    without = queries_for(client, url)
    with committed():
        reply = approve(submit_reply(assessment, kadikoy_reporter), board_member)
        add_documents(reply, monitoring, 1)
        bump_content_generation()  # as publishing the documents would once committed
    one_document = queries_for(client, url)
    with committed():
        add_documents(reply, monitoring, 9)
        bump_content_generation()
    ten_documents = queries_for(client, url)
    assert REPLY_WORD in html_of(client, url)
    assert one_document == ten_documents, (without, one_document, ten_documents)
    assert one_document - without <= 3, (without, one_document)
    assert ten_documents <= MAX_QUERIES_PER_PAGE


def test_publishing_a_reply_purges_where_it_shows(
    monitoring: Monitoring,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    reply = approve(submit_reply(assessment, kadikoy_reporter), board_member)
    purged = set(purge_batch_for([reply]).urls)
    report = f"{monitoring.tree.kadikoy.url}rapor/{assessment.period_id}/"
    assert {
        f"http://localhost{assessment.url}",
        f"http://localhost{reply.url}",
        f"http://localhost{report}",
        "http://localhost/api/v1/assessments/?municipality=kadikoy",
    } <= purged


def test_api_list_queries_do_not_grow_with_replies(
    client: Client,
    monitoring: Monitoring,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    def reply_to_new_assessments(count: int) -> None:
        for number in range(count):
            page = approve_new_assessment(monitoring, board_member, str(number))
            reply = approve(submit_reply(page, kadikoy_reporter), board_member)
            add_documents(reply, monitoring, 1)

    urls = [f"/api/v1/assessments/?page_size=100&locale={code}" for code in ("tr", "en")]
    reply_to_new_assessments(2)
    small = [queries_for(client, url) for url in urls]
    reply_to_new_assessments(4)
    large = [queries_for(client, url) for url in urls]
    assert small == large
    assert max(large) <= MAX_QUERIES_PER_LIST
    replies = [item["reply"] for item in client.get(urls[0]).json()["results"]]
    assert sum(reply is not None for reply in replies) == 6


def test_the_report_pdf_is_made_again_once_a_reply_is_approved(
    assessment: AssessmentPage, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    before = report_cache_key(assessment, "tr")
    reply = submit_reply(assessment, kadikoy_reporter)
    assert report_cache_key(AssessmentPage.objects.get(pk=assessment.pk), "tr") == before
    approve(reply, board_member)
    assert report_cache_key(AssessmentPage.objects.get(pk=assessment.pk), "tr") != before
