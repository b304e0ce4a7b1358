"""Property tests of the monitoring data importer (hypothesis): generated CSV and XLSX files with
wrong, renamed and Turkish-cased headers, wrong types in cells, duplicate rows, odd encodings,
files that are neither CSV nor XLSX, and garbage at the size limit.

Every file goes through `import_monitoring_file`, the entry point of the admin upload and of
`manage.py import_monitoring`. Properties: the import succeeds (one new draft revision, nothing
published) or it returns problems, each located (file, line, column) with a Turkish message, and
the database is unchanged; never an exception.

The strategies are database-free: cells that must be real codes of the scenario (the plan's
slug, an action code) are `Known` placeholders filled in by the test, so runs are deterministic
(`derandomize=True`).
"""

from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from django.contrib.auth.models import AbstractUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from plans.exchange import ACTION_STATUSES, INDICATOR_VALUES, TABLES, Table
from plans.importer import ImportIssue, ImportOutcome
from plans.importer.reading import MAX_UPLOAD_BYTES
from plans.models import AssessmentPage
from tests.plans.import_files import database_counts, run_import
from tests.scenarios.monitoring import Monitoring
from tests.security.fuzzing import fuzz_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

FUZZ = fuzz_settings(max_examples=40)

#: Every column a located row problem may name.
ROW_COLUMNS = {column for table in TABLES for column in table.required}
#: Words of Python, csv or openpyxl exception messages: never shown to a reporter.
ENGLISH = re.compile(
    r"\b(error|exception|traceback|expected|invalid|unsupported|field|line \d|codec|decode|"
    r"nonetype|object|zip file|not a)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"“.*”", re.DOTALL)  # a user's own value, quoted in a message


# --- cells ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Known:
    """A cell filled in at test time with a real value of the scenario: `belediye`, `plan`,
    `donem`, `gosterge` or `eylem` (the index-th action), upper-cased when `upper`."""

    name: str
    upper: bool = False
    index: int = 0


NASTY = [
    "",
    " ",
    "=1+1",
    '=HYPERLINK("http://example.org","x")',
    "@SUM(A1:A2)",
    "+1",
    "-0",
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "inf",
    "1e999999999",
    "1E-999999999",
    "99999999999999999999999",
    "0x1F",
    "١٢",  # Arabic-Indic digits
    "１２",  # full-width digits
    "12,5",
    "1.234,5",
    "1,234.5",
    "%",
    "40%",
    "%40",
    "\ufeff",
    "\u202e",
    "\x00",
    "\x1b[31m",
    "\r\n",
    '"',
    "'",
    ";",
    ",",
    "\t",
    "İ",
    "ı",
    "ǅ",
    "ß",
    "2025-02-30",
    "30.06.2025",
    "2025-06-30T10:00",
    "0000-00-00",
    "9999-12-31",
    "TRUE",
    "None",
    "null",
    "<script>alert(1)</script>",
    "%s%(value)s",
    "{0}",
    "😀",
]
text_cells = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=20)
junk = st.one_of(st.sampled_from(NASTY), text_cells)
numbers = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)
long_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=250, max_size=400)


def known(name: str) -> st.SearchStrategy[Known]:
    """A real value of the scenario, as written or upper-cased."""
    return st.builds(Known, st.just(name), st.booleans(), st.integers(0, 3))


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Good cells four times in five, so that rows get past their first problem."""
    return st.integers(0, 4).flatmap(lambda draw: good if draw else bad)


COLUMN_CELLS: dict[str, st.SearchStrategy[Any]] = {
    "belediye": mostly(known("belediye"), st.sampled_from(["nilufer", "KADIKÖY"]) | junk),
    "plan": mostly(known("plan"), junk),
    "donem": mostly(
        known("donem") | st.just(""),
        st.sampled_from(["999999", "-1", "0", "1.0", "9" * 30]) | junk,
    ),
    "eylem": mostly(known("eylem"), junk),
    "gosterge": mostly(known("gosterge"), junk),
    "durum": mostly(
        st.sampled_from(
            ["completed", "in_progress", "not_started", "delayed", "TAMAMLANDI", "Devam ediyor"]
        ),
        junk,
    ),
    "ilerleme": mostly(
        st.integers(0, 100) | st.sampled_from(["40%", "", "100"]),
        st.integers(-(10**6), 10**6) | st.sampled_from(["-5", "101", "1e2"]) | numbers | junk,
    ),
    "tarih": mostly(
        st.sampled_from(["", "2025-06-30", "2025-03-31"]) | st.dates() | st.datetimes(),
        st.dates().map(date.isoformat) | junk,
    ),
    "kirilim": mostly(
        st.sampled_from(["", "total", "women", "men", "Kadın", "KADIN", "Toplam"]),
        st.just("children") | junk,
    ),
    "deger": mostly(
        st.decimals(-(10**6), 10**6, places=2).map(str) | st.integers(-(10**6), 10**6),
        st.sampled_from(["12,5", "1.234,5"]) | numbers | junk,
    ),
    "kaynak": mostly(text_cells, junk | long_text),
    "kanit": mostly(text_cells, junk | long_text),
}

#: Headers as people write them: display names, Turkish capitals, spaces.
HEADER_VARIANTS: dict[str, list[str]] = {
    "belediye": ["Belediye", "BELEDİYE", " belediye "],
    "plan": ["Plan", "PLAN"],
    "donem": ["Dönem", "DÖNEM", "dönem"],
    "gosterge": ["Gösterge", "GÖSTERGE", "gösterge"],
    "tarih": ["Tarih", "TARİH"],
    "kirilim": ["Kırılım", "KIRILIM", "kırılım"],
    "deger": ["Değer", "DEĞER"],
    "kaynak": ["Kaynak", "KAYNAK"],
    "eylem": ["Eylem", "EYLEM"],
    "durum": ["Durum", "DURUM"],
    "ilerleme": ["İlerleme", "İLERLEME", "ilerleme %"],
    "kanit": ["Kanıt", "KANIT", "kanıt"],
}


# --- files ----------------------------------------------------------------------------------


@dataclass
class Sheet:
    """One generated table: a name, the header as written and its column (None: not a known
    column), and rows of cells."""

    name: str
    header: list[tuple[str, str | None]]
    rows: list[list[Any]]


@st.composite
def sheets(draw: st.DrawFn, table: Table | None = None) -> Sheet:
    """A table with a mangled header and rows of good and bad cells, some rows repeated."""
    table = table or draw(st.sampled_from(TABLES))
    header: list[tuple[str, str | None]] = []
    mangled = draw(st.integers(0, 2)) == 0
    for column in draw(st.permutations(table.required)):
        change = "same"
        if mangled:
            change = draw(st.sampled_from(["same"] * 5 + ["variant", "variant", "drop", "rename"]))
        if change == "same":
            header.append((column, column))
        elif change == "variant":
            header.append((draw(st.sampled_from(HEADER_VARIANTS[column])), column))
        elif change == "rename":
            header.append((draw(junk), None))
    extras = st.one_of(st.sampled_from(table.informational + tuple(COLUMN_CELLS)), junk)
    for extra in draw(st.lists(extras, max_size=2 if mangled else 0)):
        header.append((extra, extra if extra in COLUMN_CELLS else None))

    def cell(column: str | None) -> st.SearchStrategy[Any]:
        return COLUMN_CELLS.get(column or "", junk)

    row = st.tuples(*(cell(column) for _, column in header)).map(list)
    rows = draw(st.lists(row, max_size=6))
    if rows:
        repeated = draw(st.lists(st.integers(0, len(rows) - 1), max_size=2))
        rows += [list(rows[index]) for index in repeated]
        if draw(st.integers(0, 9)) == 0:  # a ragged row: cells missing or extra
            rows[0] = rows[0][: draw(st.integers(0, len(rows[0])))] + draw(st.lists(junk))
    name = draw(st.sampled_from([table.name, table.name, "Sayfa1", "GÖSTERGE_DEĞERLERİ"]))
    return Sheet(name, header, rows)


@dataclass
class CsvUpload:
    """A generated CSV upload and how it is written."""

    sheet: Sheet
    delimiter: str
    encoding: str
    newline: str
    filename: str


csv_uploads = st.builds(
    CsvUpload,
    sheet=sheets(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(
        ["utf-8"] * 3 + ["utf-8-sig"] * 3 + ["cp1254", "latin-1", "utf-16", "mixed"]
    ),
    newline=st.sampled_from(["\r\n", "\n", "\r"]),
    filename=st.sampled_from(["gosterge_degerleri.csv", "EYLEM.CSV", "veri.txt", "veri"]),
)
xlsx_uploads = st.tuples(
    st.lists(sheets(), min_size=1, max_size=2),
    st.sampled_from(["veri.xlsx", "VERI.XLSX", "veri.xlsm", "veri"]),
)


@dataclass
class Scenario:
    """The real values `Known` cells stand for."""

    values: dict[str, str]
    actions: list[str]

    @classmethod
    def of(cls, monitoring: Monitoring) -> Scenario:
        plan = monitoring.plan
        return cls(
            values={
                "belediye": plan.get_parent().slug,
                "plan": plan.slug,
                "donem": str(monitoring.periods[0].pk),
                "gosterge": monitoring.indicator.code,
            },
            actions=[action.code for action in monitoring.actions],
        )

    def fill(self, cell: Any) -> Any:
        """The cell with a placeholder replaced by its value."""
        if not isinstance(cell, Known):
            return cell
        if cell.name == "eylem":
            value = self.actions[cell.index % len(self.actions)]
        else:
            value = self.values[cell.name]
        return value.upper() if cell.upper else value

    def rows(self, sheet: Sheet) -> list[list[Any]]:
        """The sheet's rows with placeholders filled in."""
        return [[self.fill(cell) for cell in row] for row in sheet.rows]


def csv_content(upload: CsvUpload, scenario: Scenario) -> bytes:
    """The upload as bytes in its encoding ("mixed": UTF-8 header, cp1254 rows)."""

    def text(lines: Sequence[Sequence[Any]]) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=upload.delimiter, lineterminator=upload.newline)
        writer.writerows([["" if cell is None else str(cell) for cell in line] for line in lines])
        return buffer.getvalue()

    header = text([[name for name, _ in upload.sheet.header]])
    rows = text(scenario.rows(upload.sheet))
    if upload.encoding == "mixed":
        return header.encode() + rows.encode("cp1254", errors="replace")
    return (header + rows).encode(upload.encoding, errors="replace")


def xlsx_content(tables: list[Sheet], scenario: Scenario) -> bytes:
    """A workbook with a sheet per table; text that XML cannot hold is left out."""

    def writable(cell: Any) -> Any:
        return ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell

    workbook = Workbook()
    workbook.remove(workbook.active)
    for number, table in enumerate(tables):
        title = table.name if table.name not in workbook.sheetnames else f"{table.name}{number}"
        sheet = workbook.create_sheet(title)
        sheet.append([writable(name) for name, _ in table.header])
        for row in scenario.rows(table):
            sheet.append([writable(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# --- properties -----------------------------------------------------------------------------


def assessment_state() -> list[tuple[int, bool, int | None]]:
    """(page, live, live revision) of every assessment: what the public sees."""
    return list(AssessmentPage.objects.order_by("pk").values_list("pk", "live", "live_revision_id"))


def assert_located(issue: ImportIssue, last_line: int) -> None:
    """A problem names its file and, for a row, its line and column, in Turkish."""
    assert issue.table.strip(), issue
    assert issue.message.strip(), issue
    assert not ENGLISH.search(QUOTED.sub("", issue.message)), issue.message
    if issue.line is None:
        assert issue.column is None, issue
    elif issue.line > 1:  # a row, and the cell unless the whole row is unreadable
        assert issue.line <= last_line, (issue, last_line)
        assert issue.column is None or issue.column in ROW_COLUMNS, issue
    assert str(issue)


def assert_imported_or_refused(
    monitoring: Monitoring, content: bytes, filename: str, last_line: int
) -> ImportOutcome:
    """Import the file; check that it became one draft revision or changed nothing."""
    before, public = database_counts(), assessment_state()
    outcome = run_import(content, filename, monitoring.plan, monitoring.periods[0])
    after = database_counts()
    assert assessment_state()[: len(public)] == public  # nothing published, nothing unpublished
    if outcome.ok:
        assert not outcome.issues
        assert after["Revision"] == before["Revision"] + 1
        assert not outcome.assessment.live or outcome.assessment.has_unpublished_changes
    else:
        assert after == before
        assert 0 < len(outcome.issues) <= outcome.issue_count
        assert outcome.summary()
        for issue in outcome.issues:
            assert_located(issue, last_line)
    return outcome


@FUZZ
@given(upload=csv_uploads)
def test_generated_csv_files_are_imported_or_refused_with_located_errors(
    upload: CsvUpload, monitoring: Monitoring
) -> None:
    content = csv_content(upload, Scenario.of(monitoring))
    last_line = content.count(b"\n") + content.count(b"\r") + 1
    assert_imported_or_refused(monitoring, content, upload.filename, last_line)


@FUZZ
@given(upload=xlsx_uploads)
def test_generated_xlsx_files_are_imported_or_refused_with_located_errors(
    upload: tuple[list[Sheet], str], monitoring: Monitoring
) -> None:
    tables, filename = upload
    content = xlsx_content(tables, Scenario.of(monitoring))
    last_line = max(len(table.rows) for table in tables) + 1
    assert_imported_or_refused(monitoring, content, filename, last_line)


def test_a_valid_generated_file_is_imported(monitoring: Monitoring) -> None:
    """The strategies can produce a clean file (the properties are not only about refusals)."""
    sheet = Sheet(
        "eylem_durumlari",
        [(column, column) for column in ACTION_STATUSES.required],
        [[Known("belediye"), Known("plan"), "", Known("eylem"), "TAMAMLANDI", "", "rapor"]],
    )
    content = xlsx_content([sheet], Scenario.of(monitoring))
    outcome = assert_imported_or_refused(monitoring, content, "veri.xlsx", 2)
    assert outcome.ok, [str(issue) for issue in outcome.issues]


# --- files that are not CSV or XLSX ---------------------------------------------------------

ZIP_NAMES = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]


@st.composite
def zips(draw: st.DrawFn) -> bytes:
    """A zip archive of random parts, some named like a workbook's."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in draw(st.lists(st.sampled_from(ZIP_NAMES) | junk, max_size=4, unique=True)):
            body = draw(st.binary(max_size=200) | st.sampled_from([b"<a/>", b"<?xml", b""]))
            archive.writestr(name or "x", body)
    return buffer.getvalue()


@FUZZ
@given(
    content=st.one_of(
        st.binary(max_size=2000),
        st.binary(max_size=200).map(lambda data: b"PK\x03\x04" + data),
        zips(),
    ),
    filename=st.sampled_from(["veri.csv", "veri.xlsx", "veri", "veri.xls", "veri.pdf", ".csv"]),
)
def test_files_that_are_not_csv_or_xlsx_are_refused(
    content: bytes, filename: str, monitoring: Monitoring
) -> None:
    outcome = assert_imported_or_refused(monitoring, content, filename, 10**6)
    assert not outcome.ok


def workbook_with(part: str, body: bytes) -> bytes:
    """A real workbook with one part replaced."""
    sheet = Sheet("Sayfa1", [(c, c) for c in INDICATOR_VALUES.required], [])
    original = zipfile.ZipFile(io.BytesIO(xlsx_content([sheet], Scenario({}, []))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in original.infolist():
            data = body if item.filename == part else original.read(item.filename)
            archive.writestr(item.filename, data)
    return buffer.getvalue()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)
SHEET_START = (
    b'<?xml version="1.0"?><worksheet '
    b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = b"</sheetData></worksheet>"
ACTION_HEADER = b'<row r="1">' + b"".join(
    b'<c t="inlineStr"><is><t>%s</t></is></c>' % column.encode()
    for column in ACTION_STATUSES.required
)
ACTION_HEADER += b"</row>"


def sheet_of(rows: bytes) -> tuple[bytes, str]:
    """A workbook whose (only) sheet has these rows: raw XML, as a hostile writer makes it."""
    return workbook_with("xl/worksheets/sheet1.xml", SHEET_START + rows + SHEET_END), "veri.xlsx"


def zip_bomb() -> tuple[bytes, str]:
    """A workbook of a few hundred kilobytes whose sheet unpacks to over 200 MB."""
    return sheet_of(ACTION_HEADER + b"<row/>" * (210 * 1024 * 1024 // 6))


ACTION_CSV_HEADER = ",".join(ACTION_STATUSES.required).encode() + b"\r\n"
#: name: (build the file, what the refusal says: a regular expression)
BROKEN_FILES: dict[str, tuple[Any, str]] = {
    "empty csv": (lambda: (b"", "veri.csv"), "Dosya boş"),
    "empty xlsx": (lambda: (b"", "veri.xlsx"), "XLSX dosyası açılamadı"),
    "byte-order mark only": (lambda: (b"\xef\xbb\xbf", "veri.csv"), "Dosya boş"),
    "header only": (
        lambda: (ACTION_CSV_HEADER, "e.csv"),
        "içe aktarılacak satır yok",
    ),
    "blank lines": (lambda: (b"\r\n\r\n\r\n", "veri.csv"), "Dosya boş"),
    "utf-16": (lambda: ("belediye;plan\n".encode("utf-16"), "veri.csv"), r"CSV \(metin\)"),
    "cp1254": (lambda: ("eylem;durum\nİş;ğ\n".encode("cp1254"), "veri.csv"), "UTF-8"),
    "a cell over the csv field limit": (
        lambda: (ACTION_CSV_HEADER + b'"' + b"x" * 200_000 + b'"\r\n', "veri.csv"),
        "bir hücre çok uzun",
    ),
    "zip, not a workbook": (
        lambda: (workbook_with("xl/workbook.xml", b"not xml"), "veri.xlsx"),
        "XLSX dosyası açılamadı",
    ),
    "truncated workbook": (
        lambda: (workbook_with("xl/workbook.xml", b"")[:-200], "veri.xlsx"),
        "XLSX dosyası açılamadı",
    ),
    "billion laughs sheet": (
        lambda: (workbook_with("xl/worksheets/sheet1.xml", BILLION_LAUGHS), "veri.xlsx"),
        "okunamadı|açılamadı",
    ),
    "unpacks to over 200 MB": (zip_bomb, "açıldığında çok büyük"),
    "a cell in row 2 million": (
        lambda: sheet_of(ACTION_HEADER + b'<row r="2000000"><c r="A2000000"><v>1</v></c></row>'),
        "boş satırlar dahil",
    ),
    "a header 200 columns wide": (
        lambda: sheet_of(b"<row>" + b"<c><v>1</v></c>" * 200 + b"</row>"),
        "en çok 100 sütun",
    ),
    "a stray cell in the last column of every row": (
        lambda: sheet_of(
            ACTION_HEADER
            + b"".join(
                b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (line, line)
                for line in range(2, 20_000)
            )
        ),
        "içe aktarılacak satır yok",
    ),
    "a pdf": (lambda: (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "rapor.pdf"), "“.pdf”"),
    "an xls": (
        lambda: (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "veri.xls"),
        "“.xls”",
    ),
}


@pytest.mark.parametrize("name", BROKEN_FILES)
def test_broken_files_are_refused_quickly(name: str, monitoring: Monitoring) -> None:
    build, expected = BROKEN_FILES[name]
    content, filename = build()
    started = time.monotonic()
    outcome = assert_imported_or_refused(monitoring, content, filename, 2_000_000)
    assert not outcome.ok
    assert any(re.search(expected, issue.message) for issue in outcome.issues), outcome.issues
    assert time.monotonic() - started < 10


GARBAGE_SIZES = [MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES + 1]


def garbage(size: int) -> bytes:
    """Deterministic bytes that are neither text nor a zip."""
    block = bytes(range(256)) * 4096  # 1 MB
    return (block * (size // len(block) + 1))[:size]


def text_garbage(size: int) -> bytes:
    """Deterministic UTF-8 text with commas and newlines, no table header."""
    line = 'lorem,İpsum;ğüşıöç,=1+1,"quoted\nline",%00\n'.encode()
    return (line * (size // len(line) + 1))[:size]


@pytest.mark.parametrize("size", GARBAGE_SIZES)
@pytest.mark.parametrize("filename", ["veri.csv", "veri.xlsx"])
@pytest.mark.parametrize("make", [garbage, text_garbage])
def test_ten_megabytes_of_garbage_are_refused(
    size: int, filename: str, make: Any, monitoring: Monitoring
) -> None:
    started = time.monotonic()
    outcome = assert_imported_or_refused(monitoring, make(size), filename, 10**6)
    assert not outcome.ok
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("size", GARBAGE_SIZES)
def test_admin_upload_of_ten_megabytes_of_garbage_is_a_form_error(
    size: int, monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    client = Client(HTTP_HOST="localhost")
    client.force_login(kadikoy_reporter)
    before = database_counts()
    response = client.post(
        f"/admin/izleme-verisi/{monitoring.plan.pk}/",
        {
            "period": monitoring.periods[0].pk,
            "file": SimpleUploadedFile("veri.xlsx", garbage(size)),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    expected = "Dosya çok büyük" if size > MAX_UPLOAD_BYTES else "XLSX dosyası açılamadı"
    assert expected in html
    assert database_counts() == before
