"""Social cards (og:image): drawn once per title, in the page's language, with Turkish letters,
and only for live public pages (portal/seo.py, portal/seo_views.py)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops

from django.contrib.staticfiles import finders
from django.test import Client

from wagtail.models import PageViewRestriction

from portal import seo
from portal.seo import CardTexts, card_texts, draw_card, social_card_path
from portal.translation import publish_translation
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree, html_of

pytestmark = pytest.mark.django_db

TURKISH_LETTERS = "çğıİöşüÇĞÖŞÜâî₺"


def og_image(html: str) -> str:
    return re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[CardTexts]:
    """The texts of every card drawn during the test."""
    texts: list[CardTexts] = []
    draw = seo.draw_card

    def recording(card: CardTexts) -> bytes:
        texts.append(card)
        return draw(card)

    monkeypatch.setattr(seo, "draw_card", recording)
    return texts


def get_card(client: Client, url: str) -> Image.Image:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"].startswith("private")  # never shared by the front cache
    return Image.open(io.BytesIO(response.content))


def test_a_public_page_links_its_card(
    client: Client, site_tree: SiteTree, drawn: list[CardTexts]
) -> None:
    html = html_of(client, "/tr/belediyeler/kadikoy/")
    url = og_image(html)
    assert url == f"http://localhost{social_card_path(site_tree.kadikoy)}"
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:height" content="630">' in html
    assert '<meta property="og:image:alt" content="Kadıköy Belediyesi">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    image = get_card(client, url.removeprefix("http://localhost"))
    assert (image.format, image.size) == ("PNG", (1200, 630))
    assert drawn == [
        CardTexts("Kadıköy Belediyesi", "Belediye", "YEEP İzleme Platformu", sample_data=False)
    ]


def test_cards_are_drawn_once_per_title(
    client: Client, site_tree: SiteTree, drawn: list[CardTexts]
) -> None:
    page = StandardPageFactory(parent=site_tree.home, title="Hakkında", slug="hakkinda")
    first = social_card_path(page)
    get_card(client, first)
    get_card(client, first)
    assert len(drawn) == 1

    page.title = "Platform hakkında"
    page.save_revision().publish()
    page.refresh_from_db()
    second = social_card_path(page)
    assert second != first  # a new title, a new URL: social networks fetch it again
    response = client.get(first)
    assert response.status_code == 302
    assert response["Location"] == second
    get_card(client, second)
    assert [card.title for card in drawn] == ["Hakkında", "Platform hakkında"]


def test_a_draft_title_stays_off_the_card(
    client: Client, site_tree: SiteTree, drawn: list[CardTexts]
) -> None:
    page = StandardPageFactory(parent=site_tree.home, title="Yayındaki başlık", slug="yayinda")
    url = social_card_path(page)
    page.title = "Taslak başlık"
    page.save_revision()  # not published
    assert social_card_path(page.specific_class.objects.get(pk=page.pk)) == url
    get_card(client, url)
    assert [card.title for card in drawn] == ["Yayındaki başlık"]


@pytest.mark.parametrize("privacy", ["draft", "restricted", "under a restricted page"])
def test_no_card_for_drafts_or_private_pages(
    client: Client, site_tree: SiteTree, drawn: list[CardTexts], privacy: str
) -> None:
    """Leak test: the card would show a private page's title."""
    parent = site_tree.home
    if privacy == "under a restricted page":
        parent = StandardPageFactory(parent=site_tree.home, slug="ozel-bolum")
        PageViewRestriction.objects.create(page=parent, restriction_type="login")
    page = StandardPageFactory(
        parent=parent, title="Gizli başlık", slug="gizli", live=privacy != "draft"
    )
    if privacy == "restricted":
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(social_card_path(page)).status_code == 404
    assert client.get(f"/social-cards/{page.pk}/yanlis.png").status_code == 404
    assert drawn == []


def test_no_card_for_a_missing_page(client: Client, site_tree: SiteTree) -> None:
    assert client.get("/social-cards/987654/abc.png").status_code == 404


def test_cards_speak_the_pages_language(site_tree: SiteTree) -> None:
    english = site_tree.english_of(site_tree.kadikoy)
    assert card_texts(english) == CardTexts(
        "Kadıköy Municipality", "Municipality", "YEEP Monitoring Platform", sample_data=False
    )
    page = StandardPageFactory(parent=site_tree.home, title="Yöntem", is_sample_data=True)
    translated = publish_translation(page, site_tree.english, {"title": "Method", "slug": "m"})
    assert card_texts(translated) == CardTexts(
        "Method", "Standard page", "YEEP Monitoring Platform", sample_data=True
    )
    # A language's home page: its title is the platform's name, no kind.
    assert card_texts(site_tree.home) == CardTexts(
        "YEEP İzleme Platformu", "", "YEEP İzleme Platformu", sample_data=False
    )


def test_the_shipped_font_has_turkish_letters() -> None:
    for path in (seo.FONT_REGULAR, seo.FONT_BOLD):
        found = finders.find(path)
        assert found, path
        characters = TTFont(found)["cmap"].getBestCmap()
        missing = [letter for letter in TURKISH_LETTERS if ord(letter) not in characters]
        assert not missing, (path, missing)


def test_turkish_letters_are_drawn() -> None:
    """ "İ" and "I", "ş" and "s" give different cards: the letters are drawn, not replaced."""

    def card(title: str) -> Image.Image:
        return Image.open(io.BytesIO(draw_card(CardTexts(title, "Eylem", "YEEP", False))))

    assert ImageChops.difference(card("IŞIK"), card("İŞIK")).getbbox() is not None
    assert ImageChops.difference(card("kuş"), card("kus")).getbbox() is not None


@pytest.mark.parametrize(
    "title",
    ["Kısa", "Çok uzun bir başlık " * 12, "Tekkelimeliçokuzunbirbaşlık" * 6],
)
def test_any_title_fits(title: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fitted: list[list[str]] = []
    fit: Callable = seo.fit_title

    def recording(*args: object) -> tuple:
        font, lines = fit(*args)
        fitted.append(lines)
        return font, lines

    monkeypatch.setattr(seo, "fit_title", recording)
    image = Image.open(io.BytesIO(draw_card(CardTexts(title, "Eylem", "YEEP", True))))
    assert image.size == (1200, 630)
    (lines,) = fitted
    assert 1 <= len(lines) <= 4
    if len(title) > 200:
        assert lines[-1].endswith("…")
