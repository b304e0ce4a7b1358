"""Page-number links of a paginated list that keep the list's other query parameters.

A generic form of news.models.pagination_links (which is tied to NewsKind); the two can become
one shared helper in portal/.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.utils.http import urlencode


@dataclass(frozen=True)
class PageLink:
    """One entry of the page-number navigation; number None is a gap ("…")."""

    number: int | None
    url: str
    current: bool


def pagination_links(
    items: PaginatorPage, params: dict[str, str], page_param: str
) -> list[PageLink]:
    """Links to the pages around items.number, each keeping `params`; [] for a single page."""
    paginator = items.paginator
    if paginator.num_pages < 2:
        return []
    links = []
    for number in paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append(PageLink(number=None, url="", current=False))
            continue
        query = {**params, page_param: number}
        links.append(
            PageLink(number=number, url=f"?{urlencode(query)}", current=number == items.number)
        )
    return links
