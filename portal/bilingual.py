"""Bilingual text written in code: Turkish (source) and English, block by block.

The guide's text (guide.content) and the demo site's are written with these types; stream_data
turns their blocks into StreamField data. The Turkish and English versions of each body block are
matched segment by segment by portal.translation, so they must have the same structure: one
``<p>`` or one ``<ul>`` with the same number of ``<li>`` items, and the same ``<b>``/``<i>`` markup
in the same order.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

# Block ids derive from this namespace, so the Turkish and English bodies share them.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1d3a52-8c1e-4f0b-9a57-0c2f6f0e7a11")


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


def block_id(key: str, position: int) -> str:
    """The id of a stream's block at position: the same in the Turkish and English streams."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{key}:{position}"))


def stream_data(page_key: str, blocks: tuple[Block, ...], language: str) -> list[dict[str, Any]]:
    """Raw StreamField data for the blocks in one language, with ids stable across languages."""
    data = []
    for index, block in enumerate(blocks):
        text = getattr(block.text, language)
        if block.kind == "heading":
            value: Any = {"text": text, "level": "h2"}
        elif block.kind == "quote":
            attribution = getattr(block.attribution, language) if block.attribution else ""
            value = {"text": text, "attribution": attribution}
        else:
            value = text
        data.append({"type": block.kind, "value": value, "id": block_id(page_key, index)})
    return data
