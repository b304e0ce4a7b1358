"""Create a page's or snippet's translation through wagtail-localize from known target-language
field values.

Used by the demo site and the test factories: rather than copying text into a translated page by
hand (which wagtail-localize would overwrite on the next sync), it records one StringTranslation per
source segment, exactly as a translator working in the wagtail-localize editor would, and lets
wagtail-localize build and publish the translated page. The translation stays "synced".
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from django.db import transaction

from modelcluster.models import get_all_child_relations
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationStructureError(ValueError):
    """The target values do not have the same segments as the source page."""


def _is_child_relation(page: TranslatableMixin, field_name: str) -> bool:
    """Whether `field_name` is a child relation (InlinePanel rows) of the page."""
    return any(
        relation.get_accessor_name() == field_name for relation in get_all_child_relations(page)
    )


def _translated_children(
    page: TranslatableMixin, relation: str, texts: list[dict[str, Any]]
) -> list[Any]:
    """Copies of the page's child rows (same translation keys) with the given texts set."""
    children = list(getattr(page, relation).all())
    orders = [getattr(child, "sort_order", None) for child in children]
    orderable = len(children) > 1 and hasattr(children[0], "sort_order")
    if orderable and (None in orders or len(set(orders)) != len(orders)):
        # Without distinct sort orders the rows' order is the database's whim (PostgreSQL returns
        # updated rows last), so "the source's order" would pair texts with the wrong rows.
        raise TranslationStructureError(
            f"{page!r}: {relation} rows need distinct sort_order values to be translated in order."
        )
    if len(children) != len(texts):
        raise TranslationStructureError(
            f"{page!r}: {relation} has {len(children)} rows, {len(texts)} translations given."
        )
    translated = []
    for child, fields in zip(children, texts, strict=True):
        copy_of_child = copy.copy(child)
        copy_of_child.pk = None
        for name, text in fields.items():
            setattr(copy_of_child, name, text)
        translated.append(copy_of_child)
    return translated


def record_translations(
    source: TranslatableMixin,
    locale: Locale,
    text_for: Callable[[StringSegment], str | None],
) -> Translation:
    """The synced wagtail-localize translation of `source` into `locale`, with a translator's
    text recorded for each source segment `text_for` answers (None leaves it missing, for a
    translator). Saves nothing of the target: `Translation.save_target` does that."""
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in translation_source.stringsegment_set.select_related("string", "context"):
        text = text_for(segment)
        if text is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    return translation


@transaction.atomic
def translate(source: TranslatableMixin, locale: Locale, values: dict[str, Any]) -> Any:
    """Translate a page or snippet into locale with the given field values, as a translator does
    in wagtail-localize's editor, and save the translation (a page as a draft). Returns it, or the
    existing translation if there is one.

    `values` maps field names to target-language values (e.g. {"title": ..., "slug": ...,
    "body": [...]}); StreamField values must reuse the source blocks' ids so segments line up.
    A translatable child relation (an assessment's rows) takes a list with one {field: text}
    dict per source row, in the source's order. Fields left out keep the source text.
    """
    if isinstance(source, Page):
        source = source.specific
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing

    target_instance = copy.copy(source)
    # Child relations live in this dict; the copy must not write into the source page's.
    target_instance._cluster_related_objects = dict(getattr(source, "_cluster_related_objects", {}))
    for field_name, value in values.items():
        if _is_child_relation(source, field_name):
            value = _translated_children(source, field_name, value)
        setattr(target_instance, field_name, value)
    target_segments = {
        segment.order: segment
        for segment in extract_segments(target_instance)
        if isinstance(segment, StringSegmentValue)
    }

    def target_text(segment: StringSegment) -> str:
        target = target_segments.get(segment.order)
        if target is None or target.path != segment.context.path:
            raise TranslationStructureError(
                f"{source!r}: no {locale.language_code} text for segment "
                f"{segment.context.path!r} ({segment.string.data[:40]!r})."
            )
        return target.string.data

    translation = record_translations(source, locale, target_text)
    # Workaround, delete when wagtail-localize publishes without transaction.on_commit:
    # save_target(publish=True) defers the publish to the end of the outermost transaction with the
    # page instance as it was then, so a bulk build (demo data, tests) that adds children to the
    # translation in the same transaction gets its numchild reset to 0 and the children vanish from
    # the site. Saving a draft (publish_translation publishes a fresh instance) avoids both.
    # Objects without drafts (snippets such as periods) are saved as they are.
    translation.save_target(publish=not isinstance(source, DraftStateMixin))
    translated = source.get_translation(locale)
    return translated.specific if isinstance(translated, Page) else translated


@transaction.atomic
def publish_translation(source_page: Page, locale: Locale, values: dict[str, Any]) -> Page:
    """Translate source_page into locale with the given field values (see `translate`), and
    publish the translation if the source is live. Returns the existing translation if there is
    one."""
    existing = source_page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = translate(source_page, locale, values)
    if source_page.live:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
