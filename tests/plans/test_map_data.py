"""The municipality map's progress bands (plans.map_data): from the latest approved assessment
only, the same in both languages, shown in the map data, the legend and the list, in a number of
queries that does not grow with the municipalities."""

from __future__ import annotations

from collections import Counter
from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from plans.map_data import (
    BANDS,
    LEGEND,
    NO_DATA,
    band_for,
    map_entries,
    map_points,
    municipality_map_context,
)
from plans.models import ActionAssessment, MunicipalityPage
from plans.scales import ActionStatus
from tests.maps import map_data
from tests.plans.factories import (
    ActionPageFactory,
    IndicatorIndexPageFactory,
    MunicipalityPageFactory,
    PlanPageFactory,
)
from tests.plans.test_query_counts import approved_assessment
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def test_bands_cover_every_percentage_once_each_with_its_own_shape() -> None:
    assert band_for(None) is NO_DATA
    assert [band_for(value).key for value in (0, 32, 33, 65, 66, 100)] == [
        "low", "low", "medium", "medium", "high", "high"
    ]  # fmt: skip
    for value in range(101):
        assert sum(band.low <= value <= band.high for band in BANDS) == 1
    assert len({band.shape for band in LEGEND}) == len(LEGEND)
    assert len({band.key for band in LEGEND}) == len(LEGEND)


def test_progress_comes_from_the_latest_approved_assessment(monitoring: Monitoring) -> None:
    tree = monitoring.tree
    entries = {entry.page.pk: entry.progress for entry in map_entries([tree.kadikoy, tree.nilufer])}

    kadikoy = entries[tree.kadikoy.pk]  # 100, 40 and 10 %: one action of three completed
    assert (kadikoy.average, kadikoy.completed, kadikoy.actions) == (50, 1, 3)
    assert kadikoy.band.key == "medium"
    assert entries[tree.nilufer.pk].band is NO_DATA  # no assessment at all

    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "completed", 100, "") for action in monitoring.actions],
        values=[],
    )
    latest = map_entries([tree.kadikoy])[0].progress
    assert (latest.average, latest.completed, latest.band.key) == (100, 3, "high")


@pytest.mark.parametrize("kind", ["draft", "private"])
def test_an_unapproved_or_private_assessment_never_moves_a_marker(
    client: Client, monitoring: Monitoring, kind: str
) -> None:
    later = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "not_started", 3, "") for action in monitoring.actions],
        values=[],
        publish=kind == "private",
    )
    if kind == "private":
        PageViewRestriction.objects.create(page=later, restriction_type="login")
    tree = monitoring.tree

    progress = map_entries([tree.kadikoy])[0].progress
    assert (progress.average, progress.completed, progress.band.key) == (50, 1, "medium")
    html = client.get(tree.index.url).content.decode()
    kadikoy = map_data(html)["Kadıköy Belediyesi"]
    assert (kadikoy["band"], kadikoy["progress"], kadikoy["completed"]) == ("medium", 50, 1)
    assert "ortalama %50; tamamlanan eylem: 1 / 3" in html
    assert "%3;" not in html and "Düşük ilerleme (%0–32): 0 belediye" in html
    # The home page's map says the same.
    home = client.get(tree.home.url).content.decode()
    kadikoy = map_data(home)["Kadıköy Belediyesi"]
    assert (kadikoy["band"], kadikoy["progress"], kadikoy["completed"]) == ("medium", 50, 1)
    assert "Düşük ilerleme (%0–32): 0 belediye" in home


def test_the_list_and_legend_show_the_bands_in_text_in_both_languages(
    client: Client, monitoring: Monitoring
) -> None:
    tree = monitoring.tree
    turkish = client.get(tree.index.url).content.decode()
    english = client.get(tree.english_of(tree.index).url).content.decode()

    assert "Orta ilerleme (%33–65): 1 belediye" in turkish
    assert "Henüz onaylı değerlendirme yok: 1 belediye" in turkish  # Nilüfer
    assert "ortalama %50; tamamlanan eylem: 1 / 3" in turkish
    assert "Medium progress (33–65%): 1 municipality" in english
    assert "No approved assessment yet: 1 municipality" in english
    assert "average 50%; actions completed: 1 of 3" in english
    # Figures of the Turkish record on the English page's markers too.
    kadikoy = map_data(english)[tree.english_of(tree.kadikoy).title]
    assert (kadikoy["band"], kadikoy["progress"]) == ("medium", 50)
    assert kadikoy["url"].startswith("/en/")
    for html in (turkish, english):
        assert html.count('id="municipality-map-legend"') == 1
        for band in LEGEND:
            assert f'data-band="{band.key}"' in html


def test_the_component_context_maps_every_public_municipality(monitoring: Monitoring) -> None:
    context = municipality_map_context(monitoring.tree.index)
    points = {point["name"]: point for point in context["map_points"]()}
    assert points["Kadıköy Belediyesi"]["band"] == "medium"
    assert points["Nilüfer Belediyesi"]["band"] == "none"
    counts = {count.band.key: count.count for count in context["map_legend"]()}
    assert counts == {"low": 0, "medium": 1, "high": 0, "none": 1}


def test_the_component_renders_on_another_page_with_a_link_to_the_list(
    monitoring: Monitoring,
) -> None:
    """As the home page would include it (templates/plans/components/municipality_map.html)."""
    index = monitoring.tree.index
    html = render_to_string(
        "plans/components/municipality_map.html", municipality_map_context(index)
    )
    assert map_data(html)["Kadıköy Belediyesi"]["band"] == "medium"
    assert f'<a href="{index.url}">Belediyelerin listesi</a>' in html
    assert "aynı bilgiler belediye listesinde de var" in html
    assert "Orta ilerleme (%33–65): 1 belediye" in html
    assert html.count("<script defer") == 3  # Leaflet, markercluster, the map


def add_monitored_municipalities(monitoring: Monitoring, count: int) -> None:
    """`count` more municipalities, each with a plan of two actions and an approved assessment
    (rows bulk-created by tests/plans/test_query_counts.py's helper)."""
    index, period = monitoring.tree.index, monitoring.periods[0]
    start = MunicipalityPage.objects.child_of(index).count()
    for number in range(start, start + count):
        municipality = MunicipalityPageFactory(parent=index, slug=f"harita-{number}")
        plan = PlanPageFactory(parent=municipality)
        actions = [ActionPageFactory(parent=plan, area=monitoring.area) for _ in range(2)]
        approved_assessment(
            plan,
            period,
            rows=[
                ActionAssessment(
                    action=action,
                    status=ActionStatus.COMPLETED.value,
                    progress=(number * 13 + position * 40) % 101,
                )
                for position, action in enumerate(actions)
            ],
            values=[],
        )


def index_queries(client: Client, url: str) -> int:
    """The queries of a GET of the index with its fragment cache emptied (the map built)."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_map_data_queries_do_not_grow_with_the_municipalities(
    client: Client, monitoring: Monitoring, django_assert_num_queries
) -> None:
    index = monitoring.tree.index
    add_monitored_municipalities(monitoring, 2)
    small_page = index_queries(client, index.url)
    small_home = index_queries(client, monitoring.tree.home.url)
    pages = index.municipalities()
    with django_assert_num_queries(3):
        small = map_points(map_entries(pages))

    add_monitored_municipalities(monitoring, 25)
    pages = index.municipalities()
    with django_assert_num_queries(3):
        large = map_points(map_entries(pages))
    assert len(large) == len(small) + 25
    assert {point["band"] for point in large} >= {"low", "medium", "high"}
    assert index_queries(client, index.url) == small_page
    assert index_queries(client, monitoring.tree.home.url) == small_home


def test_the_map_of_turkiyes_1389_municipalities_is_built_in_three_queries(
    site_tree: SiteTree, django_assert_num_queries
) -> None:
    """At national scale (generate_scale's default count of municipalities), one approved
    assessment each."""
    IndicatorIndexPageFactory(parent=site_tree.home)
    sizes = {"municipalities": 1389, "actions": 2, "indicators": 1, "years": 1}
    call_command(
        "generate_scale", *[f"--{name}={value}" for name, value in sizes.items()], stdout=StringIO()
    )
    pages = site_tree.index.municipalities()
    assert len(pages) == 1389 + 2  # with Kadıköy and Nilüfer
    assert pages[0].url  # warms the per-process cache of site root paths (page URLs)

    with django_assert_num_queries(3):
        points = map_points(map_entries(pages))
    assert len(points) == len(pages)
    bands = Counter(point["band"] for point in points)
    assert bands["none"] == 2 and sum(bands.values()) == len(pages)
