"""App config of indicators/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    """Göstergeler; its models arrive with the issue that builds them."""

    name = "indicators"
    verbose_name = _("Göstergeler")
    default_auto_field = "django.db.models.BigAutoField"
