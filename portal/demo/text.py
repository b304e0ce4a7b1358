"""Bilingual text types of the demo site: Turkish (source) and English, block by block.

The Turkish and English versions of each body block are matched segment by segment by
portal.translation, so they must have the same structure: one ``<p>`` or one ``<ul>`` with the same
number of ``<li>`` items, and the same ``<b>``/``<i>`` markup in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The only contact address in the demo: example.org, never a real mailbox.
SAMPLE_EMAIL = "iletisim@example.org"


@dataclass(frozen=True)
class Text:
    """One string in both languages: Turkish (source) and English."""

    tr: str
    en: str


@dataclass(frozen=True)
class Block:
    """One StreamField block: kind is "heading", "paragraph" or "quote"."""

    kind: str
    text: Text
    attribution: Text | None = None  # quotes only


@dataclass(frozen=True)
class PageText:
    """Title, slug, intro and body of one page in both languages."""

    key: str
    title: Text
    slug: Text
    intro: Text
    body: tuple[Block, ...] = ()


def heading(tr: str, en: str) -> Block:
    return Block("heading", Text(tr, en))


def paragraph(tr: str, en: str) -> Block:
    return Block("paragraph", Text(tr, en))


def quote(tr: str, en: str, *, source_tr: str, source_en: str) -> Block:
    return Block("quote", Text(tr, en), attribution=Text(source_tr, source_en))
