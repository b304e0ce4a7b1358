"""What search engines and social networks read about a page: its description and its card.

**Description** (`<meta name="description">`, `og:description`): the page's search description
(Promote tab), else its introduction, else the first long text among its search fields (a
summary, a StreamField body: Wagtail gives them as plain text), else a sentence naming the page
and its kind; whitespace collapsed, cut at a word boundary to at most 160 characters.

**Social card** (`og:image`): a 1200×630 PNG drawn with Pillow from the page's live title, its kind
and the platform's name in the page's language, with the "Örnek veri / Sample data" label on
sample pages. Its URL carries a token of what is drawn, so a new title gives a new URL (social
networks cache images by URL); the PNG is kept in Django's cache under that token. Served by
`portal.seo_views` for live public pages only (`public_pages()`): a draft's or a private page's
card is a 404. The letters come from the DejaVu Sans subset shipped in static/fonts/dejavu/, so
Turkish letters render on any machine.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

from PIL import Image, ImageDraw, ImageFont

from django.contrib.staticfiles import finders
from django.core.cache import cache as django_cache
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.fields import StreamField
from wagtail.models import Page

from .models import search_texts

#: Longest description: what search engines show of it.
DESCRIPTION_LENGTH = 160
#: Search fields that are not the page's own long text: the title, the introduction (tried
#: before) and the folded copies for the search index (portal.models.PortalPage).
NOT_DESCRIPTIONS = frozenset({"title", "intro", "folded_title", "folded_text"})

CARD_WIDTH, CARD_HEIGHT = 1200, 630
#: Raise when the drawing changes: every card gets a new URL (and social networks a new image).
CARD_VERSION = 1
#: How long a drawn card stays in Django's cache (its key changes with what it shows).
CARD_CACHE_SECONDS = 30 * 24 * 3600
#: Colours of the site (static/css/portal.css): primary, accent (focus on dark), sample notice.
CARD_BACKGROUND = "#4b2466"
CARD_TEXT = "#ffffff"
CARD_MUTED = "#e4d8ee"
CARD_ACCENT = "#ffd65c"
CARD_ACCENT_TEXT = "#341747"
CARD_NOTICE_BACKGROUND = "#fff4d6"
CARD_NOTICE_TEXT = "#5c3d00"
#: The sample-data label is bilingual on every page (templates/components/sample_data_notice.html).
SAMPLE_DATA_LABEL = "Örnek veri / Sample data"
#: Title sizes tried, largest first, until the title fits.
TITLE_SIZES = (72, 64, 56, 50, 44)
FONT_REGULAR = "fonts/dejavu/DejaVuSans.ttf"
FONT_BOLD = "fonts/dejavu/DejaVuSans-Bold.ttf"


# --- Description --------------------------------------------------------------------------------


def collapse_whitespace(text: str | None) -> str:
    """The text on one line, runs of whitespace as single spaces."""
    return " ".join((text or "").split())


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """The text with its whitespace collapsed, cut at a word boundary to at most `limit`
    characters with "…" when it is longer."""
    text = collapse_whitespace(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]  # one character more than is kept: is the cut at a word boundary?
    words = cut.rsplit(" ", 1)[0] if " " in cut else cut[: limit - 1]
    return words[: limit - 1].rstrip(" ,;:-–—") + "…"


def long_texts(page: Page) -> Iterator[str]:
    """The page's long texts (text fields, rich text, StreamFields) among its search fields, in
    their order, as plain text; short fields (codes, names, units) are not descriptions."""
    model = type(page)
    for search_field in page.get_searchable_search_fields():
        if search_field.field_name in NOT_DESCRIPTIONS:
            continue
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            continue  # a method (such as the folded copies): not the page's own text
        if isinstance(field, models.TextField | StreamField):
            yield " ".join(search_texts(search_field.get_value(page)))


def page_kind(page: Page) -> str:
    """The page's kind as editors know it (its type's name: "Belediye", "Gösterge" …)."""
    model = page.specific_class or type(page)
    return capfirst(str(model._meta.verbose_name))


def page_title(page: Page) -> str:
    """The title the page gives search engines: its SEO title, else its title."""
    return getattr(page, "seo_title", "") or page.title


def page_description(page: Page) -> str:
    """The page's description for search engines and social networks (see the module)."""
    candidates = chain(
        (getattr(page, "search_description", ""), getattr(page, "intro", "")), long_texts(page)
    )
    for text in candidates:
        if collapse_whitespace(text):
            return shorten(text)
    return shorten(
        _("%(kind)s: %(title)s. YEEP İzleme Platformu'nda yayımlanan sayfa.")
        % {"kind": page_kind(page), "title": page_title(page)}
    )


# --- Social card --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SocialCard:
    """The `og:image` of a page: absolute URL, size and text alternative."""

    url: str
    alt: str
    width: int = CARD_WIDTH
    height: int = CARD_HEIGHT


@dataclass(frozen=True)
class CardTexts:
    """What a card shows, in the page's language."""

    title: str
    kind: str
    platform: str
    sample_data: bool


def shows_kind(page: Page) -> bool:
    """Whether the card names the page's kind: not on a language's home page (whose title is the
    platform's name)."""
    return page.depth > 2


def card_token(page: Page) -> str:
    """A short digest of what the page's card shows (live title, kind, language, sample flag),
    read from the page row alone: no query."""
    model = page.specific_class or type(page)
    parts = [
        str(CARD_VERSION),
        page_title(page),
        model._meta.label if shows_kind(page) else "",
        str(page.locale_id),
        str(bool(getattr(page, "is_sample_data", False))),
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def social_card_path(page: Page) -> str:
    """The path of the page's card (portal.seo_views.social_card)."""
    return reverse("social_card", kwargs={"page_id": page.pk, "token": card_token(page)})


def social_card(page: Page, request: HttpRequest | None = None) -> SocialCard | None:
    """The page's card on its site's address; None when the page has no URL (or is a new page
    in the admin's preview, not saved yet)."""
    if page.pk is None:
        return None
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    _site_id, root_url, _path = parts
    return SocialCard(url=root_url.rstrip("/") + social_card_path(page), alt=page_title(page))


def card_texts(page: Page) -> CardTexts:
    """The texts of the page's card in the page's language."""
    with translation.override(page.locale.language_code):
        return CardTexts(
            title=page_title(page),
            kind=page_kind(page) if shows_kind(page) else "",
            platform=_("YEEP İzleme Platformu"),
            sample_data=bool(getattr(page, "is_sample_data", False)),
        )


def social_card_png(page: Page) -> bytes:
    """The page's card as PNG, drawn once per token and kept in Django's cache."""
    key = f"portal:social-card:{page.pk}:{card_token(page)}"
    png = django_cache.get(key)
    if png is None:
        png = draw_card(card_texts(page))
        django_cache.set(key, png, CARD_CACHE_SECONDS)
    return png


@cache
def card_font(path: str, size: int) -> ImageFont.FreeTypeFont:
    """A shipped font (a static file) at a size."""
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(f"static file {path} not found")
    return ImageFont.truetype(found, size)


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """The text in lines no wider than `width` pixels, broken between words (inside a word only
    when the word alone is wider)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while font.getlength(line) > width:  # a word wider than the card: break it
            cut = len(line) - 1
            while cut > 1 and font.getlength(line[:cut]) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def fit_title(title: str, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title font whose lines fit in `width` × `height` pixels; at the smallest size,
    the last line that fits ends in "…"."""
    for size in TITLE_SIZES:
        font = card_font(FONT_BOLD, size)
        lines = wrap(title, font, width)
        max_lines = max(1, height // line_height(font))
        if len(lines) <= max_lines:
            return font, lines
    lines = lines[:max_lines]
    last = lines[-1]
    while last and font.getlength(last + "…") > width:
        last = last[:-1].rstrip()
    lines[-1] = last.rstrip(" ,;:-–—") + "…"
    return font, lines


def line_height(font: ImageFont.FreeTypeFont) -> int:
    """The distance between two lines of a title."""
    return round(font.size * 1.2)


def draw_card(texts: CardTexts) -> bytes:
    """Draw a card: the platform's mark and name, the kind as a label, the title, and the sample
    data label when the page is sample data; PNG bytes."""
    image = Image.new("RGB", (CARD_WIDTH, CARD_HEIGHT), CARD_BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = 80
    text_width = CARD_WIDTH - 2 * margin

    # The mark of the favicon (static/img/favicon.svg): "=" in white and yellow.
    draw.rounded_rectangle((margin, 72, margin + 44, 82), radius=3, fill=CARD_TEXT)
    draw.rounded_rectangle((margin, 90, margin + 44, 100), radius=3, fill=CARD_ACCENT)
    if texts.platform != texts.title:  # a home page's title is the platform's name
        platform_font = card_font(FONT_REGULAR, 34)
        draw.text(
            (margin + 64, 86), texts.platform, font=platform_font, fill=CARD_MUTED, anchor="lm"
        )

    top = 170
    if texts.kind:
        font = card_font(FONT_BOLD, 28)
        left, _top, right, _bottom = draw.textbbox((0, 0), texts.kind, font=font)
        draw.rounded_rectangle(
            (margin, top, margin + (right - left) + 36, top + 52), radius=26, fill=CARD_ACCENT
        )
        draw.text(
            (margin + 18, top + 26), texts.kind, font=font, fill=CARD_ACCENT_TEXT, anchor="lm"
        )
        top += 84

    bottom = CARD_HEIGHT - (124 if texts.sample_data else 56)  # above the label and the band
    font, lines = fit_title(texts.title, text_width, bottom - top)
    for number, line in enumerate(lines):
        draw.text((margin, top + number * line_height(font)), line, font=font, fill=CARD_TEXT)

    if texts.sample_data:
        font = card_font(FONT_BOLD, 26)
        left, _top, right, _bottom = draw.textbbox((0, 0), SAMPLE_DATA_LABEL, font=font)
        box = (margin, CARD_HEIGHT - 104, margin + (right - left) + 32, CARD_HEIGHT - 56)
        draw.rounded_rectangle(box, radius=8, fill=CARD_NOTICE_BACKGROUND)
        label_at = (margin + 16, box[1] + 24)
        draw.text(label_at, SAMPLE_DATA_LABEL, font=font, fill=CARD_NOTICE_TEXT, anchor="lm")
    draw.rectangle((0, CARD_HEIGHT - 16, CARD_WIDTH, CARD_HEIGHT), fill=CARD_ACCENT)

    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()
