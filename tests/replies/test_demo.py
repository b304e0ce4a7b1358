"""The demo's sample reply (demo/builders/replies.py): Kadıköy's, approved by the board through the
workflow, in both languages, labelled sample data, built once."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from demo.builders import replies
from demo.builders.publishing import Publisher
from demo.content.users import BOARD_MEMBER, SUBMITTERS
from plans.models import AssessmentPage
from portal.roles import MONITORING_BOARD
from replies.models import ReplyPage
from tests.scenarios.monitoring import Monitoring, approve_new_assessment
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_users(monitoring: Monitoring) -> None:
    """The demo's board member and Kadıköy reporter accounts."""
    users = get_user_model().objects
    board = users.create_user(BOARD_MEMBER)
    board.groups.add(Group.objects.get(name=MONITORING_BOARD))
    reporter = users.create_user(SUBMITTERS["kadikoy"])
    reporter.groups.add(monitoring.tree.kadikoy.reporters_group)


def test_the_demo_reply_answers_kadikoys_latest_approved_assessment(
    client: Client, monitoring: Monitoring, demo_users: None
) -> None:
    latest = approve_new_assessment(
        monitoring, get_user_model().objects.get(username=BOARD_MEMBER), "42"
    )
    publisher = Publisher(StringIO(), monitoring.tree.english)

    reply = replies.build(publisher)

    assert reply is not None and reply.live and reply.is_sample_data
    assert reply.get_parent().pk == latest.pk
    assert reply.current_workflow_state is None  # approved, not waiting
    english = reply.get_translation(monitoring.tree.english)
    assert english.live
    assert replies.build(publisher).pk == reply.pk  # idempotent
    assert ReplyPage.objects.count() == 2  # Turkish and English

    html = html_of(client, latest)
    assert "Örnek veri: Bu yanıt tanıtım amaçlıdır" in html
    assert "Sample data" in html
    assert "Belediyenin gönderdiği tarih" in html
    response = client.get(f"/api/v1/assessments/{latest.pk}/?locale=en")
    assert response.json()["reply"]["language"] == "en"
    assert "Sample data: this reply" in response.json()["reply"]["text"]
    assert isinstance(latest, AssessmentPage)
