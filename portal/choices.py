"""Kinds of content chosen by a query parameter (`?tur=…`) on a listing and its feeds."""

from __future__ import annotations

from typing import Any, Self

from django.http import HttpRequest

#: The query parameter of a listing's kind filter and of its feeds (Turkish, like the URLs).
KIND_PARAM = "tur"


class FromParamMixin:
    """Mixin for a TextChoices enum of content kinds, chosen by `?tur=`."""

    @classmethod
    def from_param(cls, value: str | None) -> Self | None:
        """The member named by a query parameter, or None when it is empty or unknown."""
        try:
            return cls(value) if value else None  # type: ignore[call-arg]
        except ValueError:
            return None

    @classmethod
    def from_request(cls, request: HttpRequest) -> Self | None:
        """The kind the request's `?tur=` names; None (every kind) when empty or unknown."""
        return cls.from_param(request.GET.get(KIND_PARAM))

    @classmethod
    def filter_context(
        cls, request: HttpRequest, unknown: str
    ) -> tuple[Self | None, dict[str, Any]]:
        """The kind the request asks for, and the context of templates/components/kind_filter.html
        and of the listing's pagination: `unknown` is the notice shown when `?tur=` names no
        kind (every kind is then listed)."""
        asked = request.GET.get(KIND_PARAM, "")
        kind = cls.from_param(asked)
        value = kind.value if kind else ""  # type: ignore[attr-defined]
        return kind, {
            "kind_choices": cls.choices,  # type: ignore[attr-defined]
            "chosen_kind": value,
            "kind_param": KIND_PARAM,
            "kind_error": unknown if asked and kind is None else "",
            "kind_query": {KIND_PARAM: value},
        }
