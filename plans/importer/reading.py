"""Opening an upload: file type, size and encoding checks, header matching, streamed rows.

A CSV file holds one table, recognised by its header (a `gosterge` column: indicator values; an
`eylem` column: action statuses). An XLSX workbook holds either table or both, as sheets named
like the tables (`gosterge_degerleri`, `eylem_durumlari`); other sheets (e.g. the `aciklama`
sheet of the open-data downloads) are ignored. A workbook without such sheets is read by its first
sheet's header, like a CSV file.

Data cells lose the protective quote the portal's exports put before formula-like text
(portal.spreadsheets.unescape_cell), so an exported file re-imports to the stored text.

Rows are read lazily (csv reader, openpyxl in read-only mode), so a large file is validated row
by row without being held as a list of rows. Uploads are untrusted: a malformed file is a problem
reported in Turkish, never an exception, and the work per file is bounded (size, unpacked size of
a workbook, lines, columns), so a small zip that unpacks to gigabytes cannot keep a worker busy.
"""

from __future__ import annotations

import csv
import io
import logging
import math
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import IO, Any

from django.utils.translation import gettext as _

from plans.exchange import TABLES, Table
from portal.spreadsheets import unescape_cell
from portal.text import turkish_slugify

from .cells import Cell, is_blank, text
from .issues import IssueList

#: Largest accepted upload; 100,000 indicator values are about 6 MB of CSV.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
#: Largest number of data rows per table (guards against a small file expanding to millions).
MAX_ROWS = 250_000
#: Largest number of lines read per table, blank ones included (a spreadsheet's own limit).
MAX_LINES = 1_048_576
#: Widest accepted header; the tables have 8 and 7 required columns plus a few informational.
MAX_COLUMNS = 100
#: Characters one CSV cell may hold (the csv module's own default limit).
MAX_CELL_CHARS = 131_072
#: Largest unpacked size of all parts of an XLSX file (a zip of 10 MB can unpack to gigabytes).
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

logger = logging.getLogger(__name__)

ROW = tuple[int, tuple[Cell, ...]]  # (line as the user sees it, cells)


@dataclass
class SourceTable:
    """One table found in the upload: its header's column positions and its data rows."""

    table: Table
    label: str  # the sheet or file name the user knows, for messages
    columns: dict[str, int]  # exchange column → position (required and informational)
    rows: Iterator[ROW]
    readable: bool  # False when a required column is missing: rows are not checked

    def filled_board_columns(self, values: tuple[Cell, ...]) -> list[str]:
        """The board-only columns (Table.board_only) this row fills: ignored, and reported."""
        width = len(values)
        return [
            column
            for column in self.table.board_only
            if (position := self.columns.get(column)) is not None
            and position < width
            and not is_blank(values[position])
        ]

    def cells(self, values: tuple[Cell, ...]) -> dict[str, Cell]:
        """{required or optional column: cell} of one row (optional columns only when the header
        has them)."""
        width = len(values)
        data = (*self.table.required, *self.table.optional)
        return {
            column: values[position] if position < width else None
            for column, position in self.columns.items()
            if column in data
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
    """Data rows with their line numbers (header = 1), blank rows left out, up to MAX_ROWS rows
    and MAX_LINES lines."""
    count = 0
    for line, row in enumerate(rows, start=2):
        if line > MAX_LINES:
            issues.add(
                label,
                line,
                None,
                _("Tabloda en çok %(count)s satır (boş satırlar dahil) olabilir.")
                % {"count": MAX_LINES},
            )
            return
        # Exports quote formula-like text (portal.spreadsheets); the stored text has no quote.
        values = tuple(unescape_cell(cell) for cell in row)
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


def _unreadable(error: Exception) -> str:
    """A Turkish message for a reader's exception (whose own text is English and technical)."""
    if isinstance(error, csv.Error) and "field limit" in str(error):
        return _("Satır okunamadı: bir hücre çok uzun (en çok %(limit)s karakter).") % {
            "limit": csv.field_size_limit()
        }
    return _("Satır okunamadı; dosya bozuk olabilir.")


def _guarded(rows: Iterable[Any], label: str, issues: IssueList, first_line: int) -> Iterator[Any]:
    """The rows of a reader (the first one at first_line), stopping with a problem at the line
    where the file turns out to be malformed.

    Any exception counts: the readers (csv, openpyxl and the XML parser under it) raise many
    kinds on malformed input, and an upload must never be a server error.
    """
    line = first_line
    try:
        for row in rows:
            yield row
            line += 1
    except Exception as error:
        logger.info("Unreadable upload %s at line %s", label, line, exc_info=True)
        issues.add(label, line, None, _unreadable(error))


def _width(header: tuple[Cell, ...]) -> int:
    """Columns up to the last non-empty header cell (Excel pads headers with empty cells)."""
    return max(
        (position + 1 for position, cell in enumerate(header) if not is_blank(cell)), default=0
    )


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
    width = _width(header)
    if width > MAX_COLUMNS:
        issues.add(
            label,
            1,
            None,
            _("Başlık satırında en çok %(count)s sütun olabilir; %(width)s sütun var.")
            % {"count": MAX_COLUMNS, "width": width},
        )
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
    # The limit is the csv module's global; a library may have raised it (frictionless does on
    # import), so it is set here: a cell longer than this is refused, never read into memory.
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)
    stream = _guarded(reader, label, issues, first_line=1)
    found = issues.total
    header = tuple(next(stream, []))
    if not header:
        if issues.total == found:  # not a header that could not be read
            issues.add(label, None, None, _("Dosya boş."))
        return []
    source = _source(None, label, header, stream, issues)
    return [source] if source else []


def _unpacked_size(content: bytes) -> int:
    """The declared unpacked size of a zip's parts (zipfile never inflates a part beyond its
    declared size); 0 when it is no zip, which load_workbook then reports."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except Exception:  # any malformed zip is reported by load_workbook
        return 0


def _first_row(rows: Iterator[Any]) -> tuple[Cell, ...]:
    """The first row of a reader (empty when there is none), closing the reader."""
    try:
        return tuple(next(rows, ()))
    finally:
        rows.close()  # type: ignore[attr-defined]


@contextmanager
def _xlsx_tables(content: bytes, label: str, issues: IssueList) -> Iterator[list[SourceTable]]:
    from openpyxl import load_workbook

    if _unpacked_size(content) > MAX_UNPACKED_BYTES:
        issues.add(
            label,
            None,
            None,
            _("XLSX dosyası açıldığında çok büyük (en çok %(limit)s MB); dosyayı bölün.")
            % {"limit": MAX_UNPACKED_BYTES // 1024 // 1024},
        )
        yield []
        return
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on malformed files (zip, XML, values)
        logger.info("Unreadable XLSX upload %s", label, exc_info=True)
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
            header_rows = sheet.iter_rows(max_row=1, values_only=True)
            header = _first_row(_guarded(header_rows, sheet_name, issues, first_line=1))
            # Data rows no wider than the header: a stray cell in column XFD would otherwise
            # make every row 16,384 cells wide.
            width = min(max(_width(header), 1), MAX_COLUMNS)
            data = sheet.iter_rows(min_row=2, max_col=width, values_only=True)
            rows = _guarded(data, sheet_name, issues, first_line=2)
            source = _source(table, sheet_name, header, rows, issues)
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
