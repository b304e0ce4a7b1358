"""The demo's files: sample PDFs and illustrations, each made once and found by its title after.

PDFs are made by the portal's own PDF maker (portal.pdf.html_to_pdf: tagged PDF/UA-1 with the
document's language, title and author) from a small HTML document whose first line says it is
sample data;
illustrations are drawn with Pillow (simple shapes and a caption, labelled "Örnek görsel /
Illustration"), so no photograph ever passes for a real one. Each new file is reported on stdout,
so a second run of setup_demo reports nothing.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from io import BytesIO
from typing import Any, TextIO, TypeVar

from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from portal.bilingual import Text, block_id
from portal.pdf import html_to_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
#: The label in the PDFs, each half marked with its language.
SAMPLE_LABEL_HTML = '<span lang="tr">Örnek veri</span> / <span lang="en">Sample data</span>'
#: What follows the label on a sample PDF's first line, in the PDF's language.
DEMO_DOCUMENT = {
    "tr": "YEEP İzleme Platformu demo belgesi.",
    "en": "a demonstration document of the YEEP Monitoring Platform.",
}
#: The author named in the sample PDFs' metadata: the platform made them, no municipality did.
AUTHOR = "YEEP İzleme Platformu (örnek veri / sample data)"
WIDTH, HEIGHT = 1200, 630
K = TypeVar("K")
ILLUSTRATION_LABEL = "Örnek görsel / Illustration"
#: Background and shape colours of the illustrations (dark text on light ground, ≥ 4.5:1).
PALETTES = (
    ("#f3efe6", "#7a3e9d", "#d98c1f"),
    ("#eaf2f0", "#1f6f5c", "#c2452d"),
    ("#eef0f7", "#2f4d8f", "#d4a017"),
    ("#f7ecef", "#9b2d4f", "#3d7a3d"),
)


def tagged_pdf(html: str) -> bytes:
    """The tagged PDF of a whole HTML document (its <html lang>, <title> and author meta), made
    as the portal makes its own PDFs, outside any request."""
    return html_to_pdf(html, RequestFactory().get("/", HTTP_HOST="localhost"))


def can_fork() -> bool:
    """Whether PDFs may be made in forked processes: with more than one CPU, where this process
    runs no other thread (forking one that does, such as a test worker or a live server, may
    copy a lock another thread holds)."""
    return (
        (os.cpu_count() or 1) > 1
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def tagged_pdfs(documents: Mapping[K, str]) -> dict[K, bytes]:
    """The tagged PDF of each HTML document, by its key.

    WeasyPrint is pure Python, so the six report PDFs were half of `setup_demo`'s time on one CPU:
    where this process may fork (`can_fork`), they are made side by side, one process per CPU.
    The processes touch no database; they inherit the settings, the static files' finders and
    the media folder the documents' images are read from."""
    if len(documents) < 2 or not can_fork():
        return {key: tagged_pdf(html) for key, html in documents.items()}
    workers = min(len(documents), os.cpu_count() or 1)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        made = {key: pool.submit(tagged_pdf, html) for key, html in documents.items()}
        return {key: future.result() for key, future in made.items()}


def sample_pdf(title: str, body_html: str, language: str = "tr") -> bytes:
    """A short tagged PDF in the language, whose first line says it is sample data."""
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        f'<meta name="author" content="{AUTHOR}"></head><body>'
        f"<p><strong>{SAMPLE_LABEL_HTML}</strong>: {DEMO_DOCUMENT[language]}</p>"
        f"<h1>{escape(title)}</h1>{body_html}</body></html>"
    )
    return tagged_pdf(html)


def existing_document(title: str, collection: Collection | None = None) -> Any:
    """The document with this title in the collection (the root by default), or None."""
    collection = collection or Collection.get_first_root_node()
    return get_document_model().objects.filter(title=title, collection=collection).first()


def document(
    title: str,
    filename: str,
    make_pdf: Callable[[], bytes],
    stdout: TextIO,
    collection: Collection | None = None,
) -> Any:
    """The document with this title (in the collection, the root by default), made from
    make_pdf() when there is none."""
    collection = collection or Collection.get_first_root_node()
    model = get_document_model()
    found = existing_document(title, collection)
    if found is None:
        content = make_pdf()
        found = model(title=title, collection=collection)
        found.file.save(filename, ContentFile(content), save=False)
        # What Wagtail's upload form records: links show the size, duplicates are found by hash.
        found.file_size = len(content)
        found.file_hash = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        found.save()
        stdout.write(f"  + document {title}\n")
    return found


def wrapped(text: str, font: Any, width: int, draw: Any) -> list[str]:
    """The text broken into lines no wider than width pixels."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def illustration_png(key: str, caption: str) -> bytes:
    """A 1200×630 illustration: a few shapes chosen by the key, the caption and the label."""
    from PIL import Image, ImageDraw, ImageFont

    digest = hashlib.sha256(key.encode()).digest()
    ground, first, second = PALETTES[digest[0] % len(PALETTES)]
    picture = Image.new("RGB", (WIDTH, HEIGHT), ground)
    draw = ImageDraw.Draw(picture)
    for number in range(3):
        x, y = 700 + digest[number + 1] % 300, 60 + digest[number + 4] % 250
        size = 120 + 40 * number
        colour = first if number % 2 == 0 else second
        if digest[number + 7] % 2:
            draw.ellipse((x, y, x + size, y + size), fill=colour)
        else:
            draw.rectangle((x, y, x + size, y + size), fill=colour)
    draw.rectangle((0, 450, 1200, 630), fill="#ffffff")
    font = ImageFont.truetype(BOLD_FONT, 40)
    for line_number, line in enumerate(wrapped(caption, font, 1120, draw)[:2]):
        draw.text((40, 470 + 52 * line_number), line, font=font, fill="#1a1a1a")
    draw.text((40, 40), ILLUSTRATION_LABEL, font=ImageFont.truetype(FONT, 32), fill="#1a1a1a")
    output = BytesIO()
    picture.save(output, format="PNG", optimize=True)
    return output.getvalue()


def illustration(key: str, caption: Text, stdout: TextIO) -> Any:
    """The illustration titled after the caption, drawn when there is none."""
    title = f"Örnek görsel: {caption.tr}"[:255]
    model = get_image_model()
    found = model.objects.filter(title=title).first()
    if found is None:
        found = model(title=title, collection=Collection.get_first_root_node())
        found.file.save(f"{key}.png", ContentFile(illustration_png(key, caption.tr)), save=False)
        found.width, found.height = WIDTH, HEIGHT  # the file field leaves them unset
        found.save()
        stdout.write(f"  + image {title}\n")
    return found


def alt_text(caption: Text) -> Text:
    """The alternative text of an illustration: what it is and what it shows."""
    return Text(
        f"Örnek görsel (temsili çizim): {caption.tr}",
        f"Sample illustration (a drawing, not a photograph): {caption.en}",
    )


def image_block(key: str, image: Any, caption: Text, language: str) -> dict[str, Any]:
    """Raw StreamField data of an "image" block (portal.blocks.CaptionedImageBlock) showing the
    illustration with its alternative text and caption; the id is the same in both languages."""
    return {
        "type": "image",
        "value": {
            "image": {
                "image": image.pk,
                "alt_text": getattr(alt_text(caption), language),
                "decorative": False,
            },
            "caption": getattr(caption, language),
        },
        "id": block_id(f"{key}:image", 0),
    }


def document_block(key: str, document: Any, title: Text, language: str) -> dict[str, Any]:
    """Raw StreamField data of a "document" block linking the document under the title."""
    return {
        "type": "document",
        "value": {"document": document.pk, "title": getattr(title, language)},
        "id": block_id(f"{key}:document", 0),
    }
