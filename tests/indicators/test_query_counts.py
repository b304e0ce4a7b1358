"""The comparison of municipalities and its downloads run as many queries for 3 municipalities as
for 12 (values, targets and populations included), for a count per 100,000 inhabitants too, and
on any page of the table."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

from indicators import comparison
from indicators.models import IndicatorPage, IndicatorTarget, Measure
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def add_towns(monitoring: Monitoring, count: int) -> None:
    """`count` municipalities with a population, a target and approved values of the indicator
    (every other one without a value: a "no data" row)."""
    for number in range(count):
        town = MunicipalityPageFactory(
            parent=monitoring.tree.index, population=50_000 * (number + 1), population_year=2024
        )
        IndicatorTarget.objects.create(
            page=monitoring.indicator, municipality=town, baseline_value=10, target_value=50
        )
        values = [
            (monitoring.indicator, date(2025, 6, 30), kind, str(number + shift))
            for kind, shift in (("women", 1), ("men", 0), ("total", 2))
        ]
        make_assessment(
            PlanPageFactory(parent=town),
            monitoring.periods[0],
            rows=[],
            values=values if number % 2 == 0 else [],
        )


def urls(monitoring: Monitoring) -> dict[str, str]:
    indicator = monitoring.indicator
    query = f"?donem={monitoring.periods[0].pk}"
    per_capita = f"{query}&olcu=100-bin-kisi-basina"
    return {
        "comparison": f"{indicator.url}karsilastirma/{query}",
        "filtered": f"{indicator.url}karsilastirma/{query}&tur=district&nufus=100-500-bin",
        "svg": f"{indicator.url}karsilastirma/grafik/svg/{query}",
        "png": f"{indicator.url}karsilastirma/grafik/png/{query}",
        "csv": f"{indicator.url}karsilastirma/veri/csv/{query}",
        "per_capita": f"{indicator.url}karsilastirma/{per_capita}",
        "per_capita_page_2": f"{indicator.url}karsilastirma/{per_capita}&sayfa=2",
        "per_capita_svg": f"{indicator.url}karsilastirma/grafik/svg/{per_capita}&sayfa=2",
        "per_capita_png": f"{indicator.url}karsilastirma/grafik/png/{per_capita}",
        "per_capita_csv": f"{indicator.url}karsilastirma/veri/csv/{per_capita}",
    }


def test_comparison_and_downloads_cost_the_same_for_more_municipalities(
    client: Client, monitoring: Monitoring, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A count (per capita on offer), three rows a page (so that 3 and 12 municipalities have
    # a second page).
    IndicatorPage.objects.filter(pk=monitoring.indicator.pk).update(measure=Measure.COUNT)
    monitoring.indicator.refresh_from_db()
    monkeypatch.setattr(comparison, "COMPARISON_PER_PAGE", 3)
    add_towns(monitoring, 2)
    small = queries_per_url(client, urls(monitoring))
    add_towns(monitoring, 10)
    large = queries_per_url(client, urls(monitoring))
    assert large == small, (small, large)
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
