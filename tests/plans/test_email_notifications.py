"""The board's workflow e-mails, sent through a real SMTP server: the board hears of a submission,
the submitter of the outcome with the board's comment, each in their admin language."""

from __future__ import annotations

import logging

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.test import override_settings
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile

from plans.models import AssessmentPage
from plans.notifications import review_context
from tests import smtp
from tests.plans.test_workflow import draft_assessment, edit_data, logged_in
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

smtp_server = smtp.smtp_server

BOARD_ADDRESS = "heyet@example.org"
REPORTER_ADDRESS = "raportor@kadikoy.example.org"
WAITING_FOR_YOU = "İzleme Heyeti onayınızı bekliyor"


def with_address(user: AbstractUser, address: str, language: str = "") -> AbstractUser:
    """Give the user an e-mail address and, optionally, an admin language."""
    user.email = address
    user.save(update_fields=["email"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def submitted_by(reporter: AbstractUser, monitoring: Monitoring) -> AssessmentPage:
    """A new period's draft assessment, submitted to the board by the reporter in the admin."""
    page = draft_assessment(monitoring)
    response = logged_in(reporter).post(
        f"/admin/pages/{page.pk}/edit/", {**edit_data(monitoring, page), "action-submit": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.workflow_in_progress
    return page


def board_decides(
    board_member: AbstractUser, page: AssessmentPage, action: str, comment: str
) -> None:
    """The board member approves or requests changes ("reject") in the admin, with a comment."""
    task_state = page.current_workflow_task_state
    response = logged_in(board_member).post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()


@pytest.fixture
def awaiting_board(
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    smtp_server: smtp.SmtpServer,
) -> AssessmentPage:
    """An assessment the reporter submitted; both have addresses; the submission mail is read."""
    reporter = with_address(kadikoy_reporter, REPORTER_ADDRESS)
    with_address(board_member, BOARD_ADDRESS)
    page = submitted_by(reporter, monitoring)
    smtp_server.received.clear()
    return page


def test_a_submission_reaches_the_board_in_turkish_with_municipality_period_and_link(
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    smtp_server: smtp.SmtpServer,
) -> None:
    # The reporter uses the admin in English; the board member picked no language: Turkish.
    reporter = with_address(kadikoy_reporter, REPORTER_ADDRESS, "en")
    with_address(board_member, BOARD_ADDRESS)
    get_user_model().objects.create_superuser("yonetici", "yonetici@example.org", "x-secret-123")

    page = submitted_by(reporter, monitoring)

    # One e-mail: to the board, not to the submitter nor to the superuser.
    [mail] = smtp_server.received
    assert mail.recipients == [BOARD_ADDRESS]
    assert mail.message["From"] == settings.DEFAULT_FROM_EMAIL
    assert mail.subject == f"{WAITING_FOR_YOU}: {page.title} (Kadıköy Belediyesi)"
    assert f"“{page.title}” {WAITING_FOR_YOU}." in mail.text
    assert "Belediye: Kadıköy Belediyesi" in mail.text
    assert "İzleme dönemi: Dönem 2" in mail.text
    assert f"Gönderen: {reporter.get_username()}" in mail.text
    assert f"onaylayın ya da değişiklik isteyin: http://localhost/admin/pages/{page.pk}/edit/" in (
        mail.text
    )
    task_id = page.current_workflow_task_state.task_id
    assert (
        f"Önizleme: http://localhost/admin/pages/workflow/preview/{page.pk}/{task_id}/" in mail.text
    )
    assert mail.text.startswith(f"Merhaba {board_member.get_username()},")
    assert "&#x27;" not in mail.text and "&quot;" not in mail.text


def test_the_submitter_hears_of_the_approval_with_the_boards_comment(
    awaiting_board: AssessmentPage, board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    page = awaiting_board

    board_decides(board_member, page, "approve", "Kanıtlar yeterli, teşekkürler.")

    assert page.live
    [mail] = smtp_server.received
    assert mail.recipients == [REPORTER_ADDRESS]
    assert mail.subject == f"İzleme Heyeti onayladı: {page.title} (Kadıköy Belediyesi)"
    assert f"İzleme Heyeti “{page.title}” sayfasını onayladı; sayfa yayımlandı." in mail.text
    assert "Heyetin yorumu: Kanıtlar yeterli, teşekkürler." in mail.text
    assert "İzleme dönemi: Dönem 2" in mail.text
    assert f"Yayımlanan sayfa: {page.full_url}" in mail.text


def test_the_submitter_hears_that_the_board_requests_changes_with_its_comment(
    awaiting_board: AssessmentPage, board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    page = awaiting_board

    board_decides(board_member, page, "reject", "Kreş sayısının kaynağını ekleyin.")

    assert not page.live
    [mail] = smtp_server.received
    assert mail.recipients == [REPORTER_ADDRESS]
    assert mail.subject == f"İzleme Heyeti değişiklik istedi: {page.title} (Kadıköy Belediyesi)"
    assert "Heyetin yorumu: Kreş sayısının kaynağını ekleyin." in mail.text
    assert (
        "Değişiklikleri yapıp sayfayı yeniden onaya gönderin: "
        f"http://localhost/admin/pages/{page.pk}/edit/"
    ) in mail.text


def test_an_english_speaking_board_member_gets_the_english_names(
    monitoring: Monitoring,
    site_tree: SiteTree,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    smtp_server: smtp.SmtpServer,
) -> None:
    with_address(board_member, BOARD_ADDRESS, "en")
    turkish_member = with_address(
        get_user_model().objects.create_user("heyet-2", password="x-secret-123"),
        "heyet-2@example.org",
    )
    turkish_member.groups.add(*board_member.groups.all())
    page = draft_assessment(monitoring)
    english = page.period.copy_for_translation(site_tree.english)
    english.name = "Period 2"
    english.save()

    page.get_workflow().start(page, kadikoy_reporter)

    [in_english] = smtp_server.to(BOARD_ADDRESS)
    [in_turkish] = smtp_server.to("heyet-2@example.org")
    assert "(Kadıköy Municipality)" in in_english.subject
    assert "Period 2" in in_english.text and "Kadıköy Municipality" in in_english.text
    assert "Dönem 2" in in_turkish.text and "Kadıköy Belediyesi" in in_turkish.text


def test_an_english_speaking_board_member_gets_english_text(
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    smtp_server: smtp.SmtpServer,
) -> None:
    with_address(board_member, BOARD_ADDRESS, "en")
    page = draft_assessment(monitoring)

    page.get_workflow().start(page, kadikoy_reporter)

    [mail] = smtp_server.received
    assert WAITING_FOR_YOU not in mail.subject + mail.text
    assert mail.text.startswith("Hello ")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_a_failing_mail_server_does_not_undo_the_boards_approval(
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server refuses our login: smtplib gives up with an SMTPException (an OSError, but
    neither the TimeoutError nor the ConnectionError that Wagtail catches)."""
    with_address(kadikoy_reporter, REPORTER_ADDRESS)
    with_address(board_member, BOARD_ADDRESS)
    server, controller = smtp.start_server(
        authenticator=lambda *args: smtp.AuthResult(success=False)
    )
    try:
        with override_settings(
            **server.settings(
                EMAIL_HOST_USER="yeep", EMAIL_HOST_PASSWORD="yanlis-parola", EMAIL_TIMEOUT=1
            )
        ):
            page = draft_assessment(monitoring)
            page.get_workflow().start(page, kadikoy_reporter)
            with caplog.at_level(logging.ERROR, logger="plans.notifications"):
                board_decides(board_member, page, "approve", "")
    finally:
        controller.stop()

    assert page.live
    assert server.received == []
    assert "Workflow notification not sent" in caplog.text


def test_review_context_of_any_page(monitoring: Monitoring, site_tree: SiteTree) -> None:
    assessment = monitoring.assessments[0]
    for page, municipality, period in (
        (assessment, "Kadıköy Belediyesi", "1. İlerleme dönemi (2025)"),
        (Page.objects.get(pk=assessment.pk), "Kadıköy Belediyesi", "1. İlerleme dönemi (2025)"),
        (monitoring.plan, "Kadıköy Belediyesi", ""),
        (monitoring.actions[0], "Kadıköy Belediyesi", ""),
        (site_tree.kadikoy, "Kadıköy Belediyesi", ""),
        (site_tree.index, "", ""),
        (site_tree.home, "", ""),
    ):
        review = review_context(page)
        assert (review.municipality_name, review.period_name) == (municipality, period), page
    with translation.override("en"):
        assert review_context(monitoring.plan).municipality_name == "Kadıköy Municipality"
