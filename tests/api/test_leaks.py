"""Nothing unpublished reaches any API endpoint: drafts, assessments in moderation, rejected or
unpublished, later draft revisions, private pages (and everything under them) and draft
translations. Every list is read in both languages, then every object in it and every secret
object by id."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.models import Page, PageViewRestriction

from plans.models import ActionAssessment, ActionIndicator, IndicatorValue
from portal.translation import publish_translation
from tests.events.factories import EventPageFactory
from tests.news.factories import NewsPageFactory
from tests.plans.factories import (
    ActionPageFactory,
    IndicatorPageFactory,
    MunicipalityPageFactory,
    PlanPageFactory,
)
from tests.reports.factories import ReportPageFactory
from tests.scenarios.api import ENDPOINTS, ApiSite, get_json
from tests.scenarios.monitoring import make_assessment
from tests.stories.factories import StoryPageFactory
from tests.training.factories import TrainingModulePageFactory, TrainingProgrammePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

SECRET = "GİZLİ-TASLAK"
SECRET_VALUE = "987.65"


def secret_assessment(site: ApiSite, number: int, *, publish: bool) -> Any:
    """An assessment of a new period whose rows, value and summary carry the secret."""
    monitoring = site.monitoring
    page = make_assessment(
        monitoring.plan,
        monitoring.add_period(number),
        rows=[(monitoring.actions[0], "cancelled", 0, f"{SECRET} yorum {number}")],
        values=[(monitoring.indicator, date(2026, number, 28), "total", SECRET_VALUE)],
        publish=publish,
    )
    page.summary = f"{SECRET} özet {number}"
    page.save_revision()
    if publish:
        page.save(update_fields=["summary"])  # the live row carries the secret as well
    return page


def add_secrets(site: ApiSite, reporter: AbstractUser, board: AbstractUser) -> dict[str, Page]:
    """Every kind of non-public content; returns the secret pages by name."""
    monitoring, tree = site.monitoring, site.monitoring.tree
    draft = secret_assessment(site, 2, publish=False)
    in_moderation = secret_assessment(site, 3, publish=False)
    in_moderation.get_workflow().start(in_moderation, reporter)
    rejected = secret_assessment(site, 4, publish=False)
    rejected.get_workflow().start(rejected, reporter)
    state = rejected.current_workflow_task_state
    state.task.specific.on_action(state, board, "reject")
    unpublished = secret_assessment(site, 5, publish=True)
    unpublished.unpublish()
    private = secret_assessment(site, 6, publish=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    # A later draft revision of the approved assessment.
    live = monitoring.assessments[0]
    revised = live.get_latest_revision_as_object()
    rows = list(revised.action_rows.all())
    rows[0].board_comment, rows[0].status = f"{SECRET} revizyon", "cancelled"
    revised.action_rows = rows
    values = list(revised.indicator_values.all())
    values[0].value = SECRET_VALUE
    revised.indicator_values = values
    revised.save_revision()

    # A private municipality with an approved assessment under it.
    hidden = MunicipalityPageFactory(parent=tree.index, title=f"{SECRET} belediye", slug="ozel")
    hidden_plan = PlanPageFactory(parent=hidden, title=f"{SECRET} plan")
    hidden_action = ActionPageFactory(parent=hidden_plan, title=f"{SECRET} eylem")
    hidden_assessment = make_assessment(
        hidden_plan,
        monitoring.periods[0],
        rows=[(hidden_action, "completed", 100, f"{SECRET} özel yorum")],
        values=[(monitoring.indicator, date(2025, 6, 30), "women", SECRET_VALUE)],
    )
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    # Draft, unpublished and private pages of every type.
    index = monitoring.indicator.get_parent()
    drafts = [
        MunicipalityPageFactory(parent=tree.index, title=f"{SECRET} taslak belediye", live=False),
        PlanPageFactory(parent=tree.nilufer, title=f"{SECRET} taslak plan", live=False),
        ActionPageFactory(parent=monitoring.plan, title=f"{SECRET} taslak eylem", live=False),
        IndicatorPageFactory(parent=index, title=f"{SECRET} taslak gösterge", live=False),
        ReportPageFactory(
            parent=site.report.get_parent(), title=f"{SECRET} taslak rapor", live=False
        ),
        NewsPageFactory(parent=site.news.index, title=f"{SECRET} taslak haber", live=False),
        StoryPageFactory(
            parent=site.story.get_parent(), title=f"{SECRET} taslak deneyim", live=False
        ),
    ]
    private_news = site.news.publish(title=f"{SECRET} özel haber")
    PageViewRestriction.objects.create(
        page=private_news, restriction_type=PageViewRestriction.LOGIN
    )
    private_indicator = IndicatorPageFactory(parent=index, title=f"{SECRET} özel gösterge")
    ActionIndicator.objects.create(page=monitoring.actions[1], indicator=private_indicator)
    PageViewRestriction.objects.create(
        page=private_indicator, restriction_type=PageViewRestriction.LOGIN
    )
    gone_story = StoryPageFactory(parent=site.story.get_parent(), title=f"{SECRET} kaldırıldı")
    gone_story.unpublish()

    # Events and training: drafts, a private event, a private module of a public programme.
    events_index, programme = site.event.get_parent(), site.programme
    drafts += [
        EventPageFactory(parent=events_index, title=f"{SECRET} taslak etkinlik", live=False),
        TrainingProgrammePageFactory(
            parent=programme.get_parent(), title=f"{SECRET} taslak program", live=False
        ),
    ]
    private_event = EventPageFactory(parent=events_index, title=f"{SECRET} özel etkinlik")
    private_module = TrainingModulePageFactory(parent=programme, title=f"{SECRET} özel modül")
    for page in (private_event, private_module):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    # A live item with a newer draft revision, and a draft English translation.
    site.news_item.title = f"{SECRET} taslak başlık"
    site.news_item.save_revision()
    publish_translation(index, tree.english, {"title": "Indicators", "slug": "indicators"})
    draft_translation = monitoring.indicator.copy_for_translation(tree.english)
    draft_translation.title = f"{SECRET} draft translation"
    draft_translation.save()

    assert ActionAssessment.objects.filter(board_comment__startswith=SECRET).count() == 6
    assert IndicatorValue.objects.filter(value=SECRET_VALUE).count() == 6
    return {
        "draft assessment": draft,
        "assessment in moderation": in_moderation,
        "rejected assessment": rejected,
        "unpublished assessment": unpublished,
        "private assessment": private,
        "private municipality": hidden,
        "plan under a private municipality": hidden_plan,
        "action under a private municipality": hidden_action,
        "assessment under a private municipality": hidden_assessment,
        **{f"draft {page._meta.model_name}": page for page in drafts},
        "private news item": private_news,
        "private event": private_event,
        "private training module": private_module,
        "private indicator": private_indicator,
        "unpublished story": gone_story,
        "draft translation": draft_translation,
    }


def assert_clean(client: Client, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    body = response.content.decode()
    assert SECRET not in body, url
    assert SECRET_VALUE not in body, url
    return response.json()


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_nothing_unpublished_reaches_the_endpoint(
    client: Client,
    api_site: ApiSite,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
    endpoint: str,
) -> None:
    secrets = add_secrets(api_site, kadikoy_reporter, board_member)
    shown = 0
    for locale in ("tr", "en"):
        listing = assert_clean(client, f"/api/v1/{endpoint}/?locale={locale}&page_size=100")
        shown += len(listing["results"])  # the indicator values, paged by cursor, have no count
        for item in listing["results"]:
            assert_clean(client, f"/api/v1/{endpoint}/{item['id']}/?locale={locale}")
    assert shown > 0, "the endpoint must show public rows, or the test proves nothing"
    for name, page in secrets.items():
        response = client.get(f"/api/v1/{endpoint}/{page.pk}/")
        assert response.status_code == 404, name


def test_the_approved_status_is_the_one_shown(
    client: Client,
    api_site: ApiSite,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    """Secret assessments of later periods would make "cancelled" the latest status."""
    add_secrets(api_site, kadikoy_reporter, board_member)
    action = api_site.monitoring.actions[0]
    data = get_json(client, f"/api/v1/actions/{action.pk}/")
    assert data["latest"]["status"] == "completed"
    assert data["latest"]["period"]["id"] == api_site.monitoring.periods[0].pk
    cancelled = get_json(client, "/api/v1/actions/?status=cancelled")
    assert cancelled["count"] == 0
    linked = get_json(client, f"/api/v1/actions/{api_site.monitoring.actions[1].pk}/")
    assert linked["indicators"] == []  # the linked indicator is private


def test_filters_do_not_resolve_private_or_draft_pages(
    client: Client,
    api_site: ApiSite,
    kadikoy_reporter: AbstractUser,
    board_member: AbstractUser,
) -> None:
    secrets = add_secrets(api_site, kadikoy_reporter, board_member)
    for url in (
        "/api/v1/plans/?municipality=ozel",
        f"/api/v1/indicator-values/?municipality={secrets['private municipality'].pk}",
        f"/api/v1/actions/?plan={secrets['plan under a private municipality'].pk}",
        f"/api/v1/actions/?plan={secrets['draft planpage'].pk}",
        f"/api/v1/indicator-values/?indicator={secrets['private indicator'].code}",
    ):
        errors = assert_clean(client, url, status=400)
        assert set(errors) == {url.split("?")[1].split("=")[0]}
