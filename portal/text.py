"""Turkish-aware text helpers: case folding, collation and ASCII slugs; numbers as shown.

Python's str.lower() maps "I" to "i" and "İ" to "i̇" (with a combining dot), which is wrong for
Turkish, and code-point order puts "Ç" after "Z". These helpers follow the Turkish alphabet
(a b c ç d e f g ğ h ı i j k l m n o ö p r s ş t u ü v y z). They are small and dependency-free;
PyICU would do the same but needs the ICU headers to build, and `make test` must run on a machine
with only Python.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify

# q, w and x are not Turkish letters but appear in names; they sit where Latin puts them.
TURKISH_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
T = TypeVar("T")
#: A run of ASCII digits (other digits, such as "²", are not numbers int() can read).
_DIGITS = re.compile(r"[0-9]+")
_LETTER_RANK = {letter: rank for rank, letter in enumerate(TURKISH_ALPHABET)}
_TURKISH_UPPER_TO_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_TURKISH_LETTERS_TO_ASCII = str.maketrans(
    {"ç": "c", "Ç": "C", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ş": "s",
     "Ş": "S", "ü": "u", "Ü": "U"}
)  # fmt: skip


def turkish_casefold(text: str) -> str:
    """Lower-case text by Turkish rules (I → ı, İ → i) for comparison and matching."""
    return unicodedata.normalize("NFC", text).translate(_TURKISH_UPPER_TO_LOWER).lower()


@lru_cache(maxsize=4096)
def _letter_rank(char: str) -> tuple[int, int]:
    """Where a case-folded character sorts: (group, rank); groups are punctuation and spaces (0),
    digits (1), Turkish letters (2) and other letters (3)."""
    base = _strip_foreign_accents(char)
    if base in _LETTER_RANK:
        return (2, _LETTER_RANK[base])
    if base.isdigit():
        return (1, ord(base))
    if base.isalpha():
        return (3, ord(base))
    return (0, ord(base))


def _strip_foreign_accents(letter: str) -> str:
    """Reduce â, î, û (and other non-Turkish accented letters) to their base letter."""
    if letter in _LETTER_RANK:
        return letter
    decomposed = unicodedata.normalize("NFD", letter)
    return "".join(char for char in decomposed if not unicodedata.combining(char)) or letter


def turkish_sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], str, str]:
    """Sort key that orders text in Turkish alphabetical order, case-insensitively.

    Spaces and punctuation sort before digits, digits before letters. Ties (such as "Ali" and
    "ali", or "kâr" and "kar") are broken by the case-folded text, then by the text itself, so
    the order is total and does not depend on the input order.
    """
    folded = turkish_casefold(text)
    return tuple(map(_letter_rank, folded)), folded, text


def natural_sort_key(text: str) -> tuple[tuple[tuple[object, ...], ...], str]:
    """Sort key for codes such as action codes: runs of digits compare as numbers, the rest in
    Turkish alphabetical order (turkish_sort_key), so "1.2" < "1.10" < "1.a" < "1.ç" < "2".

    A number sorts before text at the same place ("1.1" < "1.a"); any two codes compare, whatever
    they mix. Numbers are compared by their digits (length, then digits), never converted to int,
    so no length is too long; leading zeros are ignored ("01" next to "1", the text breaks the tie).
    """
    runs: list[tuple[object, ...]] = []
    position = 0
    for match in _DIGITS.finditer(text):
        if match.start() > position:
            runs.append((1, turkish_sort_key(text[position : match.start()])))
        digits = match.group().lstrip("0") or "0"
        runs.append((0, len(digits), digits))
        position = match.end()
    if position < len(text):
        runs.append((1, turkish_sort_key(text[position:])))
    return tuple(runs), text


def turkish_sorted(items: Iterable[T], key: Callable[[T], str] = str) -> list[T]:
    """Return items sorted in Turkish order by the text that key() gives for each."""
    return sorted(items, key=lambda item: turkish_sort_key(key(item)))


def turkish_slugify(text: str) -> str:
    """ASCII slug for a Turkish title: "Kadıköy Belediyesi" → "kadikoy-belediyesi"."""
    return slugify(text.translate(_TURKISH_LETTERS_TO_ASCII))


def turkish_contains(text: str, needle: str) -> bool:
    """True when `text` contains `needle`, ignoring case by Turkish rules and, as a fallback,
    Turkish letters ("kadikoy" finds "Kadıköy"); an empty needle is in every text."""
    folded = turkish_casefold(needle).strip()
    if folded in turkish_casefold(text):
        return True
    ascii_slug = turkish_slugify(needle)
    return bool(ascii_slug) and ascii_slug in turkish_slugify(text)


def ascii_fold(text: str) -> str:
    """Turkish-aware ASCII fold for search: Turkish letters to their ASCII look-alikes (ı, İ → i;
    ş → s; ğ → g; ü → u; ö → o; ç → c), other accents dropped (â → a, é → e), then case-folded:
    "KADIKÖY", "Kadıköy" and "kadikoy" all give "kadikoy"; "IZMIR" and "İzmir" give "izmir".

    Used on both sides of the site search: pages index a folded copy of their text and the query
    is folded the same way. Never for display."""
    text = unicodedata.normalize("NFC", text).translate(_TURKISH_LETTERS_TO_ASCII)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


#: A word of a text or query for highlighting: letters and digits, as the search backends split.
_WORD = re.compile(r"\w+")
#: Shorter words of a text are not highlighted as the stem of a query word ("ve" for "veri").
_MIN_STEM_LENGTH = 4
#: Final consonants that soften before a vowel (kitap → kitabı, eşitlik → eşitliği), folded.
_SOFTENED = "kptc"


def search_terms(query: str) -> list[str]:
    """The words of a search query, ASCII-folded (ascii_fold), without duplicates, in order."""
    return list(dict.fromkeys(_WORD.findall(ascii_fold(query))))


def _matches(word: str, terms: Iterable[str]) -> bool:
    """Whether a text word is a form of a query word, ignoring case and accents: it starts with
    one ("eşitlikte" for "esitlik"), is a stem of one ("belediye" for "belediyeler"), or ends in
    a softened consonant ("eşitliği" for "eşitlik", "kitabı" for "kitap")."""
    folded = ascii_fold(word)
    for term in terms:
        common = len(os.path.commonprefix([folded, term]))
        if common == len(term):
            return True
        if common >= _MIN_STEM_LENGTH and (
            common == len(folded) or (common == len(term) - 1 and term[-1] in _SOFTENED)
        ):
            return True
    return False


def highlight_snippet(text: str, query: str, words: int = 30) -> SafeString:
    """HTML of a short excerpt of `text` (at most `words` words, around the first word that matches
    the query) with the matching words in <mark>; everything else HTML-escaped. Matching ignores
    case and Turkish letters ("kadikoy" marks "Kadıköy"). The opening words when nothing matches;
    an empty string for an empty text."""
    terms = search_terms(query)
    spans = [match.span() for match in _WORD.finditer(text)]
    if not spans:
        return ""
    marked = [bool(terms) and _matches(text[start:end], terms) for start, end in spans]
    first = marked.index(True) if True in marked else 0
    begin = max(0, min(first - words // 3, len(spans) - words))
    end = min(len(spans), begin + words)
    pieces = ["… " if begin > 0 else ""]
    position = spans[begin][0] if begin > 0 else 0
    for index in range(begin, end):
        start, stop = spans[index]
        pieces.append(escape(text[position:start]))
        word = escape(text[start:stop])
        pieces.append(f"<mark>{word}</mark>" if marked[index] else word)
        position = stop
    if end < len(spans):
        pieces.append(" …")
    else:
        pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of the text is escaped)


def shown_number(value: Decimal | int | float | None, empty: str = "—") -> str:
    """A number in the active language's format ("31,5" in Turkish, "31.5" in English) without
    needless trailing zeros; `empty` when there is none."""
    if value is None:
        return empty
    number = Decimal(str(value)).normalize()
    if number == number.to_integral():
        number = number.quantize(Decimal(1))
    return formats.number_format(number, use_l10n=True)
