"""Dependency-free, server-side horizontal bar charts: SVG for pages, PNG (Pillow) for downloads.

One layout, two renderers: `bar_layout()` places every bar, marker and label once; `bar_chart()`
writes it as SVG in the style of portal.charts (inline presentation attributes, escaped text,
`role="img"` with `<title>`/`<desc>`), `bar_chart_png()` paints the same shapes with Pillow (no
SVG rasteriser is installed: cairosvg is not, and WeasyPrint renders SVG into PDF only).

Each group is one labelled row (a municipality) of one or more bars (its disaggregations). Bars
differ by fill pattern as well as colour (women solid, men hatched, total outlined); a bar's
baseline is a hollow circle and its target a filled triangle on the bar, named in the legend, so
nothing is told by colour alone.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.safestring import SafeString, mark_safe

from .charts import (
    GRID_COLOUR,
    REFERENCE_COLOUR,
    STYLES,
    TEXT_COLOUR,
    _html,
    format_number,
    nice_ticks,
)

Number = Decimal | float

#: Bar style -> (fill, outline, pattern); pattern is "solid", "hatch" or "outline".
BAR_STYLES: dict[str, tuple[str, str, str]] = {
    "women": (STYLES["women"][0], STYLES["women"][0], "solid"),
    "men": (STYLES["men"][0], STYLES["men"][0], "hatch"),
    "total": ("#d4e3ee", STYLES["total"][0], "outline"),
}
MARKER_COLOUR = "#111111"
FONT_SIZE = 13
BAR_HEIGHT = 14
BAR_GAP = 3
NAME_HEIGHT = 18
GROUP_GAP = 12
CHAR_WIDTH = 7.0  # estimated width of a character at FONT_SIZE (no font metrics in SVG)
MARKER_HALF_WIDTH = 6  # a marker's reach either side of its value (the target's triangle)
#: Names are bold, with a white outline under the letters where a grid line crosses them.
HALO = mark_safe(' font-weight="bold" stroke="#ffffff" stroke-width="3" paint-order="stroke"')  # noqa: S308


@dataclass(frozen=True)
class Bar:
    """One bar: a value with its style and, when known, its baseline and target."""

    label: str
    value: Number
    style: str = "total"
    baseline: Number | None = None
    target: Number | None = None


@dataclass(frozen=True)
class BarGroup:
    """A labelled row of bars; `note` is printed at the row's right (e.g. a gap)."""

    label: str
    bars: tuple[Bar, ...]
    note: str = ""


@dataclass(frozen=True)
class BarChartText:
    """The chart's words, in the visitor's language."""

    title: str
    description: str
    baseline: str
    target: str
    footer: tuple[str, ...] = ()  # source and licence lines, printed under the chart
    unit: str = ""
    empty: str = "Veri yok"


# Shapes of a laid-out chart, shared by both renderers.
@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str
    outline: str
    pattern: str = "solid"
    tip: str = ""


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"
    bold: bool = False
    colour: str = TEXT_COLOUR


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str = GRID_COLOUR
    width: float = 1.0


@dataclass(frozen=True)
class Marker:
    kind: str  # "baseline" or "target"
    x: float
    y: float
    tip: str = ""


@dataclass
class Layout:
    """Every shape of the chart, in drawing order, and its size."""

    width: int
    height: int = 0
    shapes: list[Rect | Label | Rule | Marker] = field(default_factory=list)


def _text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH


def _wrap(text: str, width: float, measure: Callable[[str], float] = _text_width) -> list[str]:
    """`text` in lines of at most `width` (as `measure`d; estimated by default), broken at
    spaces (a longer word, e.g. an address, keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and measure(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _label_start(start: float, width: float, marks: Sequence[float]) -> float:
    """Where a value's label of `width` starts: at `start` (just right of its bar), or right of
    the markers at `marks` it would cover (a marker drawn over the digits hides them)."""
    for mark in sorted(marks):
        if mark + MARKER_HALF_WIDTH > start and mark - MARKER_HALF_WIDTH < start + width:
            start = mark + MARKER_HALF_WIDTH + 2
    return start


def bar_layout(
    groups: Sequence[BarGroup],
    text: BarChartText,
    *,
    width: int = 520,
    number_format: Callable[[Number], str] = format_number,
) -> Layout:
    """Place the legend, axis, bars, markers and labels of `groups` (top to bottom, as given)."""
    layout = Layout(width)
    shapes = layout.shapes
    left, right = 8.0, width - 8.0
    y = 4.0
    drawn = [
        group for group in groups if any(math.isfinite(float(bar.value)) for bar in group.bars)
    ]
    if not drawn:
        shapes.append(Label(width / 2, 40, text.empty, "middle"))
        y = 64.0
    else:
        # Legend: one entry per style used, then the markers used.
        styles = list(dict.fromkeys(bar.style for group in drawn for bar in group.bars))
        labels = {bar.style: bar.label for group in drawn for bar in group.bars}
        entries: list[tuple[str, str]] = [("bar:" + style, labels[style]) for style in styles]
        if any(bar.baseline is not None for group in drawn for bar in group.bars):
            entries.append(("baseline", text.baseline))
        if any(bar.target is not None for group in drawn for bar in group.bars):
            entries.append(("target", text.target))
        cursor = left
        for kind, label in entries:
            item = 26 + _text_width(label)
            if cursor > left and cursor + item > right:
                cursor, y = left, y + 20
            if kind.startswith("bar:"):
                fill, outline, pattern = BAR_STYLES.get(kind[4:], BAR_STYLES["total"])
                shapes.append(Rect(cursor, y + 3, 18, 11, fill, outline, pattern))
            else:
                shapes.append(Marker(kind, cursor + 9, y + 8.5))
            shapes.append(Label(cursor + 24, y + 13, label))
            cursor += item + 14
        y += 24
        if text.unit:
            shapes.append(Label(left, y + 12, text.unit))
            y += 18

        values = [
            float(number)
            for group in drawn
            for bar in group.bars
            for number in (bar.value, bar.baseline, bar.target)
            if number is not None and math.isfinite(float(number))
        ]
        # Bars start at zero: the axis always includes it (a bar's length is its value).
        ticks = nice_ticks(min(0.0, *values), max(0.0, *values), percent="%" in text.unit)
        lo, hi = ticks[0], ticks[-1]
        # Room right of the plot for a value's label, which may follow a marker at the plot's end.
        note_room = max((_text_width(number_format(v)) for v in values), default=0) + 10
        note_room += MARKER_HALF_WIDTH
        plot_left, plot_right = left + 4, right - note_room

        def x_pos(value: Number) -> float:
            return plot_left + (float(value) - lo) / (hi - lo) * (plot_right - plot_left)

        zero = x_pos(min(max(0.0, lo), hi))
        axis_top = y + 4
        for tick in ticks:
            shapes.append(Label(x_pos(tick), axis_top + 10, number_format(tick), "middle"))
        y = axis_top + 16
        plot_top, grid_at = y, len(shapes)
        for group in drawn:
            shapes.append(Label(left, y + 13, group.label, bold=True))
            if group.note:
                shapes.append(Label(right, y + 13, group.note, "end"))
            y += NAME_HEIGHT + 2
            for bar in group.bars:
                if not math.isfinite(float(bar.value)):
                    continue
                fill, outline, pattern = BAR_STYLES.get(bar.style, BAR_STYLES["total"])
                end = x_pos(bar.value)
                tip = f"{group.label}, {bar.label}: {number_format(bar.value)} {text.unit}"
                shapes.append(
                    Rect(min(zero, end), y, max(abs(end - zero), 1.0), BAR_HEIGHT, fill, outline,
                         pattern, tip.rstrip())
                )  # fmt: skip
                label = number_format(bar.value)
                marks = [x_pos(mark) for mark in (bar.baseline, bar.target) if mark is not None]
                at = _label_start(max(zero, end) + 4, _text_width(label), marks)
                shapes.append(Label(at, y + 11, label))
                middle = y + BAR_HEIGHT / 2
                if bar.baseline is not None:
                    tip = f"{bar.label}, {text.baseline}: {number_format(bar.baseline)}"
                    shapes.append(Marker("baseline", x_pos(bar.baseline), middle, tip))
                if bar.target is not None:
                    tip = f"{bar.label}, {text.target}: {number_format(bar.target)}"
                    shapes.append(Marker("target", x_pos(bar.target), middle, tip))
                y += BAR_HEIGHT + BAR_GAP
            y += GROUP_GAP
        # Grid and zero line go behind the bars, now that the plot's height is known.
        grid = [Rule(x_pos(tick), plot_top, x_pos(tick), y - GROUP_GAP) for tick in ticks]
        grid.append(Rule(zero, plot_top, zero, y - GROUP_GAP, REFERENCE_COLOUR, 1.5))
        shapes[grid_at:grid_at] = grid
    for line in (part for footer in text.footer for part in _wrap(footer, right - left)):
        shapes.append(Label(left, y + 12, line, colour=REFERENCE_COLOUR))
        y += 17
    layout.height = math.ceil(y + 6)
    return layout


def _svg_marker(marker: Marker) -> SafeString:
    tip = _html("<title>{}</title>", marker.tip) if marker.tip else ""
    if marker.kind == "baseline":
        return _html(
            '<circle cx="{}" cy="{}" r="5" fill="#ffffff" stroke="{}" stroke-width="2.5" '
            'class="marker-baseline">{}</circle>',
            marker.x, marker.y, MARKER_COLOUR, tip,
        )  # fmt: skip
    points = " ".join(
        f"{marker.x + dx:.1f},{marker.y + dy:.1f}" for dx, dy in ((-6, -7), (6, -7), (0, 4))
    )
    return _html(
        '<polygon points="{}" fill="{}" stroke="#ffffff" stroke-width="1.5" '
        'class="marker-target">{}</polygon>',
        points, MARKER_COLOUR, tip,
    )  # fmt: skip


def bar_chart(
    groups: Sequence[BarGroup],
    text: BarChartText,
    *,
    width: int = 520,
    number_format: Callable[[Number], str] = format_number,
) -> SafeString:
    """The chart as accessible SVG: `role="img"` labelled by its title and description."""
    layout = bar_layout(groups, text, width=width, number_format=number_format)
    uid = "bars-" + hashlib.sha256(repr((groups, text, width)).encode()).hexdigest()[:12]
    parts = [
        _html(
            '<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            'aria-labelledby="{0}-title {0}-desc" viewBox="0 0 {1} {2}" width="{1}" height="{2}" '
            'class="bar-chart" font-family="DejaVu Sans, sans-serif" font-size="{3}">'
            '<title id="{0}-title">{4}</title><desc id="{0}-desc">{5}</desc>'
            '<defs><pattern id="{0}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/>'
            '<rect width="3" height="6" fill="{6}"/></pattern></defs>'
            '<rect width="{1}" height="{2}" fill="#ffffff"/>',
            uid, layout.width, layout.height, FONT_SIZE, text.title, text.description,
            BAR_STYLES["men"][0],
        )
    ]  # fmt: skip
    for shape in layout.shapes:
        if isinstance(shape, Rect):
            fill = f"url(#{uid}-hatch)" if shape.pattern == "hatch" else shape.fill
            tip = _html("<title>{}</title>", shape.tip) if shape.tip else ""
            parts.append(
                _html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="{}" '
                    'stroke-width="{}" class="bar bar-{}">{}</rect>',
                    shape.x, shape.y, shape.width, shape.height, fill, shape.outline,
                    "2" if shape.pattern == "outline" else "1", shape.pattern, tip,
                )
            )  # fmt: skip
        elif isinstance(shape, Label):
            parts.append(
                _html(
                    '<text x="{}" y="{}" text-anchor="{}" fill="{}"{}>{}</text>',
                    shape.x, shape.y, shape.anchor, shape.colour,
                    HALO if shape.bold else "", shape.text,
                )
            )  # fmt: skip
        elif isinstance(shape, Rule):
            parts.append(
                _html(
                    '<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>',
                    shape.x1, shape.y1, shape.x2, shape.y2, shape.colour, shape.width,
                )
            )  # fmt: skip
        else:
            parts.append(_svg_marker(shape))
    return mark_safe("".join(parts) + "</svg>")  # noqa: S308 - parts are format_html output


@cache
def _font(bold: bool, size: int) -> object:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in (Path(settings.BASE_DIR) / "static" / "fonts" / "dejavu",
                   Path("/usr/share/fonts/truetype/dejavu")):  # fmt: skip
        if (folder / name).exists():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)


def bar_chart_png(
    groups: Sequence[BarGroup],
    text: BarChartText,
    *,
    width: int = 520,
    scale: int = 2,
    number_format: Callable[[Number], str] = format_number,
) -> bytes:
    """The same chart as a PNG (Pillow), `scale` times the SVG's size, title on top."""
    from PIL import Image, ImageDraw

    layout = bar_layout(groups, text, width=width, number_format=number_format)
    bold = _font(True, FONT_SIZE * scale)
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1))).textlength
    title = _wrap(text.title, layout.width - 16, lambda line: measure(line, font=bold) / scale)
    header = 10 + 18 * len(title)
    image = Image.new("RGB", (layout.width * scale, (layout.height + header) * scale), "white")
    draw = ImageDraw.Draw(image)

    def s(value: float, offset: float = 0) -> int:
        return round((value + offset) * scale)

    for number, line in enumerate(title):
        draw.text(
            (s(8), s(20 + 18 * number)),
            line,
            fill=TEXT_COLOUR,
            font=bold,
            anchor="ls",
        )
    for shape in layout.shapes:
        if isinstance(shape, Rect):
            box = (s(shape.x), s(shape.y, header), s(shape.x + shape.width),
                   s(shape.y + shape.height, header))  # fmt: skip
            if shape.pattern == "hatch":
                draw.rectangle(box, fill="white", outline=shape.outline, width=scale)
                for start in range(box[0] - (box[3] - box[1]), box[2], 6 * scale):
                    line = _clip_diagonal(start, box)
                    if line:
                        draw.line(line, fill=shape.fill, width=2 * scale)
            else:
                width_px = 2 * scale if shape.pattern == "outline" else scale
                draw.rectangle(box, fill=shape.fill, outline=shape.outline, width=width_px)
        elif isinstance(shape, Label):
            font = _font(shape.bold, FONT_SIZE * scale)
            x = s(shape.x)
            if shape.anchor != "start":
                length = draw.textlength(shape.text, font=font)
                x -= round(length / 2 if shape.anchor == "middle" else length)
            halo = {"stroke_width": 2 * scale, "stroke_fill": "white"} if shape.bold else {}
            draw.text((x, s(shape.y, header)), shape.text, fill=shape.colour, font=font,
                      anchor="ls", **halo)  # fmt: skip
        elif isinstance(shape, Rule):
            draw.line((s(shape.x1), s(shape.y1, header), s(shape.x2), s(shape.y2, header)),
                      fill=shape.colour, width=max(1, round(shape.width * scale)))  # fmt: skip
        elif shape.kind == "baseline":
            r = 5
            draw.ellipse((s(shape.x - r), s(shape.y - r, header), s(shape.x + r),
                          s(shape.y + r, header)), fill="white", outline=MARKER_COLOUR,
                         width=round(2.5 * scale))  # fmt: skip
        else:
            points = [(s(shape.x + dx), s(shape.y + dy, header)) for dx, dy in
                      ((-6, -7), (6, -7), (0, 4))]  # fmt: skip
            draw.polygon(points, fill=MARKER_COLOUR, outline="white")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _clip_diagonal(start: int, box: tuple[int, int, int, int]) -> tuple[int, ...] | None:
    """A 45° line starting at x=`start` on the box's bottom edge, clipped to the box."""
    x0, y0, x1, y1 = box
    height = y1 - y0
    ax, ay, bx, by = start, y1, start + height, y0
    if ax < x0:
        ay, ax = ay - (x0 - ax), x0
    if bx > x1:
        by, bx = by + (bx - x1), x1
    return (ax, ay, bx, by) if ax <= bx and ay >= y0 and by <= y1 else None
