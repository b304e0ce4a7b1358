"""Adding many live pages to Wagtail's tree at once, without a save() per page.

Django cannot bulk_create a model with multi-table inheritance, and Wagtail's add_child() costs a
dozen queries per page. Here a page is built in memory as its specific class with every
wagtailcore_page column set by hand: the treebeard materialised path (MP_Node: `steplen` characters
per level from `alphabet`), depth, numchild, url_path, content type, locale, translation key and the
published state. Then bulk_create writes the wagtailcore_page rows (it returns their ids) and
demo.synthetic.bulk the rows of each page type's own table (the parent link and the fields the
class adds, including those of abstract bases such as PortalPage).

Nothing here sends signals: callers index the pages for search themselves and leave Wagtail's
reference index alone (see demo.synthetic.builder).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.models import Locale, Page

from .bulk import write_own_fields

P = TypeVar("P", bound=Page)

#: Pages per INSERT statement at most (bulk_create lowers it where the database needs it).
PAGE_BATCH = 1000


def step_key(number: int) -> str:
    """One level of a materialised path: `number` (1-based) in the tree's alphabet, zero-padded to
    `Page.steplen` characters (1 → "0001", 36 → "0010" with the default base-36 alphabet)."""
    alphabet, width = Page.alphabet, Page.steplen
    base = len(alphabet)
    if not 0 < number < base**width:
        raise ValueError(f"A tree level holds at most {base**width - 1} pages, not {number}.")
    digits = ""
    while number:
        number, digit = divmod(number, base)
        digits = alphabet[digit] + digits
    return digits.rjust(width, alphabet[0])


def step_number(path: str) -> int:
    """The position (1-based) of the last level of a materialised path; the inverse of step_key."""
    return int(path[-Page.steplen :], len(Page.alphabet))


def last_child_number(parent: Page) -> int:
    """The position of the parent's last child in the tree (0 when it has none)."""
    last = Page.objects.child_of(parent).order_by("-path").values_list("path", flat=True).first()
    return step_number(last) if last else 0


class PageFactory:
    """Builds unsaved, live page instances of any type with their tree columns filled in."""

    def __init__(self, locale: Locale, published_at: datetime, key_namespace: uuid.UUID) -> None:
        self.locale = locale
        self.published_at = published_at
        self.key_namespace = key_namespace
        self.content_types: dict[type[Page], ContentType] = {}

    def content_type(self, model: type[Page]) -> ContentType:
        """The model's content type (cached: one query per page type)."""
        if model not in self.content_types:
            self.content_types[model] = ContentType.objects.get_for_model(model)
        return self.content_types[model]

    def child(
        self,
        model: type[P],
        parent: Page,
        number: int,
        *,
        key: str,
        numchild: int = 0,
        **fields: Any,
    ) -> P:
        """A live `model` page as the parent's `number`th child (1-based).

        `parent` may itself be unsaved (built here); `key` makes the translation key deterministic.
        Published exactly as the board's approval leaves a page: live, no unpublished changes,
        first and last published now (no revision: see demo.synthetic).
        """
        slug, title = fields["slug"], fields["title"]
        return model(
            path=parent.path + step_key(number),
            depth=parent.depth + 1,
            numchild=numchild,
            url_path=f"{parent.url_path}{slug}/",
            content_type=self.content_type(model),
            locale=self.locale,
            translation_key=uuid.uuid5(self.key_namespace, key),
            draft_title=title,
            live=True,
            has_unpublished_changes=False,
            first_published_at=self.published_at,
            last_published_at=self.published_at,
            latest_revision_created_at=None,
            **fields,
        )


def insert_pages(pages: Sequence[Page]) -> None:
    """Write new pages of any types: wagtailcore_page rows first (bulk_create, which returns the
    ids), then the rows of each page type's own table."""
    Page.objects.bulk_create(pages, batch_size=PAGE_BATCH)
    by_model: dict[type[Page], list[Page]] = {}
    for page in pages:
        page.page_ptr_id = page.id  # type: ignore[attr-defined]
        page._state.adding = False
        by_model.setdefault(type(page), []).append(page)
    for model, instances in by_model.items():
        write_own_fields(model, instances)


def add_to_numchild(parent: Page, count: int) -> None:
    """Record `count` more children on a saved parent (treebeard keeps numchild on each node)."""
    Page.objects.filter(pk=parent.pk).update(numchild=models.F("numchild") + count)
