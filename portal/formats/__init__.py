"""Date and number formats the portal overrides per language (settings.FORMAT_MODULE_PATH)."""
