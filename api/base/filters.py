"""Filters shared by the endpoints.

Every filter that names another object (a municipality by slug or id, an indicator by code, a
thematic area by code, a monitoring period by id) resolves it among public objects only and
answers an unknown value with a 400 naming the parameter, never an empty list: a journalist who
mistypes "kadikoy" should be told so. Objects are matched across languages by translation key,
so a Turkish slug or id works in an English response and the other way round.

Typed parameters are strict: an integer is written with digits only ("0.5" and "abc" are
refused), a date only as YYYY-MM-DD, and a parameter given with an empty value is refused unless
it is free text (StrictFilterBackend), so what the schema declares is what the API accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

import django_filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions
from rest_framework.request import Request
from rest_framework.views import APIView

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Substr
from django.db.models.lookups import In
from django.utils.translation import gettext_lazy

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


#: Integers with more digits than this lie beyond any stored number: they are cut to ±10**18,
#: which every database compares without overflow (int() refuses over 4,300 digits anyway).
MAX_INTEGER_DIGITS = 18
_INTEGER = re.compile(r"(-?)([0-9]+)")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: The answer to a typed parameter given with an empty value (`?year=`, `?ordering=`).
EMPTY_VALUE = gettext_lazy(
    "Bu parametre boş bırakılamaz; ya bir değer verin ya da hiç göndermeyin."
)


class StrictIntegerField(forms.IntegerField):
    """An integer in ASCII digits with an optional minus sign: "0.5", "1.0", "1e3", "abc" and
    "٣" are refused (Django's IntegerField takes "1.0")."""

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        match = _INTEGER.fullmatch(str(value).strip())
        if match is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        sign, digits = match.groups()
        digits = digits.lstrip("0") or "0"
        number = 10**MAX_INTEGER_DIGITS if len(digits) > MAX_INTEGER_DIGITS else int(digits)
        return -number if sign else number


class IsoDateField(forms.DateField):
    """A date written YYYY-MM-DD only, whatever the language (Turkish input formats would take
    15.08.2025 too)."""

    default_error_messages = {
        "invalid": gettext_lazy("Geçerli bir tarih girin: YYYY-AA-GG, örneğin 2025-06-30."),
    }

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        text = str(value).strip()
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError(text)
            return date.fromisoformat(text)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


class IntegerFilter(django_filters.NumberFilter):
    """A filter on an integer (StrictIntegerField)."""

    field_class = StrictIntegerField


class IsoDateFilter(django_filters.DateFilter):
    """A filter on a date (IsoDateField)."""

    field_class = IsoDateField


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter's backend, refusing a typed parameter (integer, date, choice, anything but
    free text) given with an empty value: `?date_to=` is a 400 naming it, not "no filter".

    Free-text and reference filters (CharFilter: search, province, municipality, …) keep
    treating an empty value as absent, as their schema (any string) allows.
    """

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        errors: dict[str, list[str]] = {
            name: [str(EMPTY_VALUE)]
            for name, field in filterset.filters.items()
            if not isinstance(field, django_filters.CharFilter)
            and name in request.query_params
            and not request.query_params[name].strip()
        }
        if not filterset.is_valid():
            for name, messages in filterset.errors.items():
                errors.setdefault(name, list(messages))
        if errors:
            raise exceptions.ValidationError(errors)
        return filterset.qs


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


def date_filters(field_name: str, what: str) -> tuple[IsoDateFilter, ...]:
    """`date_from` and `date_to` (inclusive, YYYY-MM-DD) on a date field."""
    return (
        IsoDateFilter(
            field_name=field_name,
            lookup_expr="gte",
            help_text=f"Only {what} on or after this date (YYYY-MM-DD), inclusive.",
        ),
        IsoDateFilter(
            field_name=field_name,
            lookup_expr="lte",
            help_text=f"Only {what} on or before this date (YYYY-MM-DD), inclusive.",
        ),
    )
