"""The board compares an assessment with what is public now and with the previous period."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Permission
from django.test import Client
from django.urls import reverse

from plans.assessment_diff import (
    AssessmentChanges,
    assessment_changes,
    previous_period_assessment,
)
from plans.models import ActionAssessment, AssessmentPage, IndicatorValue
from plans.templatetags.assessment_compare_tags import approval_changes
from tests.plans.test_workflow import draft_assessment, logged_in
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import SiteTree

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def compare_url(page: AssessmentPage, against: str = "") -> str:
    url = reverse("plans_assessment_compare", args=[page.pk])
    return f"{url}?against={against}" if against else url


def revise(page: AssessmentPage) -> AssessmentPage:
    """A draft revision of the live period-1 assessment: action 2 completed, action 3 removed,
    the women's value changed, a value added, the summary rewritten; the revision's page."""
    draft = page.get_latest_revision_as_object()
    rows = list(draft.action_rows.all())
    rows[1].status, rows[1].progress = "completed", 100
    draft.action_rows = rows[:2]
    values = list(draft.indicator_values.all())
    women = next(value for value in values if value.disaggregation == "women")
    women.value = Decimal("33")
    draft.indicator_values = [
        *values,
        IndicatorValue(
            indicator=values[0].indicator,
            date=date(2025, 12, 31),
            disaggregation="total",
            value=Decimal("12.25"),
        ),
    ]
    draft.summary = "Heyetin yeni özeti: kreş açıldı, diğerleri sürüyor."
    revision = draft.save_revision()
    return revision.as_object()


def all_text(changes: AssessmentChanges) -> str:
    parts = [changes.heading, *changes.lines()]
    for row in [*changes.actions, *changes.indicator_values]:
        parts.append(row.label)
        parts.extend(f"{c.label} {c.old} {c.new}" for c in row.fields)
    parts.extend(f"{c.label} {c.old} {c.new}" for c in changes.texts)
    return "\n".join(parts)


# The diff ------------------------------------------------------------------------------------


def test_changes_list_only_what_changed_with_turkish_labels(monitoring: Monitoring) -> None:
    live = monitoring.assessments[0]
    actions = monitoring.actions
    changes = assessment_changes(revise(live), AssessmentPage.objects.get(pk=live.pk))

    assert [row.kind for row in changes.actions] == ["changed", "removed"]
    changed, removed = changes.actions
    assert changed.label == f"{actions[1].code} {actions[1].title}"
    assert [(c.label, c.old, c.new) for c in changed.fields] == [
        ("Durum", "Devam ediyor", "Tamamlandı"),
        ("İlerleme (%)", "40", "100"),
    ]
    assert removed.label == f"{actions[2].code} {actions[2].title}"
    assert ("Durum", "Gecikmede", "—") in [(c.label, c.old, c.new) for c in removed.fields]
    assert actions[0].title not in all_text(changes)  # unchanged rows are absent

    values = {row.label: row for row in changes.indicator_values}
    assert set(values) == {
        f"{monitoring.indicator.code} {monitoring.indicator.title} · 30 Haz 2025 · Kadın",
        f"{monitoring.indicator.code} {monitoring.indicator.title} · 31 Ara 2025 · Toplam",
    }
    women, added = changes.indicator_values  # ordered by indicator, then date
    assert women.kind == "changed"
    assert [(c.label, c.old, c.new) for c in women.fields] == [("Değer", "31,5", "33")]
    assert added.kind == "added"
    assert [(c.label, c.old, c.new) for c in added.fields] == [("Değer", "—", "12,25")]

    assert [text.label for text in changes.texts] == ["Heyetin özeti"]
    assert changes.texts[0].new.startswith("Heyetin yeni özeti")
    assert changes.heading == "2 eylemde, 2 gösterge değerinde, 1 metin alanında değişiklik"
    assert "None" not in all_text(changes)


def test_an_empty_rating_is_a_dash_and_a_set_one_its_label(monitoring: Monitoring) -> None:
    live = monitoring.assessments[0]
    draft = live.latest_revision.as_object()
    rows = list(draft.action_rows.all())
    rows[0].rating = 3
    draft.action_rows = rows
    changes = assessment_changes(draft, AssessmentPage.objects.get(pk=live.pk))
    [row] = changes.actions
    assert [(c.label, c.old, c.new) for c in row.fields] == [("Heyet puanı", "—", "Yeterli")]
    assert "None" not in all_text(changes)


def test_the_same_version_has_no_changes(monitoring: Monitoring) -> None:
    live = monitoring.assessments[0]
    changes = assessment_changes(live.latest_revision.as_object(), live)
    assert changes.is_empty
    assert changes.heading == "Değişiklik yok"


def test_without_an_old_version_every_row_is_added(monitoring: Monitoring) -> None:
    draft = draft_assessment(monitoring)
    changes = assessment_changes(draft.get_latest_revision_as_object(), None)
    assert [row.kind for row in changes.actions] == ["added"]
    assert [row.kind for row in changes.indicator_values] == ["added"]
    assert ("Durum", "—", "Tamamlandı") in [
        (c.label, c.old, c.new) for c in changes.actions[0].fields
    ]
    assert "None" not in all_text(changes)


def test_previous_period_assessment(monitoring: Monitoring) -> None:
    first = monitoring.assessments[0]
    assert previous_period_assessment(first) is None
    draft = draft_assessment(monitoring)
    assert previous_period_assessment(draft) == first


def test_rows_follow_the_plans_order_and_the_diff_reads_a_fixed_number_of_queries(
    monitoring: Monitoring, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    monitoring.add_plan_actions(12)  # codes up to 1.15: "1.10" sorts after "1.9"
    period = monitoring.add_period(2)
    rows = [(action, "in_progress", 10, "") for action in reversed(monitoring.actions)]
    values = [
        (monitoring.indicator, date(2026, 6, 30), "total", str(number)) for number in range(1)
    ]
    page = make_assessment(monitoring.plan, period, rows=rows, values=values)
    draft = page.get_latest_revision_as_object()
    changed = list(draft.action_rows.all())
    for row in changed:
        row.status = "completed"
    draft.action_rows = changed
    revision = draft.save_revision()
    under_review = revision.as_object()
    live = AssessmentPage.objects.get(pk=page.pk)
    with django_assert_max_num_queries(4):
        changes = assessment_changes(under_review, live)
    codes = [row.label.split(" ")[0] for row in changes.actions]
    assert len(codes) == 15
    assert codes == [f"1.{n}" for n in sorted(int(code.split(".")[1]) for code in codes)]


# The admin view ------------------------------------------------------------------------------


def test_the_board_sees_the_changes_against_the_live_version(
    monitoring: Monitoring, board_member: AbstractUser
) -> None:
    live = monitoring.assessments[0]
    revise(live)
    response = logged_in(board_member).get(compare_url(live))
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 eylemde, 2 gösterge değerinde, 1 metin alanında değişiklik" in html
    assert "Devam ediyor" in html and "Tamamlandı" in html
    assert "31,5" in html and "12,25" in html
    assert monitoring.actions[0].title not in html
    assert '<th scope="col">' in html and "<caption>" in html
    assert "None" not in html.split('id="main"')[1]


def test_the_comparison_says_when_nothing_changed(
    monitoring: Monitoring, board_member: AbstractUser
) -> None:
    html = logged_in(board_member).get(compare_url(monitoring.assessments[0])).content.decode()
    assert "Değişiklik yok" in html


def test_a_page_never_published_shows_every_row_added(
    monitoring: Monitoring, board_member: AbstractUser
) -> None:
    draft = draft_assessment(monitoring)
    html = logged_in(board_member).get(compare_url(draft)).content.decode()
    assert "hiç yayımlanmadı" in html
    assert "Eklendi" in html
    assert monitoring.actions[0].title in html


def test_against_the_previous_period(monitoring: Monitoring, board_member: AbstractUser) -> None:
    board = logged_in(board_member)
    first = monitoring.assessments[0]
    html = board.get(compare_url(first, "previous")).content.decode()
    assert "önceki bir döneme ait onaylanmış değerlendirmesi yok" in html

    draft = draft_assessment(monitoring)
    html = board.get(compare_url(draft, "previous")).content.decode()
    assert first.period.name in html
    assert "Onaylı yorum: sürüyor." in html  # action 2's row of period 1, not in the draft
    assert "Kaldırıldı" in html
    assert 'aria-current="page"' in html


def test_reporters_see_only_their_own_municipality_and_others_are_refused(
    monitoring: Monitoring, site_tree: SiteTree, kadikoy_reporter: AbstractUser
) -> None:
    page = monitoring.assessments[0]
    assert logged_in(kadikoy_reporter).get(compare_url(page)).status_code == 200

    nilufer_reporter = get_user_model().objects.create_user("nilufer-raportor")
    nilufer_reporter.groups.add(site_tree.nilufer.reporters_group)
    assert logged_in(nilufer_reporter).get(compare_url(page)).status_code == 404

    outsider = get_user_model().objects.create_user("yalniz-yonetim")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    # Wagtail answers a refusal with its admin home and a message, or 403 to a script.
    refused = logged_in(outsider).get(compare_url(page))
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    xhr = {"x-requested-with": "XMLHttpRequest"}
    assert logged_in(outsider).get(compare_url(page), headers=xhr).status_code == 403

    anonymous = Client(HTTP_HOST="localhost").get(compare_url(page))
    assert anonymous.status_code == 302
    assert "/admin/login/" in anonymous["Location"]


def test_the_view_reads_a_bounded_number_of_queries_for_fifteen_rows(
    monitoring: Monitoring, board_member: AbstractUser, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    monitoring.add_plan_actions(12)
    period = monitoring.add_period(2)
    rows = [(action, "in_progress", 10, "Yorum") for action in monitoring.actions]
    values = [(monitoring.indicator, date(2026, 6, 30), "total", "5")]
    page = make_assessment(monitoring.plan, period, rows=rows, values=values)
    draft = page.get_latest_revision_as_object()
    changed = list(draft.action_rows.all())
    for row in changed:
        row.progress = 60
    draft.action_rows = changed
    draft.save_revision()
    board = logged_in(board_member)
    with django_assert_max_num_queries(25):
        html = board.get(compare_url(page)).content.decode()
    assert "15 eylemde değişiklik" in html
    with django_assert_max_num_queries(25):
        html = board.get(compare_url(page, "previous")).content.decode()
    assert monitoring.periods[0].name in html


def test_the_edit_page_has_a_compare_button(
    monitoring: Monitoring, board_member: AbstractUser
) -> None:
    page = monitoring.assessments[0]
    html = logged_in(board_member).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert compare_url(page) in html
    assert "Karşılaştır" in html


# The approval confirmation -------------------------------------------------------------------


def test_the_confirmation_lists_the_changed_figures(
    monitoring: Monitoring, editor: AbstractUser, board_member: AbstractUser
) -> None:
    live = monitoring.assessments[0]
    revise(live)
    live.refresh_from_db()
    live.get_workflow().start(live, editor)
    task_state = live.current_workflow_task_state
    confirmation = (
        logged_in(board_member)
        .get(f"/admin/pages/workflow/action/{live.pk}/approve/{task_state.pk}/")
        .json()["html"]
    )
    assert "Onaylarsanız şu sayfa hemen herkese açık olur" in confirmation
    assert "Durum Devam ediyor → Tamamlandı" in confirmation
    assert "Değer 31,5 → 33" in confirmation
    assert compare_url(live) in confirmation
    assert "None" not in confirmation


def test_the_confirmation_shortens_a_long_list(
    monitoring: Monitoring, editor: AbstractUser, board_member: AbstractUser
) -> None:
    monitoring.add_plan_actions(12)
    page = draft_assessment(monitoring)
    draft = page.get_latest_revision_as_object()
    draft.action_rows = [
        ActionAssessment(action=action, status="in_progress", progress=5)
        for action in monitoring.actions
    ]
    draft.save_revision()
    page.refresh_from_db()
    page.get_workflow().start(page, editor)
    task_state = page.current_workflow_task_state
    confirmation = (
        logged_in(board_member)
        .get(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
        .json()["html"]
    )
    assert "İlk yayım" in confirmation
    assert confirmation.count("Eklendi") == 10
    assert "ve 7 değişiklik daha" in confirmation  # 15 actions, 1 value, the summary


def test_the_confirmation_lists_no_changes_for_other_pages(monitoring: Monitoring) -> None:
    assert approval_changes(monitoring.plan.save_revision()) is None
    summary = approval_changes(monitoring.assessments[0].latest_revision)
    assert summary is not None and summary.heading == "Değişiklik yok"


def test_a_long_text_changed_near_its_end_shows_where_it_differs(monitoring: Monitoring) -> None:
    live = monitoring.assessments[0]
    start = "Kreş açıldı ve kapasite arttı. " * 10
    versions = []
    for ending in ("Sonuç zayıf.", "Sonuç iyi."):
        version = live.latest_revision.as_object()  # a copy each time
        rows = list(version.action_rows.all())
        rows[0].board_comment = start + ending
        version.action_rows = rows
        versions.append(version)
    [row] = assessment_changes(versions[1], versions[0]).actions
    [change] = row.fields
    assert change.label == "Heyetin yorumu"
    assert "Sonuç zayıf." in change.old and "Sonuç iyi." in change.new


def test_a_changed_narrative_shows_its_words(monitoring: Monitoring) -> None:
    from wagtail.rich_text import RichText

    live = monitoring.assessments[0]
    draft = live.latest_revision.as_object()
    draft.narrative = [("paragraph", RichText("<p>Bakım yükü <b>azaldı</b>.</p>"))]
    changes = assessment_changes(draft, live)
    assert [(c.label, c.old, c.new) for c in changes.texts] == [
        ("Genel değerlendirme", "—", "Bakım yükü azaldı.")
    ]
