"""Workaround: wagtail-localize's explorer buttons, answered for all listed pages at once.

wagtail-localize 1.14 adds "Translate this page" and "Sync translated pages" to every row of the
page explorer (`wagtail_localize.wagtail_hooks.page_listing_more_buttons`) with two queries per
row: which locales the page is not yet translated into, and whether it is the source of enabled
translations. The municipality index lists 50 of its ~1,400 municipalities a page: 100 queries
and most of the explorer's time at national scale.

`install()` (from portal/wagtail_hooks.py) puts `listing_buttons` in the hook's place: the same
buttons, with the same conditions. In the explorer, `annotate_explorer_listing` (a
`construct_explorer_page_queryset` hook) adds both answers to the listing's own query, which
answers them for the 50 listed rows only (Wagtail's `_has_untranslated_locale` annotation works
the same way). Elsewhere (page search, flat listings) they are read for all children of the listed
page's parent in two queries and remembered for the request (on the request's user object, which
Wagtail passes to every call and which lives as long as the request). The page header's buttons
(one page) keep wagtail-localize's own function.

Delete this module when wagtail-localize reads them in bulk (check on each upgrade: UPGRADING.md;
`tests/portal/test_localize_listing.py` compares both for every page of a listing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django.db.models import Exists, OuterRef, QuerySet, Subquery
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from portal.memo import remembered

HOOK = "register_page_listing_more_buttons"
#: Where the siblings' answers are remembered for the request (with the parent's path).
MEMO_ATTRIBUTE = "_yeep_localize_listing"
#: The explorer's annotations: whether a locale lacks a (non-alias) page of the translation key,
#: and the id of the page's translation source with enabled translations (or None).
UNTRANSLATED_ANNOTATION = "_yeep_has_locale_to_translate_to"
SOURCE_ANNOTATION = "_yeep_translation_source_id"
#: The explorer's URL names (the admin API's page listing calls the same queryset hook).
EXPLORER_URL_NAMES = frozenset({"wagtailadmin_explore", "wagtailadmin_explore_results"})


@dataclass(frozen=True)
class SiblingTranslations:
    """For the children of one parent: the locales each translation key has a (non-alias) page
    in, and the ids of the sources with enabled translations, by (translation key, locale)."""

    locales: dict[UUID, set[int]]
    sources: dict[tuple[UUID, int], int]
    all_locales: frozenset[int]


def read_siblings(parent_path: str, depth: int) -> SiblingTranslations:
    """The translations of every child of the page at `parent_path`; two queries (and one for
    the locales)."""
    children = Page.objects.filter(path__startswith=parent_path, depth=depth)
    keys = children.values("translation_key")
    locales: dict[UUID, set[int]] = defaultdict(set)
    pages = Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
    for key, locale_id in pages.values_list("translation_key", "locale_id"):
        locales[key].add(locale_id)
    sources = (
        TranslationSource.objects.filter(object_id__in=keys, translations__enabled=True)
        .values_list("object_id", "locale_id", "pk")
        .distinct()
    )
    return SiblingTranslations(
        locales=dict(locales),
        sources={(key, locale_id): pk for key, locale_id, pk in sources},
        all_locales=frozenset(Locale.objects.values_list("pk", flat=True)),
    )


def siblings_of(page: Page, user: Any) -> SiblingTranslations:
    """The answers for the page's siblings, read once per request and parent."""
    parent_path = page.path[: -Page.steplen]
    return remembered(
        user, f"{MEMO_ATTRIBUTE}:{parent_path}", lambda: read_siblings(parent_path, page.depth)
    )


def annotate_translation_buttons(pages: QuerySet[Page]) -> QuerySet[Page]:
    """The pages with both answers of the buttons as annotations, evaluated by the database for
    the rows it returns (after the explorer's LIMIT)."""
    translated_locales = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")), alias_of__isnull=True
    ).values("locale_id")
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    return pages.annotate(
        **{
            UNTRANSLATED_ANNOTATION: Exists(Locale.objects.exclude(id__in=translated_locales)),
            SOURCE_ANNOTATION: Subquery(sources),
        }
    )


def annotate_explorer_listing(
    parent_page: Page, pages: QuerySet[Page], request: HttpRequest
) -> QuerySet[Page]:
    """`construct_explorer_page_queryset` hook: the explorer's rows carry the buttons' answers
    for users who see the buttons (the admin API's listing, which calls the hook too, stays
    as it is)."""
    match = request.resolver_match
    if match is None or match.url_name not in EXPLORER_URL_NAMES:
        return pages
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        return pages
    return annotate_translation_buttons(pages)


def translation_answers(page: Page, user: Any) -> tuple[bool, int | None]:
    """Whether some locale lacks a copy of the page, and its source's id if that source has
    enabled translations: from the explorer's annotations, else from the siblings' answers."""
    if UNTRANSLATED_ANNOTATION in page.__dict__:
        return page.__dict__[UNTRANSLATED_ANNOTATION], page.__dict__[SOURCE_ANNOTATION]
    siblings = siblings_of(page, user)
    translated = siblings.locales.get(page.translation_key, set())
    source_id = siblings.sources.get((page.translation_key, page.locale_id))
    return bool(siblings.all_locales - translated), source_id


def listing_buttons(
    page: Page, user: Any, view_name: str | None = None, next_url: str | None = None
) -> Iterator[ListingButton]:
    """wagtail-localize's two explorer buttons, from `translation_answers`."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    has_locale_to_translate_to, source_id = translation_answers(page, user)
    if has_locale_to_translate_to:
        yield ListingButton(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    if source_id is not None:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        yield ListingButton(_("Sync translated pages"), url, priority=60, icon_name="resubmit")


def install() -> None:
    """Replace wagtail-localize's explorer hook by `listing_buttons` (idempotent). Importing
    its hooks module registers them now; Wagtail's later search for hooks finds it imported."""
    from wagtail_localize import wagtail_hooks as localize_hooks

    registered = hooks._hooks.get(HOOK, [])  # noqa: SLF001 - Wagtail has no unregister
    kept = [
        (fn, order)
        for fn, order in registered
        if fn is not localize_hooks.page_listing_more_buttons
    ]
    if not any(fn is listing_buttons for fn, _order in kept):
        kept.append((listing_buttons, 0))
    hooks._hooks[HOOK] = kept  # noqa: SLF001
