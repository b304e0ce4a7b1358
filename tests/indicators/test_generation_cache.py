"""The indicator page and the comparison keep their data per content generation
(indicators.caching): a publish or unpublish shows on the next request once it commits, a change
not committed yet shows to the transaction that made it and is kept nowhere, and a request
served from the cache reads none of the indicator's data (its query count does not grow with
the municipalities).

Tests run inside one transaction that never commits: `commit()` does what a commit does after
the test's changes (runs the on-commit callbacks, which start a new content generation, and
forgets them)."""

from __future__ import annotations

from datetime import date

import pytest

from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from indicators.towns import Town, name_matcher
from plans.models import MunicipalityPage
from portal.text import turkish_casefold, turkish_contains, turkish_slugify
from portal.translation import publish_translation
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE
from tests.scenarios.monitoring import Monitoring, approve_new_assessment, make_assessment
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db

#: The value a new approval reports (shown "46,25"; no id or coordinate of the page contains it).
NEW_VALUE = "46.25"

#: Tables only the indicator's data is read from: a request served from the cache reads none.
DATA_TABLES = ('"plans_indicatorvalue"', '"indicators_indicatortarget"', '"plans_municipalitypage"',
               '"plans_assessmentpage"')  # fmt: skip


def commit() -> None:
    """Run the callbacks waiting for the commit (a publish's new content generation) and forget
    them, as a commit does."""
    pending, connection.run_on_commit = connection.run_on_commit, []
    for _savepoints, callback, _robust in pending:
        callback()


def urls(monitoring: Monitoring) -> dict[str, str]:
    indicator = monitoring.indicator.url
    return {
        "page": indicator,
        "page_named": f"{indicator}?belediye=kadikoy",
        "comparison": f"{indicator}karsilastirma/",
        "comparison_filtered": f"{indicator}karsilastirma/?tur=district&nufus=bilinmiyor",
        "comparison_named": f"{indicator}karsilastirma/?belediye=kad",
        "csv": f"{indicator}karsilastirma/veri/csv/",
    }


def fetch(client: Client, monitoring: Monitoring) -> dict[str, str]:
    return {
        name: client.get(url).content.decode("utf-8-sig") for name, url in urls(monitoring).items()
    }


def test_an_approval_shows_on_the_next_request_after_its_commit(
    client: Client, monitoring: Monitoring, board_member: AbstractUser
) -> None:
    commit()
    fetch(client, monitoring)  # kept in the cache …
    before = fetch(client, monitoring)  # … and read back from it
    assert "<td>30</td>" in before["comparison"] and "<td>30</td>" in before["page"]
    assert "46,25" not in before["comparison"] + before["page"] and "46.25" not in before["csv"]

    approve_new_assessment(monitoring, board_member, NEW_VALUE)
    assert connection.run_on_commit  # the new content generation waits for the commit
    commit()

    after = fetch(client, monitoring)
    # The comparison shows the latest period with values: the new one.
    assert "<td>46,25</td>" in after["comparison"] and "46,25" in after["comparison_named"]
    assert "<td>46,25</td>" in after["page"] and "<td>46,25</td>" in after["page_named"]
    assert ",46.25," in after["csv"]
    assert after["comparison_filtered"] != before["comparison_filtered"]  # the new period


def test_an_unpublished_assessment_leaves_on_the_next_request_after_its_commit(
    client: Client, monitoring: Monitoring
) -> None:
    commit()
    fetch(client, monitoring)
    before = fetch(client, monitoring)
    assert all("31,5" in before[name] for name in ("page", "comparison", "comparison_named"))

    monitoring.assessments[0].unpublish()
    commit()

    after = fetch(client, monitoring)
    for name, body in after.items():
        assert "31,5" not in body and "31.5" not in body, name


def test_a_change_not_committed_yet_shows_to_its_transaction_and_is_not_kept(
    client: Client, monitoring: Monitoring, board_member: AbstractUser
) -> None:
    commit()
    fetch(client, monitoring)
    approve_new_assessment(monitoring, board_member, NEW_VALUE)  # not committed
    assert "<td>46,25</td>" in html_of(client, urls(monitoring)["comparison"])
    # Were it rolled back, the cache would still hold only what was committed.
    connection.run_on_commit = []
    assert "46,25" not in html_of(client, urls(monitoring)["comparison"])


def test_a_municipality_published_with_a_new_population_shows_on_the_next_request(
    client: Client, monitoring: Monitoring
) -> None:
    commit()
    comparison = f"{monitoring.indicator.url}karsilastirma/?nufus=100-bin-alti"
    assert "Kadıköy Belediyesi" not in html_of(client, comparison)  # no population yet
    town = MunicipalityPage.objects.get(pk=monitoring.tree.kadikoy.pk)
    town.population = 50_000
    town.save_revision().publish()
    commit()
    assert "Kadıköy Belediyesi" in html_of(client, comparison)


def add_towns(monitoring: Monitoring, count: int) -> None:
    """`count` municipalities with an approved value of the indicator in the first period."""
    for number in range(count):
        town = MunicipalityPageFactory(
            parent=monitoring.tree.index, title=f"Kadirli {number} Belediyesi"
        )
        make_assessment(
            PlanPageFactory(parent=town),
            monitoring.periods[0],
            rows=[],
            values=[(monitoring.indicator, date(2025, 6, 30), "total", str(number + 1))],
        )


def hit_queries(client: Client, url: str) -> list[str]:
    """The SQL of a request whose data the request before kept in the cache."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_a_request_served_from_the_cache_reads_none_of_the_indicators_data(
    client: Client, monitoring: Monitoring
) -> None:
    english = publish_translation(monitoring.indicator, monitoring.tree.english, {"slug": "women"})
    add_towns(monitoring, 2)
    commit()
    pages = {**urls(monitoring), "english": f"{english.url}comparison/"}
    del pages["csv"]  # a download: its rows come from the cache, its file is written anew
    small = {}
    for name, url in pages.items():
        queries = hit_queries(client, url)
        assert not [sql for sql in queries if any(table in sql for table in DATA_TABLES)], name
        small[name] = len(queries)
    add_towns(monitoring, 8)
    commit()
    large = {name: len(hit_queries(client, url)) for name, url in pages.items()}
    assert large == small, (small, large)
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large


TITLES = ["Kadıköy Belediyesi", "İzmir Büyükşehir Belediyesi", "Iğdır Belediyesi",
          "ÇANKAYA BELEDİYESİ", "Eskişehir - Tepebaşı Belediyesi", "Şile Belediyesi"]  # fmt: skip
NAMES = ["kadikoy", "KADIKÖY", "izmir", "İZMİR", "IĞDIR", "ığdır", "igdir", "çan", "can",
         "tepebaşı", "- tepe", "-", "  şile ", "sile", "belediye", "", "x", "ı", "i",
         "I"]  # fmt: skip


@pytest.mark.parametrize("title", TITLES)
def test_the_name_matcher_decides_as_turkish_contains(title: str) -> None:
    town = _town(title)
    for name in NAMES:
        assert name_matcher(name)(town) == turkish_contains(title, name), (title, name)


def _town(title: str) -> Town:
    """A Town named `title` (the other fields are not read)."""
    return Town(
        path="",
        key="",
        title=title,
        url="",
        locale_id=1,
        province="",
        kind="",
        population=None,
        population_year=None,
        population_source="",
        population_is_sample=False,
        is_sample_data=False,
        folded_title=turkish_casefold(title),
        title_slug=turkish_slugify(title),
    )
