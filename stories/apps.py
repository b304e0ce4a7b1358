"""App config of stories/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    """Experience-sharing stories."""

    name = "stories"
    verbose_name = _("Deneyim paylaşımı")
    default_auto_field = "django.db.models.BigAutoField"
