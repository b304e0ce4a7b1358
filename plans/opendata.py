"""Open data: every approved indicator value and action status, as CSV, XLSX and JSON.

Rows come from the public read path only (`IndicatorValue.objects.for_public()`,
`ActionAssessment.objects.for_public()`: approved, public, source-language assessments), in the
exchange format of plans.exchange, so a downloaded file can be re-imported. The three formats carry
the same rows; XLSX and JSON also carry the licence and the data dictionary. CSV and XLSX cells are
safe to open in a spreadsheet (portal.spreadsheets.safe_cell); JSON carries the text as stored.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.caching import generation_cached
from portal.languages import in_visitor_language
from portal.licence import LICENCE, LICENCE_URL
from portal.select_options import Option, render_options, with_selected
from portal.spreadsheets import safe_row
from portal.text import turkish_sorted

from .data_quality import flag_column_description
from .exchange import (
    ACTION_STATUSES,
    FLAG_COLUMNS,
    INDICATOR_VALUES,
    Table,
    action_status_row,
    assessment_context,
    cell_value,
    indicator_value_row,
)
from .exports import csv_response
from .models import ActionAssessment, IndicatorValue, MunicipalityPage, PlanPage
from .tree import municipality_path, plan_path

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx", "json")

#: What each column holds, for the data dictionary (the same for both tables where shared).
COLUMN_DESCRIPTIONS: dict[str, Any] = {
    "belediye": gettext_lazy("Belediyenin kısa adı (adres satırındaki), örneğin kadikoy."),
    "plan": gettext_lazy("Yerel eşitlik eylem planının kısa adı."),
    "donem": gettext_lazy("İzleme döneminin numarası (API'deki izleme dönemi kimliği)."),
    "gosterge": gettext_lazy("Göstergenin kodu, örneğin G-01."),
    "tarih": gettext_lazy("Değerin ait olduğu tarih (YYYY-AA-GG)."),
    "kirilim": gettext_lazy("Kırılım: total (toplam), women (kadın) ya da men (erkek)."),
    "deger": gettext_lazy("Değer; ondalık ayırıcı noktadır."),
    "kaynak": gettext_lazy("Belediyenin bildirdiği veri kaynağı."),
    "eylem": gettext_lazy("Eylemin plandaki kodu, örneğin 3.2."),
    "durum": gettext_lazy(
        "Eylemin durumu: not_started, in_progress, completed, delayed ya da cancelled."
    ),
    "ilerleme": gettext_lazy("İlerleme yüzdesi (0–100); boş olabilir."),
    "kanit": gettext_lazy("Belediyenin gösterdiği kanıt."),
    "donem_adi": gettext_lazy("İzleme döneminin adı."),
    "gosterge_adi": gettext_lazy("Göstergenin adı."),
    "eylem_adi": gettext_lazy("Eylemin adı."),
    "birim": gettext_lazy("Göstergenin birimi."),
    "heyet_puani": gettext_lazy("İzleme Heyeti'nin puanı (1–4); boş olabilir."),
    "heyet_yorumu": gettext_lazy("İzleme Heyeti'nin yorumu."),
    "oneri": gettext_lazy("İzleme Heyeti'nin önerisi."),
    "ornek_veri": gettext_lazy(
        "true: demo (örnek) veri, gerçek bir değerlendirme değildir; false: gerçek veri."
    ),
    "lisans": gettext_lazy("Verinin lisansı."),
    **{column: flag_column_description(flag) for column, flag in FLAG_COLUMNS.items()},
}

TABLE_TITLES: dict[str, Any] = {
    INDICATOR_VALUES.name: gettext_lazy("Gösterge değerleri"),
    ACTION_STATUSES.name: gettext_lazy("Eylem durumları"),
}


@dataclass(frozen=True)
class Dataset:
    """One downloadable table: its exchange table and the function building its rows."""

    table: Table
    rows: Callable[[MunicipalityPage | None], list[dict[str, Any]]]

    @property
    def slug(self) -> str:
        """URL segment, e.g. "gosterge-degerleri"."""
        return self.table.name.replace("_", "-")

    @property
    def title(self) -> str:
        """Human title in the active language."""
        return str(TABLE_TITLES[self.table.name])


def _contexts(assessments: Iterable[Any]) -> dict[int, dict[str, Any]]:
    """{assessment id: the columns its rows share}, reading the municipalities and plans above
    the assessments in two queries."""
    assessments = {assessment.pk: assessment for assessment in assessments}
    paths = {assessment.path for assessment in assessments.values()}
    municipalities = MunicipalityPage.objects.filter(
        path__in={municipality_path(path) for path in paths}
    ).only("path", "slug", "title")
    plans = PlanPage.objects.filter(path__in={plan_path(path) for path in paths}).only(
        "path", "slug"
    )
    towns = {page.path: page for page in municipalities}
    plan_of = {page.path: page for page in plans}
    return {
        pk: assessment_context(
            assessment,
            towns[municipality_path(assessment.path)],
            plan_of[plan_path(assessment.path)],
        )
        for pk, assessment in assessments.items()
    }


def _within(queryset: Any, municipality: MunicipalityPage | None) -> Any:
    if municipality is None:
        return queryset
    return queryset.filter(assessment__path__startswith=municipality.path)


def indicator_value_rows(municipality: MunicipalityPage | None = None) -> list[dict[str, Any]]:
    """Approved indicator values (of one municipality, or all), in the exchange format."""
    values = list(
        _within(IndicatorValue.objects.for_public(), municipality)
        .select_related("assessment__period", "indicator")
        .order_by("assessment__path", "indicator__code", "date", "disaggregation", "pk")
    )
    contexts = _contexts(value.assessment for value in values)
    return [
        indicator_value_row(value, value.indicator, contexts[value.assessment_id])
        for value in values
    ]


def action_status_rows(municipality: MunicipalityPage | None = None) -> list[dict[str, Any]]:
    """Approved action rows (of one municipality, or all), in the exchange format."""
    actions = list(
        _within(ActionAssessment.objects.for_public(), municipality)
        .filter(action__isnull=False)
        .select_related("assessment__period", "action")
        .order_by("assessment__path", "action__path", "pk")
    )
    contexts = _contexts(row.assessment for row in actions)
    return [action_status_row(row, row.action, contexts[row.assessment_id]) for row in actions]


DATASETS = {
    dataset.slug: dataset
    for dataset in (
        Dataset(INDICATOR_VALUES, indicator_value_rows),
        Dataset(ACTION_STATUSES, action_status_rows),
    )
}


def dictionary(table: Table) -> list[dict[str, Any]]:
    """[{column, description, required}] of the table, in the active language."""
    return [
        {
            "column": column,
            "description": str(COLUMN_DESCRIPTIONS[column]),
            "required_for_import": column in table.required,
        }
        for column in table.columns
    ]


def _metadata(dataset: Dataset, source_url: str) -> dict[str, Any]:
    return {
        "title": dataset.title,
        "licence": LICENCE,
        "licence_url": LICENCE_URL,
        "source": source_url,
        "generated_at": timezone.localtime().isoformat(timespec="seconds"),
        "attribution": _("Kaynak: YEEP İzleme Platformu, İzleme Heyeti onaylı veriler."),
    }


def file_response(
    dataset: Dataset,
    fmt: str,
    rows: list[dict[str, Any]],
    filename_stem: str,
    source_url: str,
) -> HttpResponse:
    """The rows as a CSV, XLSX or JSON download."""
    columns = list(dataset.table.columns)
    filename = f"{filename_stem}.{fmt}"
    if fmt == "csv":
        return csv_response(
            filename, columns, [[cell_value(row[column]) for column in columns] for row in rows]
        )
    if fmt == "xlsx":
        content = _xlsx(dataset, columns, rows, source_url)
        response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    else:
        document = {
            **_metadata(dataset, source_url),
            "dictionary": dictionary(dataset.table),
            "rows": rows,
        }
        response = HttpResponse(
            json.dumps(document, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _xlsx(dataset: Dataset, columns: list[str], rows: list[dict[str, Any]], source: str) -> bytes:
    """A workbook: the data sheet (named like the table) and an "aciklama" sheet with the
    licence and the data dictionary; every cell through portal.spreadsheets.safe_cell."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    data = workbook.create_sheet(dataset.table.name)
    data.append(safe_row(columns))
    for row in rows:
        data.append(safe_row(cell_value(row[column]) for column in columns))
    about = workbook.create_sheet("aciklama")
    for key, value in _metadata(dataset, source).items():
        about.append(safe_row([key, value]))
    about.append([])
    about.append(["column", "description", "required_for_import"])
    for entry in dictionary(dataset.table):
        about.append(
            safe_row(
                [entry["column"], entry["description"], cell_value(entry["required_for_import"])]
            )
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- The page's choice of municipality ------------------------------------------------------------


@dataclass(frozen=True)
class MunicipalityChoice:
    """A public municipality as the open-data page offers it: light enough to cache with the
    page (the municipality's page itself is read only when its files are downloaded)."""

    pk: int
    slug: str
    title: str
    locale_id: int  # the copy shown: the visitor's language, else Turkish (lang_attr marks it)


@dataclass(frozen=True)
class MunicipalityChoices:
    """Every public municipality in Turkish alphabetical order, and their rendered options.

    Cached whole and read on every view of the page: plain tuples by slug unpickle in a third
    of the time of ~1,400 MunicipalityChoice objects, which are made only when asked for."""

    rows: dict[str, tuple[int, str, int]]  # slug: (pk, title, locale_id), in Turkish order
    options: str  # portal.select_options.render_options

    @property
    def municipalities(self) -> list[MunicipalityChoice]:
        """Every municipality, in Turkish alphabetical order."""
        return [
            MunicipalityChoice(pk, slug, title, locale)
            for slug, (pk, title, locale) in self.rows.items()
        ]

    def get(self, slug: str) -> MunicipalityChoice | None:
        """The municipality of this slug, None when no public municipality has it."""
        if slug not in self.rows:
            return None
        pk, title, locale = self.rows[slug]
        return MunicipalityChoice(pk, slug, title, locale)

    def options_html(self, chosen: MunicipalityChoice | None) -> SafeString:
        """The `<option>` elements, the chosen municipality's selected."""
        return with_selected(self.options, chosen.slug if chosen else "")

    def page(self, slug: str) -> MunicipalityPage | None:
        """The public municipality page of this slug in the visitor's language (else Turkish),
        for its files; one query, none for a slug no public municipality has."""
        choice = self.get(slug)
        if choice is None:
            return None
        return MunicipalityPage.objects.for_public().filter(pk=choice.pk).first()


def _build_municipality_choices() -> MunicipalityChoices:
    rows = in_visitor_language(MunicipalityPage.objects.for_public()).values_list(
        "pk", "slug", "title", "locale_id"
    )
    ordered = turkish_sorted(rows, key=lambda row: row[2])
    options = render_options(Option(slug, title, locale) for _pk, slug, title, locale in ordered)
    return MunicipalityChoices(
        {slug: (pk, title, locale) for pk, slug, title, locale in ordered}, options
    )


def municipality_choices() -> MunicipalityChoices:
    """Every public municipality in the visitor's language (else in Turkish: the language rule),
    in Turkish alphabetical order, with their options rendered: one query per content
    generation and language (a publish, unpublish, move or privacy change starts a new one)."""
    return generation_cached(
        "plans.open_data.municipality_choices", [], _build_municipality_choices
    )
