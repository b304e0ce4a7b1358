"""Publish → purge through the real front cache: nginx with the production config.

The test renders deploy/nginx.conf.template in front of a live Django server, warms the cache,
lets the board approve a new assessment and reads the pages back through nginx: the municipality
page, the indicator page and the API show the new values at once, while a page the approval does
not touch is still served from the cache (so the cache really is in the way). Django's cache is
Redis, as in production, when a Redis server answers on REDIS_URL (default 127.0.0.1:6379).

Transactional (the live server reads committed data): pytest-django runs such tests after all
the others that use the database, whose session-wide site tree the flush afterwards removes.

Skipped when nginx or its cache-purge module is not installed (`make serve-prod` and `.ci/run`
install them).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from wagtail_factories import ImageFactory

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.test import override_settings
from django.test.testcases import _MediaFilesHandler

from portal.settings.env import cache_config
from tests.portal.factories import StandardPageFactory
from tests.scenarios.monitoring import Monitoring, approve_new_assessment
from tests.training.factories import DocumentFactory

PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
TEMPLATE = Path(settings.BASE_DIR) / "deploy" / "nginx.conf.template"

pytestmark = [
    pytest.mark.skipif(
        shutil.which("nginx") is None or not PURGE_MODULE.exists(),
        reason="nginx with the cache-purge module is not installed (apt-get install "
        "nginx-light libnginx-mod-http-cache-purge)",
    ),
    pytest.mark.django_db(transaction=True),
]


@dataclass
class Fetched:
    status: int
    cache: str
    body: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_cache() -> dict:
    """Production's cache backend when Redis answers, else the default one."""
    url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return settings.CACHES
    config = cache_config(url)
    config["KEY_PREFIX"] = f"test-{uuid.uuid4().hex}"
    return {"default": config}


@pytest.fixture
def nginx(live_server, tmp_path: Path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """nginx on a free port in front of the live server; its URL."""
    # Django's live server answers MEDIA_URL from disk itself, before any view; gunicorn does
    # not. Let the portal's own image view answer, as in production (portal.files).
    monkeypatch.setattr(_MediaFilesHandler, "_should_handle", lambda self, path: False)
    port = free_port()
    run_dir = tmp_path / "run"
    for folder in ("nginx", "logs", "cache", "bench-static"):
        (run_dir / folder).mkdir(parents=True)
    user = "user root;" if os.geteuid() == 0 else ""  # workers must write into tmp_path
    conf = (
        TEMPLATE.read_text()
        .replace("@RUN_DIR@", str(run_dir))
        .replace("@HTTP_PORT@", str(port))
        .replace("@APP_PORT@", live_server.url.rsplit(":", 1)[1])
        .replace("@MEDIA_ROOT@", str(tmp_path / "media"))
        .replace("@USER_DIRECTIVE@", user)
        .replace("@ACCESS_LOG@", "off")
    )
    (run_dir / "nginx" / "nginx.conf").write_text(conf)
    command = ["nginx", "-p", f"{run_dir}/nginx/", "-c", "nginx.conf", "-e", "stderr"]
    process = subprocess.Popen([*command, "-g", "daemon off;"])  # noqa: S603
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    try:
        with override_settings(
            WAGTAILFRONTENDCACHE={
                "nginx": {
                    "BACKEND": "portal.caching.NginxPurgeBackend",
                    "LOCATION": f"{url}/__purge",
                }
            },
            CACHES=redis_cache(),
        ):
            yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(base: str, path: str) -> Fetched:
    """GET through nginx as an anonymous visitor of the default site (host "localhost")."""
    request = urllib.request.Request(base + path, headers={"Host": "localhost"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return Fetched(
            response.status, response.headers.get("X-Cache-Status", ""), response.read().decode()
        )


@pytest.mark.reference_index
def test_approval_reaches_every_cached_channel_at_once(
    monitoring: Monitoring,
    board_member: AbstractUser,
    nginx: str,
) -> None:
    kadikoy = monitoring.tree.kadikoy
    paths = {
        "municipality": kadikoy.url,
        "indicator": monitoring.indicator.url,
        "comparison": f"{monitoring.indicator.url}karsilastirma/",
        "csv": f"{monitoring.indicator.url}csv/",
        "api": "/api/v1/indicator-values/",
        "api by municipality": "/api/v1/indicator-values/?municipality=kadikoy",
    }
    untouched = monitoring.tree.nilufer.url
    for path in [*paths.values(), untouched]:
        fetch(nginx, path)
        warm = fetch(nginx, path)
        assert (warm.status, warm.cache) == (200, "HIT"), path
        assert "987654" not in warm.body

    approve_new_assessment(monitoring, board_member, "987654")  # commits, then purges

    for name, path in paths.items():
        fresh = fetch(nginx, path)
        assert fresh.status == 200, name
        assert fresh.cache != "HIT", name
        assert "Dönem 2" in fresh.body or "987654" in fresh.body.replace(".", ""), name
    assert "987654" in fetch(nginx, monitoring.indicator.url).body.replace(".", "")
    assert "987654" in fetch(nginx, "/api/v1/indicator-values/").body
    assert fetch(nginx, untouched).cache == "HIT"  # the purge is selective

    # In the same test: the flush after a live-server test empties the session's site tree.
    files_of_no_live_public_page_are_404(monitoring, nginx)


def status_through(base: str, path: str) -> tuple[int, str]:
    """(status, X-Cache-Status) of an anonymous GET through nginx; 4xx and 5xx included."""
    url = base + urllib.parse.quote(path, safe="/?=&%")
    request = urllib.request.Request(url, headers={"Host": "localhost"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            return response.status, response.headers.get("X-Cache-Status", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("X-Cache-Status", "")


def files_of_no_live_public_page_are_404(monitoring: Monitoring, nginx: str) -> None:
    """Uploads are 404 through nginx until a live public page uses them, then served and
    front-cached, and 404 again (purged) once the page is unpublished."""
    collection = monitoring.tree.kadikoy.collection
    photo = ImageFactory(title="Kanıt fotoğrafı", collection=collection)
    rendition = photo.get_rendition("width-100").url
    evidence = DocumentFactory(title="Kanıt belgesi", collection=collection)
    files = [photo.file.url, rendition, evidence.url]

    for path in [*files, f"/media/{evidence.file.name}"]:
        assert status_through(nginx, path)[0] == 404, path

    page = StandardPageFactory(
        parent=monitoring.tree.home,
        body=json.dumps(
            [
                {"type": "document", "value": {"document": evidence.pk, "title": "Kanıt"}},
                {
                    "type": "image",
                    "value": {
                        "image": {"image": photo.pk, "alt_text": "Kanıt", "decorative": False},
                        "caption": "",
                    },
                },
            ]
        ),
    )
    page.save_revision().publish()

    for path in files:
        assert status_through(nginx, path)[0] == 200, path
    assert status_through(nginx, rendition) == (200, "HIT")  # shared like a page
    assert status_through(nginx, f"/media/{evidence.file.name}")[0] == 404

    page.unpublish()  # commits, then purges the page's images

    for path in files:
        assert status_through(nginx, path)[0] == 404, path
