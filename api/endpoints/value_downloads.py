"""Where the indicator-value list points for whole downloads: the open-data files.

The list is for finding and following values; a client that wants every value reads the national
file of the open-data page (plans.opendata: the same approved rows, as CSV, XLSX or JSON), not
40,000 pages of the list. Its `downloads` says where, and so do `Link` headers (RFC 8288,
rel="alternate" with the file's media type).
"""

from __future__ import annotations

from typing import Any

from rest_framework.request import Request

from api.base.page_types import of_own_type
from plans.catalogue import downloads
from plans.exchange import INDICATOR_VALUES
from plans.models import OpenDataPage
from portal.caching import generation_cached
from portal.languages import in_visitor_language


def _text(description: str, **schema: Any) -> dict[str, Any]:
    return {"type": "string", "description": description, **schema}


#: OpenAPI schema of `downloads` (the list's body; null while no open-data page is public).
DOWNLOADS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "nullable": True,
    "description": "Where to download every value at once: the open-data files (also in the "
    "Link header); null while the portal has no public open-data page.",
    "properties": {
        "page": _text(
            "The open-data page (açık veri): the files of one municipality, the data dictionary, "
            "the licence and the change history.",
            format="uri",
        ),
        "files": {
            "type": "array",
            "description": "The national files of every approved value, one per format.",
            "items": {
                "type": "object",
                "properties": {
                    "format": _text("File format: `csv`, `xlsx` or `json`."),
                    "media_type": _text("Its media type, e.g. `text/csv`."),
                    "url": _text("Absolute URL of the file.", format="uri"),
                },
                "required": ["format", "media_type", "url"],
            },
        },
    },
    "required": ["page", "files"],
}


def value_downloads(request: Request) -> dict[str, Any] | None:
    """The open-data page shown in the response's language and its national files of indicator
    values; None while no open-data page is public. Kept per content generation (the page is
    published, moved or withdrawn like any other); one query when it is built."""

    def build() -> dict[str, Any] | None:
        page = in_visitor_language(of_own_type(OpenDataPage.objects.for_public())).first()
        if page is None:
            return None
        files = [
            {"format": download.fmt, "media_type": download.media_type, "url": download.url}
            for download in downloads(page, request=request)
            if download.dataset.table is INDICATOR_VALUES
        ]
        return {"page": page.get_full_url(request), "files": files}

    return generation_cached("api.value-downloads", (request.scheme, request.get_host()), build)


def link_header(files: list[dict[str, Any]]) -> str:
    """The files as an HTTP Link header (rel="alternate", one link per format)."""
    links = [f'<{file["url"]}>; rel="alternate"; type="{file["media_type"]}"' for file in files]
    return ", ".join(links)
