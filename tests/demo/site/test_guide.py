"""The guide (real guidance, not sample data), built by setup_demo in Turkish and English."""

from __future__ import annotations

from django.test import Client
from django.utils.html import escape

from guide.content import CHAPTERS, FOREWORD
from guide.models import GuideChapterPage, GuidePage
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild


def test_the_guide_is_built_once_in_both_languages(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    assert (GuidePage.objects.count(), GuideChapterPage.objects.count()) == (2, 2 * len(CHAPTERS))
    assert "/kilavuz/" in demo.output

    guide = GuidePage.objects.get(locale=site_tree.turkish)
    assert guide.title == FOREWORD.title.tr
    assert guide.slug == "kilavuz"
    assert guide.show_in_menus and guide.live and not guide.is_sample_data
    english_guide = site_tree.english_of(guide)
    assert english_guide.title == FOREWORD.title.en
    assert english_guide.url == "/en/guide/"
    assert english_guide.live and not english_guide.is_sample_data

    chapters = guide.public_chapters()
    assert [chapter.slug for chapter in chapters] == [text.slug.tr for text in CHAPTERS]
    english_chapters = english_guide.public_chapters()
    assert [chapter.title for chapter in english_chapters] == [text.title.en for text in CHAPTERS]
    assert english_chapters[0].summary == CHAPTERS[0].summary.en
    assert [block.id for block in english_chapters[0].body] == [
        block.id for block in chapters[0].body
    ]

    html = client.get(english_chapters[4].url).content.decode()
    assert "Chapter 5" in html or "Bölüm 5" in html  # the interface label, translated or not
    assert 'id="a-worked-example"' in html
    full = client.get(f"{english_guide.url}full/")
    assert full.status_code == 200
    assert all(escape(text.title.en) in full.content.decode() for text in CHAPTERS)
