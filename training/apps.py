"""App config of training/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Eğitimler: programmes, modules, participants-only materials, certificates."""

    name = "training"
    verbose_name = _("Eğitimler")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Enrollment → group membership; document downloads → counts."""
        from . import signals

        signals.connect()
