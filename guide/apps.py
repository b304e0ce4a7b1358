"""App config of guide/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    """The first-YEEP guide."""

    name = "guide"
    verbose_name = _("Kılavuz")
    default_auto_field = "django.db.models.BigAutoField"
