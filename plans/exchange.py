"""The data-exchange format of monitoring data: what open-data exports write and the importer reads.

Two tables, each a CSV file or a sheet of one XLSX workbook:

- indicator values (`gosterge_degerleri`): one row per municipality, plan, period, indicator, date
  and disaggregation;
- action statuses (`eylem_durumlari`): one row per municipality, plan, period and action.

Column names are stable ASCII machine names in the source language, whatever the visitor's
language, so a file exported from the portal can be re-imported and scripts keep working. Codes,
not labels: municipality and plan slugs, the monitoring period's id, indicator and action codes,
the disaggregation and status values of plans.scales, ISO dates, decimals with a dot.

Required columns identify and carry the data; optional columns (the data-quality flags
`tahmin`, `gecici`, `seri_kirilmasi`, `karsilastirilamaz`: true/false) carry data a file may leave
out (the importer then keeps what the draft has); informational columns (names, units, the licence)
are written by exports for people and ignored by the importer; any other column is an error. Among
the informational columns, the board's (`heyet_puani`, `heyet_yorumu`, `oneri`) are never imported
either, but a file that fills them is told so (a warning, not an error): only the board writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from plans.data_quality import DataFlag
from portal.licence import LICENCE

#: The optional columns of the data-quality flags (plans.data_quality), in the order of DataFlag.
FLAG_COLUMNS: dict[str, DataFlag] = {
    "tahmin": DataFlag.ESTIMATE,
    "gecici": DataFlag.PROVISIONAL,
    "seri_kirilmasi": DataFlag.SERIES_BREAK,
    "karsilastirilamaz": DataFlag.NOT_COMPARABLE,
}


@dataclass(frozen=True)
class Table:
    """One exchanged table: its name (sheet and file stem) and columns."""

    name: str
    required: tuple[str, ...]
    informational: tuple[str, ...]
    #: Informational columns with the board's judgement: a filled one is reported as ignored.
    board_only: tuple[str, ...] = ()
    #: Data columns a file may leave out (read when present).
    optional: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column, in the order exports write them."""
        return (*self.required, *self.optional, *self.informational)


INDICATOR_VALUES = Table(
    name="gosterge_degerleri",
    required=(
        "belediye",  # municipality slug, e.g. "kadikoy"
        "plan",  # plan slug
        "donem",  # monitoring period id (source language)
        "gosterge",  # indicator code, e.g. "G-01"
        "tarih",  # ISO date the value refers to
        "kirilim",  # plans.scales.Disaggregation value: total / women / men
        "deger",  # decimal number, dot as separator
        "kaynak",  # source note (may be empty)
    ),
    optional=tuple(FLAG_COLUMNS),  # data-quality flags: true / false (empty: false)
    informational=("donem_adi", "gosterge_adi", "birim", "ornek_veri", "lisans"),
)

ACTION_STATUSES = Table(
    name="eylem_durumlari",
    required=(
        "belediye",  # municipality slug
        "plan",  # plan slug
        "donem",  # monitoring period id (source language)
        "eylem",  # action code, e.g. "3.2"
        "durum",  # plans.scales.ActionStatus value
        "ilerleme",  # progress 0–100 (may be empty)
        "kanit",  # evidence (may be empty)
    ),
    # The board's judgement is published with the status, never imported.
    informational=(
        "donem_adi",
        "eylem_adi",
        "heyet_puani",
        "heyet_yorumu",
        "oneri",
        "ornek_veri",
        "lisans",
    ),
    board_only=("heyet_puani", "heyet_yorumu", "oneri"),
)

TABLES = (INDICATOR_VALUES, ACTION_STATUSES)


def cell_value(value: Any) -> Any:
    """A row value as CSV and XLSX carry it: booleans as true/false (like JSON)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def exchange_number(value: Decimal | None) -> str:
    """A decimal as the exchange writes it: dot separator, no trailing zeros ("30", "31.5")."""
    return "" if value is None else format(value.normalize(), "f")


def indicator_value_row(value: Any, indicator: Any, context: dict[str, Any]) -> dict[str, Any]:
    """One `gosterge_degerleri` row of an IndicatorValue; `context` holds the columns shared by
    its assessment (belediye, plan, donem, donem_adi, ornek_veri, lisans)."""
    row = {
        **context,
        "gosterge": indicator.code,
        "tarih": value.date.isoformat(),
        "kirilim": value.disaggregation,
        "deger": exchange_number(value.value),
        "kaynak": value.source_note,
        **{column: bool(getattr(value, flag.field_name)) for column, flag in FLAG_COLUMNS.items()},
        "gosterge_adi": indicator.title,
        "birim": indicator.unit,
    }
    return {column: row[column] for column in INDICATOR_VALUES.columns}


def action_status_row(row: Any, action: Any, context: dict[str, Any]) -> dict[str, Any]:
    """One `eylem_durumlari` row of an ActionAssessment; `context` as for indicator values."""
    values = {
        **context,
        "eylem": action.code,
        "durum": row.status,
        "ilerleme": "" if row.progress is None else row.progress,
        "kanit": row.evidence,
        "eylem_adi": action.title,
        "heyet_puani": "" if row.rating is None else row.rating,
        "heyet_yorumu": row.board_comment,
        "oneri": row.recommendation,
    }
    return {column: values[column] for column in ACTION_STATUSES.columns}


def assessment_context(assessment: Any, municipality: Any, plan: Any) -> dict[str, Any]:
    """The columns every row of one assessment shares."""
    period = assessment.period
    return {
        "belediye": municipality.slug,
        "plan": plan.slug,
        "donem": period.pk,
        "donem_adi": period.name,
        "ornek_veri": assessment.is_sample_data,
        "lisans": LICENCE,
    }
