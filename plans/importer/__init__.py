"""The monitoring data importer ("data in"): a reporter's CSV or XLSX file of indicator values
and action statuses for one plan and one monitoring period becomes a new draft revision of that
period's AssessmentPage, after the whole file has been checked; nothing is public until the
Monitoring Board approves the draft in the workflow.

The file format is plans.exchange (two tables: `gosterge_degerleri`, `eylem_durumlari`). What
the importer accepts beyond it:
- files: CSV (UTF-8 with or without BOM; comma, semicolon or tab, guessed from the header line)
  holding one table, recognised by its header; or XLSX holding either table or both as sheets
  named like the tables (other sheets ignored). At most 10 MB and 250,000 rows per table; to
  bound the work per upload also at most 1,048,576 lines (blank ones included) and 100 header
  columns per table, and 200 MB for an XLSX file unpacked. A file that cannot be read is a
  problem in Turkish (with its line where known), never a server error.
- headers: exchange column names; case, Turkish letters and spaces are forgiven ("Dönem adı" is
  `donem_adi`); informational columns are ignored; a missing required or an unknown column is an
  error on line 1.
- identity: `belediye`/`plan` must be the chosen plan's slugs (any language); `donem` empty or the
  chosen period's id.
- codes: actions of the chosen plan; indicators of the whole site (source language) in a
  disaggregation the indicator is reported in; status and disaggregation by code or by label in
  any site language, Turkish case folding ("TAMAMLANDI", "kadın").
- numbers: dot decimals; a single decimal comma is accepted ("12,5"); thousands separators are
  refused as ambiguous; at most 4 decimal places (XLSX number cells are rounded to 4).
- progress: whole 0–100, "%" allowed; empty means 0 for not started and 100 for completed, and is
  an error for other statuses.
- dates: ISO YYYY-MM-DD or spreadsheet date cells; empty means the period's end date.
- text starting with a single quote before a formula character ("'=x", as the exports write
  formula-like text so that spreadsheets do not run it) is read without that quote ("=x").
- rows whose data cells are all empty (template rows not filled in) are skipped; the same action,
  or the same indicator + date + disaggregation, twice is an error on the second line.
- writing: upsert into the period's assessment draft (created as a draft if missing); rows the
  file does not mention stay; board fields are never written; nothing is deleted.

Modules: reading (file, header, rows), cells (one cell), validation (rows against the plan),
applying (the draft revision), access (permissions, plan and period lookup), service (one import),
exchange_rows (rows of one assessment and the template, XLSX writing).
"""

from __future__ import annotations

from .access import can_import_into, plans_for_user, resolve_period, resolve_plan
from .exchange_rows import (
    TEMPLATE_COLUMNS,
    assessment_exchange_rows,
    instructions,
    table_lines,
    template_rows,
    workbook_bytes,
)
from .issues import ImportIssue
from .reading import MAX_UPLOAD_BYTES
from .service import ImportOutcome, import_monitoring_file

__all__ = [
    "MAX_UPLOAD_BYTES",
    "TEMPLATE_COLUMNS",
    "ImportIssue",
    "ImportOutcome",
    "assessment_exchange_rows",
    "can_import_into",
    "import_monitoring_file",
    "instructions",
    "plans_for_user",
    "resolve_period",
    "resolve_plan",
    "table_lines",
    "template_rows",
    "workbook_bytes",
]
