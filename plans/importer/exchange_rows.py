"""Rows in the exchange format (plans.exchange) for one assessment, and the import template.

- `assessment_exchange_rows(assessment)`: one assessment's rows, every column of both tables,
  in the same shapes as the open-data exports (values as dot-decimal text, ids as numbers). It
  reads the page object it is given, so it exports a live page or a revision's draft alike;
  re-importing its output into another period gives the same values.
- `template_rows(plan, period)`: one row per action of the plan (status empty) and one per linked
  indicator and disaggregation (value empty), with the name columns for people.
- `workbook_bytes(...)`: an XLSX workbook of such tables, with an instructions sheet; its cells,
  like those of csv_response, are safe to open (portal.spreadsheets.safe_cell), and the importer
  reads them back with unescape_cell.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import models
from django.utils.translation import gettext as _

from plans.exchange import (
    ACTION_STATUSES,
    FLAG_COLUMNS,
    INDICATOR_VALUES,
    action_status_row,
    assessment_context,
    cell_value,
    indicator_value_row,
)
from plans.models import (
    ActionIndicator,
    ActionPage,
    AssessmentPage,
    MonitoringPeriod,
    MunicipalityPage,
    PlanPage,
)
from plans.models.assessment import indicator_model
from plans.scales import ActionStatus, Disaggregation
from portal.spreadsheets import safe_row
from portal.text import natural_sort_key

from .cells import FlagAnswer

#: Columns of the import template: the required ones and the names that help people fill it in.
TEMPLATE_COLUMNS: dict[str, tuple[str, ...]] = {
    INDICATOR_VALUES.name: (
        *INDICATOR_VALUES.required,
        *INDICATOR_VALUES.optional,
        "donem_adi",
        "gosterge_adi",
        "birim",
    ),
    ACTION_STATUSES.name: (*ACTION_STATUSES.required, "donem_adi", "eylem_adi"),
}
#: Columns written as text cells, so that Excel keeps "1.10" and "04" as typed.
TEXT_COLUMNS = {"belediye", "plan", "gosterge", "eylem", "tarih", "kaynak", "kanit"}
DISAGGREGATION_ORDER = {kind.value: position for position, kind in enumerate(Disaggregation)}


def table_lines(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> list[list[Any]]:
    """Rows as lists of cells in the order of columns (for CSV writers)."""
    return [[cell_value(row.get(column, "")) for column in columns] for row in rows]


def assessment_exchange_rows(assessment: AssessmentPage) -> dict[str, list[dict[str, Any]]]:
    """{table name: rows} of one assessment's action rows and indicator values (all columns)."""
    plan = assessment.get_parent().specific
    municipality = plan.get_parent().specific
    context = assessment_context(assessment, municipality, plan)

    action_rows = [row for row in assessment.action_rows.all() if row.action_id is not None]
    actions = ActionPage.objects.in_bulk([row.action_id for row in action_rows])
    statuses = [
        action_status_row(row, actions[row.action_id], context)
        for row in sorted(
            action_rows, key=lambda row: natural_sort_key(actions[row.action_id].code)
        )
    ]

    values = list(assessment.indicator_values.all())
    indicators = indicator_model().objects.in_bulk({value.indicator_id for value in values})
    rows = [
        indicator_value_row(value, indicators[value.indicator_id], context)
        for value in sorted(
            values,
            key=lambda value: (
                indicators[value.indicator_id].code,
                value.date,
                DISAGGREGATION_ORDER.get(value.disaggregation, 99),
            ),
        )
    ]
    return {INDICATOR_VALUES.name: rows, ACTION_STATUSES.name: statuses}


def template_rows(
    plan: PlanPage, period: MonitoringPeriod | None = None
) -> dict[str, list[dict[str, Any]]]:
    """{table name: rows} of the import template of a plan (TEMPLATE_COLUMNS)."""
    municipality: MunicipalityPage = plan.get_parent().specific
    common = {
        "belediye": municipality.slug,
        "plan": plan.slug,
        "donem": period.pk if period else "",
        "donem_adi": period.name if period else "",
    }
    actions = sorted(
        ActionPage.objects.child_of(plan), key=lambda page: natural_sort_key(page.code)
    )
    statuses = [
        {**common, "eylem": action.code, "durum": "", "ilerleme": "", "kanit": ""}
        | {"eylem_adi": action.title}
        for action in actions
    ]
    links = ActionIndicator.objects.filter(page__in=actions).select_related("indicator")
    indicators = sorted({link.indicator for link in links}, key=lambda page: page.code)
    values = [
        {
            **common,
            "gosterge": indicator.code,
            "tarih": period.end_date.isoformat() if period else "",
            "kirilim": str(kind.label),  # the reporter's words; the importer reads codes and labels
            "deger": "",
            "kaynak": "",
            **dict.fromkeys(FLAG_COLUMNS, ""),
            "gosterge_adi": indicator.title,
            "birim": indicator.unit,
        }
        for indicator in indicators
        for kind in indicator.disaggregations
    ]
    return {INDICATOR_VALUES.name: values, ACTION_STATUSES.name: statuses}


def instructions() -> list[str]:
    """The lines of the template's "aciklama" sheet (in the active language)."""
    statuses = ", ".join(f"{kind.value} ({kind.label})" for kind in ActionStatus)
    kinds = ", ".join(f"{kind.value} ({kind.label})" for kind in Disaggregation)
    return [
        _("YEEP İzleme Platformu: izleme verisi içe aktarma şablonu."),
        _(
            "Doldurduktan sonra yönetim panelinde “Veri içe aktar” sayfasından, izleme dönemini "
            "seçerek yükleyin. Veriler bir taslak olur; İzleme Heyeti onaylayınca yayımlanır."
        ),
        _("İlk satırdaki sütun adlarını değiştirmeyin. Ad ve birim sütunları bilgi içindir."),
        _("durum: %(values)s; kod ya da ad yazılabilir.") % {"values": statuses},
        _("ilerleme: 0–100 tam sayı; boşsa “Başlamadı” için 0, “Tamamlandı” için 100."),
        _("kirilim: %(values)s; boşsa toplam.") % {"values": kinds},
        _("deger: ondalık ayırıcı nokta (12.5) ya da tek virgül (12,5); binlik ayırıcı yok."),
        _("tarih: YYYY-AA-GG (örneğin 2025-06-30); boşsa dönemin bitiş tarihi."),
        _(
            "%(columns)s: veri kalitesi işaretleri (isteğe bağlı); evet ya da hayır (true/false, "
            "1/0), boşsa hayır. Sütun hiç yoksa taslaktaki işaretler değişmez."
        )
        % {"columns": ", ".join(FLAG_COLUMNS)},
        *(f"{column}: {flag.label}. {flag.description}" for column, flag in FLAG_COLUMNS.items()),
        _("donem: boş bırakılabilir (yüklerken seçilen dönem) ya da o dönemin numarası."),
        _("Durumu ya da değeri boş bırakılan satırlar içe aktarılmaz; taslaktaki eski hali kalır."),
    ]


#: Columns whose cells a template offers as a drop-down list of the scale's labels.
CHOICE_COLUMNS: dict[str, type[models.TextChoices]] = {
    "durum": ActionStatus,
    "kirilim": Disaggregation,
    **dict.fromkeys(FLAG_COLUMNS, FlagAnswer),
}
#: Rows of a template sheet that get the drop-down lists (the plan's rows and room to add some).
CHOICE_ROWS = 1000


def add_choice_lists(sheet: Any, columns: Sequence[str]) -> None:
    """Drop-down lists (Excel data validation) of the labels in the active language on the
    CHOICE_COLUMNS of a sheet, refusing other values with a message that lists the allowed ones."""
    from openpyxl.worksheet.datavalidation import DataValidation

    for position, column in enumerate(columns, start=1):
        choices = CHOICE_COLUMNS.get(column)
        if choices is None:
            continue
        labels = [str(member.label) for member in choices]
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(label.replace('"', "") for label in labels) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=str(_("Geçersiz değer")),
            error=str(_("Listeden seçin: %(values)s.") % {"values": ", ".join(labels)}),
        )
        letter = sheet.cell(row=1, column=position).column_letter
        validation.add(f"{letter}2:{letter}{CHOICE_ROWS + 1}")
        sheet.add_data_validation(validation)


def workbook_bytes(
    sheets: Sequence[tuple[str, Sequence[str], Iterable[dict[str, Any]]]],
    notes: Sequence[str] = (),
    choice_lists: bool = False,
) -> bytes:
    """An XLSX workbook: one sheet per (name, columns, rows), then an "aciklama" sheet of notes;
    every cell through portal.spreadsheets.safe_cell (table_lines does not escape: csv_response
    does, and a cell must be escaped exactly once); with `choice_lists`, drop-down lists on the
    status and disaggregation columns (add_choice_lists)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, columns, rows in sheets:
        sheet = workbook.create_sheet(name)
        sheet.append(safe_row(columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for line in table_lines(columns, rows):
            sheet.append(safe_row(line))
        for position, column in enumerate(columns, start=1):
            letter = sheet.cell(row=1, column=position).column_letter
            sheet.column_dimensions[letter].width = max(12, len(column) + 4)
            if column in TEXT_COLUMNS:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=position, max_col=position):
                    cell.number_format = "@"
        sheet.freeze_panes = "A2"
        if choice_lists:
            add_choice_lists(sheet, columns)
    if notes:
        about = workbook.create_sheet("aciklama")
        for note in notes:
            about.append(safe_row([note]))
        about.column_dimensions["A"].width = 120
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
