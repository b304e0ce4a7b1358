"""Create a page's translation through wagtail-localize from known target-language field values.

Used by the demo site and the test factories: rather than copying text into a translated page by
hand (which wagtail-localize would overwrite on the next sync), it records one StringTranslation per
source segment, exactly as a translator working in the wagtail-localize editor would, and lets
wagtail-localize build and publish the translated page. The translation stays "synced".
"""

from __future__ import annotations

import copy
from typing import Any

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationStructureError(ValueError):
    """The target values do not have the same segments as the source page."""


@transaction.atomic
def publish_translation(source_page: Page, locale: Locale, values: dict[str, Any]) -> Page:
    """Translate source_page into locale using the given field values, and publish if it is live.

    `values` maps field names to target-language values (e.g. {"title": ..., "slug": ...,
    "body": [...]}); StreamField values must reuse the source blocks' ids so segments line up.
    Fields left out keep the source text. Returns the existing translation if there is one.
    """
    source_page = source_page.specific
    existing = source_page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific

    target_instance = copy.copy(source_page)
    for field_name, value in values.items():
        setattr(target_instance, field_name, value)
    target_segments = {
        segment.order: segment
        for segment in extract_segments(target_instance)
        if isinstance(segment, StringSegmentValue)
    }

    source, _ = TranslationSource.get_or_create_from_instance(source_page)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in source.stringsegment_set.select_related("string", "context"):
        target = target_segments.get(segment.order)
        if target is None or target.path != segment.context.path:
            raise TranslationStructureError(
                f"{source_page!r}: no {locale.language_code} text for segment "
                f"{segment.context.path!r} ({segment.string.data[:40]!r})."
            )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": target.string.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # Workaround, delete when wagtail-localize publishes without transaction.on_commit:
    # save_target(publish=True) defers the publish to the end of the outermost transaction with the
    # page instance as it was then, so a bulk build (demo data, tests) that adds children to the
    # translation in the same transaction gets its numchild reset to 0 and the children vanish from
    # the site. Saving a draft and publishing a fresh instance now avoids both problems.
    translation.save_target(publish=False)
    translated = source_page.get_translation(locale).specific
    if source_page.live:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
