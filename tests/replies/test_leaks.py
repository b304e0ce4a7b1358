"""A municipality's reply is invisible on every public channel until the board approves it; then it
is shown beside the assessment, in the report and the API, in both languages."""

from __future__ import annotations

import re

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.models import Page, PageViewRestriction

from plans.models import AssessmentPage, OpenDataPage
from portal.translation import publish_translation
from replies.models import ReplyPage
from tests.replies.helpers import (
    ENGLISH_WORD,
    REPLY_WORD,
    approve,
    translate_reply,
)
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db


def english_assessment(monitoring: Monitoring, assessment: AssessmentPage) -> Page:
    """The plan's and the assessment's English translations, published."""
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"})
    return publish_translation(assessment, english, {"title": "Assessment", "slug": "assessment"})


def report_url(monitoring: Monitoring, assessment: AssessmentPage) -> str:
    return f"{monitoring.tree.kadikoy.url}rapor/{assessment.period_id}/"


def api_reply(client: Client, assessment: AssessmentPage, language: str = "tr") -> object:
    response = client.get(f"/api/v1/assessments/{assessment.pk}/?locale={language}")
    assert response.status_code == 200
    return response.json()["reply"]


def search_results(client: Client) -> str:
    """The result list of a site search for the reply's word (the page echoes the query)."""
    html = client.get(f"/tr/ara/?q={REPLY_WORD}", follow=True).content.decode()
    listing = re.search(r'<ol class="search-results"[^>]*>(.*?)</ol>', html, re.S)
    return listing.group(1) if listing else ""


def public_channels(client: Client, monitoring: Monitoring, assessment: AssessmentPage) -> str:
    """Everything an anonymous visitor can read about the assessment, as one text."""
    texts = [
        html_of(client, assessment),
        html_of(client, report_url(monitoring, assessment)),
        client.get("/api/v1/assessments/?locale=tr").content.decode(),
        client.get("/api/v1/assessments/?locale=en").content.decode(),
        client.get("/sitemap.xml").content.decode(),
        search_results(client),
        client.get("/api/v2/pages/?limit=50").content.decode(),
    ]
    if OpenDataPage.objects.live().exists():
        texts.extend(
            client.get(f"/tr/acik-veri/{table}/{fmt}/").content.decode()
            for table in ("eylem-durumlari", "gosterge-degerleri")
            for fmt in ("csv", "json")
        )
    return "\n".join(texts)


@pytest.mark.search_index
def test_a_submitted_reply_is_invisible_until_the_board_approves(
    client: Client,
    monitoring: Monitoring,
    open_data: OpenDataPage,
    assessment: AssessmentPage,
    submitted_reply: ReplyPage,
    board_member: AbstractUser,
) -> None:
    assert not submitted_reply.live
    assert submitted_reply.current_workflow_state is not None  # in the board's queue
    everything = public_channels(client, monitoring, assessment)
    assert REPLY_WORD not in everything
    assert "Belediyenin yanıtı" not in html_of(client, assessment)
    assert "/yanit/" not in everything
    assert api_reply(client, assessment) is None
    assert client.get(f"{assessment.url}yanit/").status_code == 404

    approve(submitted_reply, board_member)

    html = html_of(client, assessment)
    assert REPLY_WORD in html
    assert "Belediyenin yanıtı" in html
    assert "İzleme Heyetinin değerlendirmesi değildir" in html
    assert REPLY_WORD in html_of(client, report_url(monitoring, assessment))
    assert REPLY_WORD in html_of(client, submitted_reply)
    assert submitted_reply.url in client.get("/sitemap.xml").content.decode()
    assert "/yanit/" in search_results(client)
    reply = api_reply(client, assessment)
    assert reply is not None and REPLY_WORD in reply["text"]
    assert reply["language"] == "tr" and reply["approved_at"]
    assert reply["submitted_at"]  # the reporter's submission, from the workflow


def test_a_reply_to_a_private_or_unpublished_assessment_is_not_shown(
    client: Client,
    monitoring: Monitoring,
    assessment: AssessmentPage,
    submitted_reply: ReplyPage,
    board_member: AbstractUser,
) -> None:
    approve(submitted_reply, board_member)
    reply_url = submitted_reply.url
    assert client.get(reply_url).status_code == 200

    PageViewRestriction.objects.create(page=assessment, restriction_type="login")
    assert client.get(f"/api/v1/assessments/{assessment.pk}/").status_code == 404
    assert client.get(reply_url).status_code in (302, 404)
    assert reply_url not in client.get("/sitemap.xml").content.decode()
    PageViewRestriction.objects.filter(page=assessment).delete()

    # Wagtail would serve a live child of an unpublished page: the reply follows its assessment.
    Page.objects.filter(pk=assessment.pk).update(live=False)
    assert client.get(reply_url).status_code == 404
    Page.objects.filter(pk=assessment.pk).update(live=True)

    # Unpublishing the assessment (the board's "unpublish") unpublishes the reply too.
    AssessmentPage.objects.get(pk=assessment.pk).unpublish()
    submitted_reply.refresh_from_db()
    assert not submitted_reply.live
    assert client.get(reply_url).status_code == 404
    assert reply_url not in client.get("/sitemap.xml").content.decode()


def test_the_approved_reply_shows_in_english_translated_or_marked_turkish(
    client: Client,
    monitoring: Monitoring,
    assessment: AssessmentPage,
    submitted_reply: ReplyPage,
    board_member: AbstractUser,
) -> None:
    english = english_assessment(monitoring, assessment)
    approve(submitted_reply, board_member)

    html = html_of(client, english)
    assert "The municipality&#x27;s reply" in html or "The municipality's reply" in html
    assert REPLY_WORD in html
    assert 'class="municipality-reply__body" lang="tr"' in html
    assert api_reply(client, assessment, "en")["language"] == "tr"

    translated = translate_reply(submitted_reply, monitoring.tree.english)
    assert translated.live
    html = html_of(client, english)
    assert ENGLISH_WORD in html and REPLY_WORD not in html
    assert 'class="municipality-reply__body" lang="tr"' not in html
    reply = api_reply(client, assessment, "en")
    assert reply["language"] == "en" and ENGLISH_WORD in reply["text"]
    # The Turkish page still shows the Turkish text.
    assert REPLY_WORD in html_of(client, assessment)
    assert ENGLISH_WORD not in html_of(client, assessment)
    assert REPLY_WORD in api_reply(client, assessment, "tr")["text"]
