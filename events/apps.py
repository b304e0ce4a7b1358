"""App config of events/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Etkinlikler: project meetings and training sessions, with iCalendar files and feed."""

    name = "events"
    verbose_name = _("Etkinlikler")
    default_auto_field = "django.db.models.BigAutoField"
