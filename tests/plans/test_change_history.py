"""Change history (issue 19 §4): an action's changes between approved assessments, an
assessment's approval date and its approved corrections; drafts and rejected revisions never
appear, in either language."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine

from django.contrib.auth.models import AbstractUser
from django.test import Client
from django.utils import formats, timezone, translation

from wagtail.models import Revision

from plans.changelog import MAX_CORRECTIONS, assessment_history
from plans.models import ActionPage, AssessmentPage
from plans.overview import action_timeline
from portal.translation import publish_translation
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

# Later than the scenario's own first approval (made at the real time), so the log keeps its order.
FIRST_APPROVAL = datetime(2035, 1, 15, 10, tzinfo=UTC)
CORRECTION = datetime(2035, 3, 2, 10, tzinfo=UTC)


def shown_date(moment: datetime, language: str) -> str:
    """A date as the pages show it in a language."""
    with translation.override(language):
        return formats.date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


def revise(
    page: AssessmentPage,
    action: ActionPage,
    progress: int,
    user: AbstractUser,
    *,
    status: str | None = None,
    rating: int | None = None,
    comment: str | None = None,
) -> Revision:
    """A new revision of the page with the action's row changed (what a reporter's edit saves)."""
    version = AssessmentPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    rows = list(version.action_rows.all())
    for row in rows:
        if row.action_id == action.pk:
            row.progress = progress
            row.status = status or row.status
            row.rating = rating if rating is not None else row.rating
            row.board_comment = comment if comment is not None else row.board_comment
    version.action_rows = rows
    return version.save_revision(user=user)


def submit(page: AssessmentPage, user: AbstractUser) -> None:
    """Submit the latest revision to the board (or resubmit after a request for changes)."""
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        page.get_workflow().start(page, user)


def decide(page: AssessmentPage, board_member: AbstractUser, action: str) -> None:
    """The board approves or rejects (asks for changes to) the submitted revision."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board_member, action)
    page.refresh_from_db()


@pytest.fixture
def history(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> AssessmentPage:
    """Period 2 of the monitoring scenario, through the board: action 2 reported at 60 and
    rejected, then at 45 (rating 3) and approved; then a draft at 90 never submitted."""
    action = monitoring.actions[1]  # in progress at 40 in period 1
    page = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "in_progress", 60, "Reddedilen yorum")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "35")],
        publish=False,
    )
    submit(page, kadikoy_reporter)
    decide(page, board_member, "reject")
    assert not page.live
    revise(page, action, 45, kadikoy_reporter, rating=3, comment="Onaylanan yorum")
    submit(page, kadikoy_reporter)
    with time_machine.travel(FIRST_APPROVAL, tick=False):
        decide(page, board_member, "approve")
    assert page.live
    revise(page, action, 90, kadikoy_reporter, status="completed")  # a draft, never submitted
    return page


def test_action_history_lists_only_approved_changes(
    client: Client, monitoring: Monitoring, history: AssessmentPage
) -> None:
    action = monitoring.actions[1]
    timeline = action_timeline(action)
    assert [item.entry.row.progress for item in timeline] == [40, 45]
    assert [item.progress_change for item in timeline] == [None, 5]
    assert [item.rating_changed for item in timeline] == [False, True]
    assert timeline[1].approved_at == FIRST_APPROVAL

    html = html_of(client, action.url)
    section = html[html.index('id="changes-title"') :]
    assert "Değişiklik geçmişi" in html
    assert "İlerleme: %40 → %45" in section
    assert "Heyet puanı: — → " in section
    assert 'datetime="2035-01-15"' in section
    # The rejected revision (60) and the draft (90, completed) never appear.
    assert "%60" not in html and "%90" not in html
    assert "Reddedilen yorum" not in html
    assert "Tamamlandı" not in section


def test_a_rejected_correction_never_shows_and_an_approved_one_is_dated(
    client: Client,
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    page = monitoring.assessments[0]
    action = monitoring.actions[1]  # 40 in the approved period 1
    revise(page, action, 70, kadikoy_reporter)
    submit(page, kadikoy_reporter)
    decide(page, board_member, "reject")
    revise(page, action, 50, kadikoy_reporter)
    submit(page, kadikoy_reporter)
    with time_machine.travel(CORRECTION, tick=False):
        decide(page, board_member, "approve")
    revise(page, action, 95, kadikoy_reporter)  # a later draft

    history = assessment_history(page)
    assert len(history.corrections) == 1
    correction = history.corrections[0]
    assert correction.published_at == CORRECTION
    assert any("40 → 50" in line for line in correction.lines)

    html = html_of(client, page.url)
    section = html[html.index('id="approval-history-title"') :]
    assert f"düzeltildi: {shown_date(CORRECTION, 'tr')}:" in section
    assert "40 → 50" in section
    # As changes, not as digits: an action's factory code may contain "70".
    for figure in ("70", "95"):
        assert f"→ {figure}" not in section and f"{figure} →" not in section

    # The action's page shows the corrected figure and when it was last approved.
    action_html = html_of(client, action.url)
    assert "son onay" in action_html and 'datetime="2035-03-02"' in action_html
    assert "%70" not in action_html and "%95" not in action_html


def test_a_publication_that_changes_nothing_is_no_correction(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page = monitoring.assessments[0]
    revise(page, monitoring.actions[1], 40, kadikoy_reporter)  # the same figure
    submit(page, kadikoy_reporter)
    decide(page, board_member, "approve")
    assert assessment_history(page).corrections == []


def test_change_history_in_english(
    client: Client,
    monitoring: Monitoring,
    history: AssessmentPage,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    action = monitoring.actions[1]
    revise(history, action, 55, kadikoy_reporter)
    submit(history, kadikoy_reporter)
    with time_machine.travel(CORRECTION, tick=False):
        decide(history, board_member, "approve")
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "Plan", "slug": "plan"})
    english_action = publish_translation(action, english, {"title": "Action"})
    english_assessment = publish_translation(history, english, {"title": "Assessment"})

    html = html_of(client, english_action.url)
    section = html[html.index('id="changes-title"') :]
    assert "Change history" in section
    assert "Progress: 40% → 55%" in section
    assert "Değişiklik geçmişi" not in html

    html = html_of(client, english_assessment.url)
    section = html[html.index('id="approval-history-title"') :]
    assert "Approval and corrections" in section
    assert f"corrected on {shown_date(CORRECTION, 'en')}:" in section
    assert "45 → 55" in section
    # The never-submitted draft (90) appears in no form a value takes here (a factory's title can
    # hold "90", as "… 2090").
    assert "→ 90" not in section and "90%" not in section and "90 →" not in section


def test_assessment_history_queries_are_bounded(
    monitoring: Monitoring,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    django_assert_max_num_queries,  # type: ignore[no-untyped-def]
) -> None:
    page = monitoring.assessments[0]
    action = monitoring.actions[1]
    for progress in range(41, 41 + MAX_CORRECTIONS + 2):
        revise(page, action, progress, kadikoy_reporter).publish(user=board_member)
    page = AssessmentPage.objects.get(pk=page.pk)
    with django_assert_max_num_queries(1 + 2 * MAX_CORRECTIONS):
        history = assessment_history(page)
    assert len(history.corrections) == MAX_CORRECTIONS


def test_an_assessment_published_once_costs_no_query(
    monitoring: Monitoring,
    django_assert_max_num_queries,  # type: ignore[no-untyped-def]
) -> None:
    page = AssessmentPage.objects.get(pk=monitoring.assessments[0].pk)
    with django_assert_max_num_queries(0):
        history = assessment_history(page)
    assert history.approved_at == page.first_published_at
    assert history.corrections == []
