"""Public indicator pages show the approved data: the index, an indicator's chart and table per
municipality, and the comparison of municipalities for one period."""

from __future__ import annotations

import re
from datetime import date

import pytest

from django.test import Client

from portal.translation import publish_translation
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def html_of(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


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
    html = html_of(client, f"{english_indicator.url}karsilastirma/")
    period = monitoring.periods[0]
    assert f'<option value="{period.pk}" lang="tr" selected>{period.name}</option>' in html
    assert "Kadıköy Municipality</a>" in html
    assert "<td>30</td>" in html
