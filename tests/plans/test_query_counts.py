"""Public monitoring pages and routes run a number of queries that does not grow with the data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from django.test import Client

from wagtail.models import Page

from indicators.models import IndicatorTarget
from plans.models import (
    ActionAssessment,
    ActionIndicator,
    IndicatorValue,
    MonitoringPeriod,
    MunicipalityPage,
    OpenDataPage,
    PlanPage,
)
from plans.scales import ActionStatus
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.plans.factories import (
    AssessmentPageFactory,
    IndicatorPageFactory,
    MunicipalityPageFactory,
    PlanPageFactory,
)
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.monitoring import Monitoring

pytestmark = pytest.mark.django_db


def approved_assessment(
    plan: PlanPage,
    period: MonitoringPeriod,
    rows: list[ActionAssessment],
    values: list[IndicatorValue],
) -> None:
    """A live assessment with its rows bulk-created: what make_assessment publishes through a
    revision, much faster (the counts read live pages and rows, not revisions)."""
    page = AssessmentPageFactory(parent=plan, period=period)
    for number, row in enumerate([*rows, *values]):
        row.assessment, row.sort_order, row.locale = page, number, page.locale
    ActionAssessment.objects.bulk_create(rows)
    IndicatorValue.objects.bulk_create(values)


def grow(monitoring: Monitoring, size: int) -> None:
    """Bring the scenario to `size` actions and size / 5 more periods (each with an approved
    assessment of every action), indicators (each with values in every period) and
    municipalities (each with a value of the first indicator)."""
    monitoring.add_plan_actions(size - len(monitoring.actions))
    statuses = list(ActionStatus)
    index = monitoring.indicator.get_parent()
    indicators = [monitoring.indicator] + [
        IndicatorPageFactory(parent=index) for _ in range(size // 5)
    ]
    ActionIndicator.objects.bulk_create(
        ActionIndicator(page=action, indicator=monitoring.indicator)
        for action in monitoring.actions
        if not action.indicator_links.exists()
    )
    for _ in range(size // 5):
        number = len(monitoring.periods) + 1
        period = monitoring.add_period(number)
        approved_assessment(
            monitoring.plan,
            period,
            rows=[
                ActionAssessment(
                    action=action,
                    status=statuses[i % len(statuses)].value,
                    progress=(i * 7) % 101,
                    board_comment=f"Yorum {i}",
                )
                for i, action in enumerate(monitoring.actions)
            ],
            values=[
                IndicatorValue(
                    indicator=indicator,
                    date=date(2025 + number, 6, 30),
                    disaggregation=kind,
                    value=Decimal(number + i),
                )
                for i, indicator in enumerate(indicators)
                for kind in ("women", "men", "total")
            ],
        )
    index = monitoring.tree.index
    for number in range(MunicipalityPage.objects.child_of(index).count(), 2 + size // 5):
        municipality = MunicipalityPageFactory(parent=index, slug=f"belediye-{number}")
        approved_assessment(
            PlanPageFactory(parent=municipality),
            monitoring.periods[0],
            rows=[],
            values=[
                IndicatorValue(
                    indicator=monitoring.indicator,
                    date=date(2025, 6, 30),
                    disaggregation="total",
                    value=Decimal(number),
                )
            ],
        )
    IndicatorTarget.objects.create(
        page=monitoring.indicator,
        municipality=monitoring.tree.kadikoy,
        baseline_value=10,
        target_value=40,
    )


def english_copy(page: Page, monitoring: Monitoring) -> Page:
    """A live English copy of a page whose parent already has one (as a translator would
    publish; the text stays Turkish, which the counts do not mind)."""
    copy = page.specific.copy_for_translation(monitoring.tree.english)
    copy.save_revision().publish()
    return copy.specific


def open_data_page(monitoring: Monitoring) -> OpenDataPage:
    """/tr/acik-veri/ (as tests/plans/test_open_data.py makes it)."""
    page = OpenDataPage(title="Açık veri", slug="acik-veri", intro="Onaylı veriler.")
    monitoring.tree.home.add_child(instance=page)
    return page


def page_urls(monitoring: Monitoring) -> dict[str, str]:
    """Every public page and route of monitoring data, in Turkish and (the pages with the most
    translated lookups) in English."""
    tree = monitoring.tree
    kadikoy, period = tree.kadikoy, monitoring.periods[0]
    indicator, open_data = monitoring.indicator, f"{tree.home.url}acik-veri/"
    english = {  # parents before their children
        name: english_copy(page, monitoring)
        for name, page in (
            ("indicator index", indicator.get_parent()),
            ("indicator", indicator),
            ("plan", monitoring.plan),
            ("action", monitoring.actions[0]),
            ("assessment", monitoring.assessments[0]),
        )
    }
    english_kadikoy = tree.english_of(kadikoy).url
    return {
        "municipality index": tree.index.url,
        "municipality": kadikoy.url,
        "municipality (en)": english_kadikoy,
        "report": f"{kadikoy.url}rapor/{period.pk}/",
        "report (en)": f"{english_kadikoy}report/{period.pk}/",
        "plan": monitoring.plan.url,
        "plan (en)": english["plan"].url,
        "action": monitoring.actions[0].url,
        "action (en)": english["action"].url,
        "assessment": monitoring.assessments[0].url,
        "assessment (en)": english["assessment"].url,
        "indicator index": indicator.get_parent().url,
        "indicator": indicator.url,
        "indicator (en)": english["indicator"].url,
        "comparison": f"{indicator.url}karsilastirma/",
        "comparison (en)": f"{english['indicator'].url}comparison/",
        "csv": f"{indicator.url}csv/",
        "embed": f"{indicator.url}gomme/kadikoy/",
        "embed (en)": f"{english['indicator'].url}embed/kadikoy/",
        "open data": open_data,
        "data dictionary": f"{open_data}sozluk/",
        "values csv": f"{open_data}gosterge-degerleri/csv/",
        "statuses xlsx": f"{open_data}eylem-durumlari/xlsx/",
        "values json": f"{open_data}gosterge-degerleri/json/",
        "municipality statuses csv": f"{open_data}belediye/kadikoy/eylem-durumlari/csv/",
    }


def test_query_counts_do_not_grow_from_5_to_50(client: Client, monitoring: Monitoring) -> None:
    open_data_page(monitoring)
    urls = page_urls(monitoring)
    grow(monitoring, 5)
    small = queries_per_url(client, urls)
    grow(monitoring, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, sorted(
        large.items(), key=lambda item: -item[1]
    )[:3]


def test_home_glance_query_counts_do_not_grow_from_5_to_50(
    client: Client, monitoring: Monitoring
) -> None:
    """The home page's key figures, table of latest assessments and highlights (plans.overview)
    in a constant number of queries, whatever the number of municipalities, plans, actions and
    periods."""
    home = monitoring.tree.home
    news = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news)
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events)
    ReportPageFactory(parent=ReportIndexPageFactory(parent=home))
    urls = {"home": home.url, "home (en)": monitoring.tree.english_of(home).url}
    grow(monitoring, 5)
    small = queries_per_url(client, urls)
    grow(monitoring, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
