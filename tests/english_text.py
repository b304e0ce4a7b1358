"""Finding Turkish in what the English site shows: the words of a page that are Turkish, outside
proper names and outside elements marked `lang="tr"`, and the "not yet translated" fallbacks.

A word counts as Turkish when it has a letter English never uses (ı, İ, ğ, Ğ, ş, Ş) or is one of
the commonest Turkish words spelled without them ("ve", "bir", "ile" …). Proper names with such
letters (Kadıköy, Eskişehir, TÜİK) are passed in by the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

TURKISH_LETTERS = re.compile(r"[ıİğĞşŞ]")
#: Frequent Turkish words without a Turkish-only letter (a Turkish sentence has some of them).
TURKISH_WORDS = frozenset(
    [
        "ve",
        "bir",
        "ile",
        "bu",
        "olarak",
        "veya",
        "gibi",
        "daha",
        "çok",
        "için",
        "icin",
        "kadın",
        "kadin",
        "belediye",
        "belediyesi",
        "eylem",
        "hizmet",
        "merkezi",
        "dönem",
        "dönemi",
        "değerlendirme",
        "yorum",
        "öneri",
        "kanıt",
        "örnek",
        "veri",
        "henüz",
        "yapıldı",
        "edildi",
        "olan",
    ]
)
VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
WORD = re.compile(r"\w+")


def turkish_words(text: str, proper_names: Iterable[str] = ()) -> list[str]:
    """The Turkish words of an English text, proper names left out."""
    names = set(proper_names)
    return [
        word
        for word in WORD.findall(text)
        if word not in names and (TURKISH_LETTERS.search(word) or word.casefold() in TURKISH_WORDS)
    ]


class EnglishPageText(HTMLParser):
    """The text an English page shows a reader, without scripts, styles, code and elements marked
    `lang="tr"` (or inside one), with its image alternatives and meta description, and the
    number of "not yet translated" fallbacks it has."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.fallbacks = 0
        self._skipping: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if "untranslated" in attributes.get("class", "").split():
            self.fallbacks += 1
        # Code (column names, identifiers) is not prose in any language.
        skip = any(self._skipping) or tag in {"script", "style", "code"}
        skip = skip or attributes.get("lang", "").startswith("tr")
        if not skip:
            if tag == "img" and attributes.get("alt"):
                self.texts.append(attributes["alt"])
            if tag == "meta" and attributes.get("name") == "description":
                self.texts.append(attributes.get("content", ""))
        if tag not in VOID_ELEMENTS:
            self._skipping.append(skip)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS and self._skipping:
            self._skipping.pop()

    def handle_data(self, data: str) -> None:
        if not any(self._skipping) and data.strip():
            self.texts.append(data.strip())


def turkish_on_english_page(html: str, proper_names: Iterable[str] = ()) -> tuple[list[str], int]:
    """(the Turkish words an English page shows outside `lang="tr"`, its number of fallbacks)."""
    page = EnglishPageText()
    page.feed(html)
    names = set(proper_names)
    return [word for text in page.texts for word in turkish_words(text, names)], page.fallbacks
