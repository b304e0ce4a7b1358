"""Publishing a municipality (its population or kind may have changed) purges the comparison of
every indicator and its downloads, in each copy's own words, once the publish commits; reading
the indicators costs the same whatever their number."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.frontend_cache.utils import PurgeBatch

from indicators.caching import add_comparison_urls
from plans.models import MunicipalityKind, MunicipalityPage
from portal.caching import purge_batch_for
from portal.translation import publish_translation
from tests.plans.factories import IndicatorPageFactory
from tests.scenarios.monitoring import Monitoring

pytestmark = pytest.mark.django_db

HOST = "http://localhost"
TURKISH_ROUTES = ("karsilastirma/", "karsilastirma/grafik/svg/", "karsilastirma/grafik/png/",
                  "karsilastirma/veri/csv/")  # fmt: skip
ENGLISH_ROUTES = ("comparison/", "comparison/chart/svg/", "comparison/chart/png/",
                  "comparison/data/csv/")  # fmt: skip


def test_publishing_a_municipality_purges_every_comparison(
    monitoring: Monitoring, purged: list[str], django_capture_on_commit_callbacks
) -> None:
    index = monitoring.indicator.get_parent()
    other = IndicatorPageFactory(parent=index)
    english = publish_translation(monitoring.indicator, monitoring.tree.english, {"slug": "women"})
    draft = IndicatorPageFactory(parent=index, live=False)

    town = MunicipalityPage.objects.get(pk=monitoring.tree.nilufer.pk)
    town.population = 433_000
    town.kind = MunicipalityKind.METROPOLITAN
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        town.save_revision().publish()
    assert purged == []  # nothing before the commit
    for callback in callbacks:
        callback()

    expected = {
        HOST + indicator.url + route
        for indicator in (monitoring.indicator, other)
        for route in TURKISH_ROUTES
    } | {HOST + english.url + route for route in ENGLISH_ROUTES}
    assert expected <= set(purged)
    assert not any(draft.url_path.rstrip("/").rsplit("/", 1)[-1] in url for url in purged)
    # Only the comparison: an indicator's own page and CSV change with its assessments.
    assert HOST + f"{other.url}csv/" not in purged


def test_other_pages_add_no_comparison(monitoring: Monitoring) -> None:
    batch = purge_batch_for([monitoring.plan])
    assert not any("karsilastirma" in url for url in batch.urls)


def test_the_indicators_are_read_in_one_query(monitoring: Monitoring) -> None:
    town = MunicipalityPage.objects.get(pk=monitoring.tree.kadikoy.pk)

    def queries() -> tuple[int, int, int]:
        """Queries of a fresh batch, then of a batch that knows the site's root paths (as in a
        publish's batch, where the pages added before looked them up), and the URLs added."""
        batch = PurgeBatch()
        with CaptureQueriesContext(connection) as cold:
            add_comparison_urls(town, batch)
        with CaptureQueriesContext(connection) as warm:
            add_comparison_urls(town, batch)
        return len(cold.captured_queries), len(warm.captured_queries), len(batch.urls)

    queries()  # warms the per-process caches (content types, locales)
    few = queries()
    index = monitoring.indicator.get_parent()
    for _ in range(5):
        IndicatorPageFactory(parent=index)
    many = queries()
    assert many[:2] == few[:2] and many[1] == 1, (few, many)
    assert many[2] == few[2] + 5 * len(TURKISH_ROUTES)
