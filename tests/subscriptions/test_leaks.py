"""E-mails are a public channel: nothing is sent for drafts, rejected revisions or private pages,
nor for a publication that stopped being public before the sender ran."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest

from django.contrib.auth.models import AbstractUser
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from news.models import NewsMunicipality
from subscriptions.models import Notice, Subscription, Topic
from tests.scenarios.monitoring import Monitoring, approve_new_assessment, make_assessment
from tests.scenarios.news import NewsSite
from tests.smtp import SmtpServer, smtp_server  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def followers(monitoring: Monitoring) -> dict[str, Subscription]:
    """Confirmed subscriptions to Kadıköy, to the scenario's indicator and to all news."""
    now = timezone.now()
    return {
        "kadikoy": Subscription.objects.create(
            email="kadikoy@example.org",
            topic=Topic.MUNICIPALITY,
            target_key=monitoring.tree.kadikoy.translation_key,
            language="tr",
            confirmed_at=now,
        ),
        "indicator": Subscription.objects.create(
            email="gosterge@example.org",
            topic=Topic.INDICATOR,
            target_key=monitoring.indicator.translation_key,
            language="en",
            confirmed_at=now,
        ),
        "news": Subscription.objects.create(
            email="haber@example.org", topic=Topic.NEWS, language="tr", confirmed_at=now
        ),
    }


def send_notices() -> str:
    out = StringIO()
    call_command("send_notices", stdout=out)
    return out.getvalue()


def test_a_draft_and_a_rejected_revision_send_nothing(
    monitoring: Monitoring,
    board_member: AbstractUser,
    followers: dict[str, Subscription],
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        draft = make_assessment(
            monitoring.plan,
            monitoring.add_period(2),
            rows=[(monitoring.actions[0], "completed", 100, "Taslak")],
            values=[(monitoring.indicator, date(2026, 6, 30), "total", "50")],
            publish=False,
        )
        draft.get_workflow().start(draft, board_member)
        task_state = draft.current_workflow_task_state
        task_state.task.specific.on_action(task_state, board_member, "reject")
    draft.refresh_from_db()
    assert not draft.live
    send_notices()
    assert not Notice.objects.exists()
    assert smtp_server.received == []


def test_a_private_assessment_sends_nothing(
    monitoring: Monitoring,
    board_member: AbstractUser,
    followers: dict[str, Subscription],
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    PageViewRestriction.objects.create(
        page=monitoring.plan, restriction_type=PageViewRestriction.LOGIN
    )
    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "35")
    send_notices()
    assert not Notice.objects.exists()
    assert smtp_server.received == []


def test_an_approval_notifies_the_municipality_and_indicator_followers_once(
    monitoring: Monitoring,
    board_member: AbstractUser,
    followers: dict[str, Subscription],
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = approve_new_assessment(monitoring, board_member, "35")
    # A correction published again is the same publication: no second notice.
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    send_notices()
    assert sorted(mail.recipients[0] for mail in smtp_server.received) == [
        "gosterge@example.org",
        "kadikoy@example.org",
    ]
    [english] = smtp_server.to("gosterge@example.org")
    assert english.subject.startswith("New publications")
    send_notices()
    assert len(smtp_server.received) == 2


def test_a_publication_made_private_before_the_run_is_dropped(
    monitoring: Monitoring,
    board_member: AbstractUser,
    followers: dict[str, Subscription],
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        page = approve_new_assessment(monitoring, board_member, "35")
    assert Notice.objects.count() == 2
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert "dropped=2" in send_notices()
    assert smtp_server.received == []
    assert not Notice.objects.exists()


def test_news_naming_the_municipality_and_private_news(
    news: NewsSite,
    followers: dict[str, Subscription],
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    kadikoy = [NewsMunicipality(municipality=news.tree.kadikoy)]
    with django_capture_on_commit_callbacks(execute=True):
        item = news.publish(title="Kadıköy'de kreş açıldı", related_municipalities=kadikoy)
    send_notices()
    assert sorted(mail.recipients[0] for mail in smtp_server.received) == [
        "haber@example.org",
        "kadikoy@example.org",
    ]
    assert all(item.full_url in mail.text for mail in smtp_server.received)

    # A news item under a private index is published, but not public: nothing.
    PageViewRestriction.objects.create(page=news.index, restriction_type=PageViewRestriction.LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        private_index_child = news.publish(title="Gizli", related_municipalities=kadikoy)
    send_notices()
    assert len(smtp_server.received) == 2
    assert not Notice.objects.filter(page_key=private_index_child.translation_key).exists()
