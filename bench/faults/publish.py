"""Publish a new revision of the page at a URL path with a new title, as an editor would:
`python -m bench.faults.publish /tr/hakkinda/ "Yeni başlık"` (the stack's environment).

Prints the page, the revision and how long publishing took; the purge of the front cache and the
content-generation bump run on commit (portal.caching), in this process."""

from __future__ import annotations

import os
import sys
import time


def main() -> None:
    path, title = sys.argv[1], sys.argv[2]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django

    django.setup()
    from wagtail.models import Page

    slug = path.rstrip("/").rsplit("/", 1)[-1]
    pages = [page for page in Page.objects.live().filter(slug=slug) if page.get_url() == path]
    if len(pages) != 1:
        raise SystemExit(f"No single live page at {path} ({len(pages)} found)")
    page = pages[0].specific
    start = time.monotonic()
    page.title = title
    revision = page.save_revision()
    revision.publish()
    print(f"published {path} revision {revision.pk} in {time.monotonic() - start:.2f} s")


if __name__ == "__main__":
    main()
