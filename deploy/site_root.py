"""Point the default Wagtail site at the stack's public address (SITE_URL, e.g.
http://127.0.0.1:8080).

setup_demo names the site localhost:80. Behind nginx, page URLs, the admin's "view live" links
and the PURGE requests of Wagtail's frontend cache (Host header = the page's host) must name the
host and port nginx serves, or the purge misses the cached entry. Run by deploy/prepare-db.sh.
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


def main() -> None:
    """Update the default site's hostname and port from SITE_URL."""
    sys.path.insert(0, str(ROOT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    import django

    django.setup()
    from wagtail.models import Site

    hostname, port = site_address(os.environ["SITE_URL"])
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        raise SystemExit(
            "No default Wagtail site: create one in the admin (Settings → Sites), or load the demo "
            "with DJANGO_SETTINGS_MODULE=portal.settings.production_demo manage.py setup_demo."
        )
    # save(), not update(): its signal clears Wagtail's cached site root paths (in Redis).
    site.hostname, site.port = hostname, port
    site.save()
    print(f"Wagtail site root: {os.environ['SITE_URL']}")


if __name__ == "__main__":
    main()
