"""Long `<select>` lists rendered once, not per request.

A choice of every municipality has ~1,400 options at national scale: the template loop that
writes them costs ~90 ms a request, more than the rest of the page. Pages keep the rendered
options in a value they cache by content generation (portal.caching.generation_cached) and
mark the visitor's choice on each request with `with_selected()`, which costs a string search.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Option:
    """One option: its value, its label and the locale of the label (the `lang_attr` filter
    marks a label shown in another language than the visitor's; None: the visitor's)."""

    value: str
    label: str
    locale_id: int | None = None


def render_options(options: Iterable[Option]) -> str:
    """The `<option>` elements of the options, none selected (components/select_options.html)."""
    return render_to_string("components/select_options.html", {"options": list(options)})


def with_selected(rendered: str, value: str) -> SafeString:
    """Options rendered by render_options(), with the option of `value` selected (none when
    `value` is empty or no option has it). Values are unique, and the closing quote ends the
    match, so exactly that option is marked."""
    if value:
        start = format_html('<option value="{}"', value)
        rendered = rendered.replace(start, f"{start} selected", 1)
    return mark_safe(rendered)  # noqa: S308 - rendered by an autoescaping template
