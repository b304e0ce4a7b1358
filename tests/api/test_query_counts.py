"""API list endpoints (v1, and Wagtail's v2 of portal.headless) run a number of queries that does
not grow with the page size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from wagtail_factories import ImageFactory

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from events.models import EventMunicipality
from news.models import NewsMunicipality
from plans.models import ActionIndicator, PlanObjective
from reports.models import ReportMunicipality
from tests.events.factories import EventPageFactory
from tests.news.factories import NewsPageFactory
from tests.plans.factories import (
    ActionPageFactory,
    IndicatorPageFactory,
    MonitoringPeriodFactory,
    MunicipalityPageFactory,
    PlanPageFactory,
    ThematicAreaFactory,
)
from tests.portal.factories import StandardPageFactory
from tests.query_counts import MAX_QUERIES_PER_LIST
from tests.reports.factories import ReportPageFactory
from tests.scenarios.api import ENDPOINTS, ApiSite
from tests.scenarios.monitoring import make_assessment
from tests.scenarios.site import SiteTree
from tests.stories.factories import StoryPageFactory
from tests.training.factories import (
    DocumentFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
)

pytestmark = pytest.mark.django_db


def add_municipalities(site: ApiSite, count: int) -> None:
    for _ in range(count):
        MunicipalityPageFactory(parent=site.kadikoy.get_parent())


def add_plans(site: ApiSite, count: int) -> None:
    for number in range(count):
        parent = site.kadikoy if number % 2 else site.monitoring.tree.nilufer
        plan = PlanPageFactory(parent=parent, slug=f"plan-{site.kadikoy.numchild}-{number}")
        PlanObjective.objects.create(page=plan, code="1", title="Hedef", area=site.area)
        PlanObjective.objects.create(page=plan, code="2", title="Hedef", area=site.monitoring.area)


def add_actions(site: ApiSite, count: int) -> None:
    """Actions linked to indicators, all covered by a new approved assessment."""
    monitoring = site.monitoring
    indicator = IndicatorPageFactory(parent=monitoring.indicator.get_parent())
    for _ in range(count):
        action = ActionPageFactory(parent=monitoring.plan, area=monitoring.area)
        ActionIndicator.objects.create(page=action, indicator=indicator)
        ActionIndicator.objects.create(page=action, indicator=monitoring.indicator)
        monitoring.actions.append(action)
    make_assessment(
        monitoring.plan,
        monitoring.add_period(len(monitoring.periods) + 1),
        rows=[(action, "in_progress", 50, "Yorum") for action in monitoring.actions],
        values=[],
    )


def add_values(site: ApiSite, count: int) -> None:
    """Values of several indicators for two municipalities."""
    monitoring = site.monitoring
    index = monitoring.indicator.get_parent()
    indicators = [IndicatorPageFactory(parent=index) for _ in range(3)]
    nilufer_plan = PlanPageFactory(parent=monitoring.tree.nilufer, slug=f"plan-{count}")
    period = monitoring.add_period(len(monitoring.periods) + 1)
    for plan, share in ((monitoring.plan, count // 2), (nilufer_plan, count - count // 2)):
        make_assessment(
            plan,
            period,
            rows=[],
            values=[
                (indicators[i % 3], date(2020, 1, 1) + timedelta(days=i), "total", str(i))
                for i in range(share)
            ],
        )


def add_assessments(site: ApiSite, count: int) -> None:
    monitoring = site.monitoring
    for _ in range(count):
        make_assessment(
            monitoring.plan,
            monitoring.add_period(len(monitoring.periods) + 1),
            rows=[(action, "completed", 100, "Yorum") for action in monitoring.actions],
            values=[],
        )


def add_indicators(site: ApiSite, count: int) -> None:
    index = site.monitoring.indicator.get_parent()
    for _ in range(count):
        IndicatorPageFactory(parent=index, area=site.area)


def add_periods(site: ApiSite, count: int) -> None:
    for _ in range(count):
        MonitoringPeriodFactory()


def add_areas(site: ApiSite, count: int) -> None:
    for _ in range(count):
        ThematicAreaFactory()


def add_reports(site: ApiSite, count: int) -> None:
    for _ in range(count):
        report = ReportPageFactory(
            parent=site.report.get_parent(), period=site.monitoring.periods[0]
        )
        for municipality in (site.kadikoy, site.monitoring.tree.nilufer):
            ReportMunicipality.objects.create(page=report, municipality=municipality)


def add_news(site: ApiSite, count: int) -> None:
    for _ in range(count):
        item = NewsPageFactory(parent=site.news.index)
        for municipality in (site.kadikoy, site.monitoring.tree.nilufer):
            NewsMunicipality.objects.create(page=item, municipality=municipality)


def add_events(site: ApiSite, count: int) -> None:
    for _ in range(count):
        EventPageFactory(
            parent=site.event.get_parent(),
            related_municipalities=[
                EventMunicipality(municipality=municipality)
                for municipality in (site.kadikoy, site.monitoring.tree.nilufer)
            ],
        )


def add_programmes(site: ApiSite, count: int) -> None:
    """Programmes with a public and a participants-only module each."""
    for _ in range(count):
        programme = TrainingProgrammePageFactory(parent=site.programme.get_parent())
        TrainingModulePageFactory(parent=programme)
        private = TrainingModulePageFactory(parent=programme)
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)


def add_stories(site: ApiSite, count: int) -> None:
    for number in range(count):
        municipality = site.kadikoy if number % 2 else site.monitoring.tree.nilufer
        StoryPageFactory(parent=site.story.get_parent(), municipality=municipality, area=site.area)


GROWERS: dict[str, tuple[Callable[[ApiSite, int], None], int]] = {
    # endpoint: (adds `count` rows, large size); the four busiest lists go to 100.
    "municipalities": (add_municipalities, 100),
    "actions": (add_actions, 100),
    "indicator-values": (add_values, 100),
    "news": (add_news, 100),
    "plans": (add_plans, 30),
    "indicators": (add_indicators, 30),
    "assessments": (add_assessments, 20),
    "monitoring-periods": (add_periods, 30),
    "thematic-areas": (add_areas, 30),
    "reports": (add_reports, 30),
    "stories": (add_stories, 30),
    "events": (add_events, 30),
    "training-programmes": (add_programmes, 30),
}


def list_queries(client: Client, url: str, key: str = "results") -> tuple[int, int]:
    """(queries, rows) of one list request, after a first request that warms process caches."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return len(captured.captured_queries), len(response.json()[key])


def test_every_list_endpoint_is_counted() -> None:
    assert set(GROWERS) == set(ENDPOINTS)


@pytest.mark.parametrize("endpoint", list(GROWERS))
def test_list_queries_do_not_grow_with_the_page(
    client: Client, api_site: ApiSite, endpoint: str
) -> None:
    grow, large = GROWERS[endpoint]
    grow(api_site, 5)
    urls = [f"/api/v1/{endpoint}/?page_size=100&locale={code}" for code in ("tr", "en")]
    small = [list_queries(client, url) for url in urls]
    grow(api_site, large - 5)
    big = [list_queries(client, url) for url in urls]
    for (small_count, small_rows), (big_count, big_rows) in zip(small, big, strict=True):
        assert big_rows >= min(large, 100) > small_rows
        assert big_count == small_count, (endpoint, small, big)
        assert big_count <= MAX_QUERIES_PER_LIST, (endpoint, big)


# Wagtail's pages API v2 (portal.headless): pages, and the images and documents they use. --------


TAGS = ("kapak", "rapor")


def add_pages(site_tree: SiteTree, count: int) -> None:
    for _ in range(count):
        StandardPageFactory(parent=site_tree.home)


def add_images(site_tree: SiteTree, count: int) -> None:
    """Images, each shown on a public page (the reference index says which are in use)."""
    for _ in range(count):
        image = ImageFactory()
        image.tags.add(*TAGS)
        block = {"image": {"image": image.pk, "alt_text": "Görsel", "decorative": False}}
        StandardPageFactory(parent=site_tree.home, body=[{"type": "image", "value": block}])


def add_documents(site_tree: SiteTree, count: int) -> None:
    """Documents, each linked from a public page."""
    for _ in range(count):
        document = DocumentFactory()
        document.tags.add(*TAGS)
        block = {"document": document.pk, "title": ""}
        StandardPageFactory(parent=site_tree.home, body=[{"type": "document", "value": block}])


V2_GROWERS: dict[str, Callable[[SiteTree, int], None]] = {
    "pages": add_pages,
    "images": add_images,
    "documents": add_documents,
}


@pytest.mark.reference_index
@pytest.mark.parametrize("endpoint", list(V2_GROWERS))
def test_v2_list_queries_do_not_grow_with_the_page(
    client: Client, site_tree: SiteTree, endpoint: str
) -> None:
    url = f"/api/v2/{endpoint}/?limit=30"
    V2_GROWERS[endpoint](site_tree, 5)
    small_count, small_rows = list_queries(client, url, key="items")
    V2_GROWERS[endpoint](site_tree, 25)
    big_count, big_rows = list_queries(client, url, key="items")
    assert big_rows == 30 > small_rows
    assert big_count == small_count, (endpoint, small_count, big_count)
    assert big_count <= MAX_QUERIES_PER_LIST, (endpoint, big_count)
    if endpoint != "pages":  # the tags, read for the whole list at once
        items = client.get(url).json()["items"]
        assert {tuple(item["meta"]["tags"]) for item in items} == {TAGS}
