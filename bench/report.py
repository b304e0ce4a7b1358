"""The bench's report: one markdown table, the targets and the JSON files in bench/results/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"

#: The project's targets (README.md, "Production stack and benchmarks").
CACHED_VS_STATIC_MIN = 0.85
MEDIAN_VS_STANDARD_MAX = 2.0  # every public page kind and /api/v1/ list, uncached median
P99_VS_STANDARD_MAX = 4.0  # their p99, against the StandardPage's median
ADMIN_VS_STANDARD_MAX = 3.0  # admin screens, uncached median
PDF_MISS_SECONDS_MAX = 2.0
PAGE_QUERIES_MAX = 25
API_QUERIES_MAX = 10
IMPORT_SECONDS_MAX = 30.0

#: The baseline row: a plain StandardPage.
STANDARD = "standard"

COLUMNS = (
    "page",
    "path",
    "status",
    "queries",
    "one request ms",
    "uncached median ms",
    "× standard",
    "uncached p99 ms",
    "uncached req/s",
    "front cache",
    "cached req/s",
    "static req/s",
    "cached / static",
)


def number(value: float | None, digits: int) -> str:
    """A table cell for a measured number; "n/a" when nothing was measured."""
    return "n/a" if value is None else f"{value:.{digits}f}"


def rate(value: float | None) -> str:
    """Requests per second: whole numbers, one decimal below 10."""
    return number(value, 1 if value is not None and value < 10 else 0)


def table_row(row: dict[str, Any], standard_ms: float | None) -> list[str]:
    """The table cells of one measured URL (its median also as a multiple of the StandardPage's)."""
    uncached, front = row["uncached"], row["front"]
    failed = uncached["errors"] + (front["cached"]["errors"] if front else 0)
    status = f"{row['status']}" + (f" ({failed} failed)" if failed else "")
    median = uncached["median_ms"]
    times = f"{median / standard_ms:.2f}×" if median is not None and standard_ms else "n/a"
    measured = [
        row["name"],
        f"`{row['path']}`",
        status,
        f"{row['queries']['warm']}",
        number(row["queries"]["seconds"] * 1000, 0),
        number(median, 1),
        times,
        number(uncached["p99_ms"], 1),
        rate(uncached["requests_per_second"]),
    ]
    if not front:  # an admin screen: never through the front cache
        return [*measured, "–", "–", "–", "–"]
    return [
        *measured,
        front["cache_status"],
        f"{front['cached']['requests_per_second']:.0f}",
        f"{front['static']['requests_per_second']:.0f}",
        f"{front['cached_vs_static']:.0%}",
    ]


def markdown_table(rows: list[dict[str, Any]]) -> str:
    """The measured URLs as one markdown table."""
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    standard = standard_median(rows)
    lines += ["| " + " | ".join(table_row(row, standard)) + " |" for row in rows]
    return "\n".join(lines)


def standard_median(rows: list[dict[str, Any]]) -> float | None:
    """The StandardPage's uncached median (ms): the baseline of the latency targets."""
    return next((row["uncached"]["median_ms"] for row in rows if row["name"] == STANDARD), None)


def baseline_line(rows: list[dict[str, Any]]) -> str:
    """The StandardPage's uncached medians of the whole run, of which the table shows the median."""
    runs = next((row.get("baseline_runs", []) for row in rows if row["name"] == STANDARD), [])
    medians = ", ".join(
        "–" if run["median_ms"] is None else f"{run['median_ms']:.1f}" for run in runs
    )
    return f"StandardPage baseline: the median of {len(runs)} runs across the run ({medians} ms)."


def public_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows measured through the front cache: public pages and /api/v1/ lists."""
    return [row for row in rows if row.get("front")]


def cache_target(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Front-cached pages and API lists reach ≥ 85 % of nginx's static throughput (one not
    served from the cache fails the target)."""
    public = public_rows(rows)
    not_cached = [row["name"] for row in public if row["front"]["cache_status"] != "HIT"]
    ratios = {
        row["name"]: row["front"]["cached_vs_static"]
        for row in public
        if row["name"] not in not_cached
    }
    lowest = min(ratios, key=ratios.__getitem__) if ratios else None
    value = ratios[lowest] if lowest else None
    return {
        "target": "front-cached pages and API lists >= 85 % of nginx static throughput",
        "value": value,
        "limit": CACHED_VS_STATIC_MIN,
        "worst": lowest,
        "failing": sorted(name for name, ratio in ratios.items() if ratio < CACHED_VS_STATIC_MIN),
        "not_cached": not_cached,
        "holds": not not_cached and value is not None and value >= CACHED_VS_STATIC_MIN,
    }


def ratio_target(
    rows: list[dict[str, Any]], kinds: tuple[str, ...], field: str, limit: float, label: str
) -> dict[str, Any]:
    """Every row of the kinds has `field` of its uncached run ≤ limit × the StandardPage's
    median; the worst row's ratio is the value."""
    standard = standard_median(rows)
    ratios = {}
    for row in rows:
        if row.get("kind", "page") in kinds and standard:
            measured = row["uncached"][field]
            ratios[row["name"]] = None if measured is None else round(measured / standard, 2)
    unmeasured = [name for name, ratio in ratios.items() if ratio is None]
    measured = {name: ratio for name, ratio in ratios.items() if ratio is not None}
    worst = max(measured, key=measured.__getitem__) if measured else None
    return {
        "target": label,
        "value": measured[worst] if worst else None,
        "limit": limit,
        "worst": worst,
        "failing": sorted([name for name, ratio in measured.items() if ratio > limit] + unmeasured),
        "holds": bool(measured) and not unmeasured and measured[worst] <= limit,
    }


def against_reference(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Each admin screen's uncached median against Wagtail's plainest edit form's (the reference
    row) in the same run: what Wagtail's admin costs set apart from the portal's screens.
    Printed beside the admin target, not a target of its own; empty without the reference."""
    reference = next(
        (row["uncached"]["median_ms"] for row in rows if row.get("kind") == "admin-reference"),
        None,
    )
    if not reference:
        return {}
    return {
        row["name"]: round(row["uncached"]["median_ms"] / reference, 2)
        for row in rows
        if row.get("kind") == "admin" and row["uncached"]["median_ms"] is not None
    }


def query_target(rows: list[dict[str, Any]], kind: str, limit: int) -> dict[str, Any]:
    """Every row of the kind runs at most `limit` SQL queries (warm request)."""
    counts = {row["name"]: row["queries"]["warm"] for row in rows if row.get("kind") == kind}
    worst = max(counts, key=counts.__getitem__) if counts else None
    what = "public page" if kind == "page" else "API list"
    return {
        "target": f"queries per {what} <= {limit}",
        "value": counts[worst] if worst else None,
        "limit": limit,
        "worst": worst,
        "failing": sorted(name for name, count in counts.items() if count > limit),
        "holds": bool(counts) and counts[worst] <= limit,
    }


def pdf_target(pdf: dict[str, Any]) -> dict[str, Any]:
    """The generated report PDF renders in ≤ 2 s on a miss and comes from the cache after."""
    miss, hit = pdf["miss"], pdf["hit"]
    served = miss["status"] == 200 and hit["status"] == 200 and hit["cache_status"] == "HIT"
    return {
        "target": "report PDF on a cache miss <= 2 s, then from the front cache",
        "value": miss["seconds"],
        "limit": PDF_MISS_SECONDS_MAX,
        "hit_seconds": hit["seconds"],
        "holds": served and miss["seconds"] <= PDF_MISS_SECONDS_MAX,
    }


def import_target(result: dict[str, Any]) -> dict[str, Any]:
    """100,000 indicator values imported in under 30 s."""
    seconds = result["seconds"]
    return {
        "target": f"{result['rows']:,} indicator values imported < 30 s",
        "value": seconds,
        "limit": IMPORT_SECONDS_MAX,
        "holds": seconds < IMPORT_SECONDS_MAX,
    }


def targets(
    rows: list[dict[str, Any]], pdf: dict[str, Any], imported: dict[str, Any]
) -> list[dict[str, Any]]:
    """Every target with its measured value and whether it holds."""
    public = ("page", "api")
    return [
        ratio_target(
            rows,
            public,
            "median_ms",
            MEDIAN_VS_STANDARD_MAX,
            "uncached median of every public page and API list <= 2 x StandardPage median",
        ),
        ratio_target(
            rows,
            public,
            "p99_ms",
            P99_VS_STANDARD_MAX,
            "uncached p99 of every public page and API list <= 4 x StandardPage median",
        ),
        {
            **ratio_target(
                rows,
                ("admin",),
                "median_ms",
                ADMIN_VS_STANDARD_MAX,
                "uncached median of the admin screens <= 3 x StandardPage median",
            ),
            "reference": ratio_target(
                rows, ("admin-reference",), "median_ms", ADMIN_VS_STANDARD_MAX, "reference"
            )["value"],
            "against_reference": against_reference(rows),
        },
        cache_target(rows),
        pdf_target(pdf),
        query_target(rows, "page", PAGE_QUERIES_MAX),
        query_target(rows, "api", API_QUERIES_MAX),
        import_target(imported),
    ]


def target_lines(targets: list[dict[str, Any]]) -> str:
    """One line per target: its value and whether it holds."""
    lines = []
    for target in targets:
        verdict = "holds" if target["holds"] else "FAILS"
        value = target["value"]
        line = f"- {target['target']}: {'n/a' if value is None else f'{value:.2f}'}"
        line += f" (limit {target['limit']}): {verdict}"
        if target.get("worst"):
            line += f"; worst: {target['worst']}"
        if target.get("failing"):
            line += f"; over the limit: {', '.join(target['failing'])}"
        if target.get("reference") is not None:
            line += f"; Wagtail's plainest edit form (reference): {target['reference']:.2f}"
        if target.get("against_reference"):
            screens = ", ".join(
                f"{name} {ratio:.2f}" for name, ratio in target["against_reference"].items()
            )
            line += f"; each against the reference: {screens}"
        if target.get("not_cached"):
            line += f"; not served from the cache: {', '.join(target['not_cached'])}"
        lines.append(line)
    return "\n".join(lines)


def scale_line(scale: dict[str, Any]) -> str:
    """What was measured: the data counts and where the database came from."""
    counts = ", ".join(
        f"{value:,} {name.replace('_', ' ')}" for name, value in scale["counts"].items()
    )
    ran = scale["generate_scale"]
    if ran.get("ran"):
        origin = f"built now, generate_scale {ran['seconds']} s"
    elif scale["source"] == "template":
        label = scale["template"]
        origin = (
            f"copied from the template built {label.get('built_at')} "
            f"(generate_scale {label.get('generate_scale_seconds')} s)"
        )
    else:
        origin = f"database {scale['source']}"
    return f"Data: {counts}; {origin}; database ready in {scale['seconds']} s."


def write_results(results: dict[str, Any], stamp: str) -> Path:
    """Write bench/results/<stamp>.json and return its path. The newest run is the last file by
    name (stamps are UTC times), so no separate copy of it is kept."""
    RESULTS_DIR.mkdir(exist_ok=True)
    text = json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    path = RESULTS_DIR / f"{stamp}.json"
    path.write_text(text, encoding="utf-8")
    return path
