"""An indicator's approved values as CSV: one row per municipality, date and disaggregation.

The `veri_kalitesi` column names the value's data-quality flags (plans.data_quality), separated
by "; ", in the visitor's language; empty when it has none.

UTF-8 with a byte-order mark and every cell safe to open in a spreadsheet (plans.exports); the
labels (header, disaggregations, names) are in the visitor's language, numbers use a dot.
"""

from __future__ import annotations

from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from plans.exports import csv_response
from portal.licence import LICENCE

from .models import IndicatorPage
from .series import indicator_series


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
        _("veri_kalitesi"),
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
                        "; ".join(str(flag.label) for flag in row.flags.get(disaggregation, ())),
                        LICENCE,
                    ]
                )
    filename = f"{slugify(indicator.code)}-{indicator.locale.language_code}.csv"
    return csv_response(filename, [str(cell) for cell in header], rows)
