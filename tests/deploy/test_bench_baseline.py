"""`make bench`'s baseline: the StandardPage is measured several times across a run and every
ratio is read against the run with the median latency (bench/run.py, BASELINE_EVERY)."""

from __future__ import annotations

from typing import Any

from bench.load import median_latency_run
from bench.report import against_reference, baseline_line, markdown_table, target_lines, targets
from bench.run import use_median_baseline


def uncached(median_ms: float | None) -> dict[str, Any]:
    """A result of bench.load.measure_uncached with that median latency."""
    return {
        "requests": 0 if median_ms is None else 100,
        "requests_per_second": 10.0,
        "median_ms": median_ms,
        "p99_ms": None,
        "errors": 0,
    }


def row(name: str, median_ms: float) -> dict[str, Any]:
    """A measured URL's row as bench.run.measure_urls writes it (without the front cache)."""
    return {
        "name": name,
        "path": f"/{name}/",
        "status": 200,
        "queries": {"warm": 9, "seconds": 0.05},
        "uncached": uncached(median_ms),
        "front": None,
    }


def test_the_run_with_the_median_latency_is_the_baseline() -> None:
    runs = [uncached(123.5), uncached(84.0), uncached(90.2)]
    assert median_latency_run(runs)["median_ms"] == 90.2
    # A run in which no request finished counts as the slowest, never as the fastest.
    assert median_latency_run([uncached(None), uncached(84.0), uncached(90.2)])["median_ms"] == 90.2


def test_the_standard_row_and_the_ratios_use_the_median_run() -> None:
    rows = [row("search", 180.0), row("standard", 123.5)]
    use_median_baseline(rows, [uncached(84.0), uncached(123.5), uncached(90.0)])

    assert rows[1]["uncached"]["median_ms"] == 90.0
    assert [run["median_ms"] for run in rows[1]["baseline_runs"]] == [84.0, 123.5, 90.0]
    assert "| 2.00× |" in markdown_table(rows)  # 180 / 90, not 180 / 123.5
    assert baseline_line(rows) == (
        "StandardPage baseline: the median of 3 runs across the run (84.0, 123.5, 90.0 ms)."
    )


def test_admin_screens_are_also_read_against_wagtails_plainest_edit_form() -> None:
    """bench.report.against_reference: printed beside the admin target, not a target itself."""
    rows = [
        {**row("standard", 100.0), "kind": "page"},
        {**row("admin/dashboard", 380.0), "kind": "admin"},
        {**row("admin/explorer", 1140.0), "kind": "admin"},
        {**row("admin/standard-edit", 400.0), "kind": "admin-reference"},
    ]
    assert against_reference(rows) == {"admin/dashboard": 0.95, "admin/explorer": 2.85}
    admin = next(
        t
        for t in targets(rows, PDF, IMPORTED)
        if t["target"].startswith("uncached median of the admin")
    )
    assert admin["value"] == 11.4 and not admin["holds"]
    assert "each against the reference: admin/dashboard 0.95, admin/explorer 2.85" in (
        target_lines([admin])
    )
    assert against_reference([r for r in rows if r["kind"] != "admin-reference"]) == {}


#: A report PDF and an import as bench.run passes them to bench.report.targets.
PDF = {
    "miss": {"seconds": 1.5, "status": 200, "cache_status": "MISS"},
    "hit": {"seconds": 0.001, "status": 200, "cache_status": "HIT"},
}
IMPORTED = {"rows": 100_000, "seconds": 16.0}
