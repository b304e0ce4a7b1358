"""Workaround: wagtail-localize's explorer buttons, answered for all listed pages at once.

wagtail-localize 1.14 adds "Translate this page" and "Sync translated pages" to every row of the
page explorer (`wagtail_localize.wagtail_hooks.page_listing_more_buttons`) with two queries per
row: which locales the page is not yet translated into, and whether it is the source of enabled
translations. The municipality index lists 50 of its ~1,400 municipalities a page: 100 queries
and most of the explorer's time at national scale.

`install()` (from portal/wagtail_hooks.py) puts `listing_buttons` in the hook's place: the same
buttons, with the same conditions, read for all children of the listed page's parent in two
queries and remembered for the request (on the request's user object, which Wagtail passes to
every call and which lives as long as the request). The page header's buttons (one page) keep
wagtail-localize's own function.

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

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

HOOK = "register_page_listing_more_buttons"
#: Where the siblings' answers are remembered for the request.
MEMO_ATTRIBUTE = "_yeep_localize_listing"


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
    memo = user.__dict__.setdefault(MEMO_ATTRIBUTE, {})
    parent_path = page.path[: -Page.steplen]
    if parent_path not in memo:
        memo[parent_path] = read_siblings(parent_path, page.depth)
    return memo[parent_path]


def listing_buttons(
    page: Page, user: Any, view_name: str | None = None, next_url: str | None = None
) -> Iterator[ListingButton]:
    """wagtail-localize's two explorer buttons, from the siblings' answers."""
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return
    siblings = siblings_of(page, user)
    translated = siblings.locales.get(page.translation_key, set())
    if siblings.all_locales - translated:
        yield ListingButton(
            _("Translate this page"),
            reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]),
            priority=60,
            icon_name="wagtail-localize-language",
        )
    source_id = siblings.sources.get((page.translation_key, page.locale_id))
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
