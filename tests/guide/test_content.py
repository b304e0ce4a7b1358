"""The guide's text is complete and its Turkish and English blocks line up segment by segment."""

from __future__ import annotations

import re

import pytest

from guide.content import CHAPTERS, FOREWORD
from portal.bilingual import Block, PageText

INLINE_TAGS = ("p", "ul", "li", "b", "i")
ALLOWED_TAGS = re.compile(r"</?(p|ul|li|b|i)>")
PAGES: tuple[PageText, ...] = (FOREWORD, *CHAPTERS)


def tag_counts(html: str) -> dict[str, int]:
    return {tag: html.count(f"<{tag}>") for tag in INLINE_TAGS}


def test_the_guide_has_at_least_six_chapters_of_six_to_fourteen_blocks() -> None:
    assert len(CHAPTERS) >= 6
    for chapter in CHAPTERS:
        assert 6 <= len(chapter.body) <= 14, chapter.key
        assert chapter.body[0].kind == "heading", chapter.key
        assert chapter.summary.tr and chapter.summary.en, chapter.key
        assert chapter.summary.tr.count("\n") == chapter.summary.en.count("\n"), chapter.key


def test_keys_and_slugs_are_unique_and_ascii() -> None:
    assert len({page.key for page in PAGES}) == len(PAGES)
    for language in ("tr", "en"):
        slugs = [getattr(chapter.slug, language) for chapter in CHAPTERS]
        assert len(set(slugs)) == len(slugs)
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs), slugs


@pytest.mark.parametrize(
    ("page", "block"),
    [(page, block) for page in PAGES for block in page.body],
    ids=lambda value: value.key if isinstance(value, PageText) else value.kind,
)
def test_turkish_and_english_blocks_have_the_same_markup(page: PageText, block: Block) -> None:
    assert block.kind in ("heading", "paragraph", "quote")
    tr, en = block.text.tr, block.text.en
    assert tr.strip() and en.strip()
    if block.kind != "paragraph":
        assert "<" not in tr and "<" not in en  # headings and quotes are plain text
        return
    for text in (tr, en):
        assert re.fullmatch(r"<p>.*</p>|<ul>(<li>.*?</li>)+</ul>", text, re.DOTALL), text[:60]
        assert text.count("<p>") + text.count("<ul>") == 1, text[:60]
        assert not re.sub(ALLOWED_TAGS, "", text).count("<"), text[:60]
    assert tag_counts(tr) == tag_counts(en), tr[:60]


def test_every_title_and_intro_is_translated() -> None:
    for page in PAGES:
        for text in (page.title, page.slug, page.intro):
            assert text.tr and text.en, page.key
        assert page.title.tr != page.title.en, page.key
