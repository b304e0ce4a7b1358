"""The home page at a glance (plans.overview.key_figures, highlights): key figures from approved
data only, each linking to where it comes from; the latest news, the next event, the latest
report; the sample-data notice when the figures come from sample data."""

from __future__ import annotations

import re
from datetime import date

import pytest

from django.test import Client

from plans.overview import key_figures
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.maps import map_data
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db


def figures_of(html: str) -> dict[str, str]:
    """{label: number} of the home page's key figures."""
    pairs = re.findall(
        r'glance-figure__number">([^<]+)</span>\s*<span class="glance-figure__label">([^<]+)<',
        html,
    )
    return {label: number for number, label in pairs}


def test_home_shows_key_figures_from_the_latest_approved_assessment(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.tree.home)
    assert figures_of(html) == {
        "izlenen belediye": "1",
        "yerel eşitlik eylem planı": "1",
        "değerlendirilen eylem": "3",
        "tamamlanan eylem": "%33",
    }
    counts = dict(re.findall(r'status--[\w-]+">([^<]+)</span></th><td>(\d+)</td>', html))
    assert counts == {
        "Başlamadı": "0",
        "Devam ediyor": "1",
        "Tamamlandı": "1",
        "Gecikmede": "1",
        "İptal edildi": "0",
    }
    # Each figure links to where it comes from: the municipality list, the table below.
    assert f'<a href="{monitoring.tree.index.url}">' in html
    assert 'href="#glance-latest"' in html and 'id="glance-latest"' in html
    # The table: the municipality, its latest approved assessment and the share completed.
    table = html[html.index('id="glance-latest"') :]
    assert f'<a href="{monitoring.tree.kadikoy.url}">Kadıköy Belediyesi</a>' in table
    assert f'<a href="{monitoring.assessments[0].url}">1. İlerleme dönemi (2025)</a>' in table
    assert "1 / 3 (%33)" in table
    # The map: Kadıköy's marker by its latest approved assessment, the legend in text, a link
    # to the list (the map's list alternative); its heading sits under "Bir bakışta".
    assert 'id="glance-map"' in html
    assert map_data(html)["Kadıköy Belediyesi"]["band"] == "medium"
    assert '<h3 id="municipality-map-title">Haritada ilerleme</h3>' in html
    assert "Orta ilerleme (%33–65): 1 belediye" in html
    assert f'<a href="{monitoring.tree.index.url}">Belediyelerin listesi</a>' in html
    # The twelve menu cards are gone.
    assert "Platformda neler var?" not in html


def test_home_figures_follow_the_latest_period_of_each_plan(
    client: Client, monitoring: Monitoring
) -> None:
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "completed", 100, "") for action in monitoring.actions],
        values=[],
    )
    other = MunicipalityPageFactory(parent=monitoring.tree.index, title="Çankaya Belediyesi")
    make_assessment(
        PlanPageFactory(parent=other),
        monitoring.periods[0],
        rows=[(monitoring.actions[0], "delayed", 10, "")],
        values=[],
    )
    figures = key_figures()
    assert (figures.municipalities, figures.plans, figures.action_count) == (2, 2, 4)
    assert figures.completed_share == 75
    assert {item.municipality.title for item in figures.latest} == {
        "Kadıköy Belediyesi",
        "Çankaya Belediyesi",
    }


def test_home_english_figures_and_names_are_english(client: Client, monitoring: Monitoring) -> None:
    html = html_of(client, monitoring.tree.english_of(monitoring.tree.home))
    assert figures_of(html)["municipalities monitored"] == "1"
    assert "At a glance" in html and "Latest approved assessments" in html
    assert "Kadıköy Municipality" in html
    kadikoy = map_data(html)["Kadıköy Municipality"]
    assert kadikoy["band"] == "medium" and kadikoy["url"].startswith("/en/")
    assert "Progress on the map" in html and "Medium progress (33–65%): 1 municipality" in html


def test_home_shows_the_latest_news_the_next_event_and_the_latest_report(
    client: Client, monitoring: Monitoring
) -> None:
    home = monitoring.tree.home
    news_index = NewsIndexPageFactory(parent=home)
    for day in range(1, 6):
        NewsPageFactory(parent=news_index, title=f"Haber gün {day}", date=date(2025, 5, day))
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Sıradaki toplantı")
    reports = ReportIndexPageFactory(parent=home)
    ReportPageFactory(parent=reports, title="Eski rapor", publication_date=date(2025, 3, 1))
    ReportPageFactory(parent=reports, title="Yeni rapor", publication_date=date(2025, 9, 1))
    ReportPageFactory(parent=reports, title="Gelecek rapor", publication_date=date(2099, 1, 1))
    ReportPageFactory(
        parent=reports, title="Taslak rapor", publication_date=date(2026, 1, 1), live=False
    )

    html = html_of(client, home)
    news = html[html.index('id="glance-news-title"') :]
    assert [f"Haber gün {day}" in news for day in (5, 4, 3, 2)] == [True, True, True, False]
    assert "Sıradaki toplantı" in html
    assert "Yeni rapor" in html and "Eski rapor" not in html and "Taslak rapor" not in html
    assert "Gelecek rapor" not in html  # dated in the future


def test_home_labels_sample_figures(client: Client, monitoring: Monitoring) -> None:
    assert "sample-notice" not in html_of(client, monitoring.tree.home)
    assessment = monitoring.assessments[0]
    assessment.is_sample_data = True
    assessment.save_revision().publish()
    assert "sample-notice" in html_of(client, monitoring.tree.home)
