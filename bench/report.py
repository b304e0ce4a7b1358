"""The bench's report: one markdown table, the targets and the JSON files in bench/results/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"

#: The project's targets (README.md, "Production stack and benchmarks").
CACHED_VS_STATIC_MIN = 0.8
MUNICIPALITY_VS_STANDARD_MAX = 3.0
IMPORT_SECONDS_MAX = 30.0

#: Rows that are HTML pages (the API rows are measured but not part of the page target).
PAGE_NAMES = (
    "home",
    "municipality",
    "plan",
    "action",
    "indicator",
    "comparison",
    "search",
    "standard",
)

COLUMNS = (
    "page",
    "path",
    "status",
    "queries",
    "one request ms",
    "uncached median ms",
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


def table_row(row: dict[str, Any]) -> list[str]:
    """The table cells of one measured URL."""
    uncached, front = row["uncached"], row["front"]
    failed = uncached["errors"] + front["cached"]["errors"]
    status = f"{row['status']}" + (f" ({failed} failed)" if failed else "")
    return [
        row["name"],
        f"`{row['path']}`",
        status,
        f"{row['queries']['warm']}",
        number(row["queries"]["seconds"] * 1000, 0),
        number(uncached["median_ms"], 1),
        number(uncached["p99_ms"], 1),
        rate(uncached["requests_per_second"]),
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
    lines += ["| " + " | ".join(table_row(row)) + " |" for row in rows]
    return "\n".join(lines)


def cache_target(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Front-cached pages reach ≥ 80 % of nginx's static throughput (a page not served from the
    cache fails the target)."""
    pages = [row for row in rows if row["name"] in PAGE_NAMES]
    not_cached = [row["name"] for row in pages if row["front"]["cache_status"] != "HIT"]
    ratios = [row["front"]["cached_vs_static"] for row in pages if row["name"] not in not_cached]
    lowest = min(ratios) if ratios else None
    return {
        "target": "front-cached pages >= 80 % of nginx static throughput",
        "value": lowest,
        "limit": CACHED_VS_STATIC_MIN,
        "not_cached": not_cached,
        "holds": not not_cached and lowest is not None and lowest >= CACHED_VS_STATIC_MIN,
    }


def latency_target(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Uncached municipality median ≤ 3 × the StandardPage median."""
    median = {row["name"]: row["uncached"]["median_ms"] for row in rows}
    measured = median["municipality"] is not None and median["standard"]
    ratio = round(median["municipality"] / median["standard"], 2) if measured else None
    return {
        "target": "uncached municipality median <= 3 x StandardPage median",
        "value": ratio,
        "limit": MUNICIPALITY_VS_STANDARD_MAX,
        "holds": ratio is not None and ratio <= MUNICIPALITY_VS_STANDARD_MAX,
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


def targets(rows: list[dict[str, Any]], imported: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target with its measured value and whether it holds."""
    return [cache_target(rows), latency_target(rows), import_target(imported)]


def target_lines(targets: list[dict[str, Any]]) -> str:
    """One line per target: its value and whether it holds."""
    lines = []
    for target in targets:
        verdict = "holds" if target["holds"] else "FAILS"
        value = target["value"]
        line = f"- {target['target']}: {'n/a' if value is None else f'{value:.2f}'}"
        line += f" (limit {target['limit']}): {verdict}"
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
