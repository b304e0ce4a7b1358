"""Builds the guide (GuidePage and its chapters) from guide.content, in Turkish and English.

The guide is real guidance, not sample data, so its pages carry no sample-data notice. Idempotent:
each page is found by its Turkish slug first and created and published only when missing; its
English translation is created through wagtail-localize unless it exists.
"""

from __future__ import annotations

from typing import Any, TextIO

from wagtail.models import Locale, Page

from portal.demo.builder import page_values
from portal.translation import publish_translation

from .content import CHAPTERS, FOREWORD, ChapterText
from .models import GuideChapterPage, GuidePage


def chapter_values(text: ChapterText, language: str) -> dict[str, Any]:
    """Field values of a chapter in one language; body block ids are shared by both languages."""
    return {**page_values(text, language), "summary": getattr(text.summary, language)}


def build_demo(home: Page, english: Locale, stdout: TextIO) -> None:
    """Create (or complete) the guide under the Turkish home page, with English translations."""
    guide = GuidePage.objects.child_of(home).filter(slug=FOREWORD.slug.tr).first()
    if guide is None:
        guide = GuidePage(**page_values(FOREWORD, "tr"), show_in_menus=True, is_sample_data=False)
        _publish_new(home, guide, stdout)
    _translate(guide, english, page_values(FOREWORD, "en"), stdout)

    for text in CHAPTERS:
        chapter = GuideChapterPage.objects.child_of(guide).filter(slug=text.slug.tr).first()
        if chapter is None:
            chapter = GuideChapterPage(**chapter_values(text, "tr"), is_sample_data=False)
            _publish_new(guide, chapter, stdout)
        _translate(chapter, english, chapter_values(text, "en"), stdout)


def _publish_new(parent: Page, page: Page, stdout: TextIO) -> None:
    """Add page under parent and publish it through a revision, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"  + {page.url_path}\n")


def _translate(page: Page, english: Locale, values: dict[str, Any], stdout: TextIO) -> None:
    """Publish the English translation through wagtail-localize unless it exists."""
    if page.get_translation_or_none(english) is None:
        translated = publish_translation(page, english, values)
        stdout.write(f"  + {translated.url_path} (en)\n")
