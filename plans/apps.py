"""App config of plans/: municipalities and their equality action plans."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    """Municipalities, their YEEPs, actions and the board's assessments."""

    name = "plans"
    verbose_name = _("Belediyeler ve planlar")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Our workflow e-mails (municipality, period, Turkish by default) replace Wagtail's."""
        from . import notifications

        notifications.connect()
