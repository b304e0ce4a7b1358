"""Demo experience-sharing section: the story index and four invented sample stories.

Idempotent: pages are found by their Turkish slug and created only when missing; English
translations are made through wagtail-localize (portal.translation) only when missing.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TextIO

from wagtail.models import Locale, Page

from plans.models import MunicipalityIndexPage, MunicipalityPage, ThematicArea
from portal.demo.text import PageText
from portal.models import PortalPage
from portal.translation import publish_translation

from .demo_content import INDEX, STORIES, StoryText
from .models import StoryIndexPage, StoryPage

MUNICIPALITY_INDEX_SLUG = "belediyeler"


def _page_values(text: PageText, language: str) -> dict[str, Any]:
    # Imported here: portal.demo.builder calls build_demo, so a module-level import would be
    # circular. page_values gives both languages' bodies the same uuid5 block ids.
    from portal.demo.builder import page_values

    return page_values(text, language)


def _publish(parent: Page, page: PortalPage, stdout: TextIO) -> PortalPage:
    """Add page under parent and publish it through a revision, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"  + {page.url_path}")
    return page


def _translate(page: PortalPage, english: Locale, values: dict[str, Any], stdout: TextIO) -> None:
    """Publish the English translation through wagtail-localize unless it exists."""
    if page.get_translation_or_none(english) is None:
        translated = publish_translation(page, english, values)
        stdout.write(f"  + {translated.url_path} (en)")


def _municipality(home: Page, slug: str) -> MunicipalityPage | None:
    """The Turkish demo municipality with the slug, if it exists."""
    index = (
        MunicipalityIndexPage.objects.child_of(home).filter(slug=MUNICIPALITY_INDEX_SLUG).first()
    )
    if index is None:
        return None
    return MunicipalityPage.objects.child_of(index).filter(slug=slug).first()


def _area(home: Page, english: Locale, code: str) -> ThematicArea | None:
    """The Turkish area with the code, if it exists with an English translation (the link is
    translated, so wagtail-localize needs the English area to translate the story)."""
    area = ThematicArea.objects.filter(locale=home.locale, code=code).first()
    if area is None or area.get_translation_or_none(english) is None:
        return None
    return area


def _story_values(text: StoryText, language: str) -> dict[str, Any]:
    return {
        **_page_values(text.page, language),
        "author_organisation": getattr(text.author_organisation, language),
        "lessons": getattr(text.lessons, language),
    }


def build_demo(home: Page, english: Locale, stdout: TextIO) -> None:
    """Create (or complete) /deneyimler/ under the Turkish home page and its sample stories.

    Stories link to the demo municipalities and thematic areas that exist; a missing one is
    simply not linked, so this can run before or without the monitoring demo data.
    """
    index = StoryIndexPage.objects.child_of(home).filter(slug=INDEX.slug.tr).first()
    if index is None:
        index = _publish(
            home, StoryIndexPage(**_page_values(INDEX, "tr"), show_in_menus=True), stdout
        )
    _translate(index, english, _page_values(INDEX, "en"), stdout)

    for text in STORIES:
        story = StoryPage.objects.child_of(index).filter(slug=text.page.slug.tr).first()
        if story is None:
            story = _publish(
                index,
                StoryPage(
                    **_story_values(text, "tr"),
                    author_kind=text.author_kind,
                    municipality=_municipality(home, text.municipality_slug),
                    area=_area(home, english, text.area_code),
                    date=date.fromisoformat(text.date),
                    is_sample_data=True,
                ),
                stdout,
            )
        _translate(story, english, _story_values(text, "en"), stdout)
