"""App config of news/."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News and press releases."""

    name = "news"
    verbose_name = _("Haberler")
    default_auto_field = "django.db.models.BigAutoField"
