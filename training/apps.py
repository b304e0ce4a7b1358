"""App config of training/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Eğitimler; its models arrive with the issue that builds them."""

    name = "training"
    verbose_name = _("Eğitimler")
    default_auto_field = "django.db.models.BigAutoField"
