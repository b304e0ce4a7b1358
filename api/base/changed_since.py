"""`?changed_since=` on every list: only what was published (or published again) since then, so an
aggregator can poll cheaply.

One backend for every endpoint (PublicReadOnlyViewSet.filter_backends). The date compared is the
page's `last_published_at`, or for rows inside an assessment (indicator values) their
assessment's: `changed_since_field(view)` finds it from the model, and a view may name its own
(`changed_since_field = "…"`). A list of objects without a publication date (the thematic areas,
the monitoring periods) does not offer the parameter. The value is an ISO 8601 date (the start of
that day in the portal's time zone) or date and time (with an offset, or in the portal's time
zone without one); anything else is a 400 naming the parameter. Inclusive: a poller that passes the
time of its last poll misses nothing published in that second.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request
from rest_framework.views import APIView

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from .filters import EMPTY_VALUE

CHANGED_SINCE_PARAM = "changed_since"
#: A date, optionally followed by a time (ISO 8601), before Python parses it.
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}.*)?")


def _has_field(model: type[Model], name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def changed_since_field(view: APIView) -> str | None:
    """The lookup of the date the view's objects were last published, or None."""
    declared = getattr(view, "changed_since_field", None)
    if declared:
        return declared
    model = getattr(view, "model", None)
    if model is None:
        return None
    if _has_field(model, "last_published_at"):
        return "last_published_at"
    if _has_field(model, "assessment"):
        return "assessment__last_published_at"
    return None


def parse_changed_since(text: str) -> datetime:
    """An aware datetime from an ISO 8601 date or date and time; ValueError otherwise."""
    text = text.strip()
    if not _ISO.fullmatch(text):
        raise ValueError(text)
    if len(text) == 10:
        moment = datetime.combine(date.fromisoformat(text), time.min)
    else:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class ChangedSinceFilter(BaseFilterBackend):
    """Keeps the objects published at or after `?changed_since=`."""

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        field = changed_since_field(view)
        if field is None or CHANGED_SINCE_PARAM not in request.query_params:
            return queryset
        raw = request.query_params[CHANGED_SINCE_PARAM]
        if not raw.strip():
            raise ValidationError({CHANGED_SINCE_PARAM: [str(EMPTY_VALUE)]})
        try:
            moment = parse_changed_since(raw)
        except (ValueError, OverflowError):
            message = _(
                "Geçerli bir ISO 8601 tarih veya tarih-saat girin, örneğin 2025-06-30 ya da "
                "2025-06-30T12:00:00+03:00."
            )
            raise ValidationError({CHANGED_SINCE_PARAM: [message]}) from None
        return queryset.filter(**{f"{field}__gte": moment})

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        if changed_since_field(view) is None:
            return []
        return [
            {
                "name": CHANGED_SINCE_PARAM,
                "required": False,
                "in": "query",
                "description": (
                    "Only what was published or published again at or after this moment "
                    "(the page's last publication; for rows, their assessment's): an ISO 8601 "
                    "date (`2025-06-30`, from the start of that day, Europe/Istanbul) or date and "
                    "time (`2025-06-30T12:00:00+03:00`; without an offset, Europe/Istanbul). "
                    "Anything else is answered with 400. For aggregators that poll."
                ),
                "schema": {"type": "string"},
            }
        ]
