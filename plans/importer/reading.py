"""Opening an upload: file type, size and encoding checks, header matching, streamed rows.

A CSV file holds one table, recognised by its header (a `gosterge` column: indicator values; an
`eylem` column: action statuses). An XLSX workbook holds either table or both, as sheets named
like the tables (`gosterge_degerleri`, `eylem_durumlari`); other sheets (e.g. the `aciklama`
sheet of the open-data downloads) are ignored. A workbook without such sheets is read by its first
sheet's header, like a CSV file.

Rows are read lazily (csv reader, openpyxl in read-only mode), so a large file is validated row
by row without being held as a list of rows.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import IO, Any
from xml.etree import ElementTree

from django.utils.translation import gettext as _

from plans.exchange import TABLES, Table
from portal.text import turkish_slugify

from .cells import Cell, is_blank, text
from .issues import IssueList

#: Largest accepted upload; 100,000 indicator values are about 6 MB of CSV.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: Largest number of data rows per table (guards against a small file expanding to millions).
MAX_ROWS = 250_000

ROW = tuple[int, tuple[Cell, ...]]  # (line as the user sees it, cells)


@dataclass
class SourceTable:
    """One table found in the upload: its header's column positions and its data rows."""

    table: Table
    label: str  # the sheet or file name the user knows, for messages
    columns: dict[str, int]  # exchange column → position (required and informational)
    rows: Iterator[ROW]
    readable: bool  # False when a required column is missing: rows are not checked

    def cells(self, values: tuple[Cell, ...]) -> dict[str, Cell]:
        """{required column: cell} of one row."""
        width = len(values)
        return {
            column: values[position] if position < width else None
            for column, position in self.columns.items()
            if column in self.table.required
        }


@lru_cache(maxsize=256)
def column_key(header: str) -> str:
    """A header cell as a column name: "Dönem adı" and "DONEM_ADI" both give "donem_adi"."""
    return turkish_slugify(header).replace("-", "_")


def _detect_table(header: tuple[Cell, ...]) -> Table | None:
    """The table whose own required columns (not shared with the other table) the header has."""
    names = {column_key(text(cell)) for cell in header if not is_blank(cell)}
    found = []
    for table in TABLES:
        others = {column for other in TABLES if other is not table for column in other.required}
        if names & (set(table.required) - others):
            found.append(table)
    return found[0] if len(found) == 1 else None


def _match_header(
    table: Table, label: str, header: tuple[Cell, ...], issues: IssueList
) -> tuple[dict[str, int], bool]:
    """Column positions of the header; reports unknown, repeated and missing columns."""
    columns: dict[str, int] = {}
    for position, cell in enumerate(header):
        if is_blank(cell):
            continue  # empty header cells (e.g. trailing columns in Excel) are ignored
        written = text(cell)
        name = column_key(written)
        if name not in table.columns:
            issues.add(
                label,
                1,
                written,
                _("Bilinmeyen sütun “%(column)s”. Geçerli sütunlar: %(columns)s.")
                % {"column": written, "columns": ", ".join(table.columns)},
            )
        elif name in columns:
            issues.add(label, 1, written, _("Bu sütun başlık satırında iki kez var."))
        else:
            columns[name] = position
    missing = [column for column in table.required if column not in columns]
    for column in missing:
        issues.add(label, 1, column, _("Zorunlu sütun eksik: “%(column)s”.") % {"column": column})
    return columns, not missing


def _numbered(rows: Iterator[Any], label: str, issues: IssueList) -> Iterator[ROW]:
    """Data rows with their line numbers (header = 1), blank rows left out, up to MAX_ROWS."""
    count = 0
    for line, row in enumerate(rows, start=2):
        values = tuple(row)
        if all(is_blank(cell) for cell in values):
            continue
        count += 1
        if count > MAX_ROWS:
            issues.add(
                label,
                line,
                None,
                _("Tabloda en çok %(count)s satır olabilir; dosyayı bölün.") % {"count": MAX_ROWS},
            )
            return
        yield line, values


def _guarded(rows: Iterable[Any], label: str, issues: IssueList) -> Iterator[Any]:
    """The rows of a reader, stopping with a problem where the file turns out to be malformed."""
    try:
        yield from rows
    except (csv.Error, ValueError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        issues.add(label, None, None, _("Dosya okunamadı: %(error)s") % {"error": error})


def _source(
    table: Table | None,
    label: str,
    header: tuple[Cell, ...],
    rows: Iterator[Any],
    issues: IssueList,
) -> SourceTable | None:
    if not any(not is_blank(cell) for cell in header):
        issues.add(label, 1, None, _("Başlık satırı boş; ilk satırda sütun adları olmalı."))
        return None
    table = table or _detect_table(header)
    if table is None:
        issues.add(
            label,
            1,
            None,
            _(
                "Tablo anlaşılamadı: başlıkta “gosterge” (gösterge değerleri) ya da “eylem” "
                "(eylem durumları) sütunu olmalı."
            ),
        )
        return None
    columns, readable = _match_header(table, label, header, issues)
    return SourceTable(table, label, columns, _numbered(rows, label, issues), readable)


def _csv_tables(content: bytes, filename: str, issues: IssueList) -> list[SourceTable]:
    label = PurePath(filename).name or "CSV"
    if b"\x00" in content:
        issues.add(label, None, None, _("Dosya bir CSV (metin) dosyası değil."))
        return []
    try:
        decoded = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        issues.add(
            label,
            None,
            None,
            _(
                "CSV dosyası UTF-8 kodlamalı olmalı. Excel'de “CSV UTF-8 (virgülle ayrılmış)” "
                "olarak kaydedin."
            ),
        )
        return []
    first_line = decoded.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)
    stream = _guarded(reader, label, issues)
    header = tuple(next(stream, []))
    if not header:
        issues.add(label, None, None, _("Dosya boş."))
        return []
    source = _source(None, label, header, stream, issues)
    return [source] if source else []


@contextmanager
def _xlsx_tables(content: bytes, label: str, issues: IssueList) -> Iterator[list[SourceTable]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        issues.add(label, None, None, _("XLSX dosyası açılamadı; dosya bozuk olabilir."))
        yield []
        return
    try:
        by_name = {column_key(name): name for name in workbook.sheetnames}
        chosen = [(table, by_name[table.name]) for table in TABLES if table.name in by_name]
        if not chosen and workbook.sheetnames:
            chosen = [(None, workbook.sheetnames[0])]  # a renamed sheet: known by its header
        sources = []
        for table, sheet_name in chosen:
            sheet = workbook[sheet_name]
            sheet.reset_dimensions()  # some writers store wrong dimensions; read what is there
            rows = _guarded(sheet.iter_rows(values_only=True), sheet_name, issues)
            source = _source(table, sheet_name, tuple(next(rows, ())), rows, issues)
            if source:
                sources.append(source)
        yield sources
    finally:
        workbook.close()


@contextmanager
def open_upload(
    fileobj: IO[bytes], filename: str, issues: IssueList
) -> Iterator[list[SourceTable]]:
    """The tables of an uploaded CSV or XLSX file; problems of the file itself go to issues.

    Use as a context manager: an XLSX workbook stays open while its rows are read.
    """
    label = PurePath(filename).name or _("dosya")
    fileobj.seek(0, io.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(0)
    if size > MAX_UPLOAD_BYTES:
        issues.add(
            label,
            None,
            None,
            _("Dosya çok büyük (%(size)s MB); en çok %(limit)s MB yüklenebilir.")
            % {
                "size": math.ceil(size / 1024 / 1024 * 10) / 10,
                "limit": MAX_UPLOAD_BYTES // 1024 // 1024,
            },
        )
        yield []
        return
    content = fileobj.read()
    suffix = PurePath(filename).suffix.lower()
    is_zip = content.startswith(b"PK\x03\x04")
    if suffix in (".xlsx", ".xlsm") or (suffix == "" and is_zip):
        with _xlsx_tables(content, label, issues) as sources:
            yield sources
    elif suffix in ("", ".csv", ".txt"):
        yield _csv_tables(content, filename, issues)
    else:
        issues.add(
            label,
            None,
            None,
            _(
                "Yalnızca CSV (UTF-8) ya da XLSX dosyası yüklenebilir; “%(suffix)s” "
                "desteklenmiyor. Excel'de “Excel Çalışma Kitabı (.xlsx)” olarak kaydedin."
            )
            % {"suffix": suffix},
        )
        yield []
