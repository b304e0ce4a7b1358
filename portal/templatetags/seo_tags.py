"""Template tags of the page head: the title with the platform's name, the description and the
social card (portal.seo)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.seo import SocialCard, collapse_whitespace, page_description, shorten, social_card

register = template.Library()


@register.filter
def with_site_name(title: str) -> str:
    """ "<title> · YEEP İzleme Platformu"; the platform's name alone when the title is empty or
    is the platform's name (the home page), never twice."""
    title = collapse_whitespace(str(title))
    platform = _("YEEP İzleme Platformu")
    if not title or title == platform:
        return platform
    return f"{title} · {platform}"


@register.simple_tag(takes_context=True)
def meta_description(context: dict[str, Any]) -> str:
    """The description of what is shown: a view's own `meta_description` (a routed sub-page's),
    else the page's (portal.seo.page_description); empty without either."""
    own = context.get("meta_description")
    if own:
        return shorten(str(own))
    page = context.get("page")
    return page_description(page) if isinstance(page, Page) else ""


@register.simple_tag(takes_context=True)
def page_social_card(context: dict[str, Any], page: Page) -> SocialCard | None:
    """The page's `og:image` on the site's address (no query)."""
    return social_card(page, context.get("request")) if isinstance(page, Page) else None
