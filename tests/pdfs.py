"""Reading a PDF as a screen reader's PDF library would (is it tagged, in which language, with
which title and author, are its fonts embedded, what is its text: pypdf; `pdfinfo` says "Tagged:
yes" for the same files, but poppler is not installed in CI), and a page's link to a document."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import pypdf
from bs4 import BeautifulSoup, Tag

from django.test import Client


@dataclass
class TaggedPdf:
    """What a PDF reader sees of a tagged PDF."""

    marked: bool
    has_structure_tree: bool
    structure_kinds: set[str]
    lang: str
    title: str
    author: str
    fonts_embedded: bool
    text: str


def read_tagged(content: bytes) -> TaggedPdf:
    """The catalogue, metadata, structure element kinds, fonts and text of a PDF."""
    assert content.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(content))
    root = reader.trailer["/Root"]
    mark_info = root.get("/MarkInfo")
    kinds: set[str] = set()

    def walk(node: object, depth: int = 0) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if depth > 60:
            return
        if isinstance(node, pypdf.generic.ArrayObject):
            for child in node:
                walk(child, depth + 1)
        elif isinstance(node, pypdf.generic.DictionaryObject):
            if "/S" in node:
                kinds.add(str(node["/S"]))
            if "/K" in node:
                walk(node["/K"], depth + 1)

    if "/StructTreeRoot" in root:
        walk(root["/StructTreeRoot"].get_object().get("/K"))
    embedded = True
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for font in fonts.get_object().values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            if descriptor is None or not any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                embedded = False
    metadata = reader.metadata or {}
    return TaggedPdf(
        marked=bool(mark_info and mark_info.get_object().get("/Marked")),
        has_structure_tree="/StructTreeRoot" in root,
        structure_kinds=kinds,
        lang=str(root.get("/Lang", "")),
        title=str(metadata.get("/Title", "")),
        author=str(metadata.get("/Author", "")),
        fonts_embedded=embedded,
        text=" ".join(" ".join(page.extract_text() for page in reader.pages).split()),
    )


def assert_tagged(pdf: TaggedPdf, lang: str) -> None:
    """The checks every portal PDF passes."""
    assert pdf.marked, "/MarkInfo << /Marked true >> is missing"
    assert pdf.has_structure_tree, "/StructTreeRoot is missing"
    assert {"/Document", "/P"} <= pdf.structure_kinds
    assert pdf.lang == lang
    assert pdf.title.strip()
    assert pdf.author.strip()
    assert pdf.fonts_embedded


def document_link(client: Client, page: Any, document: Any) -> Tag:
    """The page's one link to the document (asserted: the page answers and links it once)."""
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    links = BeautifulSoup(response.content, "html.parser").find_all("a", href=document.url)
    assert len(links) == 1, page.url
    return links[0]


def link_text(link: Tag) -> str:
    """A link's text, its whitespace collapsed."""
    return " ".join(link.get_text().split())
