"""Finding and removing the synthetic data of an earlier generate_scale run.

Synthetic data is recognised by two marks together, so demo content and real pages are never
touched: a page directly under the municipality (or indicator) index whose slug starts with the
synthetic prefix *and* that carries the sample-data flag, with everything below it; translations
of these pages (with their subtrees), should someone have made any; monitoring periods whose
source-language name starts with the synthetic prefix, once no assessment uses them; the reporters
groups and (empty) media collections that `setup_roles` gives every municipality, synthetic ones
included, when it runs after generate_scale.

Deleting ~70,000 pages with Django's QuerySet.delete() takes many minutes: Wagtail and
wagtail-localize run a dozen queries per page in their pre/post_delete receivers (unpublishing,
translation clean-up, search index), and the collector loads every orderable row (~1.4 million)
to send its post_delete signal. Those receivers have nothing to do for pages written in bulk (no
revisions, no translations, not in the reference index), so this module deletes set-wise instead,
following the relations Django's collector follows, one statement per relation with the pages as
a subquery: rows that cascade are deleted (directly when nothing depends on them, through
QuerySet.delete() otherwise), SET_NULL links are emptied, a PROTECT link that remains stops
everything (say, a real assessment reporting a synthetic indicator), rows of generic relations
(revisions, workflow states, search index entries) and of the reference index are deleted, then
each page type's own rows and last the wagtailcore_page rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.deletion import get_candidate_relations_to_delete
from django.db.models.functions import Cast, Substr

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex

from indicators.models import IndicatorPage
from plans.models import MonitoringPeriod, MunicipalityPage

from .bulk import batched

#: Subtrees per round: their paths are parameters, and SQLite takes at most 999 per statement.
SUBTREE_BATCH = 900


class SyntheticDataInUse(Exception):
    """Something outside the synthetic data still needs it (a PROTECT foreign key)."""


@dataclass(frozen=True)
class Markers:
    """How synthetic data is told apart from everything else."""

    municipality_slug_prefix: str
    indicator_slug_prefix: str
    period_name_prefix: str


@dataclass
class Removed:
    """What a removal deleted."""

    pages: int = 0
    periods: int = 0
    periods_kept: int = 0
    groups: int = 0


def synthetic_roots(index: Page, indicator_index: Page | None, markers: Markers) -> list[str]:
    """Paths of the synthetic subtrees: marked municipalities and indicators, and translations."""
    keys = list(
        MunicipalityPage.objects.child_of(index)
        .filter(slug__startswith=markers.municipality_slug_prefix, is_sample_data=True)
        .values_list("translation_key", flat=True)
    )
    if indicator_index is not None:
        keys += (
            IndicatorPage.objects.child_of(indicator_index)
            .filter(slug__startswith=markers.indicator_slug_prefix, is_sample_data=True)
            .values_list("translation_key", flat=True)
        )
    types = ContentType.objects.get_for_models(MunicipalityPage, IndicatorPage).values()
    paths: list[str] = []
    for batch in batched(keys, SUBTREE_BATCH):
        paths += Page.objects.filter(translation_key__in=batch, content_type__in=types).values_list(
            "path", flat=True
        )
    return sorted(paths)


def subtrees(root_paths: Sequence[str]) -> models.QuerySet[Page]:
    """The pages at or below the given paths (all of one depth), as one query to nest in others."""
    lengths = {len(path) for path in root_paths}
    if len(lengths) != 1:
        raise ValueError("Subtree roots must all be at the same depth.")
    return Page.objects.annotate(root=Substr("path", 1, lengths.pop())).filter(
        root__in=list(root_paths)
    )


def delete_subtrees(root_paths: Sequence[str]) -> int:
    """Delete the subtrees and what depends on them, set-wise; returns the number of pages."""
    deleted = 0
    by_depth: dict[int, list[str]] = {}
    for path in root_paths:
        by_depth.setdefault(len(path), []).append(path)
    for paths in by_depth.values():
        for batch in batched(paths, SUBTREE_BATCH):
            deleted += _delete_pages(subtrees(batch))
            _recount_children({path[: -Page.steplen] for path in batch})
    return deleted


def _delete_pages(pages: models.QuerySet[Page]) -> int:
    """Delete the pages (whole subtrees) and what depends on them."""
    ids = pages.values("pk")
    page_models = _page_models(pages)
    relations = _relations_to(page_models)
    for relation in relations:
        if relation.on_delete is models.CASCADE:
            _delete_rows(_rows_linked(relation, ids))
    for relation in relations:
        _empty_or_refuse(relation, ids)
    _delete_generic_rows(page_models, pages)
    count = pages.count()
    for model in page_models:
        model._base_manager.filter(pk__in=ids)._raw_delete(model._base_manager.db)
    pages.order_by()._raw_delete(pages.db)
    return count


def _page_models(pages: models.QuerySet[Page]) -> list[type[Page]]:
    """The specific page classes among the pages (their own tables are deleted before Page's)."""
    type_ids = set(pages.order_by().values_list("content_type", flat=True).distinct())
    found = (ContentType.objects.get_for_id(pk).model_class() for pk in type_ids)
    return [model for model in found if model is not None and model is not Page]


def _relations_to(page_models: Iterable[type[Page]]) -> list[models.ForeignObjectRel]:
    """Every relation Django's collector would follow from these pages, except the parent links
    of multi-table inheritance (the page types' own rows, deleted last)."""
    relations: dict[models.Field, models.ForeignObjectRel] = {}
    for model in [*page_models, Page]:
        for relation in get_candidate_relations_to_delete(model._meta):
            if not relation.field.remote_field.parent_link:
                relations.setdefault(relation.field, relation)
    return list(relations.values())


def _rows_linked(relation: models.ForeignObjectRel, ids: models.QuerySet) -> models.QuerySet:
    return relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": ids})


def _delete_rows(queryset: models.QuerySet) -> None:
    """Delete rows in one statement when nothing depends on them (the orderables: ~1.4 million
    rows at national scale, which the collector would load one by one to send post_delete), and
    through Django's collector otherwise."""
    if any(get_candidate_relations_to_delete(queryset.model._meta)):
        queryset.delete()
    else:
        # What Django's collector itself does with rows it may "fast delete".
        queryset._raw_delete(queryset.db)


def _empty_or_refuse(relation: models.ForeignObjectRel, ids: models.QuerySet) -> None:
    """SET_NULL links are emptied; a PROTECT (or RESTRICT) link still present stops the removal."""
    rows = _rows_linked(relation, ids)
    if relation.on_delete is models.SET_NULL:
        rows.update(**{relation.field.name: None})
    elif relation.on_delete in (models.PROTECT, models.RESTRICT) and rows.exists():
        raise SyntheticDataInUse(
            f"{rows.count()} {relation.related_model._meta.verbose_name_plural} outside the "
            f"synthetic data still use synthetic pages ({relation.field.name}); remove them first."
        )


def _delete_generic_rows(page_models: Iterable[type[Page]], pages: models.QuerySet[Page]) -> None:
    """Revisions, workflow states and search index entries of the pages (generic relations, keyed
    by content type and the id as text), and the reference index rows from and to them."""
    keys = pages.annotate(key=Cast("pk", models.CharField(max_length=255))).values("key")
    relations: dict[tuple[type[models.Model], str, str], set[int]] = {}
    for model in [*page_models, Page]:
        for field in model._meta.private_fields:
            if isinstance(field, GenericRelation):
                content_type = ContentType.objects.get_for_model(
                    model, for_concrete_model=field.for_concrete_model
                )
                fields = (field.content_type_field_name, field.object_id_field_name)
                relations.setdefault((field.related_model, *fields), set()).add(content_type.pk)
    for (related, type_field, id_field), type_ids in relations.items():
        _delete_rows(
            related._base_manager.filter(**{f"{type_field}__in": type_ids, f"{id_field}__in": keys})
        )
    page_type = ContentType.objects.get_for_model(Page)
    _delete_rows(ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=keys))
    _delete_rows(ReferenceIndex.objects.filter(to_content_type=page_type, to_object_id__in=keys))


def _recount_children(parent_paths: Iterable[str]) -> None:
    """Set numchild of the given pages to their real number of children."""
    for parent in Page.objects.filter(path__in=list(parent_paths)):
        Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())


def synthetic_periods(name_prefix: str, locale_id: int) -> models.QuerySet[MonitoringPeriod]:
    """Synthetic monitoring periods in every language (found by their source-language name)."""
    keys = MonitoringPeriod.objects.filter(
        locale_id=locale_id, name__startswith=name_prefix
    ).values("translation_key")
    return MonitoringPeriod.objects.filter(translation_key__in=keys)


def delete_periods(periods: models.QuerySet[MonitoringPeriod]) -> tuple[int, int]:
    """Delete the periods no assessment uses any more; returns (deleted, kept)."""
    unused = list(periods.filter(assessments__isnull=True).values_list("pk", flat=True))
    kept = periods.count() - len(unused)
    MonitoringPeriod.objects.filter(pk__in=unused).delete()
    return len(unused), kept


def reporter_links(root_paths: Sequence[str]) -> tuple[set[int], set[int]]:
    """Ids of the reporters groups and collections of the municipalities among the roots."""
    groups: set[int] = set()
    collections: set[int] = set()
    for batch in batched(root_paths, SUBTREE_BATCH):
        for group, collection in MunicipalityPage.objects.filter(path__in=batch).values_list(
            "reporters_group", "collection"
        ):
            groups.add(group)
            collections.add(collection)
    return groups - {None}, collections - {None}


def delete_reporter_links(groups: set[int], collections: set[int]) -> int:
    """Delete the groups and the empty, childless collections no municipality uses any more;
    returns the number of groups deleted."""
    in_use = MunicipalityPage.objects.values_list("reporters_group", "collection")
    used_groups = {group for group, _collection in in_use}
    used_collections = {collection for _group, collection in in_use}
    orphans = Group.objects.filter(pk__in=groups - used_groups)
    count = orphans.count()
    orphans.delete()
    empty = [
        collection.pk
        for collection in Collection.objects.filter(pk__in=collections - used_collections)
        if collection.numchild == 0
        and not get_document_model().objects.filter(collection=collection).exists()
        and not get_image_model().objects.filter(collection=collection).exists()
    ]
    Collection.objects.filter(pk__in=empty).delete()
    return count


def remove_synthetic(
    index: Page, indicator_index: Page | None, markers: Markers, locale_id: int
) -> Removed:
    """Remove all synthetic pages, then the synthetic periods, reporters groups and collections
    nothing uses any more."""
    roots = synthetic_roots(index, indicator_index, markers)
    groups, collections = reporter_links(roots)
    pages = delete_subtrees(roots)
    deleted, kept = delete_periods(synthetic_periods(markers.period_name_prefix, locale_id))
    group_count = delete_reporter_links(groups, collections)
    return Removed(pages=pages, periods=deleted, periods_kept=kept, groups=group_count)
