"""App config of replies/."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepliesConfig(AppConfig):
    """The municipality's reply to an approved assessment: its own statement, not the board's."""

    name = "replies"
    verbose_name = _("Belediye yanıtları")
    default_auto_field = "django.db.models.BigAutoField"
