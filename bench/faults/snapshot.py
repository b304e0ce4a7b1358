"""What a restored backup must reproduce, as JSON on standard output: row counts and checksums of
the key tables, checksums of the public HTML of a set of URLs (Django's test client; CSRF tokens
and CSP nonces blanked) and of the media files. `python -m bench.faults.snapshot` with the
environment of the database to describe (DATABASE_URL, MEDIA_ROOT)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from bench.faults import API_LISTS

#: Per-request values in a page: the same content gives different bytes each time.
VOLATILE = [
    (
        re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'),
        'name="csrfmiddlewaretoken" value=""',
    ),
    (re.compile(r'nonce="[^"]*"'), 'nonce=""'),
]


def normalised(body: bytes) -> bytes:
    text = body.decode("utf-8", "replace")
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text.encode()


def table_checksums() -> dict[str, list]:
    """{table: [rows, md5 of the rows as text, in text order]} of the key tables."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Page, Revision, WorkflowState

    from indicators.models import IndicatorPage
    from plans.models import ActionAssessment, AssessmentPage, IndicatorValue

    models = [Page, Revision, WorkflowState, Document, Image, IndicatorPage, AssessmentPage]
    models += [ActionAssessment, IndicatorValue, get_user_model()]
    result = {}
    with connection.cursor() as cursor:
        for model in models:
            table = connection.ops.quote_name(model._meta.db_table)
            cursor.execute(
                f"SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "  # noqa: S608
                f"FROM {table} t"
            )
            result[model._meta.db_table] = list(cursor.fetchone())
    approved = IndicatorValue.objects.for_public().count()
    result["approved indicator values (public)"] = [approved, ""]
    return result


def html_checksums(host: str, limit: int = 60) -> dict[str, list]:
    """{path: [status, sha256 of the normalised body]} of sitemap pages and the API lists."""
    from django.test import Client

    client = Client(HTTP_HOST=host)
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = sorted(
        {re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>(.*?)</loc>", sitemap)}
    )
    step = max(1, len(paths) // limit)
    result = {}
    for path in [*paths[::step][:limit], *API_LISTS]:
        response = client.get(path)
        result[path] = [
            response.status_code,
            hashlib.sha256(normalised(response.content)).hexdigest(),
        ]
    return result


def media_checksum(root: Path) -> list:
    """[files, sha256 over their relative paths and contents]."""
    digest = hashlib.sha256()
    files = sorted(path for path in root.rglob("*") if path.is_file()) if root.is_dir() else []
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return [len(files), digest.hexdigest()]


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django

    django.setup()
    from django.conf import settings

    host = os.environ["SITE_URL"].split("://", 1)[1]
    snapshot = {
        "tables": table_checksums(),
        "html": html_checksums(host),
        "media": media_checksum(Path(settings.MEDIA_ROOT)),
    }
    print(json.dumps(snapshot))


if __name__ == "__main__":
    main()
