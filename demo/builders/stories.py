"""Builds the demo experience-sharing section (demo.content.stories): the story index and its
invented sample stories, in both languages.

Stories link to the demo municipalities and thematic areas that exist; a missing one is simply not
linked, so this can run before or without the monitoring demo data.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from demo.content.stories import INDEX, STORIES, StoryText
from portal.models import HomePage
from stories.models import StoryIndexPage, StoryPage

from . import media
from .links import municipality, translated_area
from .publishing import Publisher, page_values


def story_values(text: StoryText, image: Any, language: str) -> dict[str, Any]:
    """A story's text fields in one language; its body opens with its illustration."""
    values = page_values(text.page, language)
    values["body"] = [
        media.image_block(text.page.key, image, text.page.title, language),
        *values.get("body", []),
    ]
    return {
        **values,
        "author_organisation": getattr(text.author_organisation, language),
        "lessons": getattr(text.lessons, language),
    }


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the story index under home and its sample stories."""
    index = publisher.text_page(home, StoryIndexPage, INDEX, show_in_menus=True)
    for text in STORIES:
        publisher.child(
            index,
            StoryPage,
            partial(
                story_values,
                text,
                media.illustration(text.page.key, text.page.title, publisher.stdout),
            ),
            author_kind=text.author_kind,
            municipality=municipality(home, text.municipality_slug),
            area=translated_area(home, publisher.english, text.area_code),
            date=date.fromisoformat(text.date),
            is_sample_data=True,
        )
