"""`guide.demo.build_demo` builds the real guide once, in Turkish and English."""

from __future__ import annotations

from io import StringIO

import pytest

from django.test import Client
from django.utils.html import escape

from guide.content import CHAPTERS, FOREWORD
from guide.demo import build_demo
from guide.models import GuideChapterPage, GuidePage
from tests.conftest import SiteTree

pytestmark = pytest.mark.django_db


def test_build_demo_is_idempotent_and_bilingual(client: Client, site_tree: SiteTree) -> None:
    first_output = StringIO()
    build_demo(site_tree.home, site_tree.english, first_output)
    counts = (GuidePage.objects.count(), GuideChapterPage.objects.count())
    second_output = StringIO()
    build_demo(site_tree.home, site_tree.english, second_output)

    assert counts == (2, 2 * len(CHAPTERS))  # Turkish and English
    assert (GuidePage.objects.count(), GuideChapterPage.objects.count()) == counts
    assert second_output.getvalue() == ""
    assert "/kilavuz/" in first_output.getvalue()

    guide = GuidePage.objects.get(locale=site_tree.turkish)
    assert guide.title == FOREWORD.title.tr
    assert guide.slug == "kilavuz"
    assert guide.show_in_menus and guide.live and not guide.is_sample_data
    english_guide = guide.get_translation(site_tree.english).specific
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
    full = client.get(f"{english_guide.url}tamami/")
    assert full.status_code == 200
    assert all(escape(text.title.en) in full.content.decode() for text in CHAPTERS)
