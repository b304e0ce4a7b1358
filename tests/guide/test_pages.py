"""The guide and its chapters render in both languages, in tree order, with working navigation."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from wagtail.models import Page, PageViewRestriction

from guide.models import GuideChapterPage, GuidePage, h2_anchors
from portal.models import HomePage, StandardPage
from tests.scenarios.guide import Guide
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def toc_titles(html: str) -> list[str]:
    """Chapter titles in the order the guide's table of contents lists them."""
    contents = html.split('id="guide-contents-title"', 1)[1].split("</ol>", 1)[0]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', contents)


def full_titles(html: str) -> list[str]:
    """Chapter titles in the order the full guide prints them."""
    return re.findall(r'<h2 id="bolum-\d+-title">([^<]+)</h2>', html)


def test_guide_renders_foreword_and_contents_in_both_languages(
    client: Client, guide: Guide
) -> None:
    tr_html = html_of(client, guide.page.url)
    assert guide.page.url == "/tr/kilavuz/"
    assert "<h1>İlk YEEP kılavuzu</h1>" in tr_html
    assert "Kılavuzun önsözü." in tr_html
    assert toc_titles(tr_html) == [chapter.title for chapter in guide.chapters]
    assert guide.chapters[0].intro in tr_html  # chapter intros in the contents
    assert 'href="/tr/kilavuz/tamami/"' in tr_html
    assert 'href="/static/css/guide-print.css" media="print"' in tr_html
    assert "Örnek veri" not in tr_html  # real guidance, no sample-data notice

    english = guide.english_of(guide.page)
    en_html = html_of(client, english.url)
    assert english.url == "/en/guide/"
    assert '<html lang="en">' in en_html
    assert "<h1>First YEEP guide</h1>" in en_html
    assert "The guide's foreword." in en_html
    assert toc_titles(en_html) == [guide.english_of(c).title for c in guide.chapters]
    assert 'href="/en/guide/full/"' in en_html


def test_chapter_renders_number_summary_and_body_in_both_languages(
    client: Client, guide: Guide
) -> None:
    chapter = guide.chapters[1]
    tr_html = html_of(client, chapter.url)
    assert "Bölüm 2</p>" in tr_html
    assert f"<h1>{chapter.title}</h1>" in tr_html
    assert "<li>Birinci ana nokta</li><li>İkinci ana nokta</li>" in tr_html
    assert "Cinsiyete göre ayrıştırılmış veri." in tr_html
    assert "<h3>Alt başlık</h3>" in tr_html  # lower headings keep the shared template
    assert f'href="{guide.page.url}"' in tr_html  # back to the guide

    english = guide.english_of(chapter)
    en_html = html_of(client, english.url)
    assert english.url.startswith("/en/guide/chapter-")
    assert f"<h1>{english.title}</h1>" in en_html
    assert "<li>First key point</li><li>Second key point</li>" in en_html
    assert '<h2 id="needs-analysis">Needs analysis</h2>' in en_html
    assert '<a href="#safety-walks">Safety walks</a>' in en_html
    assert 'href="/en/guide/"' in en_html


def test_chapter_toc_anchors_match_the_heading_ids(client: Client, guide: Guide) -> None:
    html = html_of(client, guide.chapters[0].url)
    toc = html.split('<nav class="guide-toc"', 1)[1].split("</nav>", 1)[0]
    toc_links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', toc)
    body = html.split('<div class="stream">', 1)[1]
    heading_ids = re.findall(r'<h2 id="([^"]+)">([^<]+)</h2>', body)
    assert toc_links == [
        ("ihtiyac-analizi", "İhtiyaç Analizi"),
        ("guvenli-kent-yuruyusleri", "Güvenli kent yürüyüşleri"),
    ]
    assert heading_ids == toc_links
    assert all(anchor.isascii() for anchor, _text in toc_links)
    assert guide.chapters[0].table_of_contents == toc_links


def test_anchors_are_unique_and_avoid_the_layout_ids(guide: Guide) -> None:
    chapter = guide.chapters[0]
    chapter.body = [
        ("heading", {"text": "Katılım", "level": "h2"}),
        ("heading", {"text": "Katılım", "level": "h2"}),
        ("heading", {"text": "Main", "level": "h2"}),
        ("heading", {"text": "!!!", "level": "h2"}),
        ("heading", {"text": "Ayrıntı", "level": "h3"}),
        ("paragraph", "<p>Metin.</p>"),
    ]
    assert h2_anchors(chapter.body) == ["katilim", "katilim-2", "main-2", "baslik-4", "", ""]
    assert [entry.anchor for entry in chapter.table_of_contents] == [
        "katilim",
        "katilim-2",
        "main-2",
        "baslik-4",
    ]


def test_chapter_numbers_and_neighbours_follow_the_tree(guide: Guide) -> None:
    first, middle, last = (GuideChapterPage.objects.get(pk=c.pk) for c in guide.chapters)
    assert [first.number, middle.number, last.number] == [1, 2, 3]
    assert (first.previous_chapter, first.next_chapter) == (None, middle)
    assert (middle.previous_chapter, middle.next_chapter) == (first, last)
    assert (last.previous_chapter, last.next_chapter) == (middle, None)
    assert middle.chapters() == [first, middle, last]


@pytest.mark.parametrize(
    ("position", "previous", "following"),
    [(0, None, 1), (1, 0, 2), (2, 1, None)],
)
def test_previous_and_next_links(
    client: Client, guide: Guide, position: int, previous: int | None, following: int | None
) -> None:
    for chapters in (guide.chapters, [guide.english_of(c) for c in guide.chapters]):
        html = html_of(client, chapters[position].url)
        pager = html.split('<nav class="pagination guide-pager"', 1)[1].split("</nav>", 1)[0]
        prev_links = re.findall(r'<a href="([^"]+)" rel="prev">', pager)
        next_links = re.findall(r'<a href="([^"]+)" rel="next">', pager)
        assert prev_links == ([] if previous is None else [chapters[previous].url])
        assert next_links == ([] if following is None else [chapters[following].url])
        assert 'aria-label="' in pager.split(">", 1)[0]


def test_reordering_chapters_changes_contents_numbers_and_english_order(
    client: Client, guide: Guide
) -> None:
    first, second, third = guide.chapters
    third.move(first, pos="left")  # as an editor dragging the last chapter to the top

    expected = [third, first, second]
    assert toc_titles(html_of(client, guide.page.url)) == [c.title for c in expected]
    moved = GuideChapterPage.objects.get(pk=third.pk)
    assert moved.number == 1
    assert moved.next_chapter.pk == first.pk
    assert "Bölüm 1</p>" in html_of(client, moved.url)

    # wagtail-localize does not move translations; guide.signals mirrors the source order.
    english_page = guide.english_of(guide.page)
    assert toc_titles(html_of(client, english_page.url)) == [
        guide.english_of(c).title for c in expected
    ]
    assert guide.english_of(third).number == 1


def test_draft_and_private_chapters_are_left_out_and_not_numbered(
    client: Client, guide: Guide
) -> None:
    draft = guide.add_chapter(title="Taslak bölüm", live=False)
    private = guide.add_chapter(title="Gizli bölüm")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    last = guide.add_chapter(title="Son bölüm")

    html = html_of(client, guide.page.url)
    assert toc_titles(html) == [c.title for c in guide.chapters[:3]] + ["Son bölüm"]
    refreshed = GuideChapterPage.objects.get(pk=last.pk)
    assert refreshed.number == 4
    assert refreshed.previous_chapter.pk == guide.chapters[2].pk
    assert GuideChapterPage.objects.get(pk=draft.pk).number is None
    assert client.get(private.url).status_code == 302  # to the login page
    assert f'href="{last.url}" rel="next"' in html_of(client, guide.chapters[2].url)


def test_full_guide_prints_every_public_chapter_in_order_and_nothing_else(
    client: Client, guide: Guide
) -> None:
    guide.add_chapter(title="Taslak bölüm", live=False)
    private = guide.add_chapter(title="Gizli bölüm")
    for page in (private, guide.english_of(private)):  # privacy is set per language
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    edited = guide.chapters[0]
    edited.intro = "GİZLİ TASLAK METNİ"
    edited.save_revision()  # a newer draft revision, not published
    first, second, third = guide.chapters[:3]
    first.move(third, pos="right")

    html = html_of(client, f"{guide.page.url}tamami/")
    expected = [second, third, first]
    assert full_titles(html) == [c.title for c in expected]
    for title in ("Taslak bölüm", "Gizli bölüm", "GİZLİ TASLAK METNİ"):
        assert title not in html
    assert "Kılavuzun önsözü." in html
    assert html.count('class="guide-chapter guide-chapter--full"') == 3
    # Headings get ids unique on the page: the chapter number is their prefix.
    assert '<h3 id="bolum-1-ihtiyac-analizi">İhtiyaç Analizi</h3>' in html
    assert '<h3 id="bolum-3-guvenli-kent-yuruyusleri">' in html
    assert 'href="/static/css/guide-print.css" media="print"' in html

    english = guide.english_of(guide.page)
    en_html = html_of(client, f"{english.url}full/")
    assert full_titles(en_html) == [guide.english_of(c).title for c in expected]
    assert guide.english_of(private).title not in en_html
    assert '<h3 id="bolum-2-needs-analysis">Needs analysis</h3>' in en_html


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (GuideChapterPage, GuidePage, True),
        (GuideChapterPage, HomePage, False),
        (GuideChapterPage, GuideChapterPage, False),
        (GuidePage, GuidePage, False),
        (GuidePage, GuideChapterPage, False),
        (StandardPage, GuidePage, False),
    ],
)
def test_tree_rules(child: type[Page], parent: type[Page], allowed: bool) -> None:
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_the_guide_goes_under_the_home_page() -> None:
    assert GuidePage.clean_parent_page_models() == [HomePage]
    assert GuidePage in HomePage.allowed_subpage_models()


def test_admin_refuses_a_chapter_under_the_home_page(admin_client: Client, guide: Guide) -> None:
    home = guide.page.get_parent()
    url = f"/admin/pages/add/guide/guidechapterpage/{home.pk}/"
    response = admin_client.get(url)
    assert response.status_code in (302, 403)
    assert not GuideChapterPage.objects.child_of(home).exists()
