"""Page-number pagination that answers a bad `page` or `page_size` with a 400 naming it."""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.views import APIView

from django.core.paginator import InvalidPage
from django.db.models import QuerySet
from django.utils.translation import gettext as _

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
#: Numbers with more digits are beyond any page (and int() refuses over 4,300 digits).
MAX_DIGITS = 18
TOO_BIG = 10**MAX_DIGITS


def _positive_int(raw: str) -> int | None:
    """The value as an integer when it is a plain positive number, else None; TOO_BIG for a
    number of more than MAX_DIGITS digits."""
    raw = raw.strip()
    if not raw.isascii() or not raw.isdigit():
        return None
    if len(raw.lstrip("0")) > MAX_DIGITS:
        return TOO_BIG
    number = int(raw)
    return number if number > 0 else None


class ApiPagination(PageNumberPagination):
    """`?page=<n>&page_size=<n>` (1–100, default 20); the body has count, next, previous and
    results. Unlike DRF's default, an invalid or out-of-range page is a client error (400), not
    a 404, and an invalid page size is refused rather than silently replaced."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    last_page_strings = ()

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        size = _positive_int(raw)
        if size is None or size > self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        _("Sayfa boyutu 1 ile %(max)d arasında bir tam sayı olmalıdır.")
                        % {"max": self.max_page_size}
                    ]
                }
            )
        return size

    def paginate_queryset(
        self, queryset: QuerySet, request: Request, view: APIView | None = None
    ) -> list[Any]:
        self.request = request
        page_size = self.get_page_size(request)
        raw = request.query_params.get(self.page_query_param)
        number = 1 if raw is None else _positive_int(raw)
        if number is None:
            raise ValidationError(
                {
                    self.page_query_param: [
                        _("Geçersiz sayfa numarası; 1 veya daha büyük bir tam sayı olmalıdır.")
                    ]
                }
            )
        paginator = self.django_paginator_class(queryset, page_size)
        try:
            self.page = paginator.page(number)
        except InvalidPage:
            message = (
                _("Sayfa numarası çok büyük; son sayfa %(last)d.")
                if number == TOO_BIG
                else _("Sayfa %(number)d yok; son sayfa %(last)d.")
            )
            raise ValidationError(
                {self.page_query_param: [message % {"number": number, "last": paginator.num_pages}]}
            ) from None
        return list(self.page)

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": (
                    "Page number (sayfa), from 1. A page that is not a positive integer or lies "
                    "beyond the last page is answered with 400."
                ),
                "schema": {"type": "integer", "minimum": 1},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": (
                    f"Results per page (sayfa boyutu), 1–{self.max_page_size}; default "
                    f"{self.page_size}."
                ),
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                    "default": self.page_size,
                },
            },
        ]

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        paginated = super().get_paginated_response_schema(schema)
        descriptions = {
            "count": "Number of results on all pages together.",
            "next": "Absolute URL of the next page; null on the last page.",
            "previous": "Absolute URL of the previous page; null on the first page.",
            "results": "The results on this page.",
        }
        for name, description in descriptions.items():
            paginated["properties"][name]["description"] = description
        return paginated
