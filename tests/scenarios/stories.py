"""Story fixtures: a Turkish story index with its English translation, and helpers to translate
stories and thematic areas."""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale

from plans.models import ThematicArea
from portal.translation import publish_translation
from stories.models import StoryIndexPage, StoryPage
from tests.plans.factories import ThematicAreaFactory
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree
from tests.stories.factories import StoryIndexPageFactory


@scenario
def story_index(site_tree: SiteTree) -> StoryIndexPage:
    """/tr/deneyimler/ with its English translation /en/experiences/."""
    index = StoryIndexPageFactory(parent=site_tree.home)
    publish_translation(
        index,
        site_tree.english,
        {"title": "Experience sharing", "slug": "experiences", "intro": "Stories."},
    )
    return index


def area_with_english(code: str, name_tr: str, name_en: str, english: Locale) -> ThematicArea:
    """A Turkish thematic area and its English translation (a story's area link is translated,
    so an English story needs the English area)."""
    area = ThematicAreaFactory(code=code, name=name_tr, sort_order=int(code.lstrip("A")))
    translated = area.copy_for_translation(english)
    translated.name = name_en
    translated.save()
    return area


def translate_story(story: StoryPage, english: Locale, **values: Any) -> StoryPage:
    """Publish the story's English translation; the body's paragraphs become "<p>EN: …</p>"."""
    story = StoryPage.objects.get(pk=story.pk)  # the body as stored, with its block ids
    body = [
        {**block, "value": f"<p>EN: {block['value'][3:-4]}</p>"}
        if block["type"] == "paragraph"
        else block
        for block in story.body.raw_data
    ]
    defaults = {
        "title": f"EN {story.title}",
        "slug": story.slug,
        "intro": "An English introduction.",
        "author_organisation": "Women’s Studies Unit",
        "lessons": "Remove the barriers first.\n\nMake answers visible.",
        "body": body,
    }
    return publish_translation(story, english, {**defaults, **values})
