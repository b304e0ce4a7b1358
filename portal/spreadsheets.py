"""Spreadsheet cells that are safe to open: the one rule every CSV and XLSX writer of the portal
applies, and its inverse for the importer.

Excel, LibreOffice Calc and Google Sheets read a cell whose text starts with `=`, `+`, `-`, `@`,
a tab or a carriage return as a formula; text that a municipality, the board or an editor typed
(evidence, comments, titles) could then run `=HYPERLINK(...)`, `=WEBSERVICE(...)` or DDE on the
machine of whoever opens the download ("CSV injection", also called formula injection). OWASP's
advice (https://owasp.org/www-community/attacks/CSV_Injection) is to make sure no cell begins with
one of those characters by prefixing such text with a single quote, which spreadsheets take as
"this is text". `safe_cell` does exactly that, and nothing else:

- only text is touched: numbers (int, float, Decimal), dates and booleans pass unchanged, so
  numeric columns of an XLSX stay numbers;
- text that is a plain decimal number ("-12.5", "+3") is a number to a spreadsheet, never a
  formula, and passes unchanged, so negative values in a CSV (where every cell is text) still
  open as numbers;
- text that already starts with quotes before a formula character gets one more quote, so that
  `unescape_cell` can always give back exactly what was written (it removes one quote only from
  text that `safe_cell` would have quoted).

The same quoted text goes into XLSX files too, though an XLSX string cell is not evaluated when
opened: the cell still becomes a formula when someone edits it, tools that turn a workbook into
CSV would drop the protection, and one rule for both formats keeps the downloads identical. The
cost is a visible leading quote on such (rare) text in Excel. JSON downloads are data for
programs and are never escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: First characters that make a spreadsheet read text as a formula (OWASP's list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: What spreadsheets take as "the rest of this cell is text".
TEXT_MARKER = "'"
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def _needs_marker(text: str) -> bool:
    """Whether a spreadsheet could read the text, once leading quotes are ignored, as a formula."""
    bare = text.lstrip(TEXT_MARKER)
    return bare.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(bare)


def safe_cell(value: Any) -> Any:
    """The value as a CSV or XLSX cell that no spreadsheet runs as a formula (see the module
    docstring): formula-like text gets a leading single quote; anything else is unchanged."""
    if isinstance(value, str) and _needs_marker(value):
        return TEXT_MARKER + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """`safe_cell` of every value of a row, for `csv.writer.writerow` or `worksheet.append`."""
    return [safe_cell(value) for value in values]


def unescape_cell(value: Any) -> Any:
    """The value `safe_cell` was given: one leading quote removed from text that `safe_cell`
    would have quoted; anything else (numbers, dates, ordinary text) unchanged.

    `unescape_cell(safe_cell(x)) == x` for every x, so the importer reads a downloaded file back
    to the stored text, even text that itself starts with a quote.
    """
    if isinstance(value, str) and value.startswith(TEXT_MARKER) and _needs_marker(value[1:]):
        return value[1:]
    return value
