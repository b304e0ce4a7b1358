"""Wagtail's admin spreadsheet downloads, made safe to open (portal.spreadsheets.safe_cell).

Wagtail 7.4's SpreadsheetExportMixin (wagtail/admin/views/mixins.py) writes the "Download CSV"
and "Download XLSX" files of its reports (locked pages, workflows, site history, aging pages),
of redirects, of snippet and ModelViewSet listings with `list_export`, and of form submissions.
It does not neutralise formulas: the CSV gets page titles, user names and form answers as typed,
and the XLSX only turns what openpyxl would store as a formula ("=...") back into a string, so
"+", "-", "@" and the CSV stay open. Wagtail says this on purpose: its security policy
(docs/contributing/security.md, "CSV export security considerations"; wagtail/wagtail#3466,
#7554) leaves formula escaping to the consumer. A reporter's page title such as
`=HYPERLINK(...)` would therefore reach an administrator's spreadsheet through these downloads.

`patch()` (called from PortalConfig.ready) wraps the mixin's two cell producers, the value
preprocessing and the column heading, with safe_cell, so every view using the mixin writes the
same cells as the portal's own exports. It patches the mixin class itself rather than
subclassing, because the report views are Wagtail's own and registered by Wagtail.

Re-check on each Wagtail upgrade (UPGRADING.md): the patch relies on
`SpreadsheetExportMixin.preprocess_field_value(field, value, export_format)` and
`get_heading(queryset, field)` producing every cell (tests/portal/test_safe_spreadsheets.py
fails if they stop doing so). Delete this module if Wagtail ever escapes formulas itself.
"""

from __future__ import annotations

from functools import wraps
from typing import Any

from wagtail.admin.views.mixins import SpreadsheetExportMixin

from .spreadsheets import safe_cell

_PATCHED = "_portal_safe_cells"


def _safe_result(method: Any) -> Any:
    """The method, with safe_cell applied to what it returns."""

    @wraps(method)
    def wrapper(self: SpreadsheetExportMixin, *args: Any, **kwargs: Any) -> Any:
        return safe_cell(method(self, *args, **kwargs))

    return wrapper


def patch() -> None:
    """Make SpreadsheetExportMixin write only safe cells (once, however often it is called)."""
    if getattr(SpreadsheetExportMixin, _PATCHED, False):
        return
    for name in ("preprocess_field_value", "get_heading"):
        setattr(SpreadsheetExportMixin, name, _safe_result(getattr(SpreadsheetExportMixin, name)))
    setattr(SpreadsheetExportMixin, _PATCHED, True)
