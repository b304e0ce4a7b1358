"""Dependency-free, server-side SVG line charts for indicator time series.

No JavaScript, no external fonts or CSS: every style is an inline presentation attribute, so the
same markup works on public HTML pages and inside WeasyPrint PDFs. Series differ by colour, dash
pattern and marker shape, never by colour alone. All caller text is escaped via ``format_html``.

A point may carry footnote symbols (data-quality flags: "e" estimate, "p" provisional …), drawn
beside its marker and explained by the chart's footnotes below the legend; a point that starts a
new series (a break: the method or source changed) is not joined to the point before it, so its
line is drawn in separate segments.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class ChartPoint:
    """One observation: a date and its value."""

    x: datetime.date
    y: Decimal | float
    #: Footnote symbols shown beside the marker (explained by line_chart's ``footnotes``).
    notes: tuple[str, ...] = ()
    #: The series breaks here: no line joins this point to the one before.
    starts_segment: bool = False


@dataclass(frozen=True)
class ChartSeries:
    """A labelled line; ``style`` is "women", "men", "total" or "other"."""

    label: str
    points: tuple[ChartPoint, ...]
    style: str = "total"


@dataclass(frozen=True)
class ReferenceLine:
    """A horizontal dashed line, e.g. a baseline or a target; ``kind`` is "baseline"/"target"."""

    label: str
    y: Decimal | float
    kind: str


# style -> (colour, stroke-dasharray, marker shape); every colour has >= 3:1 contrast on white.
STYLES: dict[str, tuple[str, str, str]] = {
    "women": ("#4b2466", "none", "circle"),
    "men": ("#a3470f", "8 4", "square"),
    "total": ("#1f5f8b", "2 3", "diamond"),
    "other": ("#2e6930", "12 4 3 4", "triangle"),
}
REFERENCE_COLOUR = "#555555"
REFERENCE_DASH: dict[str, str] = {"baseline": "3 3", "target": "10 5"}
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#dddddd"


def _html(template: str, *args: object) -> SafeString:
    """``format_html`` with floats rounded to one decimal (coordinates)."""
    return format_html(template, *(f"{a:.1f}" if isinstance(a, float) else a for a in args))


def format_number(value: Decimal | float) -> str:
    """Locale-neutral number: at most 2 decimals, trailing zeros dropped ("12.5", "40", "-3")."""
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    text = f"{number.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_date(value: datetime.date) -> str:
    """ISO date, "YYYY-MM-DD"."""
    return value.isoformat()


def nice_ticks(lo: float, hi: float, *, percent: bool = False) -> list[float]:
    """Y-axis ticks at 1/2/5×10^n steps covering ``lo``..``hi``.

    0 is included when all values are >= 0 and the minimum is close to 0 (or all equal, or a
    percentage); percentage axes stop at 100 when the data does.
    """
    data_lo, data_hi = lo, hi
    if lo >= 0 and (percent or lo <= hi / 2 or lo == hi):
        lo = 0.0
    if hi == lo:
        pad = abs(hi) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
        if data_lo >= 0:
            lo = max(lo, 0.0)
    raw = (hi - lo) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw * (1 - 1e-9))
    start = math.floor(lo / step + 1e-9) * step
    end = math.ceil(hi / step - 1e-9) * step
    if percent and data_hi <= 100:
        end = min(end, 100.0)
    return [round(start + i * step, 10) for i in range(round((end - start) / step) + 1)]


def _marker(shape: str, x: float, y: float, colour: str, css: str, tip: str = "") -> SafeString:
    """A filled point marker (circle, square, diamond or triangle) with an optional tooltip."""
    if shape == "circle":
        name, geometry = "circle", _html('cx="{}" cy="{}" r="4"', x, y)
    elif shape == "square":
        name = "rect"
        geometry = _html('x="{}" y="{}" width="7" height="7"', x - 3.5, y - 3.5)
    else:
        offsets = ((0, -5), (5, 0), (0, 5), (-5, 0)) if shape == "diamond" else None
        offsets = offsets or ((0, -5), (5, 4), (-5, 4))
        name = "polygon"
        geometry = _html(
            'points="{}"', " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in offsets)
        )
    if tip:
        return _html(
            '<{0} {1} fill="{2}" class="{3}"><title>{4}</title></{0}>',
            name, geometry, colour, css, tip,
        )  # fmt: skip
    return _html('<{} {} fill="{}" class="{}"/>', name, geometry, colour, css)


def _line(
    x1: float, y1: float, x2: float, y2: float, stroke: str,
    width: float = 1.0, dash: str = "none", css: str = "",
) -> SafeString:  # fmt: skip
    """A straight line with inline stroke attributes."""
    return _html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}" '
        'stroke-dasharray="{}" class="{}"/>',
        x1, y1, x2, y2, stroke, width, dash, css,
    )  # fmt: skip


def _text(
    x: float, y: float, text: str, anchor: str = "start", fill: str = TEXT_COLOUR
) -> SafeString:
    """A text element; ``text`` is escaped."""
    return _html(
        '<text x="{}" y="{}" text-anchor="{}" fill="{}">{}</text>', x, y, anchor, fill, text
    )


def line_chart(
    series: Sequence[ChartSeries],
    *,
    title: str,
    description: str,
    unit: str = "",
    reference_lines: Sequence[ReferenceLine] = (),
    width: int = 640,
    height: int = 320,
    number_format: Callable[[Decimal | float], str] = format_number,
    date_format: Callable[[datetime.date], str] = format_date,
    empty_text: str = "Veri yok",
    footnotes: Sequence[tuple[str, str]] = (),
) -> SafeString:
    """Render ``series`` as an accessible SVG line chart (``role="img"`` with title and desc).

    ``footnotes`` are (symbol, text) pairs explaining the points' ``notes``, written under the
    legend. Returns a message chart showing ``empty_text`` when there is nothing to plot.
    """
    key = repr(
        (tuple(series), title, description, unit, tuple(reference_lines), width, height, footnotes)
    )
    uid = "chart-" + hashlib.sha256(key.encode()).hexdigest()[:12]
    parts = [
        _html(
            '<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            'aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" width="{1}" height="{2}" '
            'class="line-chart" font-family="sans-serif" font-size="12">'
            '<title id="{0}-title">{3}</title><desc id="{0}-desc">{4}</desc>',
            uid, width, height, title, description,
        )
    ]  # fmt: skip
    drawn = [
        (s, sorted((p for p in s.points if math.isfinite(float(p.y))), key=lambda p: p.x))
        for s in series
    ]
    drawn = [(s, points) for s, points in drawn if points]
    refs = [r for r in reference_lines if math.isfinite(float(r.y))]
    if not drawn:
        parts.append(
            _html(
                '<rect x="0.5" y="0.5" width="{}" height="{}" fill="none" stroke="{}"/>',
                width - 1, height - 1, GRID_COLOUR,
            )
        )  # fmt: skip
        parts.append(_text(width / 2, height / 2, empty_text, "middle"))
        return mark_safe("".join(parts) + "</svg>")  # noqa: S308 - parts are format_html output

    # Legend rows below the plot; text width is estimated (no font metrics without a renderer).
    legend: list[tuple[float, float, str, str, str, str]] = []  # x, row, label, colour, dash, shape
    entries = [(s.label, *STYLES.get(s.style, STYLES["other"])) for s, _ in drawn]
    entries += [(r.label, REFERENCE_COLOUR, REFERENCE_DASH.get(r.kind, "6 3"), "") for r in refs]
    cursor, row = 8.0, 0
    for label, colour, dash, shape in entries:
        item_width = 40 + len(label) * 6.5
        if cursor > 8 and cursor + item_width > width - 8:
            cursor, row = 8.0, row + 1
        legend.append((cursor, row, label, colour, dash, shape))
        cursor += item_width + 12
    left, right, top = 56.0, width - 16.0, 24.0
    notes_top = height - 16.0 * len(footnotes) - 2
    legend_top = notes_top - 18.0 * (row + 1)
    bottom = max(top + 40, legend_top - 30)

    values = [float(p.y) for _, points in drawn for p in points] + [float(r.y) for r in refs]
    ticks = nice_ticks(min(values), max(values), percent="%" in unit)
    lo, hi = ticks[0], ticks[-1]

    def y_pos(value: Decimal | float) -> float:
        return bottom - (float(value) - lo) / (hi - lo) * (bottom - top)

    dates = sorted({p.x for _, points in drawn for p in points})
    first, span = dates[0].toordinal(), dates[-1].toordinal() - dates[0].toordinal()
    pad = max(12.0, max(len(date_format(d)) for d in dates) * 3.3 - 14)  # room for end labels

    def x_pos(value: datetime.date) -> float:
        if not span:
            return (left + right) / 2
        return left + pad + (value.toordinal() - first) / span * (right - left - 2 * pad)

    if unit:
        parts.append(_text(8, top - 10, unit))
    for tick in ticks:
        y = y_pos(tick)
        stroke = REFERENCE_COLOUR if tick == 0 and lo < 0 else GRID_COLOUR
        parts.append(_line(left, y, right, y, stroke, css="gridline"))
        parts.append(_text(left - 6, y + 4, number_format(tick), "end"))
    parts.append(
        _html(
            '<path d="M{0},{1}V{2}H{3}" fill="none" stroke="{4}" '
            'stroke-width="1" class="axis"/>',
            left, top, bottom, right, REFERENCE_COLOUR,
        )
    )  # fmt: skip
    last_label = -math.inf
    for value in dates:
        x, text = x_pos(value), date_format(value)
        parts.append(_line(x, bottom, x, bottom + 4, REFERENCE_COLOUR, css="tick"))
        if x - last_label >= len(text) * 6.5 + 8:  # skip labels that would overlap
            parts.append(_text(x, bottom + 17, text, "middle"))
            last_label = x

    for ref in refs:
        y, dash = y_pos(ref.y), REFERENCE_DASH.get(ref.kind, "6 3")
        css = f"reference reference-{ref.kind}"
        parts.append(_line(left, y, right, y, REFERENCE_COLOUR, 1.5, dash, css))
        parts.append(_text(right - 4, y - 5, ref.label, "end", REFERENCE_COLOUR))

    for s, points in drawn:
        colour, dash, shape = STYLES.get(s.style, STYLES["other"])
        for segment in _segments(points):
            coords = " ".join(f"{x_pos(p.x):.1f},{y_pos(p.y):.1f}" for p in segment)
            parts.append(
                _html(
                    '<polyline points="{}" fill="none" stroke="{}" stroke-width="2" '
                    'stroke-dasharray="{}" stroke-linejoin="round" class="series"/>',
                    coords, colour, dash,
                )
            )  # fmt: skip
        for p in points:
            note = f" ({', '.join(p.notes)})" if p.notes else ""
            tip = f"{s.label}, {date_format(p.x)}: {number_format(p.y)} {unit}".rstrip() + note
            x, y = x_pos(p.x), y_pos(p.y)
            parts.append(_marker(shape, x, y, colour, "marker", tip))
            if p.notes:
                parts.append(
                    _html(
                        '<text x="{}" y="{}" fill="{}" font-size="11" font-style="italic" '
                        'class="flag-marker">{}</text>',
                        x + 6, y - 6, colour, ",".join(p.notes),
                    )
                )  # fmt: skip

    for x, row, label, colour, dash, shape in legend:
        y = legend_top + 18.0 * row + 13
        parts.append(_line(x, y - 4, x + 30, y - 4, colour, 2.0, dash, "legend-line"))
        if shape:
            parts.append(_marker(shape, x + 15, y - 4, colour, "legend-marker"))
        parts.append(_text(x + 36, y, label))
    for position, (symbol, text) in enumerate(footnotes):
        parts.append(
            _html(
                '<text x="8" y="{}" fill="{}" font-size="11" class="footnote">'
                '<tspan font-style="italic">{}</tspan>: {}</text>',
                notes_top + 16.0 * position + 12, TEXT_COLOUR, symbol, text,
            )
        )  # fmt: skip
    return mark_safe("".join(parts) + "</svg>")  # noqa: S308 - parts are format_html output


def _segments(points: Sequence[ChartPoint]) -> list[list[ChartPoint]]:
    """The points split where the series breaks (a point with ``starts_segment``)."""
    segments: list[list[ChartPoint]] = []
    for point in points:
        if not segments or point.starts_segment:
            segments.append([])
        segments[-1].append(point)
    return segments
