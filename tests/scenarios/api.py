"""The API scenario: the monitoring scenario plus one public page of every content type, so every
list endpoint has rows; and helpers to read JSON responses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.test import Client

from events.models import EventMunicipality, EventPage
from news.models import NewsMunicipality, NewsPage
from plans.models import MunicipalityPage, ThematicArea
from reports.models import ReportMunicipality, ReportPage
from stories.models import StoryIndexPage, StoryPage
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.news import NewsSite
from tests.scenarios.shared import scenario
from tests.scenarios.stories import area_with_english
from tests.stories.factories import StoryPageFactory
from tests.training.factories import (
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
)
from training.models import TrainingProgrammePage

#: Every list endpoint of the API.
ENDPOINTS = [
    "municipalities",
    "plans",
    "actions",
    "indicators",
    "indicator-values",
    "assessments",
    "monitoring-periods",
    "thematic-areas",
    "reports",
    "news",
    "stories",
    "events",
    "training-programmes",
]


def allow_requests(settings: Any, rate: str) -> None:
    """Set the API's anonymous rate limit for this test."""
    rest = dict(getattr(settings, "REST_FRAMEWORK", {}))
    rest["DEFAULT_THROTTLE_RATES"] = {**rest.get("DEFAULT_THROTTLE_RATES", {}), "anon": rate}
    settings.REST_FRAMEWORK = rest


def get_json(client: Client, url: str, status: int = 200, **headers: Any) -> Any:
    """GET url and return its JSON body, checking the status code."""
    response = client.get(url, headers=headers)
    assert response.status_code == status, (url, response.status_code, response.content[:500])
    assert response["Content-Type"] == "application/json", url
    return response.json()


@dataclass
class ApiSite:
    """The monitoring scenario plus a public report, news item and story about Kadıköy."""

    monitoring: Monitoring
    news: NewsSite
    area: ThematicArea
    report: ReportPage
    news_item: NewsPage
    story: StoryPage
    event: EventPage
    programme: TrainingProgrammePage

    @property
    def kadikoy(self) -> MunicipalityPage:
        return self.monitoring.tree.kadikoy


@scenario
def api_site(monitoring: Monitoring, news: NewsSite, story_index: StoryIndexPage) -> ApiSite:
    """Public content of every type, so every list endpoint has rows."""
    tree = monitoring.tree
    report = ReportPageFactory(parent=ReportIndexPageFactory(parent=tree.home))
    ReportMunicipality.objects.create(page=report, municipality=tree.kadikoy)
    news_item = news.publish(title="Kreş haberi")
    NewsMunicipality.objects.create(page=news_item, municipality=tree.kadikoy)
    area = area_with_english("A7", "Kadın istihdamı", "Women's employment", tree.english)
    story = StoryPageFactory(parent=story_index, municipality=tree.kadikoy, area=area)
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=tree.home),
        related_municipalities=[EventMunicipality(municipality=tree.kadikoy)],
    )
    event.save_revision().publish()
    programme = TrainingProgrammePageFactory(parent=TrainingIndexPageFactory(parent=tree.home))
    TrainingModulePageFactory(parent=programme, title="Açık modül")
    return ApiSite(monitoring, news, area, report, news_item, story, event, programme)
