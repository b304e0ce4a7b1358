"""App config of events/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Etkinlikler; its models arrive with the issue that builds them."""

    name = "events"
    verbose_name = _("Etkinlikler")
    default_auto_field = "django.db.models.BigAutoField"
