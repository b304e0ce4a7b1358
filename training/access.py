"""Which training pages and documents one request may open, checked the way Wagtail checks them.

Wagtail decides on a single page (its `serve`) or document (its serve view) by asking every view
restriction on the object and its ancestors to `accept_request`. Lists need the same answer for
many objects at once: the helpers here read all restrictions that apply to a list in one query and
ask each restriction once, so a programme page does not cost a query per module.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.db.models import F
from django.http import HttpRequest

from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

#: Length of one level of a treebeard materialised path (pages and collections alike).
STEPLEN = 4


def _ancestor_paths(path: str) -> list[str]:
    return [path[:end] for end in range(STEPLEN, len(path) + 1, STEPLEN)]


def _open_paths(
    request: HttpRequest,
    paths: Iterable[str],
    restrictions: Iterable[tuple[str, BaseViewRestriction]],
) -> set[str]:
    """The paths whose every restriction (on the path or an ancestor) accepts the request;
    `restrictions` pairs each restriction with the tree path of what it restricts."""
    by_path: dict[str, list[BaseViewRestriction]] = {}
    for path, restriction in restrictions:
        by_path.setdefault(path, []).append(restriction)
    verdicts: dict[int, bool] = {}

    def accepts(restriction: BaseViewRestriction) -> bool:
        if restriction.pk not in verdicts:
            verdicts[restriction.pk] = restriction.accept_request(request)
        return verdicts[restriction.pk]

    return {
        path
        for path in paths
        if all(
            accepts(restriction)
            for ancestor in _ancestor_paths(path)
            for restriction in by_path.get(ancestor, ())
        )
    }


def open_page_ids(request: HttpRequest, pages: Sequence[Any]) -> set[int]:
    """Ids of the pages the request may view under Wagtail's page privacy (two queries)."""
    prefixes = {prefix for page in pages for prefix in _ancestor_paths(page.path)}
    restrictions = (
        PageViewRestriction.objects.filter(page__path__in=prefixes)
        .annotate(tree_path=F("page__path"))
        .prefetch_related("groups")
    )
    opened = _open_paths(
        request,
        [page.path for page in pages],
        [(restriction.tree_path, restriction) for restriction in restrictions],
    )
    return {page.pk for page in pages if page.path in opened}


def open_document_ids(request: HttpRequest, documents: Sequence[Any]) -> set[int]:
    """Ids of the documents the request may download under Wagtail's collection privacy."""
    documents = [document for document in documents if document is not None]
    if not documents:
        return set()
    collection_path = dict(
        Collection.objects.filter(
            pk__in={document.collection_id for document in documents}
        ).values_list("pk", "path")
    )
    prefixes = {prefix for path in collection_path.values() for prefix in _ancestor_paths(path)}
    restrictions = (
        CollectionViewRestriction.objects.filter(collection__path__in=prefixes)
        .annotate(tree_path=F("collection__path"))
        .prefetch_related("groups")
    )
    opened = _open_paths(
        request,
        collection_path.values(),
        [(restriction.tree_path, restriction) for restriction in restrictions],
    )
    return {
        document.pk for document in documents if collection_path[document.collection_id] in opened
    }


def material_documents(materials: Iterable[Any]) -> list[Any]:
    """The documents of a materials StreamField's document blocks."""
    return [block.value["document"] for block in materials if block.block_type == "document"]


def open_materials(request: HttpRequest, materials: Iterable[Any]) -> tuple[list[Any], int]:
    """The material blocks the request may use, and how many document materials are hidden.

    A document block whose document was deleted or is participants-only (for someone else) is
    left out; videos and exercises belong to the page and are shown with it.
    """
    materials = list(materials)
    opened = open_document_ids(request, material_documents(materials))
    shown = [
        block
        for block in materials
        if block.block_type != "document"
        or (block.value["document"] is not None and block.value["document"].pk in opened)
    ]
    return shown, len(materials) - len(shown)
