"""A bilingual guide with three chapters, translated into English by wagtail-localize."""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Locale, Page

from guide.models import GuideChapterPage, GuidePage
from portal.translation import publish_translation
from tests.guide.factories import GuideChapterPageFactory, GuidePageFactory
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree


@dataclass
class Guide:
    """The Turkish guide and chapters; English pages through `english_of`."""

    page: GuidePage
    chapters: list[GuideChapterPage]
    english: Locale

    def add_chapter(self, **kwargs: object) -> GuideChapterPage:
        """Another chapter at the end of the guide, translated into English unless live=False."""
        chapter = GuideChapterPageFactory(parent=self.page, **kwargs)
        if chapter.live:
            translate_chapter(chapter, self.english)
        self.chapters.append(chapter)
        return chapter

    def english_of(self, page: Page) -> Page:
        """The page's English translation."""
        return page.get_translation(self.english).specific


def english_body(page: Page, values: list[object]) -> list[dict[str, object]]:
    """English StreamField data for page.body, reusing the Turkish blocks' ids."""
    return [
        {"type": block.block_type, "value": value, "id": block.id}
        for block, value in zip(page.body, values, strict=True)
    ]


def translate_chapter(chapter: GuideChapterPage, english: Locale) -> GuideChapterPage:
    """Publish the English translation of a chapter built by GuideChapterPageFactory."""
    number = chapter.slug.rsplit("-", 1)[-1]
    return publish_translation(
        chapter,
        english,
        {
            "title": f"Chapter title {number}",
            "slug": f"chapter-{number}",
            "intro": f"A short introduction to chapter {number}.",
            "summary": "First key point\nSecond key point",
            "body": english_body(
                chapter,
                [
                    {"text": "Needs analysis", "level": "h2"},
                    "<p>Sex-disaggregated data.</p>",
                    {"text": "Subheading", "level": "h3"},
                    {"text": "Safety walks", "level": "h2"},
                    "<p>A walk in the evening.</p>",
                ],
            ),
        },
    )


@scenario
def guide(site_tree: SiteTree) -> Guide:
    """Home → guide → three live public chapters, all with English translations."""
    page = GuidePageFactory(parent=site_tree.home)
    publish_translation(
        page,
        site_tree.english,
        {
            "title": "First YEEP guide",
            "slug": "guide",
            "intro": "A step-by-step guide for municipalities.",
            "body": english_body(page, ["<p>The guide's foreword.</p>"]),
        },
    )
    guide = Guide(page=page, chapters=[], english=site_tree.english)
    for _ in range(3):
        guide.add_chapter()
    return guide
