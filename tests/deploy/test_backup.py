"""Names of backups and the restore's refusal of a non-empty target (deploy/backup.py); the whole
round trip runs in `make fault-backup` (bench/faults/backup_check.py)."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from django.conf import settings

spec = importlib.util.spec_from_file_location(
    "backup", Path(settings.BASE_DIR) / "deploy" / "backup.py"
)
backup = importlib.util.module_from_spec(spec)
spec.loader.exec_module(backup)


def test_a_backup_is_named_by_its_database_and_utc_time() -> None:
    istanbul = timezone(timedelta(hours=3))
    stem = backup.backup_stem("yeep_prod", datetime(2026, 12, 4, 19, 30, 5, tzinfo=istanbul))

    assert stem == "yeep_prod-20261204T163005Z"


def test_a_database_name_that_is_not_an_identifier_is_refused() -> None:
    with pytest.raises(SystemExit):
        backup.backup_stem("yeep; DROP", datetime.now(UTC))


@pytest.mark.parametrize(
    "name", ["yeep_prod-20261204T163005Z.dump", "yeep_prod-20261204T163005Z.media.tar.gz"]
)
def test_either_file_names_the_pair(name: str) -> None:
    dump, media = backup.backup_files(Path("/b") / name)

    assert (dump, media) == (
        Path("/b/yeep_prod-20261204T163005Z.dump"),
        Path("/b/yeep_prod-20261204T163005Z.media.tar.gz"),
    )


@pytest.mark.parametrize("name", ["notes.txt", "yeep_prod.dump", "yeep-prod-2026.dump"])
def test_other_files_are_not_backups(name: str) -> None:
    with pytest.raises(SystemExit):
        backup.backup_files(Path(name))


def test_restore_refuses_a_non_empty_target_unless_forced() -> None:
    backup.refuse_unless_empty("database yeep", 0, force=False)
    backup.refuse_unless_empty("database yeep", 120, force=True)
    with pytest.raises(SystemExit, match="not empty"):
        backup.refuse_unless_empty("database yeep", 120, force=False)
