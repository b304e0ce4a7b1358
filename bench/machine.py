"""Facts about the machine and the software a bench run measured (import after django.setup())."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib.metadata import version
from pathlib import Path
from typing import Any

import redis

from django.db import connection


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo."""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def memory_gib() -> float:
    """Total RAM in GiB from /proc/meminfo."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024**2, 1)
    return 0.0


def command_version(*command: str) -> str:
    """The first line a tool prints about its version (nginx and wrk print to stderr)."""
    completed = subprocess.run(  # noqa: S603 - fixed commands of this module
        command, capture_output=True, text=True, check=False
    )
    lines = (completed.stdout + completed.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown"


def postgresql_version() -> str:
    """The bench database server's version."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def redis_version() -> str:
    """The Redis server's version."""
    return redis.Redis.from_url(os.environ["REDIS_URL"]).info("server")["redis_version"]


def machine_facts() -> dict[str, Any]:
    """Cores, RAM, CPU, load and the versions of everything in the stack."""
    return {
        "cores": os.cpu_count(),
        "ram_gib": memory_gib(),
        "cpu": cpu_model(),
        "load_average_before": [round(value, 2) for value in os.getloadavg()],
        "kernel": platform.release(),
        "python": platform.python_version(),
        "django": version("django"),
        "wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "postgresql": postgresql_version(),
        "redis": redis_version(),
        "nginx": command_version("nginx", "-v"),
        "wrk": command_version("wrk", "-v"),
    }
