"""The whole guide as a PDF: a valid PDF with every public chapter and nothing unpublished."""

from __future__ import annotations

import io

import pypdf
import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from portal.pdf import local_url_fetcher
from tests.scenarios.guide import Guide

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_guide_pdf_has_public_chapters_only(client: Client, guide: Guide) -> None:
    titles = [chapter.title for chapter in guide.chapters[:3]]
    guide.add_chapter(title="Taslak bölüm", live=False)
    private = guide.add_chapter(title="Gizli bölüm")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    edited = guide.chapters[0]
    edited.title = "GİZLİ TASLAK BAŞLIĞI"
    edited.save_revision()

    response = client.get(f"{guide.page.url}tamami/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    for title in titles:
        assert title in text
    for secret in ("Taslak bölüm", "Gizli bölüm", "GİZLİ TASLAK BAŞLIĞI"):
        assert secret not in text


def test_pdf_rendering_reads_static_files_from_disk_and_nothing_else() -> None:
    response = local_url_fetcher("http://localhost/static/css/portal.css")
    assert b":root" in response.read()
    assert response.headers["Content-Type"] == "text/css"
    with pytest.raises(ValueError, match="does not fetch"):
        local_url_fetcher("https://tiles.example.org/1/2/3.png")
    with pytest.raises(ValueError, match="does not fetch"):
        local_url_fetcher("http://localhost/media/../../etc/passwd")
