"""manage.py import_monitoring: a draft on success; each error on its own line and a non-zero
exit (CommandError) otherwise; --user applies that user's page permissions."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest

from django.contrib.auth.models import AbstractUser
from django.core.management import call_command
from django.core.management.base import CommandError

from plans.models import AssessmentPage
from tests.plans.factories import PlanPageFactory
from tests.plans.import_files import (
    VALUE_COLUMNS,
    csv_bytes,
    database_counts,
    value_line,
)
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def values_file(tmp_path: Path, monitoring: Monitoring, *values: str) -> Path:
    plan, period, indicator = monitoring.plan, monitoring.periods[-1], monitoring.indicator
    path = tmp_path / "gosterge_degerleri.csv"
    path.write_bytes(
        csv_bytes(
            VALUE_COLUMNS,
            [
                value_line(plan, period, indicator, period.end_date - timedelta(days=n), "total", v)
                for n, v in enumerate(values)
            ],
        )
    )
    return path


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_monitoring", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_success_by_slug_writes_a_draft(
    tmp_path: Path, monitoring: Monitoring, editor: AbstractUser
) -> None:
    period = monitoring.add_period(2)
    path = values_file(tmp_path, monitoring, "12.5")
    plan = f"kadikoy/{monitoring.plan.slug}"
    out, _ = run(str(path), "--plan", plan, "--period", str(period.pk), "--user", editor.username)
    page = AssessmentPage.objects.child_of(monitoring.plan).get(period=period)
    assert not page.live
    assert f"/admin/pages/{page.pk}/edit/" in out
    assert "İzleme Heyeti onayına" in out
    assert page.get_latest_revision().user == editor


def test_errors_are_printed_one_per_line_and_exit_non_zero(
    tmp_path: Path, monitoring: Monitoring
) -> None:
    path = values_file(tmp_path, monitoring, "on iki", "1,2,3")
    before = database_counts()
    err = StringIO()
    with pytest.raises(CommandError, match="2 hata"):
        call_command(
            "import_monitoring",
            str(path),
            plan=str(monitoring.plan.pk),
            period=str(monitoring.periods[0].pk),
            stdout=StringIO(),
            stderr=err,
        )
    assert database_counts() == before
    lines = err.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("gosterge_degerleri.csv, satır 2, sütun “deger”")
    assert lines[1].startswith("gosterge_degerleri.csv, satır 3, sütun “deger”")


def test_reporter_cannot_import_into_another_municipality(
    tmp_path: Path, monitoring: Monitoring, kadikoy_reporter: AbstractUser, site_tree: SiteTree
) -> None:
    nilufer_plan = PlanPageFactory(parent=site_tree.nilufer, slug="nilufer-yeep")
    path = values_file(tmp_path, monitoring, "1")
    before = database_counts()
    with pytest.raises(CommandError, match="yetkiniz yok"):
        run(
            str(path),
            "--plan",
            "nilufer/nilufer-yeep",
            "--period",
            str(monitoring.periods[0].pk),
            "--user",
            kadikoy_reporter.username,
        )
    assert database_counts() == before
    assert nilufer_plan.get_children().count() == 0


def test_unknown_plan_period_user_and_file(tmp_path: Path, monitoring: Monitoring) -> None:
    path = values_file(tmp_path, monitoring, "1")
    period = str(monitoring.periods[0].pk)
    plan = str(monitoring.plan.pk)
    for args, message in (
        ((str(path), "--plan", "kadikoy/yok", "--period", period), "Plan bulunamadı"),
        ((str(path), "--plan", plan, "--period", "99999"), "dönemi bulunamadı"),
        ((str(path), "--plan", plan, "--period", period, "--user", "yok"), "Kullanıcı"),
        ((str(tmp_path / "yok.csv"), "--plan", plan, "--period", period), "Dosya bulunamadı"),
    ):
        with pytest.raises(CommandError, match=message):
            run(*args)
