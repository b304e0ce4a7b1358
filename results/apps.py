"""App config of results/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResultsConfig(AppConfig):
    """Proje sonuçları: the project's promised targets and the portal's measured outcomes.

    A domain noun of its own, not a part of `reports` or `training`: a target is a promise of the
    project (10 municipalities' plans examined, 100 staff trained, a meeting of 50 people …), and
    its outcome is measured across several apps at once (published reports, approved assessments,
    completed enrollments, events' actual attendance). This app reads those apps; none of them
    reads it.
    """

    name = "results"
    verbose_name = _("Proje sonuçları")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Changes to enrollments and targets purge the results page (results.caching)."""
        from .caching import connect

        connect()
