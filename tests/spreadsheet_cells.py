"""Every cell of a CSV or XLSX download, and the cells a spreadsheet would run as a formula.

Written independently of portal.spreadsheets on purpose: the tests check the files against the
OWASP rule itself, not against the code under test.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

from openpyxl import load_workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def cells_of(response: Any) -> list[Any]:
    """Every cell of a CSV (UTF-8, BOM optional) or XLSX response, header rows and every sheet
    included; XLSX formulas come back as their "=..." text (the workbook is read without
    cached values)."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"PK\x03\x04"):
        workbook = load_workbook(io.BytesIO(content), read_only=True)
        return [
            cell
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
        ]
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def formula_cells(cells: Iterable[Any]) -> list[str]:
    """The text cells a spreadsheet would read as a formula (a plain number such as "-12.5"
    is a number, not a formula)."""
    return [
        cell
        for cell in cells
        if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(cell)
    ]
