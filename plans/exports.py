"""Open-data exports of approved monitoring data (CSV for now; the API issue adds more formats).

CSV files are UTF-8 with a byte-order mark, so Excel and LibreOffice open Turkish text correctly,
and comma-separated with a header row; decimals use a dot. Text that a spreadsheet would run as
a formula is written with a leading single quote (portal.spreadsheets).
"""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from indicators.models import IndicatorPage
from plans.monitoring import indicator_series
from portal.spreadsheets import safe_row

CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
LICENCE_NOTE = "CC BY 4.0"


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


def indicator_values_csv(indicator: IndicatorPage) -> HttpResponse:
    """One row per municipality, date and disaggregation of the indicator's approved values."""
    header = [
        _("gösterge_kodu"),
        _("gösterge"),
        _("belediye"),
        _("il"),
        _("izleme_dönemi"),
        _("tarih"),
        _("kırılım"),
        _("değer"),
        _("birim"),
        _("lisans"),
    ]
    rows: list[list[object]] = []
    for series in indicator_series(indicator):
        for row in series.rows:
            for disaggregation in indicator.disaggregations:
                value = row.values.get(disaggregation.value)
                if value is None:
                    continue
                rows.append(
                    [
                        indicator.code,
                        indicator.title,
                        series.municipality.title,
                        series.municipality.province,
                        row.period.name,
                        row.date.isoformat(),
                        disaggregation.label,
                        format(value.normalize(), "f"),
                        indicator.unit,
                        LICENCE_NOTE,
                    ]
                )
    filename = f"{slugify(indicator.code)}-{indicator.locale.language_code}.csv"
    return csv_response(filename, [str(cell) for cell in header], rows)
