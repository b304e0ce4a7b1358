"""`manage.py send_notices`: send the subscription notices that are due (cron or a timer)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from subscriptions.sending import BATCH_SIZE, send_due


class Command(BaseCommand):
    """Erase expired subscriptions and send one e-mail per subscription with new publications."""

    help = (
        "Abonelere bekleyen bildirimleri gönderir (abone başına bir e-posta) ve süresi dolan "
        "onaysız abonelikleri siler. Cron veya systemd zamanlayıcısıyla birkaç dakikada bir "
        "çalıştırılabilir."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"En çok kaç aboneliğe gönderilsin (varsayılan {BATCH_SIZE}).",
        )

    def handle(self, *args: Any, batch_size: int, **options: Any) -> None:
        result = send_due(batch_size)
        self.stdout.write(
            f"sent={result.sent} failed={result.failed} dropped={result.dropped} "
            f"erased={result.erased}"
        )
