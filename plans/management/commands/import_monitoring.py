"""manage.py import_monitoring <file> --plan <id | municipality/plan> --period <id> [--user <name>]

Imports a CSV or XLSX file of indicator values and action statuses as a new draft revision of
the period's assessment, like the admin's "Veri içe aktar" page. With --user the import runs with
that user's page permissions (and is recorded under their name); without it, as the system.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse
from django.utils.translation import gettext as _

from plans.importer import import_monitoring_file, resolve_period, resolve_plan


class Command(BaseCommand):
    """Import one plan's monitoring data for one period as a draft awaiting the board."""

    help = (
        "Bir planın bir izleme dönemine ait gösterge değerlerini ve eylem durumlarını (CSV ya da "
        "XLSX) değerlendirmenin yeni bir taslağı olarak içe aktarır."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="CSV ya da XLSX dosyası")
        parser.add_argument(
            "--plan", required=True, help="Planın sayfa numarası ya da belediye/plan kısa adı"
        )
        parser.add_argument("--period", required=True, help="İzleme döneminin numarası")
        parser.add_argument(
            "--user", help="Kullanıcı adı: içe aktarma bu kullanıcının yetkileriyle yapılır"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(_("Dosya bulunamadı: %(path)s") % {"path": path})
        try:
            plan = resolve_plan(options["plan"])
            period = resolve_period(options["period"])
        except LookupError as error:
            raise CommandError(str(error)) from None
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(_("Kullanıcı bulunamadı: %(name)s") % {"name": options["user"]})
        try:
            with path.open("rb") as upload:
                outcome = import_monitoring_file(
                    upload, path.name, plan=plan, period=period, user=user
                )
        except PermissionDenied as error:
            raise CommandError(str(error)) from None
        for warning in outcome.warnings:
            self.stderr.write(self.style.WARNING(str(warning)))
        if not outcome.ok:
            for issue in outcome.issues:
                self.stderr.write(str(issue))
            if outcome.issue_count > len(outcome.issues):
                self.stderr.write(
                    _("… ve %(more)s hata daha.")
                    % {"more": outcome.issue_count - len(outcome.issues)}
                )
            raise CommandError(outcome.summary())
        self.stdout.write(self.style.SUCCESS(outcome.summary()))
        self.stdout.write(
            _("Taslak: %(url)s")
            % {"url": reverse("wagtailadmin_pages:edit", args=[outcome.assessment.pk])}
        )
