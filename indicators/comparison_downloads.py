"""The comparison's chart (SVG on the page and as a download, PNG) and its data (CSV).

The chart draws the page of the comparison shown (portal.bar_charts), and says which rows of
how many it is: a bar per disaggregation of each municipality with an approved value, its
baseline and target marked on it and, for a sex-disaggregated indicator, the gap between women
and men beside it, all in the measure chosen (a count as reported or per 100,000 inhabitants;
its title and axis name it). Every download carries the source (the platform, the board's
approved assessments, the period, the page's address) and the licence (portal.licence); the CSV
holds every row the filters keep, ranked in the measure chosen, with the reported values and,
for a count, the per-capita value, and the reason a municipality has no value.
"""

from __future__ import annotations

from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.utils.safestring import SafeString
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from plans.data_quality import flag_notes
from plans.exports import csv_response
from plans.scales import Disaggregation
from portal.bar_charts import Bar, BarChartText, BarGroup, bar_chart, bar_chart_png
from portal.licence import LICENCE, LICENCE_URL
from portal.text import shown_number

from .comparison import Comparison, ComparisonRow


def signed(value: Decimal | None) -> str:
    """A difference with its sign ("+2,5", "−1", "0"), in the visitor's number format."""
    if value is None:
        return "—"
    text = shown_number(abs(value))
    return ("+" if value > 0 else "−" if value < 0 else "") + text


def gap_words() -> tuple[str, str]:
    """The words of the gap note ("K − E: %(gap)s", "K/E: %(ratio)s") in the active language."""
    return _("K − E: %(gap)s"), _("K/E: %(ratio)s")


def gap_note(row: ComparisonRow, words: tuple[str, str] | None = None) -> str:
    """The women − men gap (in the measure shown) and the ratio, as printed beside a
    municipality's bars (`words`: gap_words(), looked up once for a whole chart)."""
    if row.shown_gap is None:
        return ""
    gap, ratio = words or gap_words()
    note = gap % {"gap": signed(row.shown_gap)}
    if row.ratio is not None:
        note += " · " + ratio % {"ratio": shown_number(row.ratio)}
    return note


def chart_groups(comparison: Comparison) -> list[BarGroup]:
    """A group of bars per municipality with a value on the page shown, in rank order, in the
    measure shown."""
    kinds = [(kind.value, str(kind.label)) for kind in comparison.indicator.disaggregations]
    words = gap_words()
    groups = []
    for row in comparison.ranked:
        bars = tuple(
            Bar(label, value, kind, row.shown_baseline_of(kind), row.shown_target_of(kind))
            for kind, label in kinds
            if (value := row.shown_of(kind)) is not None
        )
        label = f"{row.rank}. {row.municipality.title}" if row.rank else row.municipality.title
        if row.flags:  # footnote symbols of the flags (plans.data_quality), as in the table
            label += f" ({','.join(flag.symbol for flag in row.flags)})"
        groups.append(BarGroup(label, bars, gap_note(row, words)))
    return groups


def source_lines(comparison: Comparison, request: HttpRequest | None = None) -> tuple[str, ...]:
    """Where the figures come from and under which licence (the footer of every download)."""
    indicator = comparison.indicator
    period = comparison.period.name if comparison.period else ""
    lines = [
        _("Kaynak: YEEP İzleme Platformu, İzleme Heyetinin onayladığı değerlendirmeler")
        + f" ({period}).",
        indicator.get_full_url(request) or "",
        _("Lisans: %(licence)s (%(url)s)") % {"licence": LICENCE, "url": LICENCE_URL},
    ]
    if comparison.sample_data:
        lines.insert(0, _("Örnek veri: gerçek değerler değildir."))
    return tuple(line for line in lines if line)


def rows_line(comparison: Comparison) -> str:
    """Which rows of how many the page (and so the chart) shows: "Satırlar 1–50 (toplam 120)"."""
    page = comparison.page
    if not page.paginator.count:
        return ""
    return _("Satırlar %(first)s–%(last)s (toplam %(total)s)") % {
        "first": page.start_index(),
        "last": page.end_index(),
        "total": page.paginator.count,
    }


def axis_unit(comparison: Comparison) -> str:
    """The unit over the axis: the indicator's, named with the measure for a count."""
    unit = comparison.indicator.unit
    if not comparison.measure:
        return unit
    return _("%(measure)s (%(unit)s)") % {"measure": comparison.measure_label, "unit": unit}


def chart_text(comparison: Comparison, request: HttpRequest | None = None) -> BarChartText:
    """The chart's title, text alternative, legend words and footer (the rows of the page it
    draws, how per-capita values are made, the source and the licence)."""
    indicator = comparison.indicator
    period = comparison.period.name if comparison.period else ""
    ranked = [row for row in comparison.ranked if row.rank]
    if not ranked:
        description = [_("Bu seçim için onaylanmış değer yok.")]
    elif comparison.per_capita_shown:
        description = [
            _("Belediyeler 100.000 kişi başına toplam değere göre büyükten küçüğe sıralı.")
        ]
    else:
        description = [_("Belediyeler toplam değere göre büyükten küçüğe sıralı.")]
    if ranked:
        description.append(
            _("En yüksek: %(first)s (%(high)s); en düşük: %(last)s (%(low)s).")
            % {
                "first": ranked[0].municipality.title,
                "high": shown_number(ranked[0].shown_value),
                "last": ranked[-1].municipality.title,
                "low": shown_number(ranked[-1].shown_value),
            }
        )
    rows = comparison.page.object_list
    missing = sum(1 for row in rows if row.row is None)
    if missing:
        description.append(
            _("%(count)s belediyenin bu dönem için onaylanmış değeri yok.") % {"count": missing}
        )
    unknown = sum(1 for row in rows if row.without_population)
    if unknown:
        description.append(
            _("%(count)s belediyenin nüfus bilgisi yok; 100.000 kişi başına değeri hesaplanmadı.")
            % {"count": unknown}
        )
    apart = sum(1 for row in rows if row.not_comparable)
    if apart:
        description.append(
            _(
                "%(count)s belediyenin değeri belediyeler arası karşılaştırılamaz; sıralamada ve "
                "grafikte yer almıyor."
            )
            % {"count": apart}
        )
    if comparison.disaggregated:
        description.append(_("Kadın ve erkek değerleri yan yana; farkları her satırın sağında."))
    description.append(_("Aynı veriler tablodadır."))
    title = _("%(indicator)s: belediyelerin karşılaştırması, %(period)s") % {
        "indicator": f"{indicator.code} {indicator.title}",
        "period": period,
    }
    if comparison.measure:
        title = f"{title} — {comparison.measure_label}"
    footer = [rows_line(comparison)]
    drawn = flag_notes(flag for row in comparison.ranked for flag in row.flags)
    footer += [f"{note.symbol}: {note.label}. {note.description}" for note in drawn]
    if comparison.per_capita_shown:
        footer.append(
            _(
                "100.000 kişi başına: değer ÷ belediye nüfusu × 100.000 (başlangıç ve hedef de "
                "aynı nüfusa bölünür)."
            )
        )
    return BarChartText(
        title=title,
        description=" ".join(description),
        baseline=pgettext("gösterge grafiği", "Başlangıç"),
        target=pgettext("gösterge grafiği", "Hedef"),
        footer=tuple(line for line in footer if line) + source_lines(comparison, request),
        unit=axis_unit(comparison),
        empty=_("Onaylanmış veri yok"),
    )


def comparison_chart(comparison: Comparison, request: HttpRequest | None = None) -> SafeString:
    """The chart as inline SVG for the page."""
    return bar_chart(
        chart_groups(comparison), chart_text(comparison, request), number_format=shown_number
    )


def _filename(comparison: Comparison, extension: str) -> str:
    indicator = comparison.indicator
    period = f"-{slugify(comparison.period.name)}" if comparison.period else ""
    measure = f"-{comparison.measure}" if comparison.per_capita_shown else ""
    language = indicator.locale.language_code
    return f"{slugify(indicator.code)}{period}{measure}-{language}.{extension}"


def comparison_svg_response(comparison: Comparison, request: HttpRequest) -> HttpResponse:
    """The chart as an SVG file."""
    svg = '<?xml version="1.0" encoding="UTF-8"?>\n' + comparison_chart(comparison, request)
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{_filename(comparison, "svg")}"'
    return response


def comparison_png_response(comparison: Comparison, request: HttpRequest) -> HttpResponse:
    """The chart as a PNG image, drawn by Pillow from the same layout as the SVG."""
    png = bar_chart_png(
        chart_groups(comparison), chart_text(comparison, request), number_format=shown_number
    )
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="{_filename(comparison, "png")}"'
    return response


def _number(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


def comparison_csv_response(comparison: Comparison, request: HttpRequest) -> HttpResponse:
    """Every row the filters keep, ranked in the measure chosen, with baseline, target, gap and,
    for a count, both the reported and the per-capita value and the measure ranked by."""
    indicator = comparison.indicator
    kinds = indicator.disaggregations
    header = [
        _("sıra"),
        _("belediye"),
        _("tür"),
        _("il"),
        _("nüfus"),
        _("nüfus_yılı"),
        _("nüfus_kaynağı"),
        _("izleme_dönemi"),
        _("tarih"),
        *[str(kind.label) for kind in kinds],
        _("başlangıç"),
        _("hedef"),
    ]
    if comparison.disaggregated:
        header += [_("fark_kadın_erkek"), _("oran_kadın_erkek")]
    if comparison.per_capita:
        header += [_("100_bin_kişide"), _("sıralama_ölçüsü")]
    header += [_("birim"), _("veri_kalitesi"), _("not"), _("kaynak"), _("lisans")]
    source = " ".join(source_lines(comparison, request))
    period = comparison.period.name if comparison.period else ""
    rows: list[list[object]] = []
    for row in comparison.rows:
        town = row.municipality
        cells: list[object] = [
            row.rank or "",
            town.title,
            town.get_kind_display(),
            town.province,
            town.population or "",
            town.population_year or "",
            town.population_source,
            period,
            row.row.date.isoformat() if row.row else "",
            *[_number(row.value_of(kind.value)) for kind in kinds],
            _number(row.baseline_of(Disaggregation.TOTAL.value)),
            _number(row.target_of(Disaggregation.TOTAL.value)),
        ]
        if comparison.disaggregated:
            cells += [_number(row.gap), _number(row.ratio)]
        if comparison.per_capita:
            cells += [_number(row.per_capita), comparison.measure_label]
        note = row.missing_reason
        if comparison.per_capita and row.row and not town.population:
            note = _("Nüfus bilgisi yok")
        if town.population and town.population_is_sample:
            note = " ".join(filter(None, [note, _("Nüfus örnek veridir.")]))
        flags = "; ".join(str(flag.label) for flag in row.flags)
        cells += [indicator.unit, flags, note, source, LICENCE]
        rows.append(cells)
    return csv_response(_filename(comparison, "csv"), [str(cell) for cell in header], rows)
