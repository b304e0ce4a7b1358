"""Template tags of indicators/: the SVG chart of a municipality's series (a flagged value has its
footnote symbol, and a series break starts a new line segment), number formatting and the marks
of data-quality flags."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from django import template
from django.utils import formats
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from indicators.comparison_downloads import signed
from indicators.models import IndicatorPage
from indicators.series import MunicipalitySeries
from plans.data_quality import DataFlag, FlagNote, flag_notes
from plans.scales import Disaggregation
from portal.charts import ChartPoint, ChartSeries, ReferenceLine, line_chart
from portal.text import shown_number

register = template.Library()


@register.filter
def indicator_number(value: Decimal | float | None) -> str:
    """A value in the active language's number format, without needless trailing zeros."""
    return shown_number(value)


@register.filter
def flag_marks(flags: Iterable[DataFlag]) -> SafeString:
    """The footnote symbols of data-quality flags beside a value (each named for screen readers),
    explained by templates/indicators/components/flag_notes.html; empty without flags."""
    return format_html_join(
        "",
        '<sup class="flag-mark" title="{}">{}<span class="visually-hidden"> ({})</span></sup>',
        ((flag.label, flag.symbol, flag.label) for flag in flags),
    )


@register.simple_tag
def value_flag_notes(rows: Iterable[Any]) -> list[FlagNote]:
    """The footnotes of the flags on an assessment's indicator rows ((indicator, value, texts)
    triples of plans.monitoring), for templates/indicators/components/flag_notes.html."""
    return flag_notes(flag for _indicator, value, _texts in rows for flag in value.flags)


@register.filter
def signed_number(value: Decimal | None) -> str:
    """A difference with its sign ("+2,5", "−1"), as the comparison prints the gap."""
    return signed(value)


def _short_date(value: date) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT")


@register.simple_tag
def series_chart(indicator: IndicatorPage, item: MunicipalitySeries) -> SafeString:
    """A line per disaggregation, with the municipality's baseline and target as dashed lines."""
    lines = []
    for disaggregation in indicator.disaggregations:
        points = tuple(
            ChartPoint(
                row.date,
                row.values[disaggregation.value],
                notes=tuple(flag.symbol for flag in flags),
                starts_segment=DataFlag.SERIES_BREAK in flags,
            )
            for row in item.rows
            if row.values.get(disaggregation.value) is not None
            for flags in [row.flags.get(disaggregation.value, ())]
        )
        if points:
            lines.append(ChartSeries(str(disaggregation.label), points, disaggregation.value))
    references = []
    for target in item.targets:
        if target.disaggregation != Disaggregation.TOTAL:
            continue
        if target.baseline_value is not None:
            label = pgettext("gösterge grafiği", "Başlangıç") + (
                f" ({target.baseline_year})" if target.baseline_year else ""
            )
            references.append(ReferenceLine(label, target.baseline_value, "baseline"))
        if target.target_value is not None:
            label = pgettext("gösterge grafiği", "Hedef") + (
                f" ({target.target_year})" if target.target_year else ""
            )
            references.append(ReferenceLine(label, target.target_value, "target"))
    title = _("%(indicator)s: %(municipality)s") % {
        "indicator": indicator.title,
        "municipality": item.municipality.title,
    }
    latest = item.latest
    description = (
        _("Son değer (%(date)s): %(value)s %(unit)s. Aynı veriler aşağıdaki tabloda.")
        % {
            "date": _short_date(latest.date),
            "value": indicator_number(latest.values.get(Disaggregation.TOTAL.value)),
            "unit": indicator.unit,
        }
        if latest
        else ""
    )
    return line_chart(
        lines,
        title=title,
        description=description,
        unit=indicator.unit,
        reference_lines=references,
        number_format=indicator_number,
        date_format=_short_date,
        empty_text=_("Onaylanmış veri yok"),
        footnotes=[(note.symbol, f"{note.label}. {note.description}") for note in item.flag_notes],
    )
