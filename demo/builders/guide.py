"""Builds the guide (GuidePage and its chapters) from guide.content, in Turkish and English.

The guide is real guidance, not sample data, so its pages carry no sample-data notice. Idempotent
like every builder (demo.builders.publishing).
"""

from __future__ import annotations

from functools import partial
from typing import Any

from guide.content import CHAPTERS, FOREWORD, ChapterText
from guide.models import GuideChapterPage, GuidePage
from portal.models import HomePage

from .publishing import Publisher, page_values


def chapter_values(text: ChapterText, language: str) -> dict[str, Any]:
    """Field values of a chapter in one language; body block ids are shared by both languages."""
    return {**page_values(text, language), "summary": getattr(text.summary, language)}


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the guide under home and its chapters."""
    guide = publisher.text_page(home, GuidePage, FOREWORD, show_in_menus=True, is_sample_data=False)
    for text in CHAPTERS:
        publisher.child(
            guide, GuideChapterPage, partial(chapter_values, text), is_sample_data=False
        )
