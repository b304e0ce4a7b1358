"""Upload files for the importer's tests, built in code (no binary fixtures in the repository)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook

from django.db.models import Model

from wagtail.models import Page, Revision

from indicators.models import IndicatorPage
from plans.exchange import ACTION_STATUSES, INDICATOR_VALUES
from plans.importer import ImportOutcome, import_monitoring_file
from plans.models import (
    ActionAssessment,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    PlanPage,
)

VALUE_COLUMNS = list(INDICATOR_VALUES.required)
ACTION_COLUMNS = list(ACTION_STATUSES.required)


def csv_bytes(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ",",
    bom: bool = True,
) -> bytes:
    """A CSV file (UTF-8, with a byte-order mark unless bom=False)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")


def xlsx_bytes(sheets: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]]) -> bytes:
    """A workbook with one sheet per {name: (columns, rows)}."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, (columns, rows) in sheets.items():
        sheet = workbook.create_sheet(name)
        sheet.append(list(columns))
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _period_id(period: MonitoringPeriod | int | None) -> int | str:
    """The donem cell: a period's id, a raw id, or empty."""
    if period is None:
        return ""
    return period if isinstance(period, int) else period.pk


def value_line(
    plan: PlanPage,
    period: MonitoringPeriod | int | None,
    indicator: IndicatorPage,
    day: date | str,
    kind: str,
    value: Any,
    source: str = "",
) -> list[Any]:
    """One row of the indicator values table, in VALUE_COLUMNS order."""
    return [
        plan.get_parent().slug,
        plan.slug,
        _period_id(period),
        indicator.code,
        day.isoformat() if isinstance(day, date) else day,
        kind,
        value,
        source,
    ]


def action_line(
    plan: PlanPage,
    period: MonitoringPeriod | int | None,
    action: ActionPage,
    status: str,
    progress: Any,
    evidence: str = "",
) -> list[Any]:
    """One row of the action statuses table, in ACTION_COLUMNS order."""
    return [
        plan.get_parent().slug,
        plan.slug,
        _period_id(period),
        action.code,
        status,
        progress,
        evidence,
    ]


def run_import(
    content: bytes,
    filename: str,
    plan: PlanPage,
    period: MonitoringPeriod,
    user: Any = None,
) -> ImportOutcome:
    """Import the bytes as if uploaded under the file name."""
    return import_monitoring_file(
        io.BytesIO(content), filename, plan=plan, period=period, user=user
    )


def database_counts() -> dict[str, int]:
    """How many assessments, revisions and rows exist: an import that fails changes none."""
    models: list[type[Model]] = [Page, AssessmentPage, Revision, ActionAssessment, IndicatorValue]
    return {model.__name__: model.objects.count() for model in models}
