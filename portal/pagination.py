"""Page-number links of a paginated list that keep the list's other query parameters.

Every paginated list (news, events, stories, reports, search) builds its links here and renders
them with templates/components/pagination.html.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.utils.http import urlencode


@dataclass(frozen=True)
class PageLink:
    """One entry of the page-number navigation; number None is a gap ("…"); rel "prev" or
    "next" marks the links to the neighbouring pages."""

    number: int | None
    url: str
    current: bool
    rel: str = ""


#: The page-number query parameter of every list (Turkish, like the URLs).
PAGE_PARAM = "sayfa"


def pagination_links(
    items: PaginatorPage, params: dict[str, object], page_param: str = PAGE_PARAM
) -> list[PageLink]:
    """Links to the pages around items.number, each keeping the non-empty `params`; [] for a
    single page."""
    paginator = items.paginator
    if paginator.num_pages < 2:
        return []
    kept = {key: value for key, value in params.items() if value not in (None, "")}

    def link(number: int, rel: str = "") -> PageLink:
        url = f"?{urlencode({**kept, page_param: number})}"
        return PageLink(number=number, url=url, current=number == items.number, rel=rel)

    links = [link(items.previous_page_number(), "prev")] if items.has_previous() else []
    for number in paginator.get_elided_page_range(items.number, on_each_side=2, on_ends=1):
        if number == paginator.ELLIPSIS:
            links.append(PageLink(number=None, url="", current=False))
        else:
            links.append(link(number))
    if items.has_next():
        links.append(link(items.next_page_number(), "next"))
    return links
