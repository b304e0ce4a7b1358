"""Timing the importer: 100,000 indicator values in one CSV file through
`manage.py import_monitoring` (import after django.setup()).

The file is plans.exchange's `gosterge_degerleri` table with its required columns only: every
source-language indicator in each disaggregation it is reported in, on consecutive days going
back from the period's end, until the row count is reached (each indicator + date +
disaggregation once, as the importer demands).
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench import stack
from indicators.models import IndicatorPage
from plans.exchange import INDICATOR_VALUES
from plans.models import MonitoringPeriod, PlanPage
from portal.locales import default_locale

ROW_COUNT = 100_000


def indicator_series() -> list[tuple[str, str]]:
    """(code, disaggregation) of every source-language indicator whose code is unique."""
    indicators = list(IndicatorPage.objects.filter(locale=default_locale()).order_by("path"))
    codes = [indicator.code.casefold() for indicator in indicators]
    return [
        (indicator.code, kind.value)
        for indicator in indicators
        if codes.count(indicator.code.casefold()) == 1
        for kind in indicator.disaggregations
    ]


def value_rows(plan: PlanPage, period: MonitoringPeriod, count: int) -> Iterator[list[Any]]:
    """`count` rows of the indicator values table for the plan and period."""
    series = indicator_series()
    if not series:
        raise SystemExit("No indicator to import values for.")
    municipality = plan.get_parent().slug
    for number in range(count):
        code, kind = series[number % len(series)]
        day = period.end_date - timedelta(days=number // len(series))
        value = f"{(number * 37) % 10000 / 100:.2f}"
        yield [municipality, plan.slug, period.pk, code, day.isoformat(), kind, value, ""]


def write_csv(path: Path, plan: PlanPage, period: MonitoringPeriod, count: int) -> None:
    """The CSV file (UTF-8 with BOM, like the portal's exports)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(INDICATOR_VALUES.required)
        writer.writerows(value_rows(plan, period, count))


def measure_import(work_dir: Path, plan: PlanPage, count: int = ROW_COUNT) -> dict[str, Any]:
    """Write the file, run import_monitoring on it and time the command (start-up included)."""
    period = MonitoringPeriod.objects.filter(locale=default_locale()).order_by("-end_date").first()
    if period is None:
        raise SystemExit("No monitoring period to import into.")
    path = work_dir / "gosterge_degerleri_100k.csv"
    write_csv(path, plan, period, count)
    plan_spec = f"{plan.get_parent().slug}/{plan.slug}"
    started = time.monotonic()
    arguments = ["--plan", plan_spec, "--period", str(period.pk)]
    output = stack.manage("import_monitoring", str(path), *arguments)
    seconds = time.monotonic() - started
    return {
        "rows": count,
        "file_bytes": path.stat().st_size,
        "plan": plan_spec,
        "period": period.pk,
        "seconds": round(seconds, 2),
        "output": output.strip()[-500:],
    }
