"""Caching of the indicator pages (see portal.caching).

**Values kept per content generation** (`public_cached`): the public municipalities, an
indicator's periods and municipalities with values, the comparison's ranked rows, the HTML of
each municipality's series and of the comparison's chart and table for a selection are read
back instead of rebuilt, until a publish, unpublish, move or privacy change starts a new
generation. Baselines and targets (IndicatorTarget) belong to the indicator page and change only
when it is published; populations and kinds to the municipality page. No key is made of text a
visitor types (the name filter): any text could fill the cache.

**The front cache**: every indicator's comparison ranks, filters and divides by the
municipalities' kind and population, read from their live pages: publishing, unpublishing or
moving a municipality makes the comparison of every indicator, and its downloads, stale. The
indicators are read in one query whatever their number (the URLs come from the pages' paths and
the site's root, which the batch keeps).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from plans.models import MunicipalityPage
from portal.caching import generation_cached
from portal.routes import route_urls

from .models import COMPARISON_ROUTES, IndicatorPage

T = TypeVar("T")


def public_cached(name: str, parts: Iterable[object], build: Callable[[], T]) -> T:
    """portal.caching.generation_cached(name, parts, build) with the garbage collector paused
    while the value is read back. (The generation's key carries the code's version, so a value
    pickled by an earlier release is never read; a transaction holding an uncommitted change
    builds the value and keeps it nowhere: portal.caching.uncommitted_change.)"""
    with collector_paused():
        return generation_cached(name, parts, build)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: reading back a comparison's ~30,000 small
    objects (plain tuples: no cycles to collect) set it off several times, each pass over every
    object of the process (a third of the read's time). The workers are single-threaded
    (deploy/gunicorn.conf.py: sync), so nothing else waits meanwhile."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def add_comparison_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: for a municipality, the comparison routes
    of every live indicator (each copy in its own language's words)."""
    if not isinstance(page, MunicipalityPage):
        return
    indicators = list(IndicatorPage.objects.live())
    for name in COMPARISON_ROUTES:
        batch.add_urls(route_urls(indicators, name, [{}], batch))
