"""App config of reports/."""

import sys

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The monitoring's published reports: three progress reports and a final report."""

    name = "reports"
    verbose_name = _("Raporlar")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Under gunicorn, import the PDF renderer now: deploy/gunicorn.conf.py preloads the
        app in the master before forking its workers, so they share it, and a worker's first
        report PDF (rendered on a cache miss) does not wait ~0.5 s for WeasyPrint's import.
        Elsewhere (management commands, tests) it is imported when a PDF is first made."""
        if "gunicorn" in sys.modules:
            import weasyprint  # noqa: F401
