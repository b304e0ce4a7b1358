"""What the story pages show: the filtered, paginated list of one index and the municipality and
thematic area of a story, in the visitor's language.

Stories are read through for_public() only. A story's municipality link is synchronised by
wagtail-localize (English stories point at the Turkish municipality page) and its area link is
translated, so both are shown by the portal's language rule (portal.languages, by translation
key): the visitor's language when public, else the public Turkish page; a municipality that is
public in neither language is not shown. The index runs a fixed number of queries, whatever
the number of stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from plans.models import MunicipalityPage, ThematicArea
from portal.languages import shown_by_key, shown_copy
from portal.pagination import PAGE_PARAM, pagination_links
from portal.text import turkish_sorted

from .models import StoryIndexPage, StoryPage

STORIES_PER_PAGE = 12
MUNICIPALITY_PARAM = "belediye"
AREA_PARAM = "alan"
# Invalid filter values are echoed in the notice (escaped); a long one is cut short.
SHOWN_VALUE_LENGTH = 40


@dataclass(frozen=True)
class FilterOption:
    """One <option> of a filter: the query-string value, the label and the page or snippet it
    names (shown by the language rule, so the template can mark a Turkish fallback)."""

    value: str
    label: str
    item: Any = None


@dataclass(frozen=True)
class StoryCard:
    """A story in the list with its municipality (None unless public) and area to show."""

    page: StoryPage
    municipality: MunicipalityPage | None
    area: ThematicArea | None


def shown_municipality(story: StoryPage) -> MunicipalityPage | None:
    """The story's municipality page for the visitor (portal.languages), or None when it has
    none that is public."""
    return shown_copy(story.municipality, MunicipalityPage) if story.municipality_id else None


def shown_area(story: StoryPage) -> ThematicArea | None:
    """The story's thematic area in the visitor's language."""
    return shown_copy(story.area, ThematicArea) if story.area_id else None


def _shorten(value: str) -> str:
    return Truncator(value).chars(SHOWN_VALUE_LENGTH)


def story_listing(index: StoryIndexPage, params: QueryDict) -> dict[str, Any]:
    """Context of the story index for the query string `params`.

    `?belediye=<slug>` and `?alan=<code>` choose among the municipalities and areas that have
    public stories; an unknown value adds a notice and is ignored (never an error page).
    `?sayfa=<n>` picks the page of STORIES_PER_PAGE stories.
    """
    stories = StoryPage.objects.child_of(index).for_public()
    links = set(
        stories.values_list(
            "municipality_id", "municipality__translation_key", "area_id", "area__translation_key"
        )
    )
    municipality_keys = {key for _pk, key, _area, _area_key in links if key}
    area_keys = {area_key for _pk, _key, _area, area_key in links if area_key}
    municipalities = shown_by_key(MunicipalityPage.objects.for_public(), municipality_keys)
    areas = shown_by_key(ThematicArea.objects.all(), area_keys)

    notices: list[str] = []
    chosen_municipality = params.get(MUNICIPALITY_PARAM, "").strip()
    if chosen_municipality:
        by_slug = {page.slug: key for key, page in municipalities.items()}
        if chosen_municipality in by_slug:
            stories = stories.about_municipality(by_slug[chosen_municipality])
        else:
            notices.append(
                _(
                    "“%(value)s” için paylaşılmış bir deneyim bulunamadı; bütün belediyelerin "
                    "deneyimleri gösteriliyor."
                )
                % {"value": _shorten(chosen_municipality)}
            )
            chosen_municipality = ""

    chosen_area = params.get(AREA_PARAM, "").strip().upper()
    if chosen_area:
        keys = {key for key, area in areas.items() if area.code.upper() == chosen_area}
        if keys:
            stories = stories.in_areas(keys)
            chosen_area = areas[next(iter(keys))].code
        else:
            notices.append(
                _(
                    "“%(value)s” kodlu tematik alanda paylaşılmış bir deneyim bulunamadı; bütün "
                    "alanlardaki deneyimler gösteriliyor."
                )
                % {"value": _shorten(params.get(AREA_PARAM, "").strip())}
            )
            chosen_area = ""

    page_obj = Paginator(stories.newest_first(), STORIES_PER_PAGE).get_page(params.get(PAGE_PARAM))
    municipality_key_of = {pk: key for pk, key, _area, _area_key in links if pk}
    area_key_of = {area_pk: key for _pk, _key, area_pk, key in links if area_pk}
    cards = [
        StoryCard(
            page=story,
            municipality=municipalities.get(municipality_key_of.get(story.municipality_id)),
            area=areas.get(area_key_of.get(story.area_id)),
        )
        for story in page_obj
    ]
    return {
        "story_cards": cards,
        "page_obj": page_obj,
        "page_links": pagination_links(
            page_obj, {MUNICIPALITY_PARAM: chosen_municipality, AREA_PARAM: chosen_area}
        ),
        "municipality_options": turkish_sorted(
            (FilterOption(page.slug, page.title, page) for page in municipalities.values()),
            key=lambda option: option.label,
        ),
        "area_options": [
            FilterOption(area.code, area.name, area)
            for area in sorted(areas.values(), key=lambda area: (area.sort_order, area.code))
        ],
        "chosen_municipality": chosen_municipality or None,
        "chosen_area": chosen_area or None,
        "filter_notices": notices,
        "is_filtered": bool(chosen_municipality or chosen_area),
    }
