"""A file with any problem changes nothing, and every problem is reported with its table, line
(as the spreadsheet shows it: the header is line 1) and column."""

from __future__ import annotations

from datetime import date

import pytest

from django.contrib.auth.models import AbstractUser

from plans.importer import ImportOutcome
from plans.importer.reading import MAX_UPLOAD_BYTES
from tests.plans.factories import ActionPageFactory, PlanPageFactory
from tests.plans.import_files import (
    ACTION_COLUMNS,
    VALUE_COLUMNS,
    action_line,
    csv_bytes,
    database_counts,
    run_import,
    value_line,
    xlsx_bytes,
)
from tests.scenarios.monitoring import Monitoring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

JUNE = date(2025, 6, 30)


def located(outcome: ImportOutcome) -> set[tuple[str, int | None, str | None]]:
    return {(issue.table, issue.line, issue.column) for issue in outcome.issues}


def assert_nothing_changed(before: dict[str, int], outcome: ImportOutcome) -> None:
    assert not outcome.ok
    assert outcome.issue_count == len(outcome.issues) > 0
    assert database_counts() == before


def test_every_row_error_is_reported_with_line_and_column_and_nothing_changes(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, site_tree
) -> None:
    plan, period, indicator, actions = (
        monitoring.plan,
        monitoring.periods[0],
        monitoring.indicator,
        monitoring.actions,
    )
    nilufer_plan = PlanPageFactory(parent=site_tree.nilufer, slug="nilufer-yeep")
    monitoring.add_plan_actions(1)
    before = database_counts()
    content = xlsx_bytes(
        {
            "gosterge_degerleri": (
                VALUE_COLUMNS,
                [
                    value_line(plan, period, indicator, JUNE, "women", "31.5"),  # line 2: fine
                    value_line(plan, period, indicator, JUNE, "men", "yirmi"),  # 3: text value
                    value_line(plan, period, indicator, JUNE, "women", "32"),  # 4: duplicate
                    value_line(plan, period, indicator, "30.06.2025", "total", "1"),  # 5: date
                    value_line(nilufer_plan, period, indicator, JUNE, "total", "2"),  # 6: Nilüfer
                    value_line(plan, period, indicator, JUNE, "kadınlar", "3"),  # 7: bad kind
                    value_line(plan, 999999, indicator, JUNE, "total", "4"),  # 8: other period
                ],
            ),
            "eylem_durumlari": (
                ACTION_COLUMNS,
                [
                    action_line(plan, period, actions[0], "completed", 150),  # 2: progress
                    ["kadikoy", plan.slug, "", "9.99", "completed", 100, ""],  # 3: unknown code
                    action_line(plan, period, actions[1], "in_progress", 40),  # 4: fine
                    action_line(plan, period, actions[1], "delayed", 10),  # 5: duplicate
                    action_line(plan, period, actions[2], "belki", ""),  # 6: bad status
                    action_line(plan, period, actions[3], "delayed", ""),  # 7: progress needed
                ],
            ),
        }
    )
    outcome = run_import(content, "veri.xlsx", plan, period, kadikoy_reporter)

    assert_nothing_changed(before, outcome)
    assert located(outcome) == {
        ("gosterge_degerleri", 3, "deger"),
        ("gosterge_degerleri", 4, "gosterge"),
        ("gosterge_degerleri", 5, "tarih"),
        ("gosterge_degerleri", 6, "belediye"),
        ("gosterge_degerleri", 7, "kirilim"),
        ("gosterge_degerleri", 8, "donem"),
        ("eylem_durumlari", 2, "ilerleme"),
        ("eylem_durumlari", 3, "eylem"),
        ("eylem_durumlari", 5, "eylem"),
        ("eylem_durumlari", 6, "durum"),
        ("eylem_durumlari", 7, "ilerleme"),
    }
    messages = {(issue.table, issue.line): str(issue) for issue in outcome.issues}
    assert "satır 3" in messages["gosterge_degerleri", 3]
    assert (
        "deger" in messages["gosterge_degerleri", 3]
        and "yirmi" in messages["gosterge_degerleri", 3]
    )
    assert "2. satırda" in messages["gosterge_degerleri", 4]
    assert "YYYY-AA-GG" in messages["gosterge_degerleri", 5]
    assert "nilufer" in messages["gosterge_degerleri", 6]
    assert "150" in messages["eylem_durumlari", 2]
    assert "9.99" in messages["eylem_durumlari", 3]
    assert "4. satırda" in messages["eylem_durumlari", 5]


def test_wrong_header_names_the_columns(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    before = database_counts()
    columns = [column for column in VALUE_COLUMNS if column != "deger"] + ["degerler"]
    content = csv_bytes(columns, [["kadikoy", monitoring.plan.slug, "", "G01", "", "", "", "1"]])
    outcome = run_import(content, "degerler.csv", monitoring.plan, monitoring.periods[0])

    assert_nothing_changed(before, outcome)
    assert located(outcome) == {("degerler.csv", 1, "degerler"), ("degerler.csv", 1, "deger")}
    assert {issue.message.split(" ")[0] for issue in outcome.issues} == {"Bilinmeyen", "Zorunlu"}


def test_a_plan_of_another_municipality_is_an_error_on_each_line(
    monitoring: Monitoring, site_tree
) -> None:
    nilufer_plan = PlanPageFactory(parent=site_tree.nilufer, slug="nilufer-yeep")
    action = ActionPageFactory(parent=nilufer_plan, code=monitoring.actions[0].code)
    period = monitoring.periods[0]
    before = database_counts()
    content = csv_bytes(
        ACTION_COLUMNS,
        [
            action_line(nilufer_plan, period, action, "completed", 100),
            action_line(monitoring.plan, period, monitoring.actions[1], "completed", 100),
            ["kadikoy", "baska-plan", "", monitoring.actions[2].code, "completed", 100, ""],
        ],
        delimiter=";",
        bom=False,
    )
    outcome = run_import(content, "eylemler.csv", monitoring.plan, period)

    assert_nothing_changed(before, outcome)
    assert located(outcome) == {("eylemler.csv", 2, "belediye"), ("eylemler.csv", 4, "plan")}


def test_file_level_problems(monitoring: Monitoring) -> None:
    plan, period = monitoring.plan, monitoring.periods[0]
    before = database_counts()
    cases = {
        "latin5.csv": ("belediye;plan;dönem".encode("cp1254"), "UTF-8"),
        "veri.xls": (b"\xd0\xcf\x11\xe0 old excel", ".xlsx"),
        "bozuk.xlsx": (b"PK\x03\x04 not really a zip", "XLSX"),
        "bos.csv": (b"", "boş"),
        "baska.csv": (csv_bytes(["a", "b"], [["1", "2"]]), "gosterge"),
        "buyuk.csv": (b"x" * (MAX_UPLOAD_BYTES + 1), "MB"),
    }
    for filename, (content, expected) in cases.items():
        outcome = run_import(content, filename, plan, period)
        assert not outcome.ok, filename
        assert any(expected in issue.message for issue in outcome.issues), (
            filename,
            [str(issue) for issue in outcome.issues],
        )
    assert database_counts() == before


def test_template_rows_left_empty_are_skipped_but_an_empty_file_is_an_error(
    monitoring: Monitoring,
) -> None:
    plan, period = monitoring.plan, monitoring.periods[0]
    content = csv_bytes(
        ACTION_COLUMNS, [action_line(plan, period, action, "", "") for action in monitoring.actions]
    )
    outcome = run_import(content, "eylem_durumlari.csv", plan, period)
    assert not outcome.ok
    assert "satır yok" in outcome.issues[0].message


def test_many_bad_rows_are_counted_but_only_the_first_are_kept(monitoring: Monitoring) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    rows = [value_line(plan, period, indicator, JUNE, "total", "x")] * 600
    outcome = run_import(csv_bytes(VALUE_COLUMNS, rows), "v.csv", plan, period)
    assert outcome.issue_count == 600 + 599  # each value, and each repetition of the first row
    assert len(outcome.issues) == 500
    assert [issue.column for issue in outcome.issues[:3]] == ["deger", "deger", "gosterge"]


def test_turkish_spreadsheet_conventions_are_accepted(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    """Semicolons, decimal commas, Turkish headers and labels in any case, "%" in progress."""
    plan, period, indicator, actions = (
        monitoring.plan,
        monitoring.add_period(2),
        monitoring.indicator,
        monitoring.actions,
    )
    values = csv_bytes(
        ["Belediye", "PLAN", "Dönem", "Gösterge", "Tarih", "KIRILIM", "Değer", "Kaynak", "Birim"],
        [
            ["Kadıköy", plan.slug, "", indicator.code.lower(), "", "KADIN", "12,5", "", "%"],
            ["kadikoy", plan.slug, "", indicator.code, "", "Erkek", "-3", "", ""],
        ],
        delimiter=";",
    )
    outcome = run_import(values, "gosterge_degerleri.csv", plan, period, kadikoy_reporter)
    assert outcome.ok, [str(issue) for issue in outcome.issues]
    statuses = csv_bytes(
        ACTION_COLUMNS,
        [
            action_line(plan, period, actions[0], "İPTAL EDİLDİ", "%30"),
            action_line(plan, period, actions[1], "BAŞLAMADI", ""),
            action_line(plan, period, actions[2], "In progress", "55 %"),
        ],
        delimiter="\t",
        bom=False,
    )
    outcome = run_import(statuses, "eylemler.txt", plan, period, kadikoy_reporter)
    assert outcome.ok, [str(issue) for issue in outcome.issues]

    draft = outcome.assessment.get_latest_revision_as_object()
    assert {
        (row.indicator_id, row.date, row.disaggregation, str(row.value))
        for row in draft.indicator_values.all()
    } == {
        (indicator.pk, period.end_date, "women", "12.5"),
        (indicator.pk, period.end_date, "men", "-3"),
    }
    assert [(row.action_id, row.status, row.progress) for row in draft.action_rows.all()] == [
        (actions[0].pk, "cancelled", 30),
        (actions[1].pk, "not_started", 0),
        (actions[2].pk, "in_progress", 55),
    ]


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("1.234,5", "binlik"),
        ("1,234,5", "binlik"),
        ("12 500", "Sayı olmalı"),
        ("1.23456", "4 ondalık"),
        ("NaN", "Sayı olmalı"),
        ("12345678901", "çok büyük"),
    ],
)
def test_ambiguous_or_imprecise_numbers_are_refused(
    monitoring: Monitoring, cell: str, message: str
) -> None:
    plan, period = monitoring.plan, monitoring.periods[0]
    content = csv_bytes(
        VALUE_COLUMNS, [value_line(plan, period, monitoring.indicator, JUNE, "total", cell)]
    )
    outcome = run_import(content, "v.csv", plan, period)
    assert [(issue.line, issue.column) for issue in outcome.issues] == [(2, "deger")]
    assert message in outcome.issues[0].message


def test_a_renamed_sheet_is_read_by_its_header(monitoring: Monitoring) -> None:
    plan, period, action = monitoring.plan, monitoring.add_period(2), monitoring.actions[0]
    line = action_line(plan, period, action, "completed", "")
    content = xlsx_bytes({"Sayfa1": (ACTION_COLUMNS, [line])})
    outcome = run_import(content, "eylemler.xlsx", plan, period)
    assert outcome.ok, [str(issue) for issue in outcome.issues]
    assert outcome.written.actions_added == 1
