"""The bench database: a fresh yeep_bench with the demo site and the national-scale data of
`manage.py generate_scale`.

Building it takes most of a bench run (setup_demo alone takes minutes), so the first run also
saves it as the template database yeep_bench_template, labelled with a fingerprint of what made
it: the generate_scale options, the installed packages and the code that writes the data
(migrations, the demo app with its synthetic data, the guide's text). Later runs drop yeep_bench
and copy it from the template in seconds while the fingerprint matches; --rebuild builds it anew.
Either way every run measures an untouched database.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import distributions
from typing import Any

from bench import stack

GENERATE_SCALE = stack.ROOT_DIR / "demo" / "management" / "commands" / "generate_scale.py"
TEMPLATE = "yeep_bench_template"

#: Files whose content decides what the bench database holds (globs under the project root).
#: Models are left out: their methods change often and what they store only with a migration.
DATA_CODE = (
    "*/migrations/*.py",
    "demo/**/*.py",
    "guide/content/*.py",
    "portal/bilingual.py",
)


@dataclass(frozen=True)
class ScaleSizes:
    """The arguments of generate_scale."""

    municipalities: int
    actions: int
    indicators: int
    years: int
    seed: int | None = None

    def arguments(self) -> list[str]:
        """generate_scale's command-line options (its own default seed unless one is given)."""
        options = [
            f"--municipalities={self.municipalities}",
            f"--actions={self.actions}",
            f"--indicators={self.indicators}",
            f"--years={self.years}",
        ]
        return [*options, f"--seed={self.seed}"] if self.seed is not None else options


def fingerprint(sizes: ScaleSizes) -> str:
    """A hash of everything that decides the bench database's content."""
    digest = hashlib.sha256(" ".join(sizes.arguments()).encode())
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in distributions())
    digest.update("\n".join(packages).encode())
    for pattern in DATA_CODE:
        for path in sorted(stack.ROOT_DIR.glob(pattern)):
            digest.update(str(path.relative_to(stack.ROOT_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def template_label() -> dict[str, Any]:
    """The label of the template database (its COMMENT), empty when there is none."""
    raw = stack.psql(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
        "WHERE datname = 'yeep_bench_template'"
    )
    try:
        return json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return {}


def copy_database(source: str, target: str) -> None:
    """Drop `target` and create it as a copy of `source` (file copy: seconds, not minutes)."""
    stack.check_droppable(target)
    stack.psql(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
    # PostgreSQL 15 copies block by block through the WAL unless told to copy the files.
    strategy = (
        " STRATEGY = FILE_COPY" if int(stack.psql("SHOW server_version_num")) >= 150000 else ""
    )
    stack.psql(f'CREATE DATABASE "{target}" TEMPLATE "{source}"{strategy}')


def save_template(label: dict[str, Any]) -> None:
    """Copy the freshly built bench database into the template and label it."""
    copy_database(os.environ["DATABASE_NAME"], TEMPLATE)
    stack.psql(f"COMMENT ON DATABASE \"{TEMPLATE}\" IS '{json.dumps(label)}'")


def generate_scale(sizes: ScaleSizes) -> dict[str, Any]:
    """Run generate_scale (when the command exists); its wall time and the end of its output."""
    if not GENERATE_SCALE.exists():
        print("manage.py generate_scale does not exist: measuring the demo data only.")
        return {"ran": False, "seconds": None, "output": "generate_scale not available"}
    print(f"generate_scale {' '.join(sizes.arguments())}", flush=True)
    started = time.monotonic()
    output = stack.manage("generate_scale", *sizes.arguments(), settings=stack.DEMO_SETTINGS)
    seconds = round(time.monotonic() - started, 1)
    return {"ran": True, "seconds": seconds, "output": output.strip()[-2000:]}


def build(sizes: ScaleSizes, key: str) -> dict[str, Any]:
    """Build yeep_bench from nothing (demo site, generate_scale) and save it as the template."""
    stack.recreate_database()
    started = time.monotonic()
    stack.run_script("prepare-db.sh")
    prepared = round(time.monotonic() - started, 1)
    scale = generate_scale(sizes)
    label = {
        "fingerprint": key,
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "prepare_seconds": prepared,
        "generate_scale_seconds": scale["seconds"],
    }
    if fingerprint(sizes) == key:
        save_template(label)
    else:  # the code changed while it ran: the database matches neither version for sure
        print(f"The data code changed during the build: {TEMPLATE} not saved.", flush=True)
    return {"source": "built", "template": label, "generate_scale": scale}


def prepare(sizes: ScaleSizes, *, reuse: bool, rebuild: bool) -> dict[str, Any]:
    """The bench database for this run: kept as it is (reuse), copied from a template that
    matches, or built (and saved as the template); what was done and how long it took."""
    started = time.monotonic()
    name = os.environ["DATABASE_NAME"]
    if reuse and stack.database_exists():
        stack.run_script("prepare-db.sh", "--no-demo")
        result: dict[str, Any] = {"source": "reused", "generate_scale": {"ran": False}}
    else:
        key = fingerprint(sizes)
        label = template_label()
        if not rebuild and label.get("fingerprint") == key:
            print(f"Copying {TEMPLATE} (built {label.get('built_at')}) into {name}", flush=True)
            copy_database(TEMPLATE, name)
            stack.run_script("prepare-db.sh", "--no-demo")
            result = {"source": "template", "template": label, "generate_scale": {"ran": False}}
        else:
            reason = "--rebuild" if rebuild else f"no {TEMPLATE} with fingerprint {key}"
            print(f"Building {name} ({reason}; setup_demo and generate_scale take minutes)")
            result = build(sizes, key)
    return {"database": name, **result, "seconds": round(time.monotonic() - started, 1)}
