"""Public indicator pages show the approved data: the index, an indicator's chart and table per
municipality and the comparison of municipalities for one period; at national scale in pages of
municipalities in Turkish order, filtered by name with Turkish case rules, reading values only for
the page shown."""

from __future__ import annotations

import re
from datetime import date

import pytest

from django.test import Client

from indicators import comparison, listing
from plans.models import MunicipalityPage
from portal.translation import publish_translation
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

# With Kadıköy (30) and Nilüfer from the scenario; code-point order would put Ç and İ after N.
TOWNS = {"Ankara Büyükşehir Belediyesi": "11", "Çankaya Belediyesi": "22", "İzmir Belediyesi": "33"}


@pytest.fixture
def towns(monitoring: Monitoring) -> dict[str, MunicipalityPage]:
    """Four more municipalities with an approved value of the indicator in the first period
    (Nilüfer: 44), and one whose assessment is a draft (never listed)."""
    created = {}
    for title, value in [*TOWNS.items(), ("Nilüfer Belediyesi", "44")]:
        town = (
            monitoring.tree.nilufer
            if title.startswith("Nilüfer")
            else MunicipalityPageFactory(parent=monitoring.tree.index, title=title)
        )
        plan = PlanPageFactory(parent=town, title=f"{title} YEEP")
        make_assessment(
            plan,
            monitoring.periods[0],
            rows=[],
            values=[(monitoring.indicator, date(2025, 6, 30), "total", value)],
        )
        created[title] = town
    draft_town = MunicipalityPageFactory(parent=monitoring.tree.index, title="Taslak Belediyesi")
    make_assessment(
        PlanPageFactory(parent=draft_town),
        monitoring.periods[0],
        rows=[],
        values=[(monitoring.indicator, date(2025, 6, 30), "total", "99")],
        publish=False,
    )
    return created


def series_titles(html: str) -> list[str]:
    """The municipalities whose series (chart + table) the page shows, in order."""
    return re.findall(r'<h3 id="series-\d+"><a href="[^"]*">([^<]+)</a>', html)


def test_series_come_in_pages_in_turkish_order(
    client: Client,
    monitoring: Monitoring,
    towns: dict[str, MunicipalityPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(listing, "SERIES_PER_PAGE", 2)
    url = monitoring.indicator.url
    first = html_of(client, url)
    assert series_titles(first) == ["Ankara Büyükşehir Belediyesi", "Çankaya Belediyesi"]
    assert "Onaylanmış değeri olan 5 belediye. Sayfa 1 / 3." in first
    assert "<td>11</td>" in first and "<td>44</td>" not in first  # only this page's values
    assert 'href="?sayfa=2#series-title" rel="next"' in first
    second = html_of(client, f"{url}?sayfa=2")
    assert series_titles(second) == ["İzmir Belediyesi", "Kadıköy Belediyesi"]
    last = html_of(client, f"{url}?sayfa=99")  # out of range: the last page, as other lists
    assert series_titles(last) == ["Nilüfer Belediyesi"]
    assert "Taslak" not in first + second + last


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("İZMİR", ["İzmir Belediyesi"]),  # Turkish upper case
        ("izmir", ["İzmir Belediyesi"]),
        ("kadikoy", ["Kadıköy Belediyesi"]),  # typed without Turkish letters
        ("ÇAN", ["Çankaya Belediyesi"]),
        ("belediyesi", ["Ankara Büyükşehir Belediyesi", "Çankaya Belediyesi", "İzmir Belediyesi",
                        "Kadıköy Belediyesi", "Nilüfer Belediyesi"]),
    ],
)  # fmt: skip
def test_series_filter_by_name_follows_turkish_case_rules(
    client: Client,
    monitoring: Monitoring,
    towns: dict[str, MunicipalityPage],
    typed: str,
    expected: list[str],
) -> None:
    html = html_of(client, f"{monitoring.indicator.url}?belediye={typed}")
    assert series_titles(html) == expected
    assert f'value="{typed}"' in html


def test_series_filter_without_match_says_so(
    client: Client, monitoring: Monitoring, towns: dict[str, MunicipalityPage]
) -> None:
    html = html_of(client, f"{monitoring.indicator.url}?belediye=Taslak")
    assert series_titles(html) == []
    assert "Adında “Taslak” geçen ve bu gösterge için onaylanmış değeri olan belediye yok." in html


def test_comparison_pages_keep_period_and_name(
    client: Client,
    monitoring: Monitoring,
    towns: dict[str, MunicipalityPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(comparison, "COMPARISON_PER_PAGE", 2)
    period = monitoring.periods[0]
    base = f"{monitoring.indicator.url}karsilastirma/?donem={period.pk}"
    html = html_of(client, f"{base}&belediye=belediyesi")
    rows = re.findall(r'<th scope="row"><a href="[^"]*">([^<]+)</a>', html)
    assert rows == ["Nilüfer Belediyesi", "İzmir Belediyesi"]  # highest values first
    assert f'href="?belediye=belediyesi&amp;donem={period.pk}&amp;sayfa=2" rel="next"' in html
    html = html_of(client, f"{base}&belediye=belediyesi&sayfa=3")
    rows = re.findall(r'<th scope="row"><a href="[^"]*">([^<]+)</a>', html)
    # Ankara (11), then the municipality whose only assessment is a draft: no value shown.
    assert rows == ["Ankara Büyükşehir Belediyesi", "Taslak Belediyesi"]
    assert "<td>11</td>" in html
    assert "Veri yok: bu dönem için onaylanmış değer yok." in html
    assert "<td>99</td>" not in html and ">99<" not in html


def test_unpublished_municipality_is_not_listed(
    client: Client, monitoring: Monitoring, towns: dict[str, MunicipalityPage]
) -> None:
    towns["İzmir Belediyesi"].unpublish()
    html = html_of(client, monitoring.indicator.url)
    assert "İzmir" not in html
    assert "Onaylanmış değeri olan 4 belediye." in html


def test_indicator_page_has_chart_and_table_for_each_municipality(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.indicator.url)
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    table = html[html.index("<caption>Kadıköy Belediyesi: değerler") :]
    table = table[: table.index("</table>")]
    assert re.search(r"<td>31,5</td><td>28,5</td><td>30</td>", table)
    assert "CSV" in html


def test_comparison_view_lists_each_municipality_for_the_period(
    client: Client, monitoring: Monitoring
) -> None:
    nilufer_plan = monitoring.plan.copy(
        to=monitoring.tree.nilufer, update_attrs={"slug": "yeep-nilufer"}, keep_live=True
    )
    make_assessment(
        nilufer_plan,
        monitoring.periods[0],
        rows=[],
        values=[(monitoring.indicator, date(2025, 6, 30), "total", "12.25")],
    )
    url = f"{monitoring.indicator.url}karsilastirma/?donem={monitoring.periods[0].pk}"
    html = html_of(client, url)
    assert html.index("Kadıköy Belediyesi</a>") < html.index("Nilüfer Belediyesi</a>")
    assert "12,25" in html
    assert "<td>30</td>" in html


def test_comparison_view_rejects_an_unknown_period_clearly(
    client: Client, monitoring: Monitoring
) -> None:
    response = client.get(f"{monitoring.indicator.url}karsilastirma/?donem=99999")
    assert response.status_code == 200
    assert "Böyle bir izleme dönemi yok." in response.content.decode()
    response = client.get(f"{monitoring.indicator.url}karsilastirma/?donem=abc")
    assert "Böyle bir izleme dönemi yok." in response.content.decode()


def test_indicator_index_lists_indicators(client: Client, monitoring: Monitoring) -> None:
    html = html_of(client, monitoring.indicator.get_parent().url)
    assert monitoring.indicator.title in html
    assert "Sonuç" in html  # OHCHR type label


def test_comparison_answers_a_period_that_is_no_number(
    client: Client, monitoring: Monitoring
) -> None:
    for value in ("²", "-1", " 1x"):
        html = html_of(client, f"{monitoring.indicator.url}karsilastirma/?donem={value}")
        assert "Böyle bir izleme dönemi yok." in html
        assert "<td>30</td>" in html  # the latest period with values is shown instead


def test_english_pages_offer_what_is_not_translated_in_turkish(
    client: Client, monitoring: Monitoring
) -> None:
    english = monitoring.tree.english
    index = publish_translation(
        monitoring.indicator.get_parent(), english, {"title": "Indicators", "slug": "indicators"}
    )
    html = html_of(client, index.url)
    indicator = monitoring.indicator
    assert f'<a href="{indicator.url}" lang="tr">{indicator.title}</a>' in html

    english_indicator = publish_translation(
        indicator, english, {"title": "Children in crèches", "slug": "creche"}
    )
    html = html_of(client, f"{english_indicator.url}comparison/")
    period = monitoring.periods[0]
    assert f'<option value="{period.pk}" lang="tr" selected>{period.name}</option>' in html
    assert "Kadıköy Municipality</a>" in html
    assert "<td>30</td>" in html

    monitoring.tree.english_of(monitoring.tree.kadikoy).unpublish()
    html = html_of(client, english_indicator.url)
    kadikoy = '<span lang="tr">Kadıköy Belediyesi</span>'
    assert f"<figcaption>{kadikoy}: time series." in html
    assert f"<caption>{kadikoy}: values" in html
