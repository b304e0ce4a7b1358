"""Choices read from query parameters (`?tur=…`)."""

from __future__ import annotations

from typing import Self


class FromParamMixin:
    """Mixin for a TextChoices enum whose value comes from a query parameter."""

    @classmethod
    def from_param(cls, value: str | None) -> Self | None:
        """The member named by a query parameter, or None when it is empty or unknown."""
        try:
            return cls(value) if value else None  # type: ignore[call-arg]
        except ValueError:
            return None
