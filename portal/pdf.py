"""PDFs from HTML with WeasyPrint, reading static and media files from disk, never the network."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse


def local_url_fetcher(url: str) -> Any:
    """Serve /static/ and /media/ URLs from the file system; refuse everything else."""
    path = unquote(urlparse(url).path)
    found: str | None = None
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL) :])
    elif path.startswith(settings.MEDIA_URL):
        candidate = (Path(settings.MEDIA_ROOT) / path[len(settings.MEDIA_URL) :]).resolve()
        if candidate.is_file() and Path(settings.MEDIA_ROOT).resolve() in candidate.parents:
            found = str(candidate)
    if not found:
        raise ValueError(f"PDF rendering does not fetch {url}")
    from weasyprint.urls import URLFetcherResponse

    mime_type = mimetypes.guess_type(found)[0] or "application/octet-stream"
    return URLFetcherResponse(
        url, body=Path(found).read_bytes(), headers={"Content-Type": mime_type}
    )


def html_to_pdf(html: str, request: HttpRequest) -> bytes:
    """The PDF of an HTML document whose relative URLs resolve against the site root."""
    from weasyprint import HTML

    return HTML(
        string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_url_fetcher
    ).write_pdf()


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    """An inline PDF download."""
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
