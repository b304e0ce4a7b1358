"""Template tags for the base layout: navigation, breadcrumb and language switcher."""

from __future__ import annotations

import re
from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.languages import lang_attr, shown_text, title_in_lang
from portal.licence import LICENCE, licence_deed_url
from portal.navigation import (
    LanguageLink,
    MenuItem,
    breadcrumb,
    footer_pages,
    language_links,
    localized_home,
    main_menu,
)

register = template.Library()
register.filter("lang_attr", lang_attr)
register.filter("title_in_lang", title_in_lang)
register.filter("shown_text", shown_text)
register.simple_tag(licence_deed_url, name="licence_url")


@register.simple_tag
def licence_name() -> str:
    """The content licence's short name (portal.licence)."""
    return LICENCE


@register.simple_tag(takes_context=True)
def site_home(context: dict[str, Any]) -> Page | None:
    """The home page in the active language, for the logo link, menu and footer."""
    return localized_home(context["request"])


@register.simple_tag
def menu_items(home: Page | None, current: Page | None = None) -> list[MenuItem]:
    """Entries of the main navigation, marking the current section."""
    return main_menu(home, current)


@register.simple_tag(takes_context=True)
def breadcrumb_pages(context: dict[str, Any], page: Page) -> list[Page]:
    """Ancestors shown in the breadcrumb."""
    return breadcrumb(page, context.get("request"))


@register.simple_tag(takes_context=True)
def language_switcher_links(context: dict[str, Any]) -> list[LanguageLink]:
    """Links of the language switcher for the current page (or path)."""
    return language_links(context["request"], context.get("page"))


@register.simple_tag
def footer_links(home: Page | None) -> list[Page]:
    """Pages linked from the footer (those under home that are not in the main menu)."""
    return footer_pages(home)


@register.filter
def with_frame_title(embed_html: str, title: str) -> SafeString:
    """Give an oEmbed's <iframe> the title screen readers announce, unless it already has one.

    The embed HTML comes from Wagtail's embed finder (trusted providers), so it stays unescaped;
    the title is escaped.
    """
    if "<iframe" not in embed_html or re.search(r"<iframe[^>]*\stitle=", embed_html):
        return mark_safe(embed_html)  # noqa: S308 - provider HTML from Wagtail's embed finder
    return mark_safe(  # noqa: S308
        embed_html.replace("<iframe", format_html('<iframe title="{}"', title), 1)
    )


@register.filter
def percent(value: object) -> str:
    """A percentage in the active language's order: "%45" in Turkish, "45%" in English."""
    if value is None or value == "":
        return "—"
    return _("%%%(value)s") % {"value": value}
