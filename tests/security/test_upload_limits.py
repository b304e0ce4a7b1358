"""Upload limits in the admin: document types and size, image formats, size and dimensions; each
refused with a Turkish error naming the limit, and nothing saved."""

from __future__ import annotations

import io
import json
import random

import pytest
from PIL import Image

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

MB = 1024 * 1024


@pytest.fixture
def admin_client() -> Client:
    """A signed-in superuser (the admin's language is Turkish)."""
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("yukleyen", password="x" * 12))
    return client


def document_form(upload: SimpleUploadedFile) -> dict[str, object]:
    """The single-document form's fields."""
    return {"title": "Belge", "file": upload, "collection": Collection.get_first_root_node().pk}


def png(width: int, height: int, mode: str = "1") -> bytes:
    """A PNG of one colour (tiny on disk whatever its dimensions)."""
    buffer = io.BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def noisy_png(megabytes: float) -> bytes:
    """A PNG of random (seeded) pixels, which does not compress: about `megabytes` on disk."""
    side = int((megabytes * MB / 3) ** 0.5) + 1
    pixels = random.Random(8).randbytes(side * side * 3)  # noqa: S311 - test data
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def test_limits_are_the_documented_ones() -> None:
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * MB
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * MB
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 5 * MB


def test_document_form_says_the_allowed_types_and_the_limit(admin_client: Client) -> None:
    html = admin_client.get("/admin/documents/add/").content.decode()

    assert (
        "İzin verilen dosya türleri: CSV, DOCX, ODT, ODS, PDF, PPTX, ODP, TXT, XLSX, ZIP." in html
    )
    assert "En büyük dosya boyutu: 20,0\xa0MB." in html
    assert 'accept=".csv,.docx,.odt,.ods,.pdf,.pptx,.odp,.txt,.xlsx,.zip"' in html


def test_too_large_document_is_refused_naming_the_limit(admin_client: Client) -> None:
    upload = SimpleUploadedFile("rapor.pdf", b"%PDF-1.4\n" + b"0" * (20 * MB), "application/pdf")

    response = admin_client.post("/admin/documents/add/", document_form(upload))

    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == ["Dosya çok büyük (20,0\xa0MB). Azami dosya boyutu 20,0\xa0MB."]
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("name", ["betik.html", "program.exe", "resim.svg"])
def test_document_of_another_type_is_refused_naming_the_allowed_ones(
    admin_client: Client, name: str
) -> None:
    upload = SimpleUploadedFile(name, b"<script>alert(1)</script>", "text/html")

    response = admin_client.post("/admin/documents/add/", document_form(upload))

    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    extension = name.rsplit(".", 1)[1]
    assert error.startswith(f"“{extension}” dosya uzantısına izin verilmiyor.")
    assert "csv, docx, odt, ods, pdf, pptx, odp, txt, xlsx, zip" in error
    assert not get_document_model().objects.exists()


def test_multiple_uploader_refuses_a_too_large_document(admin_client: Client) -> None:
    upload = SimpleUploadedFile("sunum.pdf", b"%PDF" + b"0" * (20 * MB + 1), "application/pdf")

    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": upload, "collection": Collection.get_first_root_node().pk},
    )

    result = json.loads(response.content)
    assert result["success"] is False
    assert "Azami dosya boyutu 20,0\xa0MB" in result["error_message"]
    assert not get_document_model().objects.exists()


def test_a_document_within_the_limits_is_saved(admin_client: Client) -> None:
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\nkucuk", "application/pdf")

    response = admin_client.post("/admin/documents/add/", document_form(upload))

    assert response.status_code == 302
    assert get_document_model().objects.get().title == "Belge"


def image_form(name: str, content: bytes) -> dict[str, object]:
    """The single-image form's fields."""
    return {
        "title": "Görsel",
        "file": SimpleUploadedFile(name, content, "image/png"),
        "collection": Collection.get_first_root_node().pk,
    }


def test_image_with_too_many_pixels_is_refused(admin_client: Client) -> None:
    response = admin_client.post("/admin/images/add/", image_form("pano.png", png(8000, 5001)))

    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert error == "Dosyada çok fazla piksel var (40008000). Azami piksel 40000000."
    assert not get_image_model().objects.exists()


def test_too_large_image_file_is_refused(admin_client: Client) -> None:
    response = admin_client.post("/admin/images/add/", image_form("foto.png", noisy_png(10.5)))

    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert error.startswith("Dosya çok büyük (")
    assert error.endswith("Azami dosya boyutu 10,0\xa0MB.")
    assert not get_image_model().objects.exists()


def test_svg_and_disguised_images_are_refused(admin_client: Client) -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    gif_named_png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(gif_named_png, "GIF")

    svg_response = admin_client.post("/admin/images/add/", image_form("logo.svg", svg))
    disguised = admin_client.post(
        "/admin/images/add/", image_form("foto.png", gif_named_png.getvalue())
    )

    for response in (svg_response, disguised):
        assert response.status_code == 200
        assert response.context["form"].errors["file"]
    assert "Desteklenen biçimler: AVIF, GIF, JPG, JPEG, PNG, WEBP" in (
        " ".join(svg_response.context["form"].errors["file"])
    )
    assert not get_image_model().objects.exists()


def test_an_image_within_the_limits_is_saved(admin_client: Client) -> None:
    response = admin_client.post("/admin/images/add/", image_form("kucuk.png", png(800, 600)))

    assert response.status_code == 302
    assert get_image_model().objects.get().width == 800
