"""Nothing from a draft or private assessment reaches the "at a glance" figures: the home page's key
figures and table, a municipality's progress by period and indicator overview, an action's
timeline (plans.overview reads through of_record() and for_public())."""

from __future__ import annotations

import re
from datetime import date

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from plans.models import ActionAssessment
from plans.overview import action_timeline, key_figures, municipality_overview
from tests.maps import map_data
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db

SECRET_COMMENT = "GİZLİ-ZAMAN-ÇİZGİSİ"
SECRET_VALUE = "876.5"


def hidden_assessment(monitoring: Monitoring, *, private: bool = False) -> None:
    """Period 2 with every action cancelled and a secret value: a draft, or live but private."""
    page = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "cancelled", 0, SECRET_COMMENT) for action in monitoring.actions],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", SECRET_VALUE)],
        publish=private,
    )
    if private:
        PageViewRestriction.objects.create(page=page, restriction_type="login")
    # A draft assessment of a municipality with no approved one must not count it as monitored.
    town = MunicipalityPageFactory(parent=monitoring.tree.index, title="Taslak Belediyesi")
    make_assessment(
        PlanPageFactory(parent=town),
        monitoring.periods[0],
        rows=[(monitoring.actions[0], "cancelled", 0, SECRET_COMMENT)],
        values=[],
        publish=False,
    )
    # The secrets really are in the database, so the test can fail.
    assert ActionAssessment.objects.filter(board_comment=SECRET_COMMENT).count() == 4


def assert_only_period_1(monitoring: Monitoring, client: Client) -> None:
    figures = key_figures()
    assert (figures.municipalities, figures.action_count, figures.completed_share) == (1, 3, 33)
    assert {item.status.value: item.count for item in figures.status_counts}["cancelled"] == 0
    assert [item.period.name for item in figures.latest] == ["1. İlerleme dönemi (2025)"]

    overview = municipality_overview(monitoring.tree.kadikoy)
    assert [item.period.name for item in overview.periods] == ["1. İlerleme dönemi (2025)"]
    values = [bar.value for item in overview.indicators for bar in item.bars]
    assert values and all(str(value) != SECRET_VALUE for value in values)
    for action in monitoring.actions:
        assert [item.entry.period.name for item in action_timeline(action)] == [
            "1. İlerleme dönemi (2025)"
        ]

    pages = [
        monitoring.tree.home.url,
        monitoring.tree.english_of(monitoring.tree.home).url,
        monitoring.tree.kadikoy.url,
        *[action.url for action in monitoring.actions],
    ]
    for url in pages:
        html = html_of(client, url)
        assert SECRET_COMMENT not in html, url
        assert "876,5" not in html and SECRET_VALUE not in html, url
        assert "Dönem 2" not in html, url
        # The town is public, so the map may show it, but only as having no approved assessment;
        # it is not counted or listed as monitored anywhere else.
        if 'id="municipality-map-data"' in html:
            town = map_data(html).get("Taslak Belediyesi")
            assert town is None or (town["band"], town["progress"]) == ("none", None), url
            html = re.sub(r'<script id="municipality-map-data".*?</script>', "", html, flags=re.S)
        assert "Taslak Belediyesi" not in html, url


def test_draft_assessment_reaches_no_glance_figure(client: Client, monitoring: Monitoring) -> None:
    hidden_assessment(monitoring)
    assert_only_period_1(monitoring, client)


def test_private_assessment_reaches_no_glance_figure(
    client: Client, monitoring: Monitoring
) -> None:
    hidden_assessment(monitoring, private=True)
    assert_only_period_1(monitoring, client)
