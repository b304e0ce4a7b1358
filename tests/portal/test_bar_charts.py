"""Server-side bar charts (portal.bar_charts): accessible SVG with escaped text, bars that differ
by pattern as well as colour, baseline and target markers that never cover a value's label, the
axis from zero, and a PNG of the same layout."""

from __future__ import annotations

import io
from decimal import Decimal

from PIL import Image

from portal.bar_charts import (
    BAR_HEIGHT,
    CHAR_WIDTH,
    Bar,
    BarChartText,
    BarGroup,
    Label,
    Marker,
    Rect,
    bar_chart,
    bar_chart_png,
    bar_layout,
)
from portal.charts import REFERENCE_COLOUR

TEXT = BarChartText(
    title="Kreş <oranı>",
    description="En yüksek: A & B",
    baseline="Başlangıç",
    target="Hedef",
    footer=(
        "Kaynak: YEEP İzleme Platformu, İzleme Heyetinin onayladığı değerlendirmeler",
        "Lisans: CC BY 4.0",
    ),
    unit="%",
)
GROUPS = [
    BarGroup(
        "1. <script>alert(1)</script>",
        (
            Bar("Kadın", Decimal("31.5"), "women", Decimal(20), Decimal(40)),
            Bar("Erkek", Decimal("28.5"), "men"),
            Bar("Toplam", Decimal(30), "total"),
        ),
        "K − E: +3",
    ),
    BarGroup("2. Nilüfer", (Bar("Toplam", Decimal(12), "total"),)),
]


def test_svg_is_an_accessible_image_with_escaped_text() -> None:
    svg = str(bar_chart(GROUPS, TEXT))
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="')
    assert "<title id=" in svg and "Kreş &lt;oranı&gt;</title>" in svg
    assert "En yüksek: A &amp; B</desc>" in svg
    assert "<script>" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    # Not colour alone: a solid, a hatched and an outlined bar, two marker shapes.
    assert 'class="bar bar-solid"' in svg and 'class="bar bar-hatch"' in svg
    assert 'class="bar bar-outline"' in svg and "<pattern" in svg
    assert svg.count('class="marker-baseline"') == 2  # the bar's and the legend's
    assert svg.count('class="marker-target"') == 2
    assert "Lisans: CC BY 4.0" in svg and "K − E: +3" in svg


def test_axis_starts_at_zero_and_long_footers_wrap() -> None:
    layout = bar_layout([BarGroup("A", (Bar("Toplam", Decimal(500), "total"),))], TEXT)
    labels = [shape for shape in layout.shapes if isinstance(shape, Label)]
    ticks = [label.text for label in labels if label.anchor == "middle"]
    assert ticks[0] == "0" and ticks[-1] == "500"
    footer = [label.text for label in labels if label.colour == REFERENCE_COLOUR]
    assert footer == [
        "Kaynak: YEEP İzleme Platformu, İzleme Heyetinin onayladığı",
        "değerlendirmeler",
        "Lisans: CC BY 4.0",
    ]


def test_nothing_to_draw_says_so() -> None:
    layout = bar_layout([BarGroup("A", ())], TEXT)
    assert not [shape for shape in layout.shapes if isinstance(shape, Rect)]
    assert "Veri yok" in str(bar_chart([], TEXT))


def test_png_draws_the_same_layout_twice_as_large() -> None:
    layout = bar_layout(GROUPS, TEXT)
    image = Image.open(io.BytesIO(bar_chart_png(GROUPS, TEXT)))
    assert image.format == "PNG"
    assert image.width == 2 * layout.width
    assert image.height > 2 * layout.height  # plus the title on top
    # The women's bar is painted in its colour (#4b2466) somewhere.
    assert (0x4B, 0x24, 0x66) in {colour for _count, colour in image.getcolors(1 << 20)}


def test_value_labels_clear_the_markers_beyond_their_bar() -> None:
    """A target (or baseline) just past a bar's end would be drawn over the value's digits: the
    label moves right of it, and still fits in the chart."""
    groups = [
        BarGroup("A", (Bar("Kadın", Decimal(697), "women", Decimal(480), Decimal(720)),)),
        BarGroup("B", (Bar("Toplam", Decimal(2000), "total", None, Decimal(2000)),)),
        BarGroup("C", (Bar("Toplam", Decimal(100), "total", Decimal(900), None),)),
    ]
    layout = bar_layout(groups, TEXT)
    markers = [shape for shape in layout.shapes if isinstance(shape, Marker) and shape.tip]
    values = [
        shape
        for shape in layout.shapes
        if isinstance(shape, Label)
        and shape.anchor == "start"
        and shape.text in ("697", "2000", "100")
    ]
    assert len(values) == 3
    for label in values:
        right = label.x + len(label.text) * CHAR_WIDTH
        assert right <= layout.width - 8, label
        for marker in markers:
            same_row = abs(marker.y - (label.y - 4)) < BAR_HEIGHT
            covers = marker.x + 6 > label.x and marker.x - 6 < right
            assert not (same_row and covers), (label, marker)
    # A marker far from the bar's end leaves the label beside the bar.
    bar_c = next(
        shape for shape in layout.shapes if isinstance(shape, Rect) and shape.tip.startswith("C,")
    )
    label_c = next(label for label in values if label.text == "100")
    assert label_c.x == bar_c.x + bar_c.width + 4
