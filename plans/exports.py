"""CSV downloads of monitoring data (open data, the indicator CSV, the importer's templates).

CSV files are UTF-8 with a byte-order mark, so Excel and LibreOffice open Turkish text correctly,
and comma-separated with a header row; decimals use a dot. Text that a spreadsheet would run as
a formula is written with a leading single quote (portal.spreadsheets).
"""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

from portal.spreadsheets import safe_row

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


def csv_response(filename: str, header: list[str], rows: list[list[object]]) -> HttpResponse:
    """A downloadable CSV (UTF-8 with BOM) with the given header and rows; every cell goes
    through portal.spreadsheets.safe_cell, so no spreadsheet runs a cell as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(header))
    writer.writerows(safe_row(row) for row in rows)
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
