"""Backups of a stack's PostgreSQL database and uploaded media, and their restore.

    make backup                      # BACKUP_DIR (default backups/, git-ignored)
    make restore FILE=backups/yeep_prod-20261204T163000Z.dump [FORCE=1]

`backup` writes two files named by the database and the UTC time: `<db>-<time>.dump`
(`pg_dump -Fc`: compressed, restorable table by table) and `<db>-<time>.media.tar.gz` (MEDIA_ROOT:
documents, images and renditions). `restore FILE` (either file of the pair) loads the dump with
pg_restore in one transaction into DATABASE_URL, creating the database when missing, and unpacks
the media into MEDIA_ROOT. It refuses a database that has tables, or a media folder with files,
unless --force (FORCE=1 in make), which replaces what is there. Environment: deploy/env.sh
(DATABASE_URL, MAINTENANCE_DATABASE_URL), MEDIA_ROOT, BACKUP_DIR. Every command has a timeout.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parent.parent
DUMP_SUFFIX = ".dump"
MEDIA_SUFFIX = ".media.tar.gz"
#: `<database>-<UTC time>`, e.g. yeep_prod-20261204T163000Z.
STEM = re.compile(r"^(?P<database>[A-Za-z0-9_]+)-(?P<time>\d{8}T\d{6}Z)$")
#: pg_dump and pg_restore of a large site take minutes, not hours.
TIMEOUT = 3600


def backup_stem(database: str, now: datetime) -> str:
    """The common name of a backup's two files."""
    if not re.fullmatch(r"[A-Za-z0-9_]+", database):
        raise SystemExit(f"Unexpected database name: {database!r}")
    return f"{database}-{now.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def backup_files(file: Path) -> tuple[Path, Path]:
    """The (dump, media archive) pair of a backup, from either file's path."""
    name = file.name
    for suffix in (MEDIA_SUFFIX, DUMP_SUFFIX):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        raise SystemExit(f"Not a backup file (*{DUMP_SUFFIX} or *{MEDIA_SUFFIX}): {file}")
    if not STEM.match(stem):
        raise SystemExit(f"Not a backup file name (<database>-<YYYYMMDDTHHMMSSZ>): {file}")
    return file.with_name(stem + DUMP_SUFFIX), file.with_name(stem + MEDIA_SUFFIX)


def refuse_unless_empty(what: str, count: int, force: bool) -> None:
    """Stop when the target already holds `count` things, unless forced."""
    if count and not force:
        raise SystemExit(
            f"Refusing to restore: {what} is not empty ({count}). Restore into an empty one, or "
            "add --force (make: FORCE=1) to replace its content."
        )


def media_root() -> Path:
    return Path(os.environ.get("MEDIA_ROOT") or ROOT_DIR / "media")


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        raise SystemExit(f"DATABASE_URL must name a PostgreSQL database, got {url!r}")
    return url


def psql(url: str, sql: str) -> str:
    command = ["psql", url, "-Atqc", sql]
    result = subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)  # noqa: S603, S607
    return result.stdout.strip()


def backup(directory: Path) -> tuple[Path, Path]:
    """Write the dump and the media archive; their paths."""
    url = database_url()
    database = url.rsplit("/", 1)[-1].split("?", 1)[0]
    stem = backup_stem(database, datetime.now(UTC))
    directory.mkdir(parents=True, exist_ok=True)
    dump, media = directory / (stem + DUMP_SUFFIX), directory / (stem + MEDIA_SUFFIX)
    partial = dump.with_name(dump.name + ".partial")
    command = ["pg_dump", "--format=custom", "--no-owner", "--file", str(partial), url]
    subprocess.run(command, check=True, timeout=TIMEOUT)  # noqa: S603, S607
    partial.rename(dump)
    root = media_root()
    partial = media.with_name(media.name + ".partial")
    with tarfile.open(partial, "w:gz") as archive:
        if root.is_dir():
            for child in sorted(root.iterdir()):
                archive.add(child, arcname=child.name)
    partial.rename(media)
    for path in (dump, media):
        print(f"{path} ({path.stat().st_size / 1e6:.1f} MB)")
    return dump, media


def table_count(url: str) -> int:
    """Tables, views and sequences in the database's own schemas."""
    sql = (
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')"
    )
    return int(psql(url, sql))


def restore(file: Path, force: bool) -> None:
    """Restore a backup into DATABASE_URL and MEDIA_ROOT (see the module's docstring)."""
    dump, media = backup_files(file)
    for path in (dump, media):
        if not path.is_file():
            raise SystemExit(f"Missing backup file: {path}")
    url = database_url()
    database = url.rsplit("/", 1)[-1].split("?", 1)[0]
    maintenance = os.environ.get("MAINTENANCE_DATABASE_URL") or url.rsplit("/", 1)[0] + "/postgres"
    exists = psql(maintenance, f"SELECT 1 FROM pg_database WHERE datname = '{database}'") == "1"  # noqa: S608
    if not exists:
        psql(maintenance, f'CREATE DATABASE "{database}"')
    refuse_unless_empty(f"database {database}", table_count(url) if exists else 0, force)
    root = media_root()
    files = sum(1 for path in root.rglob("*") if path.is_file()) if root.is_dir() else 0
    refuse_unless_empty(f"media folder {root}", files, force)
    command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", url]
    if force:
        command += ["--clean", "--if-exists"]
    subprocess.run([*command, "--single-transaction", str(dump)], check=True, timeout=TIMEOUT)  # noqa: S603
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(media) as archive:
        archive.extractall(root, filter="data")
    tables = table_count(url)
    print(f"Restored {dump.name} into {database} ({tables} relations) and {media.name} into {root}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="dump the database and archive the media")
    make.add_argument(
        "--dir", type=Path, default=Path(os.environ.get("BACKUP_DIR") or ROOT_DIR / "backups")
    )
    load = commands.add_parser("restore", help="restore a backup into an empty database")
    load.add_argument("file", type=Path)
    load.add_argument("--force", action="store_true", help="replace a non-empty database's content")
    args = parser.parse_args()
    if args.command == "backup":
        backup(args.dir)
    else:
        restore(args.file, args.force)


if __name__ == "__main__":
    main()
