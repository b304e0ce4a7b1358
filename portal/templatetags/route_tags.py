"""Template tags of sub-pages served by routes (portal.routes)."""

from __future__ import annotations

from typing import Any

from django import template

from portal.locales import default_locale
from portal.routes import canonical_url as page_canonical_url

register = template.Library()


@register.simple_tag(takes_context=True)
def canonical_url(context: dict[str, Any]) -> str:
    """The absolute canonical URL of what the request shows of the context's page: the sub-page
    it was served by (a period report, the whole guide), else the page."""
    page = context.get("page")
    if page is None or not hasattr(page, "get_full_url"):
        return ""
    return page_canonical_url(context.get("request"), page)


@register.filter
def source_pk(item: Any) -> Any:
    """The id of the source-language copy of a translatable row or page, which addresses its
    sub-pages (a period's report: `{% routablepageurl page "report" period|source_pk %}`). No
    query for a source-language row; the row's own id when it has no source copy."""
    source = default_locale()
    if item is None or item.locale_id == source.pk:
        return getattr(item, "pk", None)
    copies = type(item)._default_manager.filter(translation_key=item.translation_key)
    return copies.filter(locale=source).values_list("pk", flat=True).first() or item.pk
