"""Publishing demo pages as an editor would: add, publish through a revision, translate."""

from __future__ import annotations

from typing import Any, TextIO

from wagtail.models import Locale, Page

from portal.translation import publish_translation


def publish_new(parent: Page, page: Page, stdout: TextIO) -> Page:
    """Add page under parent and publish it through a revision, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"  + {page.url_path}\n")
    return page


def translate(page: Page, english: Locale, values: dict[str, Any], stdout: TextIO) -> Page:
    """Publish the English translation through wagtail-localize unless it exists; return it."""
    existing = page.get_translation_or_none(english)
    if existing is not None:
        return existing.specific
    translated = publish_translation(page, english, values)
    stdout.write(f"  + {translated.url_path} (en)\n")
    return translated
