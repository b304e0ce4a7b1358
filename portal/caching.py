"""Caching that is correct before it is fast.

Two layers, both emptied by publishing:

1. **The front cache** (nginx in `make serve-prod`, or a CDN). `FrontCacheMiddleware` decides
   which responses anonymous visitors may share and says so in headers every proxy understands:
   `X-Accel-Expires` for nginx and `Cache-Control: public, max-age=0, s-maxage=N` for CDNs.
   Everything else is `Cache-Control: private, no-cache`: signed-in visitors, responses that set a
   cookie (a CSRF token in a form), the admin, documents (whose privacy can change), non-GET
   requests and any status but 200, 301 and 404. Paths are cached for FRONT_CACHE_SECONDS and are
   purged on publish; URLs with a query string (filters, search, page 2) cannot all be purged, so
   they are only micro-cached for FRONT_CACHE_QUERY_SECONDS.

2. **Fragment caches** in Django's cache (Redis in production), keyed by the *content
   generation*: a number raised after every publish, unpublish, move or privacy change, so a
   fragment never outlives the content it was made from (`{% cache … content_generation %}`).

**Purge on publish.** When a page is published, unpublished or moved, or its privacy changes, the
URLs that show its data are sent to Wagtail's frontend-cache backends (WAGTAILFRONTENDCACHE):
the page and its routes (`get_cached_paths`), its translations, its ancestors (the listings that
show it), the sitemap, the API lists, and whatever the apps add through the
`FRONT_CACHE_URLS_HOOK` Wagtail hook (an approved assessment adds its plan's actions, its
indicators with their comparison, CSV and embed, the open-data files and the period reports).
Both the purge and the generation bump wait for the transaction to commit: done earlier, a
request in between could put the old content back into the cache. We use Wagtail's purge
machinery (PurgeBatch, backends) but not its app's signal handlers, which purge before commit.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import Any, TypeVar
from urllib.error import HTTPError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from wagtail import __version__ as wagtail_version
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.backends.http import PurgeRequest, logger
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

#: Wagtail hook: functions `(page, batch) -> None` adding the URLs that also show the page's data.
FRONT_CACHE_URLS_HOOK = "front_cache_urls"

#: Paths never shared between visitors, whatever their headers say.
PRIVATE_PATH_PREFIXES = ("/admin/", "/documents/")
PRIVATE_PATH_PARTS = ("/_util/",)  # Wagtail's front-end login and password forms

#: Statuses the same for every anonymous visitor of a URL.
SHAREABLE_STATUSES = frozenset({200, 301, 404})

GENERATION_KEY_PREFIX = "portal:content-generation"

#: Code that is not the portal's own (its content does not decide what a cached value holds).
NOT_CODE = (".venv", "node_modules", "tests", "bench", "staticfiles", "media", "test-artifacts")


@functools.cache
def code_version() -> str:
    """A hash of the portal's Python modules, templates and compiled translations, the same on
    every server running the same release. Part of the content generation's key: a deploy starts
    a new generation, so no fragment or value cached by the previous code (whose shape the new
    code may not read) comes back; a restart of the same release keeps the cache. Read once per
    process (~2 MB, ~20 ms)."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(
            name for name in subdirectories if name not in NOT_CODE and not name.startswith(".")
        )
        for name in sorted(files):
            if name.endswith((".py", ".html", ".mo")):
                path = Path(directory) / name
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def generation_key() -> str:
    """The cache key of the content generation: one per release of the code."""
    return f"{GENERATION_KEY_PREFIX}:{code_version()}"


# --- 1. Front-cache headers -------------------------------------------------------------------


class FrontCacheMiddleware:
    """Mark anonymous, cookie-free, public responses as shareable by the front cache.

    Place it near the top of MIDDLEWARE (after WhiteNoise), so its response phase runs after the
    session, CSRF and authentication middleware have added their cookies and headers.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        seconds = shared_cache_seconds(request, response)
        if seconds:
            patch_cache_control(response, public=True, s_maxage=seconds)
            if "max-age" not in response["Cache-Control"].replace("s-maxage", ""):
                patch_cache_control(response, max_age=0)
            response["X-Accel-Expires"] = str(seconds)
        elif not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response


def shared_cache_seconds(request: HttpRequest, response: HttpResponse) -> int:
    """How long the front cache may share this response between visitors (0: not at all)."""
    if request.method not in ("GET", "HEAD") or response.status_code not in SHAREABLE_STATUSES:
        return 0
    path = request.path
    if path.startswith(PRIVATE_PATH_PREFIXES) or any(part in path for part in PRIVATE_PATH_PARTS):
        return 0
    if settings.SESSION_COOKIE_NAME in request.COOKIES or response.cookies:
        return 0
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return 0
    directives = response.get("Cache-Control", "").lower()
    if any(word in directives for word in ("private", "no-cache", "no-store")):
        return 0
    if request.GET:
        return settings.FRONT_CACHE_QUERY_SECONDS
    return settings.FRONT_CACHE_SECONDS


class NginxPurgeBackend(HTTPBackend):
    """Wagtail's HTTP purge backend, for nginx's cache-purge module (deploy/nginx.conf.template).

    Two differences from Wagtail's HTTPBackend, whose request (PURGE with the page's Host header)
    it otherwise sends:
    - LOCATION's path is kept: FRONTEND_CACHE_URL=http://127.0.0.1:8080/__purge sends
      `PURGE /__purge/tr/x/`, for nginx's separate purge location;
    - nginx answers 404 for a URL that is not in its cache, the usual case (most URLs of a batch
      were never requested): that is not an error.
    """

    def __init__(self, params: dict[str, Any]) -> None:
        self.purge_prefix = urlsplit(params["LOCATION"]).path.rstrip("/")
        super().__init__(params)

    def purge_batch(self, urls: Iterable[str]) -> None:
        """Purge the URLs one by one; once the purge endpoint cannot be reached (refused, or no
        answer within the timeout), log the rest once and stop: a publish must not wait 5 s per
        URL of its batch (the stale entries expire within FRONT_CACHE_SECONDS)."""
        urls = list(urls)
        for done, url in enumerate(urls):
            if not self.purge(url):
                if len(urls) > done + 1:
                    logger.error(
                        "Front cache unreachable: %d more URLs of this batch not purged",
                        len(urls) - done - 1,
                    )
                return

    def purge(self, url: str) -> bool:
        """Send one PURGE; False when the purge endpoint could not be reached."""
        parts = urlsplit(url)
        host = f"{parts.hostname}:{parts.port}" if parts.port else str(parts.hostname)
        target = (self.cache_scheme, self.cache_netloc, self.purge_prefix + parts.path)
        request = PurgeRequest(
            url=urlunsplit((*target, parts.query, "")),
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            with urlopen(request, timeout=5):  # noqa: S310 (LOCATION is our own setting)
                pass
        except HTTPError as error:
            if error.code != 404:
                logger.error("Could not purge %s from the front cache: HTTP %s", url, error.code)
        except OSError as error:
            logger.error("Could not purge %s from the front cache: %s", url, error)
            return False
        return True


# --- 2. Content generation for fragment caches --------------------------------------------------


def content_generation() -> int:
    """The current content generation (raised after every change the public can see).

    It starts from the clock in milliseconds, not from 1: were the key evicted from the cache,
    the restarted generation is still higher than any before, so no old fragment comes back."""
    key = generation_key()
    generation = cache.get(key)
    if generation is None:
        start = time.time_ns() // 1_000_000
        cache.add(key, start, timeout=None)
        generation = cache.get(key, start)
    return int(generation)


def bump_content_generation() -> None:
    """Start a new content generation: every fragment cached before is ignored from now on."""
    try:
        cache.incr(generation_key())
    except ValueError:  # not set yet (or evicted)
        cache.set(generation_key(), content_generation() + 1, timeout=None)


T = TypeVar("T")

#: How long a value computed from public content is kept (a new generation ignores it anyway).
GENERATION_CACHE_SECONDS = 24 * 60 * 60


def current_generation() -> str:
    """The release and the content generation a kept value belongs to: what
    generation_cached() and ProcessGenerationCache key every value by."""
    return f"{code_version()}:{content_generation()}"


def generation_cached(name: str, parts: Iterable[object], build: Callable[[], T]) -> T:
    """build()'s value, kept in the cache under `name`, `parts` (whatever else it depends on:
    ids, filters; their repr), the active language and the current content generation, so any
    change the public can see (a publish, an unpublish, a move, a privacy change, a snippet)
    computes it anew. For data read from public, approved content only, shared by every
    visitor: never for anything that depends on the user. The value must be picklable; keep it
    light (plain values, not page instances) so that reading it is much cheaper than building
    it. With the cache down (portal.cache_backends) it is simply built every time, and so it is
    while the current transaction holds an uncommitted change (`uncommitted_change`)."""
    if uncommitted_change():
        return build()
    digest = hashlib.sha256(repr(tuple(parts)).encode()).hexdigest()[:32]
    key = f"portal:generation:{current_generation()}:{name}:{get_language()}:{digest}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, GENERATION_CACHE_SECONDS)
    return value


_MISSING = object()


class ProcessGenerationCache:
    """Values keyed by what a visitor typed (a search's words), kept per content generation and
    language in this process only: the most recently used `size` of them. The shared cache
    never holds a key made of visitors' text, which any text could fill, pushing out what every
    page needs; here such text can only push out this cache's own older values. As
    generation_cached(): plain values, public content only, nothing kept while the current
    transaction holds an uncommitted change."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._values: OrderedDict[tuple[object, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_build(self, parts: Iterable[Hashable], build: Callable[[], T]) -> T:
        """build()'s value for the parts in the current generation and language, kept."""
        if uncommitted_change():
            return build()
        key = (current_generation(), get_language(), *parts)
        with self._lock:
            if key in self._values:
                self._values.move_to_end(key)
                return self._values[key]
        value = build()
        with self._lock:
            self._values[key] = value
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every value (tests)."""
        with self._lock:
            self._values.clear()


def uncommitted_change() -> bool:
    """Whether the current transaction holds a change waiting for its commit (a publish,
    unpublish, move or privacy change starts the next content generation as an on-commit
    callback). Nothing computed meanwhile may be cached: kept under the current generation it
    would outlive a rollback, and a value kept before the change would hide the change from the
    code that made it."""
    return bool(connection.run_on_commit)


# --- 3. Purge on publish ------------------------------------------------------------------------


def front_cache_enabled() -> bool:
    """Whether any frontend-cache backend is configured (WAGTAILFRONTENDCACHE)."""
    return bool(get_backends())


def site_urls(paths: Iterable[str]) -> list[str]:
    """The absolute URLs of site-level paths (such as /sitemap.xml) on every site; one query."""
    roots = [site.root_url.rstrip("/") for site in Site.objects.all()]
    return [root + path for path in paths for root in roots]


def translations_of(pages: Iterable[Page]) -> list[Page]:
    """The pages sharing a translation key with any of these, themselves included; one query."""
    return list(Page.objects.filter(translation_key__in={page.translation_key for page in pages}))


def api_list_paths() -> list[str]:
    """The list URLs of the API (v1 in both languages, and Wagtail's v2 pages list)."""
    from api.urls import ENDPOINTS

    paths = ["/api/v2/pages/"]
    for prefix, _viewset, _basename in ENDPOINTS:
        paths += [f"/api/v1/{prefix}/", f"/api/v1/{prefix}/?locale=en"]
    return paths


def purge_batch_for(pages: Iterable[Page]) -> PurgeBatch:
    """Every URL whose content may change when these pages are published, unpublished or moved."""
    pages = list(pages)
    batch = PurgeBatch()
    ancestor_paths = {page.path[:end] for page in pages for end in range(8, len(page.path), 4)}
    batch.add_pages(translations_of([*pages, *Page.objects.filter(path__in=ancestor_paths)]))
    paths = ["/sitemap.xml", *api_list_paths(), *(f"/api/v2/pages/{page.pk}/" for page in pages)]
    batch.add_urls(site_urls(paths))
    for page in pages:
        for add_urls in hooks.get_hooks(FRONT_CACHE_URLS_HOOK):
            add_urls(page.specific_deferred, batch)
    return batch


def after_commit(pages: Iterable[Page]) -> None:
    """On commit: raise the content generation and purge the pages' URLs from the front cache."""
    batch = purge_batch_for(pages) if front_cache_enabled() else None

    def publish_change() -> None:
        bump_content_generation()
        if batch is not None:
            batch.purge()

    transaction.on_commit(publish_change)


def on_page_change(sender: Any, instance: Page, **kwargs: Any) -> None:
    """Receiver of page_published, page_unpublished and post_page_move."""
    after_commit([instance])


def on_restriction_change(sender: Any, instance: PageViewRestriction, **kwargs: Any) -> None:
    """A page became private or public: it and the pages below change for anonymous visitors."""
    after_commit(Page.objects.descendant_of(instance.page, inclusive=True).live())


def on_cache_recovered(sender: Any, **kwargs: Any) -> None:
    """Redis is back after an outage: a publish meanwhile could not raise the generation, so
    fragments cached before it would come back. Raise it now (portal.cache_backends)."""
    bump_content_generation()


def connect() -> None:
    """Connect the receivers (called from PortalConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from portal.cache_backends import cache_recovered

    cache_recovered.connect(on_cache_recovered, dispatch_uid="portal.caching.cache_recovered")
    page_published.connect(on_page_change, dispatch_uid="portal.caching.published")
    page_unpublished.connect(on_page_change, dispatch_uid="portal.caching.unpublished")
    post_page_move.connect(on_page_change, dispatch_uid="portal.caching.moved")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_change,
            sender=PageViewRestriction,
            dispatch_uid=f"portal.caching.restriction.{signal is post_save}",
        )


def add_page_routes(batch: PurgeBatch, page: Page, paths: Iterable[str]) -> None:
    """Add sub-paths of a page (routable-page routes) in every language the page has."""
    for translation in page.get_translations(inclusive=True).live():
        url = translation.get_full_url(batch)
        if url:
            batch.add_urls(url + path.lstrip("/") for path in paths)
