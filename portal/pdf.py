"""PDFs from HTML with WeasyPrint, reading static and media files from disk, never the network.

Every PDF the portal makes is a tagged PDF/UA-1 document: a structure tree a screen reader can
follow, the document's language (``<html lang>``), its title (``<title>``) and an author (the
document's ``<meta name="author">``, else the platform's name), with its fonts embedded.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

#: WeasyPrint's accessible output: PDF/UA-1 with a structure tree (``pdf_tags``).
PDF_OPTIONS: dict[str, Any] = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}
#: Part of every cache key of a stored PDF: a PDF made before the output changed is not served.
PDF_FORMAT = "ua-1"


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
    """The tagged PDF of an HTML document whose relative URLs resolve against the site root."""
    from weasyprint import HTML

    document = HTML(
        string=html, base_url=request.build_absolute_uri("/"), url_fetcher=local_url_fetcher
    ).render(**PDF_OPTIONS)
    if not document.metadata.authors:
        document.metadata.authors = [gettext("YEEP İzleme Platformu")]
    return document.write_pdf(**PDF_OPTIONS)


def pdf_response(pdf: bytes, filename: str) -> HttpResponse:
    """An inline PDF download."""
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
