"""The bench's production stack: its environment (deploy/env.sh with the bench's own database,
Redis database and ports) and the deploy/ scripts that prepare, start and stop it."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parent.parent
DEPLOY_DIR = ROOT_DIR / "deploy"
PYTHON = ROOT_DIR / ".venv" / "bin" / "python"

#: What the bench changes in deploy/env.sh's defaults: never the serve-prod stack's database,
#: Redis database or ports.
BENCH_DEFAULTS = {
    "STACK_NAME": "bench",
    "HTTP_PORT": "8090",
    "APP_PORT": "8091",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/yeep_bench",
    "REDIS_URL": "redis://127.0.0.1:6379/2",
    "CACHE_KEY_PREFIX": "yeep-bench",
    # Millions of requests from one address: the API throttle must not answer 429. A one-second
    # window keeps DRF's per-client history (read and written on every request) as short as a
    # real visitor's.
    "API_THROTTLE_RATE": "1000000/s",
    # wrk sends hundreds of thousands of requests; logging each would measure the disk.
    "ACCESS_LOG": "off",
}

#: The stack's settings plus the demo app, for its data commands (generate_scale); the stack is
#: served without it.
DEMO_SETTINGS = "portal.settings.production_demo"

#: Only these databases may be dropped and recreated by the bench.
DROPPABLE_PREFIX = "yeep_bench"


def bench_environment() -> dict[str, str]:
    """The environment of the bench's stack: deploy/env.sh evaluated over BENCH_DEFAULTS (a
    variable already set in the caller's environment wins, e.g. BENCH_HTTP_PORT → HTTP_PORT)."""
    base = dict(os.environ)
    for name, value in BENCH_DEFAULTS.items():
        base[name] = os.environ.get(f"BENCH_{name}", value)
    output = subprocess.run(  # noqa: S603 - our own script
        ["bash", "-c", f'source "{DEPLOY_DIR}/env.sh" && env -0'],  # noqa: S607 - bash from PATH
        env=base,
        check=True,
        capture_output=True,
    ).stdout
    pairs = (item.split(b"=", 1) for item in output.split(b"\0") if b"=" in item)
    return {key.decode(): value.decode() for key, value in pairs}


def run_script(name: str, *args: str) -> None:
    """Run deploy/<name> with the current environment; raise on failure."""
    command = ["bash", str(DEPLOY_DIR / name), *args]
    subprocess.run(command, check=True, cwd=ROOT_DIR)  # noqa: S603, S607 - our own script


def manage(*args: str, settings: str | None = None) -> str:
    """Run manage.py with the current environment (its settings module replaced by `settings`, if
    given), minus the front-cache purge (the bench runs commands while nginx is down; it starts
    with an empty cache). Its output is shown as it comes and returned."""
    lines = []
    env = {**os.environ, "FRONTEND_CACHE_URL": ""}
    if settings:
        env["DJANGO_SETTINGS_MODULE"] = settings
    with subprocess.Popen(  # noqa: S603 - our own interpreter and code
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None  # noqa: S101 - stdout=PIPE
        for line in process.stdout:
            print(f"    {line}", end="", flush=True)
            lines.append(line)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, ["manage.py", *args])
    return "".join(lines)


def psql(sql: str) -> str:
    """Run one SQL statement on the server's maintenance database; its unaligned output."""
    completed = subprocess.run(  # noqa: S603 - SQL of this module
        ["psql", os.environ["MAINTENANCE_DATABASE_URL"], "-Atqc", sql],  # noqa: S607 - from PATH
        check=True,
        capture_output=True,
        text=True,
    )
    return completed.stdout.strip()


def database_name() -> str:
    """The bench database's name (DATABASE_URL), checked to be a plain identifier."""
    name = os.environ["DATABASE_NAME"]
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"Unexpected database name in DATABASE_URL: {name!r}")
    return name


def check_droppable(name: str) -> None:
    """Refuse to drop any database not named yeep_bench…"""
    if not name.startswith(DROPPABLE_PREFIX):
        raise SystemExit(f"Refusing to drop database {name!r}: not a {DROPPABLE_PREFIX} database.")


def recreate_database() -> None:
    """Drop and create the bench database."""
    name = database_name()
    check_droppable(name)
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    psql(f'CREATE DATABASE "{name}"')


def database_exists() -> bool:
    """Whether the bench database exists."""
    sql = f"SELECT 1 FROM pg_database WHERE datname = '{database_name()}'"  # noqa: S608
    return psql(sql) == "1"


@contextmanager
def running() -> Iterator[None]:
    """gunicorn and nginx of the bench stack, stopped on leaving, also on errors and Ctrl-C."""
    run_script("stack.sh", "stop")  # what a killed earlier run may have left
    try:
        run_script("stack.sh", "start")
        yield
    finally:
        run_script("stack.sh", "stop")
