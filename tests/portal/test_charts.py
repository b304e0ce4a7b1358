"""The server-side SVG line chart is well-formed, accessible, escaped and robust to odd data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal

import pytest

from portal.charts import (
    REFERENCE_COLOUR,
    STYLES,
    ChartPoint,
    ChartSeries,
    ReferenceLine,
    format_number,
    line_chart,
    nice_ticks,
)

NS = "{http://www.w3.org/2000/svg}"


def _series(label: str, values: list[float | Decimal], style: str = "total") -> ChartSeries:
    points = tuple(ChartPoint(date(2020 + i, 1, 1), v) for i, v in enumerate(values))
    return ChartSeries(label=label, points=points, style=style)


def _render(series: list[ChartSeries], **kwargs: object) -> tuple[str, ET.Element]:
    kwargs.setdefault("title", "Kadın istihdam oranı")
    kwargs.setdefault("description", "2020'den 2022'ye artış")
    svg = str(line_chart(series, **kwargs))
    return svg, ET.fromstring(svg)  # noqa: S314 - our own output, parsed to prove well-formedness


def _by_class(root: ET.Element, css: str) -> list[ET.Element]:
    return [el for el in root.iter() if css in (el.get("class") or "").split()]


def _texts(root: ET.Element) -> list[str]:
    return [el.text or "" for el in root.iter(f"{NS}text")]


def _contrast_on_white(colour: str) -> float:
    """WCAG contrast ratio of a #rrggbb colour against white."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def test_accessible_svg_with_title_and_desc() -> None:
    _, root = _render([_series("Kadın", [10, 20, 30], "women")])
    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox") == "0 0 640 320"
    assert "line-chart" in root.get("class", "")
    title, desc = root.find(f"{NS}title"), root.find(f"{NS}desc")
    assert title is not None and title.text == "Kadın istihdam oranı"
    assert desc is not None and desc.text == "2020'den 2022'ye artış"
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_ids_are_deterministic_and_differ_between_inputs() -> None:
    _, first = _render([_series("Kadın", [1, 2])])
    _, again = _render([_series("Kadın", [1, 2])])
    _, other = _render([_series("Kadın", [1, 3])])
    assert first.get("aria-labelledby") == again.get("aria-labelledby")
    assert first.get("aria-labelledby") != other.get("aria-labelledby")


def test_one_polyline_per_non_empty_series_and_one_marker_per_point() -> None:
    series = [
        _series("Kadın", [10, 20, 30], "women"),
        _series("Erkek", [Decimal("15.5"), Decimal("18")], "men"),
        ChartSeries(label="Boş", points=(), style="other"),
    ]
    _, root = _render(series)
    assert len(root.findall(f"{NS}polyline")) == 2
    assert len(_by_class(root, "marker")) == 5
    assert [len(p.get("points", "").split()) for p in root.findall(f"{NS}polyline")] == [3, 2]


def test_higher_value_is_drawn_higher() -> None:
    _, root = _render([_series("Toplam", [5, 50])])
    (polyline,) = root.findall(f"{NS}polyline")
    (x1, y1), (x2, y2) = (map(float, p.split(",")) for p in polyline.get("points", "").split())
    assert x1 < x2
    assert y2 < y1  # SVG y grows downwards


def test_reference_lines_with_labels_and_distinct_dashes() -> None:
    refs = [
        ReferenceLine(label="Başlangıç (2024): 12", y=12, kind="baseline"),
        ReferenceLine(label="Hedef: 40", y=Decimal("40"), kind="target"),
    ]
    _, root = _render([_series("Toplam", [12, 20, 25])], reference_lines=refs)
    lines = _by_class(root, "reference")
    assert len(lines) == 2
    assert lines[0].get("stroke-dasharray") != lines[1].get("stroke-dasharray")
    assert all(line.get("stroke") == REFERENCE_COLOUR for line in lines)
    texts = _texts(root)
    assert texts.count("Başlangıç (2024): 12") == 2  # at the line's end and in the legend
    assert texts.count("Hedef: 40") == 2
    # the target (40) is above the baseline (12)
    assert float(lines[1].get("y1", "0")) < float(lines[0].get("y1", "0"))


def test_malicious_labels_are_escaped() -> None:
    evil = "<script>alert('x')</script> & \"quoted\""
    svg, root = _render(
        [_series(evil, [1, 2])],
        title=evil,
        description=evil,
        unit="<b>%</b>",
        reference_lines=[ReferenceLine(label=evil, y=1, kind="target")],
    )
    assert "<script>" not in svg
    assert "<b>" not in svg
    assert "&lt;script&gt;" in svg
    assert root.find(f"{NS}title").text == evil  # type: ignore[union-attr]
    assert evil in _texts(root)


def test_turkish_characters_are_preserved() -> None:
    label = "Toplam İıŞşĞğÇçÖöÜü"
    svg, root = _render([_series(label, [1, 2])], title="Çalışan kadın oranı", unit="kişi")
    assert label in svg
    assert label in _texts(root)
    assert "kişi" in _texts(root)
    assert root.find(f"{NS}title").text == "Çalışan kadın oranı"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "series",
    [[], [ChartSeries(label="Kadın", points=())], [ChartSeries(label="A", points=())] * 3],
)
def test_missing_data_says_so(series: list[ChartSeries]) -> None:
    _, root = _render(series, empty_text="Veri yok")
    assert root.get("role") == "img"
    assert root.find(f"{NS}title") is not None
    assert "Veri yok" in _texts(root)
    assert root.findall(f"{NS}polyline") == []


def test_empty_text_is_configurable_and_escaped() -> None:
    svg, root = _render([], empty_text="No data <yet>")
    assert "No data <yet>" in _texts(root)
    assert "<yet>" not in svg


def test_single_point() -> None:
    _, root = _render([_series("Kadın", [Decimal("7")], "women")])
    assert len(root.findall(f"{NS}polyline")) == 1
    assert len(_by_class(root, "marker")) == 1
    assert "2020-01-01" in _texts(root)


def test_equal_values_do_not_divide_by_zero() -> None:
    _, root = _render([_series("Toplam", [3, 3, 3]), _series("Kadın", [3, 3, 3], "women")])
    ys = {p.split(",")[1] for p in root.find(f"{NS}polyline").get("points", "").split()}  # type: ignore[union-attr]
    assert len(ys) == 1
    assert len(_by_class(root, "marker")) == 6


def test_all_zero_values() -> None:
    _, root = _render([_series("Toplam", [0, 0])], unit="%")
    assert len(_by_class(root, "marker")) == 2


def test_negative_values_get_negative_ticks() -> None:
    _, root = _render([_series("Değişim", [-3.5, 2, Decimal("-1.25")])])
    texts = _texts(root)
    assert "-4" in texts and "0" in texts and "2" in texts


def test_one_date_shared_by_several_series() -> None:
    series = [_series("Kadın", [10], "women"), _series("Erkek", [20], "men")]
    _, root = _render(series)
    xs = {el.get("cx") or el.get("x") or el.get("points") for el in _by_class(root, "marker")}
    assert len(xs) == 2
    assert _texts(root).count("2020-01-01") == 1


def test_non_finite_values_are_skipped() -> None:
    _, root = _render([_series("Toplam", [1, float("nan"), 3])])
    assert len(_by_class(root, "marker")) == 2


def test_styles_differ_in_dash_marker_and_colour() -> None:
    series = [_series(style, [1, 2], style) for style in ("women", "men", "total", "other")]
    _, root = _render(series)
    polylines = root.findall(f"{NS}polyline")
    assert len({p.get("stroke-dasharray") for p in polylines}) == 4
    assert len({p.get("stroke") for p in polylines}) == 4
    assert len({el.tag for el in _by_class(root, "marker")}) == 3  # circle, rect, polygon
    assert len({len(el.get("points", "").split()) for el in root.iter(f"{NS}polygon")}) == 2


def test_unknown_style_falls_back() -> None:
    _, root = _render([_series("X", [1, 2], "mystery")])
    assert root.find(f"{NS}polyline").get("stroke") == STYLES["other"][0]  # type: ignore[union-attr]


def test_colours_contrast_with_white() -> None:
    for colour in [c for c, _, _ in STYLES.values()] + [REFERENCE_COLOUR]:
        assert _contrast_on_white(colour) >= 3, colour


def test_legend_lists_series_and_reference_lines() -> None:
    refs = [ReferenceLine(label="Hedef: 40", y=40, kind="target")]
    _, root = _render([_series("Kadın", [1, 2], "women")], reference_lines=refs)
    assert len(_by_class(root, "legend-line")) == 2
    assert len(_by_class(root, "legend-marker")) == 1
    assert "Kadın" in _texts(root)


def test_custom_formatters_are_used() -> None:
    _, root = _render(
        [_series("Toplam", [Decimal("12.5"), 20])],
        number_format=lambda v: f"{float(v):.1f}".replace(".", ","),
        date_format=lambda d: str(d.year),
    )
    texts = _texts(root)
    assert "2020" in texts and "2021" in texts
    assert "14,0" in texts
    tips = [el.findtext(f"{NS}title") for el in _by_class(root, "marker")]
    assert tips == ["Toplam, 2020: 12,5", "Toplam, 2021: 20,0"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("12.50"), "12.5"),
        (40, "40"),
        (Decimal("3.14159"), "3.14"),
        (0.1 + 0.2, "0.3"),
        (-0.001, "0"),
        (Decimal("1E+3"), "1000"),
    ],
)
def test_default_number_format(value: Decimal | float, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("lo", "hi", "percent", "expected"),
    [
        (12, 40, False, [0, 10, 20, 30, 40]),
        (80, 95, False, [80, 85, 90, 95]),
        (62, 97, True, [0, 20, 40, 60, 80, 100]),
        (5, 5, False, [0, 1, 2, 3, 4, 5]),
        (-3.5, 2, False, [-4, -2, 0, 2]),
        (0, 0, False, [0, 0.2, 0.4, 0.6, 0.8, 1]),
    ],
)
def test_nice_ticks(lo: float, hi: float, percent: bool, expected: list[float]) -> None:
    assert nice_ticks(lo, hi, percent=percent) == expected
