"""A translation is published only when it is complete, and the editor is told what is missing.

wagtail-localize's editor publishes a translation with untranslated strings (the source text
stands in for them) and then says only "published with missing translations - see below", while
what is missing may sit in another tab (the slug on "Yayın ayarları"). On this portal an English
page must not show Turkish text by accident, so `refuse_incomplete_publish` (a `before_edit_page`
and `before_edit_snippet` hook, running before wagtail-localize's editor) refuses the publish and
names each untranslated field with its tab; the translation stays a draft. Saving strings, the
machine translator and previewing work as before.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.text import capfirst
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from wagtail.models import TranslatableMixin
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views.edit_translation import (
    FieldHasNoEditPanelError,
    TabHelper,
    get_segment_location_info,
)

__all__ = ["missing_fields", "refuse_incomplete_publish"]

#: How many untranslated fields the message names before "and N more".
NAMED_FIELDS = 8


def _enabled_translation(instance: Any) -> Translation | None:
    """The synced translation whose target `instance` is, as wagtail-localize's editor finds it."""
    if not isinstance(instance, TranslatableMixin):
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def _language_name(translation: Translation) -> str:
    """The target language's name in the admin's language ("İngilizce")."""
    return get_language_info(translation.target_locale.language_code)["name_translated"]


def _field_label(source: Any, tabs: TabHelper, segment: StringSegment) -> str:
    """'Kısa ad («Yayın ayarları» sekmesi)', 'Eylem satırı › Kanıt («İçerik» sekmesi)'."""
    field_path = segment.context.get_field_path(source)
    field_name = field_path.split(".")[0]
    try:
        info = get_segment_location_info(source, tabs, segment.context.path, field_path)
        tab = tabs.get_field_tab(field_name)
    except (FieldHasNoEditPanelError, KeyError, LookupError):
        return capfirst(field_name)
    label = str(info["field"])
    if info.get("subField"):
        label = f"{label} › {info['subField']}"
    return _("%(field)s («%(tab)s» sekmesi)") % {"field": label, "tab": tab}


def missing_fields(translation: Translation) -> list[str]:
    """The labels of the fields that still have an untranslated string, in the editor's order
    (each field once)."""
    untranslated = (
        translation.source.stringsegment_set.annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("context")
        .order_by("order")
    )
    source = translation.source.get_source_instance()
    tabs = TabHelper(source)
    labels: list[str] = []
    for segment in untranslated:
        label = _field_label(source, tabs, segment)
        if label not in labels:
            labels.append(label)
    return labels


def refuse_incomplete_publish(request: HttpRequest, instance: Any) -> HttpResponse | None:
    """Refuses "publish" in wagtail-localize's editor while a string is untranslated, naming
    the fields; anything else goes on to wagtail-localize."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = _enabled_translation(instance)
    if translation is None:
        return None
    labels = missing_fields(translation)
    if not labels:
        return None
    named = ", ".join(labels[:NAMED_FIELDS])
    rest = len(labels) - NAMED_FIELDS
    if rest > 0:
        named += " " + ngettext("ve %(count)s alan daha", "ve %(count)s alan daha", rest) % {
            "count": rest
        }
    messages.error(
        request,
        _(
            "Çeviri (%(language)s) yayımlanmadı; şu alanlar henüz çevrilmedi: %(fields)s. "
            "Hepsini çevirip yeniden “Yayınla”ya basın; çeviri o zamana kadar taslak kalır."
        )
        % {"language": _language_name(translation), "fields": named},
    )
    return redirect(request.get_full_path())
