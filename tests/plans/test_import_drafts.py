"""A valid upload becomes a new draft revision of the period's assessment; nothing public changes
until the Monitoring Board approves it; the board's text is never touched."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from plans.exchange import TABLES
from plans.importer import assessment_exchange_rows, workbook_bytes
from plans.models import AssessmentPage, IndicatorValue
from tests.plans.import_files import (
    ACTION_COLUMNS,
    VALUE_COLUMNS,
    action_line,
    csv_bytes,
    run_import,
    value_line,
    xlsx_bytes,
)
from tests.scenarios.monitoring import Monitoring

pytestmark = pytest.mark.django_db

JUNE = date(2025, 6, 30)


def public_values(monitoring: Monitoring) -> dict[tuple[date, str], Decimal]:
    return {
        (row.date, row.disaggregation): row.value
        for row in IndicatorValue.objects.for_public().filter(indicator=monitoring.indicator)
    }


def indicator_csv(monitoring: Monitoring) -> str:
    response = Client(HTTP_HOST="localhost").get(f"{monitoring.indicator.url}csv/")
    assert response.status_code == 200
    return response.content.decode("utf-8-sig")


def approve(page: AssessmentPage, reporter: AbstractUser, board_member: AbstractUser) -> None:
    """Submit the draft to "İzleme Heyeti onayı" and let the board approve it."""
    page.get_workflow().start(page, reporter)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board_member, "approve")
    page.refresh_from_db()


def test_csv_updates_an_approved_assessment_as_a_draft_until_the_board_approves(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    assessment = monitoring.assessments[0]
    before_csv = indicator_csv(monitoring)
    content = csv_bytes(
        VALUE_COLUMNS,
        [
            value_line(plan, period, indicator, JUNE, "women", "33.25", "TÜİK"),
            value_line(plan, None, indicator, "", "Erkek", "29,5"),  # label, comma, period end
        ],
    )
    outcome = run_import(content, "gosterge_degerleri.csv", plan, period, kadikoy_reporter)

    assert outcome.ok, [str(issue) for issue in outcome.issues]
    assert not outcome.written.created
    assessment.refresh_from_db()
    assert assessment.live and assessment.has_unpublished_changes
    draft = assessment.get_latest_revision_as_object()
    values = {(row.disaggregation): row for row in draft.indicator_values.all()}
    assert values["women"].value == Decimal("33.25")
    assert values["women"].source_note == "TÜİK"
    assert values["men"].value == Decimal("29.5")
    assert values["total"].value == Decimal("30")  # not in the file: kept
    assert assessment.get_latest_revision().user == kadikoy_reporter
    # The board's comments stay in the draft.
    assert {row.board_comment for row in draft.action_rows.all()} >= {"Onaylı yorum: sürüyor."}

    # Public: unchanged.
    assert public_values(monitoring)[(JUNE, "women")] == Decimal("31.5")
    assert indicator_csv(monitoring) == before_csv
    assert "33.25" not in before_csv

    approve(assessment, kadikoy_reporter, board_member)
    assert not assessment.has_unpublished_changes
    assert public_values(monitoring)[(JUNE, "women")] == Decimal("33.25")
    assert public_values(monitoring)[(JUNE, "men")] == Decimal("29.5")
    assert "33.25" in indicator_csv(monitoring)


def test_xlsx_for_a_new_period_creates_a_draft_assessment(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    plan, indicator, actions = monitoring.plan, monitoring.indicator, monitoring.actions
    period = monitoring.add_period(2)
    end = period.end_date
    content = xlsx_bytes(
        {
            "gosterge_degerleri": (
                VALUE_COLUMNS,
                [
                    value_line(plan, period, indicator, end, "total", 41.5),
                    value_line(plan, period, indicator, end, "women", 40),
                ],
            ),
            "eylem_durumlari": (
                [*ACTION_COLUMNS, "eylem_adi"],
                [
                    [*action_line(plan, period, actions[0], "Tamamlandı", ""), "Kreş"],
                    [*action_line(plan, period, actions[1], "in_progress", 60, "Rapor"), ""],
                    [*action_line(plan, period, actions[2], "", ""), ""],  # not reported
                ],
            ),
            "aciklama": (["not"], [["bu sayfa okunmaz"]]),
        }
    )
    outcome = run_import(content, "veri.xlsx", plan, period, kadikoy_reporter)

    assert outcome.ok, [str(issue) for issue in outcome.issues]
    page = outcome.assessment
    assert outcome.written.created
    page.refresh_from_db()
    assert page.get_parent().pk == plan.pk
    assert page.period == period
    assert not page.live and page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    rows = {row.action_id: row for row in draft.action_rows.all()}
    assert set(rows) == {actions[0].pk, actions[1].pk}
    assert (rows[actions[0].pk].status, rows[actions[0].pk].progress) == ("completed", 100)
    assert (rows[actions[1].pk].status, rows[actions[1].pk].evidence) == ("in_progress", "Rapor")
    values = {row.disaggregation: row.value for row in draft.indicator_values.all()}
    assert values == {"total": Decimal("41.5"), "women": Decimal("40")}
    assert not IndicatorValue.objects.for_public().filter(date=end).exists()
    assert page.url is not None  # the draft's own address, which answers 404 until approval
    assert Client(HTTP_HOST="localhost").get(page.url).status_code == 404

    approve(page, kadikoy_reporter, board_member)
    assert page.live
    assert IndicatorValue.objects.for_public().filter(date=end, value=Decimal("41.5")).exists()


def test_a_second_import_into_a_draft_starts_from_its_latest_revision(
    monitoring: Monitoring, editor: AbstractUser
) -> None:
    plan, indicator, actions = monitoring.plan, monitoring.indicator, monitoring.actions
    period = monitoring.add_period(2)
    first = csv_bytes(ACTION_COLUMNS, [action_line(plan, period, actions[0], "delayed", 5)])
    assert run_import(first, "a.csv", plan, period, editor).ok
    second = csv_bytes(
        VALUE_COLUMNS, [value_line(plan, period, indicator, period.end_date, "total", "7")]
    )
    outcome = run_import(second, "b.csv", plan, period, editor)
    assert outcome.ok
    page = outcome.assessment
    assert page.revisions.count() == 2
    draft = page.get_latest_revision_as_object()
    assert [(row.action_id, row.status) for row in draft.action_rows.all()] == [
        (actions[0].pk, "delayed")
    ]
    assert [row.value for row in draft.indicator_values.all()] == [Decimal("7")]


def test_round_trip_of_an_approved_assessment_into_a_new_period(
    monitoring: Monitoring, editor: AbstractUser
) -> None:
    plan, approved = monitoring.plan, monitoring.assessments[0]
    tables = assessment_exchange_rows(approved)
    period = monitoring.add_period(2)
    for rows in tables.values():
        for row in rows:
            row["donem"] = period.pk  # the same facts, reported for the new period
    content = workbook_bytes([(table.name, table.columns, tables[table.name]) for table in TABLES])
    outcome = run_import(content, "disa-aktarim.xlsx", plan, period, editor)
    assert outcome.ok, [str(issue) for issue in outcome.issues]

    draft = outcome.assessment.get_latest_revision_as_object()
    exported_again = assessment_exchange_rows(draft)
    facts = {
        "gosterge_degerleri": ("gosterge", "tarih", "kirilim", "deger", "kaynak"),
        "eylem_durumlari": ("eylem", "durum", "ilerleme", "kanit"),
    }
    for name, columns in facts.items():
        assert [[row[c] for c in columns] for row in exported_again[name]] == [
            [row[c] for c in columns] for row in tables[name]
        ]
    # The board's judgement is exported but never imported.
    assert all(row["heyet_yorumu"] == "" for row in exported_again["eylem_durumlari"])
    assert any(row["heyet_yorumu"] for row in tables["eylem_durumlari"])


def test_an_assessment_awaiting_the_board_is_locked_for_the_reporter(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    assessment = monitoring.assessments[0]
    assessment.get_workflow().start(assessment, kadikoy_reporter)
    content = csv_bytes(VALUE_COLUMNS, [value_line(plan, period, indicator, JUNE, "total", "1")])
    revisions = assessment.revisions.count()

    outcome = run_import(content, "v.csv", plan, period, kadikoy_reporter)
    assert not outcome.ok and not outcome.issues  # not an error in the file
    assert "onayında" in outcome.refusal
    assert "hata" not in outcome.summary()
    assert assessment.revisions.count() == revisions

    # The board may still correct it while it decides.
    assert run_import(content, "v.csv", plan, period, board_member).ok


def test_thousands_of_values_take_a_fixed_number_of_queries(
    monitoring: Monitoring, editor: AbstractUser, django_assert_max_num_queries
) -> None:
    plan, indicator = monitoring.plan, monitoring.indicator
    period = monitoring.add_period(2)
    days = [date(2000, 1, 1) + timedelta(days=n) for n in range(700)]
    lines = [
        value_line(plan, period, indicator, day, kind, f"{n}.5")
        for n, day in enumerate(days)
        for kind in ("women", "men", "total")
    ]
    content = csv_bytes(VALUE_COLUMNS, lines)
    # About 80 to create the page and its revision (Wagtail), 55 to add a revision: the same for
    # 10 rows as for 2,100 (rows are checked against dicts and written as one revision).
    with django_assert_max_num_queries(100):
        outcome = run_import(content, "v.csv", plan, period, editor)
    assert outcome.ok
    assert outcome.written.values_added == 2100
    with django_assert_max_num_queries(70):  # into the existing draft: no query per row either
        outcome = run_import(content, "v.csv", plan, period, editor)
    assert outcome.written.values_updated == 2100
    draft = outcome.assessment.get_latest_revision_as_object()
    assert draft.indicator_values.count() == 2100
