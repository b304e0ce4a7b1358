"""Workaround: restoring a draft's rows checks their foreign keys in bulk, not row by row.

Opening an assessment's edit form (or its preview, or the board's comparison of revisions)
restores the latest revision: modelcluster's `model_from_serializable_data` checks every foreign
key of every child row with its own query (`.get()` on the action or indicator, the locale and
the parent page: three a row). A plan of 40 actions with 20 sex-disaggregated indicators has 100
rows: 300 queries before the form is drawn.

`AssessmentPage.from_serializable_data` wraps the restore in `targets_known_for(...)`, which
reads, per related model, which of the ids the rows refer to exist (one query per model); the
rows' `from_serializable_data` (`BulkCheckedRow`) then applies modelcluster's rules (a missing
CASCADE target drops the row, a missing SET_NULL target is emptied) against those sets and
restores the row without its own checks. Outside such a block rows are restored as before.

Delete when modelcluster checks child rows' foreign keys in bulk (check on each upgrade:
UPGRADING.md; tests/plans/test_compact_form.py counts the edit form's queries with a draft).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.db import models

from modelcluster.models import get_all_child_relations, model_from_serializable_data

#: The ids known to exist, by related model, while a revision is restored.
_existing: ContextVar[dict[type[models.Model], set[Any]] | None] = ContextVar(
    "revision_rows_existing", default=None
)


def foreign_keys(model: type[models.Model]) -> list[models.ForeignKey]:
    """The model's foreign keys that point at their target's primary key."""
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey)
        and field.remote_field.field_name == field.related_model._meta.pk.name
    ]


@contextmanager
def targets_known_for(model: type[models.Model], data: dict[str, Any]) -> Iterator[None]:
    """While restoring `data` (a serialised instance of `model`), the ids its BulkCheckedRow
    children refer to that exist, read in one query per related model."""
    wanted: dict[type[models.Model], set[Any]] = defaultdict(set)
    for relation in get_all_child_relations(model):
        row_model = relation.related_model
        if not issubclass(row_model, BulkCheckedRow):
            continue
        for row in data.get(relation.get_accessor_name()) or []:
            for field in foreign_keys(row_model):
                value = row.get(field.name)
                if value is not None:
                    wanted[field.related_model].add(field.target_field.to_python(value))
    existing = {
        target: set(target._default_manager.filter(pk__in=ids).values_list("pk", flat=True))
        for target, ids in wanted.items()
    }
    token = _existing.set(existing)
    try:
        yield
    finally:
        _existing.reset(token)


class BulkCheckedRow(models.Model):
    """A child row whose foreign keys are checked against `targets_known_for` when restored
    from a revision inside one."""

    class Meta:
        abstract = True

    @classmethod
    def from_serializable_data(
        cls, data: dict[str, Any], check_fks: bool = True, strict_fks: bool = False
    ) -> Any:
        existing = _existing.get()
        if existing is None or not check_fks:
            return model_from_serializable_data(cls, data, check_fks, strict_fks)
        data = dict(data)
        for field in foreign_keys(cls):
            value = data.get(field.name)
            if value is None:
                continue
            known = existing.get(field.related_model)
            if known is None:  # not read in bulk: modelcluster checks the row itself
                return model_from_serializable_data(cls, data, check_fks, strict_fks)
            if field.target_field.to_python(value) in known:
                continue
            on_delete = field.remote_field.on_delete
            if on_delete is models.CASCADE:
                if strict_fks:
                    return None
                data[field.name] = None
            elif on_delete is models.SET_NULL:
                data[field.name] = None
            elif on_delete is not models.DO_NOTHING:
                return model_from_serializable_data(cls, data, check_fks, strict_fks)
        return model_from_serializable_data(cls, data, check_fks=False, strict_fks=strict_fks)
