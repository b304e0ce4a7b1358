"""The whole way (issue 19 §1, acceptance): sign up, a confirmation e-mail through a real SMTP
server, confirm, the board approves an assessment of the municipality, `send_notices` sends one
e-mail in the subscriber's language whose one-click unsubscribe link works, then nothing more."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest

from django.contrib.auth.models import AbstractUser
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from subscriptions.models import Notice, Subscription, Topic
from tests.scenarios.monitoring import Monitoring, approve_new_assessment
from tests.scenarios.news import NewsSite
from tests.smtp import SmtpServer, smtp_server  # noqa: F401 - the fixture
from tests.subscriptions.helpers import confirm_by_mail, path_of, subscribe

pytestmark = pytest.mark.django_db


def send_notices() -> None:
    call_command("send_notices", stdout=StringIO())


@pytest.mark.parametrize(
    ("language", "subject", "unsubscribe_words"),
    [
        ("tr", "Yeni yayınlar: Kadıköy", "/tr/abonelik/iptal/"),
        ("en", "New publications", "/en/unsubscribe/"),
    ],
)
def test_subscribe_confirm_approve_send_unsubscribe(
    monitoring: Monitoring,
    board_member: AbstractUser,
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
    language: str,
    subject: str,
    unsubscribe_words: str,
) -> None:
    client = Client()
    kadikoy = monitoring.tree.kadikoy
    address = f"okur-{language}@example.org"
    response = subscribe(client, address, key=kadikoy.translation_key, language=language)
    assert response.status_code == 200
    [confirmation] = smtp_server.to(address)
    assert confirmation.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    subscription = Subscription.objects.get(email=address)
    assert subscription.language == language and subscription.confirmed_at is None

    # Nothing but the confirmation before the link is followed.
    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "35")
    send_notices()
    assert len(smtp_server.to(address)) == 1

    subscription = confirm_by_mail(client, smtp_server, address)
    assert subscription.confirmed_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        assessment = approve_new_assessment(monitoring, board_member, "40")
    assert Notice.objects.filter(subscription=subscription, sent_at=None).count() == 1
    send_notices()
    mails = smtp_server.to(address)
    assert len(mails) == 2
    notice = mails[-1]
    assert notice.subject.startswith(subject)
    assert assessment.get_full_url() in notice.text
    header = str(notice.message["List-Unsubscribe"]).strip().strip("<>")
    assert unsubscribe_words in header and header in notice.text
    assert notice.message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Once only: another run sends nothing.
    send_notices()
    assert len(smtp_server.to(address)) == 2

    # RFC 8058: the mail program POSTs to the header's URL, without a CSRF token.
    strict = Client(enforce_csrf_checks=True)
    assert strict.get(path_of(header)).status_code == 200
    assert Subscription.objects.get(pk=subscription.pk).unsubscribed_at is None  # GET asks only
    assert strict.post(path_of(header)).status_code == 200
    assert Subscription.objects.get(pk=subscription.pk).unsubscribed_at is not None

    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "45")
    send_notices()
    assert len(smtp_server.to(address)) == 2


def test_unconfirmed_addresses_get_nothing_and_expire(
    monitoring: Monitoring,
    board_member: AbstractUser,
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    client = Client()
    subscribe(client, "sessiz@example.org", key=monitoring.tree.kadikoy.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "35")
    send_notices()
    assert len(smtp_server.to("sessiz@example.org")) == 1  # the confirmation only
    assert not Notice.objects.exists()

    Subscription.objects.update(created_at=timezone.now() - timedelta(days=8))
    send_notices()
    assert not Subscription.objects.exists()


def test_an_expired_confirmation_link_confirms_nothing(
    monitoring: Monitoring,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    from subscriptions.mail import confirm_url

    client = Client()
    subscribe(client, "gec@example.org", key=monitoring.tree.kadikoy.translation_key)
    subscription = Subscription.objects.get()
    eight_days_ago = timezone.now() - timedelta(days=8)
    from unittest import mock  # only the clock, not our database

    with mock.patch("time.time", return_value=eight_days_ago.timestamp()):
        old_link = confirm_url(subscription)
    assert client.post(path_of(old_link)).status_code == 404
    assert Subscription.objects.get().confirmed_at is None


def test_the_same_answer_whether_the_address_is_known_or_not(
    monitoring: Monitoring,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    client = Client()
    key = monitoring.tree.kadikoy.translation_key
    first = subscribe(client, "bilinen@example.org", key=key)
    confirm_by_mail(client, smtp_server, "bilinen@example.org")
    again = subscribe(client, "bilinen@example.org", key=key)
    new = subscribe(client, "yeni@example.org", key=key)
    assert first.status_code == again.status_code == new.status_code == 200
    assert first.content == again.content == new.content
    # A confirmed address is not mailed again (no one can flood it through the form).
    assert len(smtp_server.to("bilinen@example.org")) == 1


def test_one_email_per_subscriber_per_run_with_a_section_per_subscription(
    monitoring: Monitoring,
    news: NewsSite,
    board_member: AbstractUser,
    smtp_server: SmtpServer,  # noqa: F811
    django_capture_on_commit_callbacks,
) -> None:
    address = "iki-abonelik@example.org"
    now = timezone.now()
    municipality = Subscription.objects.create(
        email=address,
        topic=Topic.MUNICIPALITY,
        target_key=monitoring.tree.kadikoy.translation_key,
        language="tr",
        confirmed_at=now,
    )
    Subscription.objects.create(email=address, topic=Topic.NEWS, language="tr", confirmed_at=now)
    with django_capture_on_commit_callbacks(execute=True):
        assessment = approve_new_assessment(monitoring, board_member, "35")
        item = news.publish(title="Kreş haberi")
    send_notices()
    [mail] = smtp_server.to(address)
    assert assessment.get_full_url() in mail.text and item.get_full_url() in mail.text
    assert mail.subject == "YEEP İzleme Platformu: yeni yayınlar"
    assert mail.text.count("Bu abonelikten çıkmak için:") == 2

    # A section's own link leaves that subscription only; the header's leaves them all.
    own = next(line for line in mail.text.splitlines() if line.startswith("Bu abonelikten"))
    Client().post(path_of(own.split()[-1]))
    left = Subscription.objects.filter(unsubscribed_at__isnull=False)
    assert list(left) == [municipality]
    header = str(mail.message["List-Unsubscribe"]).strip().strip("<>")
    Client(enforce_csrf_checks=True).post(path_of(header))
    assert not Subscription.objects.active().exists()


def test_an_unsubscribed_address_is_erased_after_seven_days(site_tree) -> None:
    now = timezone.now()
    left = Subscription.objects.create(
        email="ayrilan@example.org",
        topic=Topic.NEWS,
        language="tr",
        confirmed_at=now - timedelta(days=30),
        unsubscribed_at=now - timedelta(days=6),
    )
    send_notices()
    assert Subscription.objects.filter(pk=left.pk).exists()
    Subscription.objects.filter(pk=left.pk).update(unsubscribed_at=now - timedelta(days=8))
    send_notices()
    assert not Subscription.objects.exists()
