"""Where monitoring pages lie in the page tree, read from their paths.

Root (1) → home (2) → municipality index (3) → municipality (4) → plan (5) → actions and
assessments (6); the page-type rules (parent_page_types) fix these depths, so the municipality or
plan a page belongs to is a prefix of its path, found without a query. Approved rows are stored
under the source-language (Turkish) pages: `source_of()` finds the page they lie under. Lists of
child pages follow the portal's language rule (`shown_children()`).
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import F, OrderBy, QuerySet, Window
from django.db.models.functions import RowNumber, Substr

from wagtail.models import Page, PageQuerySet

from portal.languages import in_visitor_language
from portal.locales import default_locale
from portal.memo import remembered

PQ = TypeVar("PQ", bound=PageQuerySet)
QS = TypeVar("QS", bound=QuerySet)

MUNICIPALITY_DEPTH = 4
PLAN_DEPTH = MUNICIPALITY_DEPTH + 1


def municipality_path(path: str) -> str:
    """The tree path of the municipality a page (at or below it) belongs to."""
    return path[: Page.steplen * MUNICIPALITY_DEPTH]


def plan_path(path: str) -> str:
    """The tree path of the plan a page (at or below it) belongs to."""
    return path[: Page.steplen * PLAN_DEPTH]


def municipality_prefix(lookup: str) -> Substr:
    """municipality_path() as an SQL expression over the path `lookup` (e.g. "assessment__path")."""
    return Substr(lookup, 1, Page.steplen * MUNICIPALITY_DEPTH)


def plan_prefix(lookup: str) -> Substr:
    """plan_path() as an SQL expression over the path `lookup` (e.g. "path")."""
    return Substr(lookup, 1, Page.steplen * PLAN_DEPTH)


def first_of_each(queryset: QS, group: Substr, *order: OrderBy) -> QS:
    """The first row of `queryset` in `order` for each value of `group` (a path prefix such as
    plan_prefix("path")), picked by the database in one query (a window function), so that one
    row per plan or municipality is read rather than one per assessment."""
    ranked = queryset.annotate(
        rank_in_group=Window(RowNumber(), partition_by=[group], order_by=list(order))
    )
    return ranked.filter(rank_in_group=1)


def latest_first(*fields: str) -> list[OrderBy]:
    """Descending order by `fields`, a missing value (NULL) first on every database, as
    PostgreSQL orders it descending."""
    return [F(name).desc(nulls_first=True) for name in fields]


#: Where source_of() keeps the source-language page on a translated instance.
SOURCE_ATTRIBUTE = "_source_language_page"


def source_of(page: Page) -> Page:
    """The page's version in the source language (itself when it is the source, or when it has
    none): the page under which its approved rows are stored. Remembered on the instance, so the
    sections of one page view ask once."""
    default = default_locale()
    if page.locale_id == default.pk:
        return page
    return remembered(page, SOURCE_ATTRIBUTE, lambda: page.get_translation_or_none(default) or page)


def shown_children(queryset: PQ, parent: Page, source: Page | None = None) -> PQ:
    """The pages of `queryset` (pass `Model.objects.for_public()`) listed under `parent` by the
    portal's language rule (portal.languages.in_visitor_language): its children in the visitor's
    language, and the children of its source-language copy that have no such copy in `queryset`
    (an English plan lists the actions not translated yet, in Turkish). One query when evaluated,
    plus one to find the source copy of a translated parent unless `source` is given."""
    source = source or source_of(parent)
    children = queryset.child_of_q(parent) | queryset.child_of_q(source)
    return in_visitor_language(queryset.filter(children))
