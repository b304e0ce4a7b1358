"""`make bench`: measure the production stack at national scale, in one command.

    .venv/bin/python -m bench.run [--municipalities 1389] [--actions 40] [--indicators 20]
                                  [--years 10] [--seed S] [--reuse | --rebuild] [--seconds 5]

1. database yeep_bench, dropped and recreated: built (migrate, collectstatic, setup_demo by
   deploy/prepare-db.sh, then `manage.py generate_scale`) and saved as a template, or copied from
   that template while what built it is unchanged (bench.database); --reuse keeps it as it is;
2. the stack of `make serve-prod` (deploy/stack.sh) on ports 8090 (nginx) and 8091 (gunicorn);
3. per URL (public pages, every /api/v1/ list, admin screens with a logged-in session): SQL
   queries (test client, this process), uncached latency and throughput (wrk on gunicorn),
   throughput through nginx's warm front cache and of the same bytes as a static file (not for
   admin screens); the StandardPage's uncached run, the baseline of every ratio, also before
   every tenth URL and at the end (its row shows the median run); the generated report PDF on a
   cache miss and hit;
4. 100,000 indicator values through `manage.py import_monitoring`;
5. one markdown table, the targets, bench/results/<UTC time>.json (the newest
   run is the last file by name).
gunicorn and nginx are stopped at the end, also on errors and Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import database, stack
from bench.database import ScaleSizes
from bench.load import WrkSettings, median_latency_run
from bench.report import STANDARD


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line; sizes default to generate_scale's national scale."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--municipalities", type=int, default=1389)
    parser.add_argument("--actions", type=int, default=40)
    parser.add_argument("--indicators", type=int, default=20)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=None)
    fresh = parser.add_mutually_exclusive_group()
    fresh.add_argument(
        "--reuse", action="store_true", help="measure yeep_bench as the last run left it"
    )
    fresh.add_argument(
        "--rebuild", action="store_true", help="build the database anew, not from the template"
    )
    parser.add_argument("--seconds", type=int, default=5, help="wrk run length per URL and mode")
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated target names (home,indicator,api/plans…) to measure only those, "
        "with the StandardPage baseline; for trying a change, not for the README's table",
    )
    return parser.parse_args(argv)


def setup_django() -> None:
    """Django in this process, on the bench database with production settings."""
    import django

    sys.path.insert(0, str(stack.ROOT_DIR))
    django.setup()


def data_counts() -> dict[str, int]:
    """How much data the measured site holds."""
    from indicators.models import IndicatorPage
    from plans.models import ActionPage, IndicatorValue, MunicipalityPage, PlanPage

    models = {
        "municipalities": MunicipalityPage,
        "plans": PlanPage,
        "actions": ActionPage,
        "indicators": IndicatorPage,
        "indicator_values": IndicatorValue,
    }
    return {name: model.objects.count() for name, model in models.items()}


def measure_urls(
    settings: WrkSettings, only: set[str]
) -> tuple[list[dict[str, Any]], dict[str, Any], Any]:
    """Query counts, then wrk runs on the running stack, then the report PDF's miss and hit;
    the rows, the PDF's times and the plan measured."""
    from django.core.cache import cache

    from bench import load, queries, targets

    cache.clear()  # the bench's own Redis database: no entry of an earlier run
    picked = targets.pick_targets()
    if only:
        picked = [target for target in picked if target.name in only | {"standard"}]
    host = f"127.0.0.1:{os.environ['HTTP_PORT']}"
    counts = {target.name: queries.count_queries(target, host) for target in picked}
    app_port, http_port = int(os.environ["APP_PORT"]), int(os.environ["HTTP_PORT"])
    static_dir = Path(os.environ["RUN_DIR"]) / "bench-static"
    cookies = {user: queries.session_cookie(user) for user in {t.user for t in picked if t.user}}
    standard = next(target for target in picked if target.name == STANDARD)
    baseline_runs: list[dict[str, Any]] = []

    def measure_baseline() -> None:
        baseline_runs.append(
            load.measure_uncached(standard, app_port, settings, counts[STANDARD].seconds)
        )

    rows = []
    with stack.running():
        for index, target in enumerate(picked):
            if index % BASELINE_EVERY == 0:
                measure_baseline()
            print(f"  {target.name:<22} {target.path}", flush=True)
            count = counts[target.name]
            cookie = cookies.get(target.user, "")
            uncached = load.measure_uncached(target, app_port, settings, count.seconds, cookie)
            if target.name == STANDARD:
                baseline_runs.append(uncached)
            rows.append(
                {
                    "name": target.name,
                    "kind": target.kind,
                    "path": target.path,
                    "note": target.note,
                    "status": count.status,
                    "queries": asdict(count),
                    "uncached": uncached,
                    "front": load.measure_cached(target, http_port, static_dir, settings)
                    if target.cached
                    else None,
                }
            )
        measure_baseline()
        pdf = load.measure_miss_and_hit(targets.report_pdf_path(), http_port)
    use_median_baseline(rows, baseline_runs)
    return rows, pdf, targets.pick_municipality()[1]


#: The StandardPage, the baseline of every latency ratio, is measured again before every this
#: many targets and at the end: one 5-second sample made every ratio of a run hostage to it (the
#: same machine measured it at 84 and 123 ms within 20 minutes).
BASELINE_EVERY = 10


def use_median_baseline(rows: list[dict[str, Any]], baseline_runs: list[dict[str, Any]]) -> None:
    """Give the StandardPage's row the run with the median latency of all its runs as its
    uncached result, and every run's median and p99 as `baseline_runs`."""
    row = next(row for row in rows if row["name"] == STANDARD)
    row["uncached"] = median_latency_run(baseline_runs)
    row["baseline_runs"] = [
        {"median_ms": run["median_ms"], "p99_ms": run["p99_ms"]} for run in baseline_runs
    ]


def stack_facts(settings: WrkSettings) -> dict[str, Any]:
    """How the stack was measured."""
    workers = os.environ.get("GUNICORN_WORKERS") or 2 * (os.cpu_count() or 1) + 1
    return {
        "wrk": settings.describe(),
        "gunicorn_workers": int(workers),
        "uncached": f"wrk on gunicorn 127.0.0.1:{os.environ['APP_PORT']}",
        "cached": f"wrk through nginx 127.0.0.1:{os.environ['HTTP_PORT']} (front cache)",
    }


def main(argv: list[str] | None = None) -> int:
    """Run the whole bench; 0 when it ran (targets that fail are reported, not an error)."""
    args = parse_args(argv)
    started_at, clock = datetime.now(UTC), time.monotonic()
    os.environ.update(stack.bench_environment())
    stack.run_script("ensure-tools.sh", "--bench")
    sizes = ScaleSizes(args.municipalities, args.actions, args.indicators, args.years, args.seed)
    print(f"== database {os.environ['DATABASE_NAME']}", flush=True)
    prepared = database.prepare(sizes, reuse=args.reuse, rebuild=args.rebuild)
    setup_django()
    from bench import importer, machine, report

    facts = machine.machine_facts()
    settings = WrkSettings(seconds=args.seconds)
    print(f"== URLs (wrk {settings.describe()})", flush=True)
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    rows, pdf, plan = measure_urls(settings, only)
    print("== import of 100,000 indicator values", flush=True)
    imported = importer.measure_import(Path(os.environ["RUN_DIR"]), plan)
    results = {
        "started_at": started_at.isoformat(timespec="seconds"),
        "duration_seconds": round(time.monotonic() - clock, 1),
        "machine": {**facts, "load_average_after": [round(v, 2) for v in os.getloadavg()]},
        "scale": {**prepared, "sizes": asdict(sizes), "counts": data_counts()},
        "stack": stack_facts(settings),
        "urls": rows,
        "report_pdf": pdf,
        "import": imported,
        "targets": report.targets(rows, pdf, imported),
    }
    path = report.write_results(results, started_at.strftime("%Y%m%dT%H%M%SZ"))
    print(f"\n{report.markdown_table(rows)}\n\n{report.baseline_line(rows)}")
    print(report.target_lines(results["targets"]))
    print(report.scale_line(results["scale"]))
    print(f"\nResults: {path.relative_to(stack.ROOT_DIR)}; ", end="")
    print(f"{results['duration_seconds']:.0f} s in all.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
