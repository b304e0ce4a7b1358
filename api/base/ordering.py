"""`?ordering=` on declared fields only; an unknown field is a 400 naming the parameter."""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend
from rest_framework.request import Request
from rest_framework.views import APIView

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from .filters import EMPTY_VALUE

ORDERING_PARAM = "ordering"


class StrictOrderingFilter(BaseFilterBackend):
    """Orders by `?ordering=a,-b` where every name is a key of the view's `ordering_fields`
    ({public name: ORM lookup}); without the parameter, by the view's `ordering`. The primary key
    is always appended, so pages never overlap or skip rows. A view may explain why it offers
    few fields: `ordering_note` is added to the 400's message, `ordering_schema_note` (English,
    as the schema is) to the parameter's description."""

    def ordering_for(self, request: Request, view: APIView) -> list[str]:
        """The ORM ordering the request asks for (validated)."""
        fields: dict[str, str] = getattr(view, "ordering_fields", {})
        raw = request.query_params.get(ORDERING_PARAM)
        if raw is None:
            return [*getattr(view, "ordering", ()), "pk"]
        if not raw.strip():
            raise ValidationError({ORDERING_PARAM: [str(EMPTY_VALUE)]})
        ordering = []
        for term in (part.strip() for part in raw.split(",")):
            name = term.removeprefix("-")
            if name not in fields:
                message = _("Bu alana göre sıralanamaz: “%(value)s”. Geçerli alanlar: %(choices)s.")
                message %= {"value": term[:40], "choices": ", ".join(fields)}
                note = getattr(view, "ordering_note", "")
                raise ValidationError({ORDERING_PARAM: [f"{message} {note}".strip()]})
            ordering.append(("-" if term.startswith("-") else "") + fields[name])
        return [*ordering, "pk"]

    def filter_queryset(self, request: Request, queryset: QuerySet, view: APIView) -> QuerySet:
        return queryset.order_by(*self.ordering_for(request, view))

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        fields: dict[str, str] = getattr(view, "ordering_fields", {})
        if not fields:
            return []
        choices = [value for name in fields for value in (name, f"-{name}")]
        note = getattr(view, "ordering_schema_note", "")
        return [
            {
                "name": ORDERING_PARAM,
                "required": False,
                "in": "query",
                "description": (
                    "Sort order (sıralama): comma-separated field names, each optionally "
                    "prefixed with `-` for descending order, e.g. `-date,title`. Unknown names "
                    f"are answered with 400. Allowed: {', '.join(f'`{name}`' for name in fields)}. "
                    f"{note}"
                ).strip(),
                "schema": {"type": "array", "items": {"type": "string", "enum": choices}},
                "style": "form",
                "explode": False,
            }
        ]
