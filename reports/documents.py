"""The language of a report's PDF, and a translation's own PDF.

`ReportPage.report_document` is a synchronised field that translators may override
(wagtail-localize: `SynchronizedField(..., overridable=True)`). A translation keeps the source
page's PDF, which is in Turkish, until a translator chooses its own PDF in wagtail-localize's
editor: that choice is stored as a `SegmentOverride` of the field for the translation's locale,
and becomes the translation's document when the translation is published. So a translation's PDF
is in the translation's language exactly when it is the document of such an override; anything
else it links is the source's PDF, shown to the visitor as Turkish (`(PDF, Turkish)`, `hreflang`).

A translation no longer synced (wagtail-localize's "Stop synced translation") is edited as a page
of its own: its PDF is its own unless it is still the source page's.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from django.db import transaction

from wagtail.models import Locale
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)

from portal.locales import default_locale, language_code_of

if TYPE_CHECKING:
    from .models import ReportPage

__all__ = ["FIELD", "document_language", "publish_translation_document", "record_document_override"]

#: The overridable field (its wagtail-localize context path).
FIELD = "report_document"


def _override_ids(report: ReportPage) -> set[str]:
    """The document ids a translator chose for the report's translation in its locale."""
    overrides = SegmentOverride.objects.filter(
        locale_id=report.locale_id,
        context__object_id=report.translation_key,
        context__path=FIELD,
    ).values_list("data_json", flat=True)
    # The editor stores the chooser's value as a JSON string ("12"), code may store a number.
    return {str(json.loads(data)) for data in overrides}


def document_language(report: ReportPage) -> str | None:
    """The language code of the report's PDF ("tr", "en"), or None without a PDF."""
    if report.report_document_id is None:
        return None
    source = default_locale()
    if report.locale_id == source.pk:
        return source.language_code
    own = language_code_of(report.locale_id)
    synced = Translation.objects.filter(
        source__object_id=report.translation_key, target_locale_id=report.locale_id, enabled=True
    ).exists()
    if synced:
        chosen = str(report.report_document_id) in _override_ids(report)
        return own if chosen else source.language_code
    source_document = (
        type(report)
        .objects.filter(translation_key=report.translation_key, locale=source)
        .values_list("report_document_id", flat=True)
        .first()
    )
    return source.language_code if report.report_document_id == source_document else own


def _overridable_segment(source: TranslationSource) -> OverridableSegment | None:
    """The source's segment of the field, which overrides refer to (by its context)."""
    return (
        OverridableSegment.objects.filter(source=source, context__path=FIELD)
        .select_related("context")
        .first()
    )


def record_document_override(report: ReportPage, locale: Locale, document: Any) -> None:
    """Choose `document` as the PDF of the report's translation into `locale`, as a translator
    does in wagtail-localize's editor: stored as an override, the translation unchanged until it
    is published. The source must have a PDF (else the field offers nothing to override)."""
    source = TranslationSource.objects.get(
        object_id=report.translation_key, locale=default_locale()
    )
    segment = _overridable_segment(source)
    if segment is None:
        # The source got its PDF after it was sent for translation: sync it, as an editor does.
        source.update_from_db()
        segment = _overridable_segment(source)
    if segment is None:
        raise ValueError(f"{report!r}: the source has no {FIELD} to override.")
    SegmentOverride.objects.update_or_create(
        locale=locale, context=segment.context, defaults={"data_json": json.dumps(document.pk)}
    )


@transaction.atomic
def publish_translation_document(
    report: ReportPage, locale: Locale, document: Any, user: Any = None
) -> ReportPage:
    """Record `document` as the PDF of the report's translation into `locale` and publish that
    translation with it (by `user`), as a translator publishing from wagtail-localize's editor
    does. The report must already have a translation into `locale`."""
    record_document_override(report, locale, document)
    translation = Translation.objects.get(
        source__object_id=report.translation_key, target_locale=locale
    )
    # save_target(publish=True) would defer the publish to the end of the outermost transaction
    # (see portal.translation); the draft it saves is published here at once instead.
    translation.save_target(user=user, publish=False)
    translated = report.get_translation(locale).specific
    translated.get_latest_revision().publish(user=user)
    translated.refresh_from_db()
    return translated
