"""Bilingual text types of the guide (portal.bilingual) and its chapter type."""

from __future__ import annotations

from dataclasses import dataclass

from portal.bilingual import Block, PageText, Text, heading, paragraph, quote

__all__ = ["Block", "ChapterText", "PageText", "Text", "heading", "lines", "paragraph", "quote"]


@dataclass(frozen=True)
class ChapterText(PageText):
    """A chapter: the page text plus its "Bu bölümde" key points, one per line."""

    summary: Text = Text("", "")


def lines(*points: tuple[str, str]) -> Text:
    """Key points given as (Turkish, English) pairs, one line each, in both languages."""
    return Text(
        tr="\n".join(point_tr for point_tr, _point_en in points),
        en="\n".join(point_en for _point_tr, point_en in points),
    )
