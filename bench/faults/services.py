"""The fault runs' own services: a PostgreSQL cluster (.run/faults/pg, port 5440), a Redis
server (port 6390, no persistence) and the stack of deploy/stack.sh (nginx 8095, gunicorn 8096).

The cluster is created on first use with the demo site (deploy/prepare-db.sh; minutes) and kept
between runs, stopped; each run starts it, and stops everything it started when it ends, also on
errors, timeouts and Ctrl-C. Every command has a timeout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parent.parent.parent
DEPLOY_DIR = ROOT_DIR / "deploy"
PYTHON = ROOT_DIR / ".venv" / "bin" / "python"
FAULTS_DIR = ROOT_DIR / ".run" / "faults"
PG_DATA = FAULTS_DIR / "pg"
PG_PORT = int(os.environ.get("FAULTS_PG_PORT", "5440"))
REDIS_PORT = int(os.environ.get("FAULTS_REDIS_PORT", "6390"))
HTTP_PORT = int(os.environ.get("FAULTS_HTTP_PORT", "8095"))
APP_PORT = int(os.environ.get("FAULTS_APP_PORT", "8096"))
DATABASE = "yeep_faults"


def pg_bin(name: str) -> str:
    """A PostgreSQL server program (initdb, pg_ctl) of the newest installed version."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        raise SystemExit("PostgreSQL server programs not found under /usr/lib/postgresql/")
    return str(versions[-1] / name)


#: deploy/env.sh's inputs for the fault stack; a scenario adds its own (FRONT_CACHE_SECONDS).
FAULT_ENV = {
    "STACK_NAME": "faults",
    "HTTP_PORT": str(HTTP_PORT),
    "APP_PORT": str(APP_PORT),
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/{DATABASE}",
    "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
    "CACHE_KEY_PREFIX": "yeep-faults",
    "MEDIA_ROOT": str(FAULTS_DIR / "media"),
    # One client sends all the load: the API's per-address throttle must not answer 429.
    "API_THROTTLE_RATE": "1000000/s",
    # Kept connections: the PostgreSQL restart must be survived by them too (health checks).
    "DATABASE_CONN_MAX_AGE": "60",
    "YEEP_REQUIRE_2FA": "false",
    "LOG_LEVEL": "WARNING",
}


def run(command: list[str], timeout: float = 60, **kwargs: object) -> subprocess.CompletedProcess:
    """Run a command with a timeout; raise on failure."""
    return subprocess.run(command, check=True, timeout=timeout, cwd=ROOT_DIR, **kwargs)  # noqa: S603


def as_postgres(command: list[str]) -> list[str]:
    """The command run as the postgres user when we are root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def environment(**overrides: str) -> dict[str, str]:
    """deploy/env.sh evaluated over FAULT_ENV and the overrides, as a dict."""
    base = {**os.environ, **FAULT_ENV, **overrides}
    output = run(
        ["bash", "-c", f'source "{DEPLOY_DIR}/env.sh" && env -0'],  # noqa: S607
        env=base,
        capture_output=True,
    ).stdout
    pairs = (item.split(b"=", 1) for item in output.split(b"\0") if b"=" in item)
    return {key.decode(): value.decode() for key, value in pairs}


def pg_ready() -> bool:
    """Whether the fault cluster accepts connections."""
    command = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(PG_PORT)]  # noqa: S607
    return subprocess.run(command, timeout=10, check=False).returncode == 0  # noqa: S603


def pg_ctl(action: str, *options: str) -> None:
    """pg_ctl start|stop|restart on the fault cluster, waiting up to 60 s."""
    server_options = f"-p {PG_PORT} -k /tmp -c listen_addresses=127.0.0.1"
    command = [pg_bin("pg_ctl"), "-D", str(PG_DATA), "-w", "-t", "60", action, *options]
    if action in ("start", "restart"):
        command += ["-l", str(PG_DATA / "server.log"), "-o", server_options]
    run(as_postgres(command), timeout=90, stdout=subprocess.DEVNULL)


def init_cluster() -> bool:
    """Create the cluster when missing; whether it was created."""
    if (PG_DATA / "PG_VERSION").exists():
        return False
    FAULTS_DIR.mkdir(parents=True, exist_ok=True)
    PG_DATA.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(PG_DATA, "postgres", "postgres")
    initdb = [pg_bin("initdb"), "-D", str(PG_DATA), "--auth=trust", "--username=postgres"]
    run(as_postgres([*initdb, "--encoding=UTF8", "--locale=C.UTF-8"]), stdout=subprocess.DEVNULL)
    return True


@contextmanager
def postgres() -> Iterator[None]:
    """The fault cluster, running; stopped on leaving if this started it."""
    created = init_cluster()
    started = False
    if not pg_ready():
        pg_ctl("start")
        started = True
    try:
        if created:
            print("  new PostgreSQL cluster: building the demo site (a few minutes, once)")
        yield
    finally:
        if started:
            pg_ctl("stop", "-m", "fast")


def redis_cli(*args: str) -> str:
    """redis-cli against the fault Redis; its output ('' when it does not answer)."""
    command = ["redis-cli", "-h", "127.0.0.1", "-p", str(REDIS_PORT), *args]  # noqa: S607
    result = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)  # noqa: S603
    return result.stdout.strip()


def redis_start() -> None:
    """Start the fault Redis (no snapshots, no append-only file) and wait until it answers."""
    run(
        [  # noqa: S607
            "redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--save", "",
            "--appendonly", "no", "--daemonize", "yes", "--dir", str(FAULTS_DIR),
            "--pidfile", str(FAULTS_DIR / "redis.pid"), "--logfile", str(FAULTS_DIR / "redis.log"),
        ]
    )  # fmt: skip
    wait_until(lambda: redis_cli("ping") == "PONG", 10, "Redis did not start")


def redis_stop() -> None:
    """Stop the fault Redis (no save) and wait until it is gone."""
    redis_cli("shutdown", "nosave")
    wait_until(lambda: redis_cli("ping") != "PONG", 10, "Redis did not stop")


@contextmanager
def redis() -> Iterator[None]:
    """The fault Redis, running and empty; stopped on leaving."""
    if redis_cli("ping") != "PONG":
        redis_start()
    redis_cli("flushall")
    try:
        yield
    finally:
        redis_stop()


def wait_until(condition: object, seconds: float, message: str) -> float:
    """Poll condition() every 0.2 s; the seconds it took, or SystemExit after `seconds`."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():  # type: ignore[operator]
            return time.monotonic() - start
        time.sleep(0.2)
    raise SystemExit(message)


def database_exists(env: dict[str, str]) -> bool:
    """Whether the fault database exists in the fault cluster."""
    sql = f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'"  # noqa: S608
    out = run(
        ["psql", env["MAINTENANCE_DATABASE_URL"], "-Atqc", sql],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout
    return out.strip() == "1"


def prepare_database(env: dict[str, str]) -> None:
    """The demo site in the fault database: built once (minutes), then migrated and pointed at
    this stack's address (seconds)."""
    first = not database_exists(env)
    args = [] if first else ["--no-demo"]
    run(["bash", str(DEPLOY_DIR / "prepare-db.sh"), *args], timeout=1800, env=env)  # noqa: S607


def stack(action: str, env: dict[str, str]) -> None:
    """deploy/stack.sh start|stop for the fault stack."""
    run(["bash", str(DEPLOY_DIR / "stack.sh"), action], timeout=180, env=env)  # noqa: S607


@contextmanager
def fault_stack(**overrides: str) -> Iterator[dict[str, str]]:
    """PostgreSQL, Redis, the database, gunicorn and nginx of the fault stack; its environment.
    Everything started here is stopped on leaving."""
    env = environment(**overrides)
    with ExitStack() as stack_guard:
        stack_guard.enter_context(postgres())
        stack_guard.enter_context(redis())
        prepare_database(env)
        stack("stop", env)  # what a killed earlier run may have left
        logs = Path(env["RUN_DIR"]) / "logs"
        for log in logs.glob("*.log"):  # this run's lines only
            log.write_text("")
        stack_guard.callback(stack, "stop", env)
        stack("start", env)
        yield env


def manage(env: dict[str, str], *args: str, timeout: float = 120) -> str:
    """manage.py with the stack's environment; its standard output."""
    return run(
        [str(PYTHON), "manage.py", *args], timeout=timeout, env=env, capture_output=True, text=True
    ).stdout
