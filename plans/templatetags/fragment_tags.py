"""`{% generation_cache "name" [value …] %}…{% endgeneration_cache %}`: a page section cached as
rendered HTML until the next content generation (plans.fragments explains the key and when a
section is rendered afresh). Needs `page` and `request` in the context."""

from __future__ import annotations

from django import template
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.template.context import Context
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from plans.fragments import may_cache
from portal.caching import GENERATION_CACHE_SECONDS, content_generation

register = template.Library()


class GenerationCacheNode(template.Node):
    """Renders its contents once per content generation, language, page, site and values."""

    def __init__(self, nodelist: NodeList, name: str, vary_on: list[FilterExpression]) -> None:
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context: Context) -> SafeString:
        request = context.get("request")
        if not may_cache(request):
            return self.nodelist.render(context)
        page = context["page"]
        site = Site.find_for_request(request)
        key = make_template_fragment_key(
            f"generation:{content_generation()}:{self.name}",
            [
                get_language(),
                page.cache_key,
                site.pk if site else None,
                *(value.resolve(context) for value in self.vary_on),
            ],
        )
        html = cache.get(key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(key, html, GENERATION_CACHE_SECONDS)
        return mark_safe(html)  # noqa: S308 (our own rendered template)


@register.tag("generation_cache")
def generation_cache(parser: Parser, token: Token) -> GenerationCacheNode:
    """`{% generation_cache "name" value … %}`: the name in quotes, then any values the section
    also depends on (an assessment's id)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a quoted name first")
    nodelist = parser.parse(("endgeneration_cache",))
    parser.delete_first_token()
    return GenerationCacheNode(
        nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]]
    )
