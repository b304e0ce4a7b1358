"""`make fault-backup`: back up the fault stack's database and media (deploy/backup.py), restore
them into a new database and media folder, check that a second restore into the now non-empty
database is refused, and compare the two with bench.faults.snapshot (tables, public HTML, media)."""

from __future__ import annotations

import json
import shutil
import subprocess

from bench.faults import services

RESTORED = "yeep_faults_restored"  # the only database this drops


def backup_command(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    command = [str(services.PYTHON), str(services.DEPLOY_DIR / "backup.py"), *args]
    return subprocess.run(  # noqa: S603
        command, cwd=services.ROOT_DIR, env=env, capture_output=True, text=True, timeout=900
    )


def snapshot(env: dict[str, str]) -> dict:
    # No Redis: fragments cached from one database must not answer for the other.
    env = {**env, "REDIS_URL": "", "LOG_LEVEL": "ERROR"}
    out = services.run(
        [str(services.PYTHON), "-m", "bench.faults.snapshot"],
        env=env, capture_output=True, text=True, timeout=600,
    ).stdout  # fmt: skip
    return json.loads(out)


def run(env: dict[str, str]) -> list[str]:
    failures: list[str] = []
    backups = services.FAULTS_DIR / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    made = backup_command({**env, "BACKUP_DIR": str(backups)}, "backup")
    if made.returncode:
        return [f"backup failed: {made.stderr.strip()}"]
    print("  backup:", *made.stdout.strip().splitlines(), sep="\n    ")
    dump = next(backups.glob("*.dump"))

    target_url = env["DATABASE_URL"].rsplit("/", 1)[0] + "/" + RESTORED
    restored_media = services.FAULTS_DIR / "media-restored"
    shutil.rmtree(restored_media, ignore_errors=True)
    services.run(["psql", env["MAINTENANCE_DATABASE_URL"], "-qc",  # noqa: S607
                  f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)'])  # fmt: skip
    target = services.environment(DATABASE_URL=target_url, MEDIA_ROOT=str(restored_media))
    loaded = backup_command(target, "restore", str(dump))
    print(f"  restore into {RESTORED} (new, empty): exit {loaded.returncode}; "
          f"{(loaded.stdout + loaded.stderr).strip()}")  # fmt: skip
    if loaded.returncode:
        return [f"restore failed: {loaded.stderr.strip()}"]
    again = backup_command(target, "restore", str(dump))
    refusal = (again.stdout + again.stderr).strip().splitlines()[-1:]
    print(f"  restore again into the now non-empty {RESTORED}: exit {again.returncode}; {refusal}")
    if again.returncode == 0:
        failures.append("a restore into a non-empty database was not refused")

    original, copy = snapshot(env), snapshot(target)
    for part in ("tables", "html"):
        same = [key for key in original[part] if original[part][key] == copy[part].get(key)]
        differ = sorted(set(original[part]) ^ set(copy[part]) | set(original[part]) - set(same))
        print(f"  {part}: {len(same)} of {len(original[part])} identical"
              + (f"; differ: {differ[:5]}" if differ else ""))  # fmt: skip
        if differ:
            failures.append(f"{part} differ: {differ[:5]}")
    for table, (rows, checksum) in original["tables"].items():
        print(f"    {table}: {rows} rows {checksum[:12]}")
    statuses = sorted({status for status, _digest in original["html"].values()})
    print(f"    {len(original['html'])} URLs, statuses {statuses}")
    print(f"  media: {original['media'][0]} files; restored {copy['media'][0]} files; "
          f"{'identical' if original['media'] == copy['media'] else 'DIFFERENT'}")  # fmt: skip
    if original["media"] != copy["media"]:
        failures.append("media differ")
    services.run(["psql", env["MAINTENANCE_DATABASE_URL"], "-qc",  # noqa: S607
                  f'DROP DATABASE IF EXISTS "{RESTORED}" WITH (FORCE)'])  # fmt: skip
    return failures
