"""App configuration of the public REST API."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The read-only REST API under /api/v1/ (Django REST Framework + drf-spectacular)."""

    name = "api"
    verbose_name = _("Açık veri API'si")
    default_auto_field = "django.db.models.BigAutoField"
