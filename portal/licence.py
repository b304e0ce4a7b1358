"""The licence of the portal's content and data, named in one place for pages, feeds of data
(open data, indicator CSV), the API schema and the PDF reports."""

from __future__ import annotations

from django.utils.translation import get_language

#: Short name, as printed beside data and in the `lisans` column of every export.
LICENCE = "CC BY 4.0"
#: The licence's canonical URL.
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


def licence_deed_url(language_code: str | None = None) -> str:
    """The licence's human-readable summary (deed) in a language (default: the active one);
    Creative Commons publishes it in Turkish and English."""
    return f"{LICENCE_URL}deed.{(language_code or get_language() or 'tr').split('-')[0]}"
