"""App config of the project app (home, standard pages, shared blocks and helpers)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """Project-wide pages, blocks and roles."""

    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Mirror page privacy onto every translation; purge caches when pages or released
        collections change; escape formulas in the admin's spreadsheets; keep collections in
        Turkish order; offer the explorer's user filters without reading every page; pack each
        StreamField's block definition for the editor once per language; write the admin's icons and
        plain buttons in Python."""
        from . import caching, files, privacy

        privacy.connect()
        caching.connect()
        files.connect()

        from .admin_spreadsheet_exports import patch as neutralise_admin_spreadsheet_formulas

        neutralise_admin_spreadsheet_formulas()

        from .turkish_order import use_turkish_collection_order

        use_turkish_collection_order()

        from .explorer_filters import patch as offer_explorer_filter_users_by_exists

        offer_explorer_filter_users_by_exists()

        from .block_definitions import patch as pack_block_definitions_once

        pack_block_definitions_once()

        from .admin_markup import patch as write_admin_icons_and_buttons_in_python

        write_admin_icons_and_buttons_in_python()
