"""Filters shared by the endpoints.

Every filter that names another object (a municipality by slug or id, an indicator by code, a
thematic area by code, a monitoring period by id) resolves it among public objects only and
answers an unknown value with a 400 naming the parameter, never an empty list: a journalist who
mistypes "kadikoy" should be told so. Objects are matched across languages by translation key,
so a Turkish slug or id works in an English response and the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import django_filters

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Substr
from django.db.models.lookups import In

from wagtail.models import Page

#: The objects a reference may name: called at validation time (the public helper runs then).
Candidates = Callable[[], QuerySet]
Matcher = Callable[[QuerySet, list[UUID]], QuerySet]


class ReferenceField(forms.CharField):
    """A slug, code or id naming objects of `candidates()`; cleans to their translation keys."""

    def __init__(
        self,
        *,
        candidates: Candidates,
        lookups: tuple[str, ...],
        not_found: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.candidates = candidates
        self.lookups = lookups
        self.not_found = not_found

    def clean(self, value: Any) -> list[UUID] | None:
        value = super().clean(value)
        if not value:
            return None
        text = value.strip()
        query = Q()
        for lookup in self.lookups:
            if lookup == "pk":
                if text.isascii() and text.isdigit() and len(text) < 12:
                    query |= Q(pk=int(text))
            else:
                query |= Q(**{lookup: text})
        keys = set()
        if query:
            keys = set(self.candidates().filter(query).values_list("translation_key", flat=True))
        if not keys:
            # Formatted by whoever shows the error (django-filter does so once more).
            raise ValidationError(self.not_found, code="not_found", params={"value": text[:60]})
        return list(keys)


class ReferenceFilter(django_filters.CharFilter):
    """A filter naming another object (see ReferenceField); `match(queryset, keys)` narrows the
    queryset to rows about those objects."""

    field_class = ReferenceField

    def __init__(self, *, match: Matcher, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.match = match

    def filter(self, qs: QuerySet, value: list[UUID] | None) -> QuerySet:
        return qs if not value else self.match(qs, value)


def under(model: type[Page], depth: int, path_lookup: str = "path") -> Matcher:
    """Rows whose page (at `path_lookup`) lies under a page of `model` at tree depth `depth`
    with one of the keys, in any language's tree."""

    def match(queryset: QuerySet, keys: list[UUID]) -> QuerySet:
        ancestors = model.objects.filter(translation_key__in=keys).values("path")
        return queryset.filter(In(Substr(path_lookup, 1, Page.steplen * depth), ancestors))

    return match


def linked(lookup: str) -> Matcher:
    """Rows whose `lookup` (a foreign key to a translatable object) has one of the keys."""

    def match(queryset: QuerySet, keys: list[UUID]) -> QuerySet:
        return queryset.filter(**{f"{lookup}__translation_key__in": keys})

    return match


def related_through(row_model: type[Model], lookup: str = "municipality") -> Matcher:
    """Pages having a related-page row (`row_model`, ParentalKey `page`) whose `lookup` has one of
    the keys, e.g. news items about a municipality through NewsMunicipality."""

    def match(queryset: QuerySet, keys: list[UUID]) -> QuerySet:
        rows = row_model.objects.filter(**{f"{lookup}__translation_key__in": keys})
        return queryset.filter(pk__in=rows.values("page_id"))

    return match


def date_filters(field_name: str, what: str) -> tuple[django_filters.DateFilter, ...]:
    """`date_from` and `date_to` (inclusive, YYYY-MM-DD) on a date field."""
    return (
        django_filters.DateFilter(
            field_name=field_name,
            lookup_expr="gte",
            help_text=f"Only {what} on or after this date (YYYY-MM-DD), inclusive.",
        ),
        django_filters.DateFilter(
            field_name=field_name,
            lookup_expr="lte",
            help_text=f"Only {what} on or before this date (YYYY-MM-DD), inclusive.",
        ),
    )
