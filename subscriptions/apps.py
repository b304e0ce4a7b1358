"""App config of subscriptions/: e-mail subscriptions and their notices."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    """E-mail subscriptions to a municipality, an indicator or the news."""

    name = "subscriptions"
    verbose_name = _("E-posta abonelikleri")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Record due notices when a page is published (after the commit)."""
        from . import notices

        notices.connect()
