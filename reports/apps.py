"""App config of reports/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The monitoring's published reports: three progress reports and a final report."""

    name = "reports"
    verbose_name = _("Raporlar")
    default_auto_field = "django.db.models.BigAutoField"
