"""`python -m bench.faults [load|redis|postgres|purge|backup|all]` (make faults, make fault-…):
run fault scenarios against their own stack and print what each saw and a summary."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from types import FrameType

from bench.faults import backup_check, scenarios, services

#: name -> (what it does, extra environment, seconds it may take in all, function)
SCENARIOS: dict[str, tuple[str, dict[str, str], int, Callable[[dict[str, str]], list[str]]]] = {
    "load": ("64 connections for 60 s, a publish at 20 s", {}, 600, scenarios.load_scenario),
    "redis": ("Redis stopped for 20 s under load", {}, 600, scenarios.redis_scenario),
    "postgres": ("PostgreSQL down for 5 s under load", {}, 600, scenarios.postgres_scenario),
    "purge": (
        "purges failing while publishing",
        {"FRONT_CACHE_SECONDS": "20"},
        600,
        scenarios.purge_scenario,
    ),
    "backup": ("backup, restore into a new database, compare", {}, 900, backup_check.run),
}


class Timeout(Exception):
    """The scenario ran longer than its bound."""


def on_alarm(signum: int, frame: FrameType | None) -> None:
    raise Timeout


def run(name: str) -> tuple[bool, str]:
    """Run one scenario on a fresh fault stack; whether it held, and a one-line result."""
    description, extra, bound, function = SCENARIOS[name]
    print(f"\n== {name}: {description} (at most {bound} s) ==", flush=True)
    started = time.monotonic()
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(bound)
    try:
        with services.fault_stack(**extra) as env:
            failures = function(env)
    except Timeout:
        failures = [f"did not finish within {bound} s"]
    except (subprocess.SubprocessError, OSError, SystemExit) as error:
        failures = [f"could not run: {error}"]
    finally:
        signal.alarm(0)
    took = time.monotonic() - started
    load = open("/proc/loadavg").read().split()[:3]  # noqa: SIM115, PTH123
    verdict = "holds" if not failures else "FAILS: " + "; ".join(failures)
    line = f"{name}: {verdict} ({took:.0f} s; load average {' '.join(load)})"
    print(f"  => {line}", flush=True)
    return not failures, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", nargs="?", default="all", choices=[*SCENARIOS, "all"])
    name = parser.parse_args().scenario
    names = list(SCENARIOS) if name == "all" else [name]
    print(f"Fault runs: {', '.join(names)}; own PostgreSQL :{services.PG_PORT}, "
          f"Redis :{services.REDIS_PORT}, nginx :{services.HTTP_PORT}, "
          f"gunicorn :{services.APP_PORT}")  # fmt: skip
    outcomes = [run(each) for each in names]
    print("\nSummary")
    for _ok, line in outcomes:
        print(f"  {line}")
    sys.exit(0 if all(ok for ok, _line in outcomes) else 1)


if __name__ == "__main__":
    main()
