"""Point the default Wagtail site at the portal's public address (SITE_URL, e.g.
http://127.0.0.1:8080).

Wagtail's first migration names the site localhost:80, and setup_demo keeps whatever address the
site has. Page URLs (canonical, Open Graph, hreflang), the sitemap, the feeds, the API's links,
the admin's "view live" links and the PURGE requests of Wagtail's frontend cache (Host header =
the page's host) must name the host and port the portal is served on, or the links lead nowhere
and the purge misses the cached entry. Run by deploy/prepare-db.sh (behind nginx) and by
`make demo` / `make run` (SITE_URL=http://$(HOST):$(PORT), the development server).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT_DIR = Path(__file__).resolve().parent.parent


def site_address(url: str) -> tuple[str, int]:
    """The (hostname, port) of an http(s) URL; the scheme's default port when none is given."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise SystemExit(f"SITE_URL has no host name: {url!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def point_default_site(url: str) -> None:
    """Give the default site the hostname and port of `url` (Django must be set up)."""
    from wagtail.models import Site

    hostname, port = site_address(url)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise SystemExit(
            "No default Wagtail site: create one in the admin (Settings → Sites), or load the demo "
            "with DJANGO_SETTINGS_MODULE=portal.settings.production_demo manage.py setup_demo."
        )
    if (site.hostname, site.port) != (hostname, port):
        # save(), not update(): its signal clears Wagtail's cached site root paths (in Redis).
        site.hostname, site.port = hostname, port
        site.save()


def main() -> None:
    """Update the default site's hostname and port from SITE_URL (production settings unless
    DJANGO_SETTINGS_MODULE names others)."""
    sys.path.insert(0, str(ROOT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django

    django.setup()
    point_default_site(os.environ["SITE_URL"])
    print(f"Wagtail site root: {os.environ['SITE_URL']}")


if __name__ == "__main__":
    main()
