"""Public monitoring pages run a number of queries that does not grow with the data."""

from __future__ import annotations

from datetime import date

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from indicators.models import IndicatorTarget
from plans.models import ActionIndicator
from plans.scales import ActionStatus
from tests.plans.conftest import Monitoring, make_assessment
from tests.plans.factories import IndicatorPageFactory, PlanPageFactory

pytestmark = pytest.mark.django_db

# Wagtail's routing alone takes one query per URL segment; the national-scale issue aims at 25.
MAX_QUERIES_PER_PAGE = 30


def queries_for(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def grow(monitoring: Monitoring, size: int) -> None:
    """Bring the scenario to `size` actions, periods, indicators and municipalities' plans."""
    monitoring.add_plan_actions(size - len(monitoring.actions))
    statuses = list(ActionStatus)
    index = monitoring.indicator.get_parent()
    indicators = [monitoring.indicator] + [
        IndicatorPageFactory(parent=index) for _ in range(size // 5)
    ]
    for action in monitoring.actions:
        # indicator_links.create() would save nothing on a Wagtail inline relation.
        ActionIndicator.objects.get_or_create(page=action, indicator=monitoring.indicator)
    for _ in range(size // 5):
        number = len(monitoring.periods) + 1
        period = monitoring.add_period(number)
        make_assessment(
            monitoring.plan,
            period,
            rows=[
                (action, statuses[i % len(statuses)].value, (i * 7) % 101, f"Yorum {i}")
                for i, action in enumerate(monitoring.actions)
            ],
            values=[
                (indicator, date(2025 + number, 6, 30), kind, str(number + i))
                for i, indicator in enumerate(indicators)
                for kind in ("women", "men", "total")
            ],
        )
    for municipality in (monitoring.tree.nilufer,):
        plan = PlanPageFactory(parent=municipality, slug=f"plan-{size}")
        make_assessment(
            plan,
            monitoring.periods[0],
            rows=[],
            values=[(monitoring.indicator, date(2025, 6, 30), "total", "5")],
        )
    IndicatorTarget.objects.create(
        page=monitoring.indicator,
        municipality=monitoring.tree.kadikoy,
        baseline_value=10,
        target_value=40,
    )


def page_urls(monitoring: Monitoring) -> dict[str, str]:
    return {
        "municipality": monitoring.tree.kadikoy.url,
        "plan": monitoring.plan.url,
        "action": monitoring.actions[0].url,
        "assessment": monitoring.assessments[0].url,
        "indicator": monitoring.indicator.url,
        "indicator index": monitoring.indicator.get_parent().url,
        "comparison": f"{monitoring.indicator.url}karsilastirma/",
        "csv": f"{monitoring.indicator.url}csv/",
        "municipality index": monitoring.tree.index.url,
    }


def test_query_counts_do_not_grow_from_5_to_50(client: Client, monitoring: Monitoring) -> None:
    grow(monitoring, 5)
    small = {name: queries_for(client, url) for name, url in page_urls(monitoring).items()}
    grow(monitoring, 50)
    large = {name: queries_for(client, url) for name, url in page_urls(monitoring).items()}
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
