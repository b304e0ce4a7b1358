"""App config of indicators/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    """Rights-based indicator definitions (IndicatorIndexPage, IndicatorPage)."""

    name = "indicators"
    verbose_name = _("Göstergeler")
    default_auto_field = "django.db.models.BigAutoField"
