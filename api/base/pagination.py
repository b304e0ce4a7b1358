"""Pagination of the lists: page numbers with a cached count, and a cursor for the bulk list.

Every list but the indicator values is paged by number (`ApiPagination`): `?page=<n>` and
`?page_size=<n>` (1–100, default 20), and a body with count, next, previous and results. The
count is the expensive part at national scale (a COUNT over tens of thousands of public pages on
every request), so it is kept per content generation and per query (`cached_count`).

The indicator values (830,000 rows at national scale) are paged by cursor (`ApiCursorPagination`):
no count at all, and each page starts where the last one ended (`id > last id`, an index walk)
however deep a client goes, where `?page=40000` meant skipping 800,000 rows. Whole downloads are
the open-data files, which the response points to.

Both answer a bad parameter with a 400 naming it: DRF's default is a 404 for a bad page or
cursor and silently replacing a bad page size.
"""

from __future__ import annotations

from base64 import b64decode
from binascii import Error as Base64Error
from typing import Any
from urllib.parse import parse_qs

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import Cursor, CursorPagination, PageNumberPagination
from rest_framework.request import Request
from rest_framework.views import APIView

from django.core.exceptions import EmptyResultSet
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from portal.caching import generation_cached

from .ordering import StrictOrderingFilter

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
#: Numbers with more digits are beyond any page (and int() refuses over 4,300 digits).
MAX_DIGITS = 18
TOO_BIG = 10**MAX_DIGITS
PAGE_SIZE_PARAM = "page_size"


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


def requested_page_size(request: Request) -> int:
    """`?page_size=`, 1–MAX_PAGE_SIZE (DEFAULT_PAGE_SIZE without it); a 400 naming it otherwise."""
    raw = request.query_params.get(PAGE_SIZE_PARAM)
    if raw is None:
        return DEFAULT_PAGE_SIZE
    size = _positive_int(raw)
    if size is None or size > MAX_PAGE_SIZE:
        message = _("Sayfa boyutu 1 ile %(max)d arasında bir tam sayı olmalıdır.")
        raise ValidationError({PAGE_SIZE_PARAM: [message % {"max": MAX_PAGE_SIZE}]})
    return size


PAGE_SIZE_PARAMETER: dict[str, Any] = {
    "name": PAGE_SIZE_PARAM,
    "required": False,
    "in": "query",
    "description": (
        f"Results per page (sayfa boyutu), 1–{MAX_PAGE_SIZE}; default {DEFAULT_PAGE_SIZE}."
    ),
    "schema": {
        "type": "integer",
        "minimum": 1,
        "maximum": MAX_PAGE_SIZE,
        "default": DEFAULT_PAGE_SIZE,
    },
}


def cached_count(queryset: QuerySet) -> int:
    """The number of rows of `queryset`, kept per content generation (portal.caching) and per
    query: its SQL and parameters, so every filter, language and `changed_since` has its own."""
    try:
        sql, params = queryset.order_by().query.sql_with_params()
    except EmptyResultSet:  # a filter that matches nothing, such as pk__in=[]
        return 0
    return generation_cached("api.count", (queryset.model._meta.label, sql, params), queryset.count)


class CachedCountPaginator(Paginator):
    """Django's paginator counting through `cached_count`.

    A page is cut by the page size only, never at the count: between a publication and the new
    content generation (after the commit) the count may lag one publication behind, and it must
    not hide a row that is already public (nor show one that is not: the rows are always read
    from the database).
    """

    @cached_property
    def count(self) -> int:
        return cached_count(self.object_list)

    def page(self, number: Any) -> Page:
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        return self._get_page(self.object_list[bottom : bottom + self.per_page], number, self)


class ApiPagination(PageNumberPagination):
    """`?page=<n>&page_size=<n>` (1–100, default 20); the body has count, next, previous and
    results. Unlike DRF's default, an invalid or out-of-range page is a client error (400), not
    a 404, and an invalid page size is refused rather than silently replaced."""

    django_paginator_class = CachedCountPaginator
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = PAGE_SIZE_PARAM
    max_page_size = MAX_PAGE_SIZE
    last_page_strings = ()

    def get_page_size(self, request: Request) -> int:
        return requested_page_size(request)

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
            PAGE_SIZE_PARAMETER,
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


class ApiCursorPagination(CursorPagination):
    """`?cursor=<opaque>&page_size=<n>` (1–100, default 20), in id order: `?ordering=id` (the
    default) or `-id`, the only orders a cursor can follow on an index. The body has next,
    previous and results, and no count.

    A cursor that was not made by the API, or that names no id, is a 400 naming `cursor`; so is
    `?page=`, which a client of the page-numbered lists may send here out of habit (it would get
    the first page again and again).
    """

    ordering = ("pk",)
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = PAGE_SIZE_PARAM
    max_page_size = MAX_PAGE_SIZE
    #: DRF skips at most this many rows sharing one position; ids are unique, so none do.
    offset_cutoff = 0
    template = None
    page_query_param = "page"

    def get_page_size(self, request: Request) -> int:
        return requested_page_size(request)

    def get_ordering(self, request: Request, queryset: QuerySet, view: APIView) -> tuple[str, ...]:
        """`pk` or `-pk`, as `?ordering=` asks (validated by the view's StrictOrderingFilter,
        whose `ordering_fields` hold the id alone)."""
        first = StrictOrderingFilter().ordering_for(request, view)[0]
        return ("-pk",) if first == "-pk" else ("pk",)

    def paginate_queryset(
        self, queryset: QuerySet, request: Request, view: APIView | None = None
    ) -> list[Any]:
        if self.page_query_param in request.query_params:
            message = _(
                "Bu liste sayfa numarasıyla değil imleçle (cursor) sayfalanır: yanıttaki `next` "
                "adresini izleyin."
            )
            raise ValidationError({self.page_query_param: [message]})
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request: Request) -> Cursor | None:
        """The cursor of `?cursor=`, or None without one; a 400 naming it when it is not one the
        API makes (base64 of `p=<id>`, with `r=1` for a previous page), empty ones included."""
        encoded = request.query_params.get(self.cursor_query_param)
        if encoded is None:
            return None
        try:
            tokens = parse_qs(b64decode(encoded.encode("ascii"), validate=True).decode("ascii"))
            position = tokens.get("p", [""])[0]
            reverse = tokens.get("r", ["0"])[0]
            valid = (
                set(tokens) <= {"p", "r"}
                and reverse in ("0", "1")
                and _positive_int(position) not in (None, TOO_BIG)
            )
        except (UnicodeError, ValueError, Base64Error):
            valid = False
        if not valid:
            message = _(
                "Geçersiz imleç (cursor); bir önceki yanıttaki `next` ya da `previous` adresini "
                "olduğu gibi kullanın."
            )
            raise ValidationError({self.cursor_query_param: [message]})
        return Cursor(offset=0, reverse=reverse == "1", position=position)

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": (
                    "Where the page starts (imleç): copy it from the `next` or `previous` URL of "
                    "the last response; without it, the first page. A value the API did not "
                    "give is answered with 400. This list has no page numbers (`page` is "
                    "answered with 400) and no count."
                ),
                "schema": {"type": "string"},
            },
            PAGE_SIZE_PARAMETER,
        ]

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        paginated = super().get_paginated_response_schema(schema)
        descriptions = {
            "next": "Absolute URL of the next page (with its `cursor`); null on the last page.",
            "previous": "Absolute URL of the previous page; null on the first page.",
            "results": "The results on this page.",
        }
        for name, description in descriptions.items():
            paginated["properties"][name]["description"] = description
        return paginated
