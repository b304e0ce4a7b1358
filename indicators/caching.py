"""What else to purge from the front cache when a municipality changes (see portal.caching).

Every indicator's comparison ranks, filters and divides by the municipalities' kind and
population, read from their live pages: publishing, unpublishing or moving a municipality makes
the comparison of every indicator, and its downloads, stale. The indicators are read in one query
whatever their number (the URLs come from the pages' paths and the site's root, which the batch
keeps).
"""

from __future__ import annotations

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from plans.models import MunicipalityPage
from portal.routes import route_urls

from .models import COMPARISON_ROUTES, IndicatorPage


def add_comparison_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: for a municipality, the comparison routes
    of every live indicator (each copy in its own language's words)."""
    if not isinstance(page, MunicipalityPage):
        return
    indicators = list(IndicatorPage.objects.live())
    for name in COMPARISON_ROUTES:
        batch.add_urls(route_urls(indicators, name, [{}], batch))
