"""The scales of monitoring, each defined once: action status, board rating, disaggregation.

Templates, forms, the API and exports read labels from here, so a change of wording is one edit.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActionStatus(models.TextChoices):
    """Where an action stands at the end of a monitoring period."""

    NOT_STARTED = "not_started", _("Başlamadı")
    IN_PROGRESS = "in_progress", _("Devam ediyor")
    COMPLETED = "completed", _("Tamamlandı")
    DELAYED = "delayed", _("Gecikmede")
    CANCELLED = "cancelled", _("İptal edildi")

    @property
    def css_modifier(self) -> str:
        """Modifier of the .status badge (`status--in-progress`)."""
        return self.value.replace("_", "-")


class BoardRating(models.IntegerChoices):
    """The Monitoring Board's four-level rating of an action's implementation, from a rights-based
    perspective (does it reach the women and girls it is for, with the resources it needs?)."""

    INADEQUATE = 1, _("Yetersiz")
    NEEDS_IMPROVEMENT = 2, _("Geliştirilmeli")
    ADEQUATE = 3, _("Yeterli")
    GOOD_PRACTICE = 4, _("İyi uygulama")


class Disaggregation(models.TextChoices):
    """How an indicator value is broken down; sex-disaggregated data is the minimum."""

    TOTAL = "total", _("Toplam")
    WOMEN = "women", _("Kadın")
    MEN = "men", _("Erkek")


class MonitoringPeriodKind(models.TextChoices):
    """The rounds of monitoring in the project: three progress reports and a final report."""

    PROGRESS_1 = "progress-1", _("1. İlerleme dönemi")
    PROGRESS_2 = "progress-2", _("2. İlerleme dönemi")
    PROGRESS_3 = "progress-3", _("3. İlerleme dönemi")
    FINAL = "final", _("Final dönemi")
