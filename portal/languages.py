"""Which language's copy of a page or snippet a visitor is shown: the portal's one language rule.

The rule
    Show the copy in the visitor's language when it is public; otherwise show the public copy in
    the source language (Turkish), which templates mark `lang="tr"` (the `lang_attr` filter of
    portal_tags); when neither is public, show nothing (no link, no row).

"Public" is `for_public()` for pages (live, without view restrictions) and "exists" for snippets
(thematic areas, monitoring periods), which have no publishing state. So an unpublished or private
English copy never hides the published Turkish page, and a private Turkish page is never reached
through its English copy or the other way round.

Every public channel (pages, the API, feeds, reports) reads translated objects through the helpers
here, in one of three shapes:

- `in_visitor_language(queryset)`: the rule as a queryset, for paginated lists (the API).
- `shown_by_key(queryset, keys)`: {translation key: copy shown} for known keys, one query. The
  queryset says which copies count: `for_public()` everywhere, except where privacy is decided
  per request afterwards (a training participant's own programmes: live pages).
- `shown_copies(items)` / `shown_pages(pages)` / `shown_copy(item)`: the copies shown for objects
  already at hand (in any language), as a dict by translation key, as a list in the given order,
  or for one object.

Templates mark a fallback copy with the `lang_attr` filter (an element's attribute) or
`title_in_lang` (a title inside a translated sentence, wrapped in `<span lang="tr">`).

Numbers are never read through this rule: figures come from the source-language record of the
approved assessment (AssessmentPage.objects.of_record()); only names and texts are translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID

from django.db.models import Model, Q, QuerySet
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.locales import active_locale, default_locale, language_code_of
from portal.models import public_pages

M = TypeVar("M", bound=Model)


def in_visitor_language(queryset: QuerySet[M]) -> QuerySet[M]:
    """The rows of `queryset` in the visitor's language, plus the source-language rows that have
    no copy in it among `queryset` (for a `for_public()` queryset: no public copy, so a draft
    English translation does not hide the Turkish page). One query when evaluated."""
    active, default = active_locale(), default_locale()
    if active.pk == default.pk:
        return queryset.filter(locale=default)
    translated = queryset.filter(locale=active).values("translation_key")
    return queryset.filter(
        Q(locale=active) | Q(locale=default) & ~Q(translation_key__in=translated)
    )


def shown_by_key(queryset: QuerySet[M], keys: Iterable[UUID]) -> dict[UUID, M]:
    """{translation key: the copy shown} among `queryset` (pass `Model.objects.for_public()` for
    pages): the visitor's language where `queryset` has it, else the source language; keys with
    neither are left out. One query, none without keys."""
    keys = {key for key in keys if key is not None}
    if not keys:
        return {}
    active, default = active_locale(), default_locale()
    found: dict[UUID, M] = {}
    rows = queryset.filter(translation_key__in=keys, locale_id__in={active.pk, default.pk})
    for item in rows:
        key = item.translation_key  # type: ignore[attr-defined]
        if key not in found or item.locale_id == active.pk:  # type: ignore[attr-defined]
            found[key] = item
    return found


def _candidates(model: type[M]) -> QuerySet[M]:
    """Where copies of `model` are looked up: public pages, or every snippet row."""
    if issubclass(model, Page):
        return public_pages(model)  # type: ignore[return-value]
    return model._default_manager.all()  # type: ignore[attr-defined]


def shown_copies(items: Iterable[M | None], model: type[M] | None = None) -> dict[UUID, M]:
    """{translation key: the copy shown} for objects at hand, in any language (None is skipped).

    `model` is the class to read copies of (default: the class of the first item; pass the
    specific page class to get specific pages). Snippets already in the visitor's language cost
    no query; otherwise one query.
    """
    present = [item for item in items if item is not None]
    if not present:
        return {}
    model = model or type(present[0])
    active = active_locale()
    if not issubclass(model, Page) and all(
        isinstance(item, model) and item.locale_id == active.pk  # type: ignore[attr-defined]
        for item in present
    ):
        return {item.translation_key: item for item in present}  # type: ignore[attr-defined]
    keys = {item.translation_key for item in present}  # type: ignore[attr-defined]
    return shown_by_key(_candidates(model), keys)


def shown_pages(pages: Iterable[M | None], model: type[M] | None = None) -> list[M]:
    """The public copies shown for `pages`, in the given order, without duplicates; pages with
    no public copy in either language are left out. One query."""
    present = [page for page in pages if page is not None]
    shown = shown_copies(present, model)
    result: list[M] = []
    seen: set[UUID] = set()
    for page in present:
        key = page.translation_key  # type: ignore[attr-defined]
        if key in shown and key not in seen:
            seen.add(key)
            result.append(shown[key])
    return result


def shown_copy(item: M | None, model: type[M] | None = None) -> M | None:
    """The copy shown for one object (see shown_copies), or None when it has no public copy in
    either language. At most one query."""
    if item is None:
        return None
    return shown_copies([item], model).get(item.translation_key)  # type: ignore[attr-defined]


def lang_attr(item: Any) -> SafeString:
    """` lang="tr"` when `item` (a page or snippet) is shown in a language other than the
    visitor's (the source-language fallback of the rule above), else an empty string."""
    locale_id = getattr(item, "locale_id", None)
    if locale_id is None or locale_id == active_locale().pk:
        return SafeString("")
    return format_html(' lang="{}"', language_code_of(locale_id))


def title_in_lang(item: Any) -> SafeString:
    """The item's title for a sentence in the visitor's language: escaped, and inside
    `<span lang="tr">` when it is the source-language fallback (see lang_attr)."""
    attr = lang_attr(item)
    return (
        format_html("<span{}>{}</span>", attr, item.title)
        if attr
        else format_html("{}", item.title)
    )


# --- The text of translatable rows ---------------------------------------------------------------
#
# Rows inside a page (an assessment's action rows and indicator values, a plan's objectives) are
# translated with their page: the English copy of a row shares its translation key and carries
# the translated text (wagtail-localize). Their figures are only ever read from the source row.


@dataclass(frozen=True)
class ShownText:
    """A row's text as shown to the visitor, and the language it is in: the visitor's, or the
    source language's when no translation is published yet (a fallback, which templates mark
    with `lang` and a short visible note: the `shown_text` filter of portal_tags)."""

    text: str
    language: str

    @property
    def is_fallback(self) -> bool:
        """Whether the text is in a language other than the visitor's."""
        return self.language != language_code_of(active_locale().pk)

    def __str__(self) -> str:
        return self.text


def shown_texts(
    rows: Sequence[M], fields: Sequence[str], parent: str
) -> dict[UUID, dict[str, ShownText]]:
    """{row translation key: {field: the text shown}} for source-language rows of one model.

    In the source language, the rows' own text. In another language, the text of the row's copy
    in a *public* copy of its page (`parent` names the row's parental key), where it differs from
    the source text; an identical text has not been translated yet and stays the source text (a
    fallback). One query; none in the source language or without rows."""
    default = default_locale()
    source_language = language_code_of(default.pk)
    shown = {
        row.translation_key: {  # type: ignore[attr-defined]
            field: ShownText(getattr(row, field) or "", source_language) for field in fields
        }
        for row in rows
    }
    active = active_locale()
    if active.pk == default.pk or not shown:
        return shown
    model = type(rows[0])
    page_model = model._meta.get_field(parent).related_model
    copies = model._default_manager.filter(
        translation_key__in=list(shown),
        locale=active,
        **{f"{parent}__in": public_pages(page_model).values("pk")},
    ).values_list("translation_key", *fields)
    language = language_code_of(active.pk)
    for key, *texts in copies:
        for field, text in zip(fields, texts, strict=True):
            source = shown[key][field]
            if text and text != source.text:
                shown[key][field] = ShownText(text, language)
    return shown


def shown_text(value: ShownText | str | None) -> SafeString:
    """HTML of a row's text: escaped; "—" when empty; a source-language fallback inside
    `<span lang="tr" class="untranslated">` followed by a short visible note."""
    if not value or not str(value).strip():
        return SafeString("—")
    if not isinstance(value, ShownText) or not value.is_fallback:
        return format_html("{}", str(value))
    return format_html(
        '<span lang="{}" class="untranslated">{}</span> '
        '<small class="untranslated__note">{}</small>',
        value.language,
        value.text,
        _("(Henüz çevrilmedi; Türkçe gösteriliyor.)"),
    )
