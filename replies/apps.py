"""App config of replies/."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RepliesConfig(AppConfig):
    """The municipality's reply to an approved assessment: its own statement, not the board's."""

    name = "replies"
    verbose_name = _("Belediye yanıtları")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Unpublishing an assessment unpublishes its reply."""
        from wagtail.signals import page_unpublished

        from plans.models import AssessmentPage

        from .models import unpublish_with_assessment

        page_unpublished.connect(unpublish_with_assessment, sender=AssessmentPage)
