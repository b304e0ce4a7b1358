"""The comparison of an indicator across municipalities: ranked by value (ties in Turkish order),
"no data" rows that say why, baselines and targets, the gap between women and men, filters by
peer group and population band, per-capita values of counts and the choice to rank and draw a
count per 100,000 inhabitants, the chart of the table's page that says which rows it shows, and
the chart's downloads (SVG, PNG, CSV) with their source and licence."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from PIL import Image

from django.test import Client

from indicators import comparison as comparison_module
from indicators.comparison import PopulationBand, indicator_comparison, rank
from indicators.models import IndicatorPage, IndicatorTarget, Measure
from plans.models import MunicipalityKind, MunicipalityPage
from portal.translation import publish_translation
from tests.plans.factories import IndicatorPageFactory, MunicipalityPageFactory, PlanPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def add_town(
    monitoring: Monitoring,
    title: str,
    values: dict[str, str],
    *,
    indicator=None,  # type: ignore[no-untyped-def]
    publish: bool = True,
    **fields: object,
) -> MunicipalityPage:
    """A municipality with an assessment of the first period holding `values` by
    disaggregation."""
    town = MunicipalityPageFactory(parent=monitoring.tree.index, title=title, **fields)
    make_assessment(
        PlanPageFactory(parent=town, title=f"{title} YEEP"),
        monitoring.periods[0],
        rows=[],
        values=[
            (indicator or monitoring.indicator, date(2025, 6, 30), kind, value)
            for kind, value in values.items()
        ],
        publish=publish,
    )
    return town


def row_names(html: str) -> list[str]:
    """The municipalities of the comparison's table, in order."""
    table = html[html.index('<table class="data-table">') :]
    return re.findall(r'<th scope="row"><a href="[^"]*"(?: lang="tr")?>([^<]+)</a>', table)


def comparison_url(monitoring: Monitoring, query: str = "") -> str:
    return f"{monitoring.indicator.url}karsilastirma/?donem={monitoring.periods[0].pk}{query}"


def test_rows_are_ranked_by_value_ties_in_turkish_order_then_no_data(
    client: Client, monitoring: Monitoring
) -> None:
    add_town(monitoring, "Zonguldak Belediyesi", {"total": "50"})
    add_town(monitoring, "Çorum Belediyesi", {"total": "50"})  # code points put Ç after Z
    add_town(monitoring, "Ağrı Belediyesi", {"total": "12"})
    add_town(monitoring, "Taslak Belediyesi", {"total": "97531"}, publish=False)
    html = html_of(client, comparison_url(monitoring))
    names = row_names(html)
    assert names[:4] == [
        "Çorum Belediyesi",
        "Zonguldak Belediyesi",
        "Kadıköy Belediyesi",  # 30, from the scenario
        "Ağrı Belediyesi",
    ]
    # Municipalities without an approved value come last, alphabetically, and say why.
    assert names[4:] == ["Nilüfer Belediyesi", "Taslak Belediyesi"]
    assert html.count("Veri yok: bu dönem için onaylanmış değer yok.") == 2
    ranks = re.findall(r"<tr(?: class=\"[^\"]*\")?>\s*<td>([^<]+)</td>", html)
    assert ranks == ["1", "1", "3", "4", "—", "—"]
    # The draft's value, in any of its spellings (no id or token of the page is that long a
    # run of these digits; "99" was, now and then, part of one).
    assert not re.search(r"97[.,\s\u202f]?531", html)


def test_rank_shares_places_between_equal_values(monitoring: Monitoring) -> None:
    add_town(monitoring, "Zonguldak Belediyesi", {"total": "30"})
    comparison = indicator_comparison(monitoring.indicator)
    ranked = [(row.municipality.title, row.rank) for row in rank(comparison.rows)]
    assert ranked[:2] == [("Kadıköy Belediyesi", 1), ("Zonguldak Belediyesi", 1)]
    assert ranked[2] == ("Nilüfer Belediyesi", None)


def test_baseline_target_and_gap_are_in_table_and_chart(
    client: Client, monitoring: Monitoring
) -> None:
    IndicatorTarget.objects.create(
        page=monitoring.indicator,
        municipality=monitoring.tree.kadikoy,
        disaggregation="total",
        baseline_value="20",
        baseline_year=2024,
        target_value="40",
        target_year=2028,
    )
    html = html_of(client, comparison_url(monitoring))
    row = html[html.index("Kadıköy Belediyesi</a></th>") :]
    row = row[: row.index("</tr>")]
    cells = re.findall(r"<td>([^<]*)", row)
    # date, women, men, total, gap (31.5 − 28.5), ratio (31.5 / 28.5), baseline, target
    assert cells[1:6] == ["31,5", "28,5", "30", "+3", "1,11"]
    assert "20 <span" in row and "(2024)" in row and "40 <span" in row and "(2028)" in row
    chart = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" role="img"') :]
    chart = chart[: chart.index("</svg>")]
    assert 'class="bar-chart"' in chart and "aria-labelledby=" in chart
    assert chart.count('class="bar bar-solid"') == 2  # women: one bar + the legend's swatch
    assert 'class="bar bar-hatch"' in chart  # men, hatched: not told by colour alone
    assert 'class="marker-baseline"' in chart and 'class="marker-target"' in chart
    assert "K − E: +3 · K/E: 1,11" in chart
    assert "<desc" in chart and "En yüksek: Kadıköy Belediyesi (30)" in chart


def test_filters_by_kind_and_population_band(client: Client, monitoring: Monitoring) -> None:
    add_town(
        monitoring,
        "Eskişehir Büyükşehir Belediyesi",
        {"total": "40"},
        kind=MunicipalityKind.METROPOLITAN,
        population=921_630,
    )
    add_town(monitoring, "Küçük Belediyesi", {"total": "10"}, population=50_000)
    html = html_of(client, comparison_url(monitoring, "&tur=metropolitan"))
    assert row_names(html) == ["Eskişehir Büyükşehir Belediyesi"]
    assert '<option value="metropolitan" selected>' in html
    html = html_of(client, comparison_url(monitoring, f"&nufus={PopulationBand.SMALL.value}"))
    assert row_names(html) == ["Küçük Belediyesi"]
    html = html_of(client, comparison_url(monitoring, "&nufus=bilinmiyor"))
    assert row_names(html) == ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]
    html = html_of(client, comparison_url(monitoring, "&tur=town"))
    assert "Seçime uyan belediye yok." in html
    # An unknown filter value is ignored (every municipality).
    html = html_of(client, comparison_url(monitoring, "&tur=xyz&nufus=abc"))
    assert len(row_names(html)) == 4


def test_population_band_of() -> None:
    assert PopulationBand.of(None) == PopulationBand.UNKNOWN
    assert PopulationBand.of(99_999) == PopulationBand.SMALL
    assert PopulationBand.of(100_000) == PopulationBand.MEDIUM
    assert PopulationBand.of(999_999) == PopulationBand.LARGE
    assert PopulationBand.of(5_864_049) == PopulationBand.VERY_LARGE


def test_counts_get_per_capita_values_or_say_there_is_no_population(
    client: Client, monitoring: Monitoring
) -> None:
    people = IndicatorPageFactory(
        parent=monitoring.indicator.get_parent(),
        unit="kişi",
        measure=Measure.COUNT,
        disaggregated_by_sex=False,
    )
    assert people.is_count and not monitoring.indicator.is_count
    add_town(monitoring, "Büyük Belediyesi", {"total": "50"}, indicator=people, population=200_000)
    add_town(monitoring, "Sayısız Belediyesi", {"total": "70"}, indicator=people)
    html = html_of(client, f"{people.url}karsilastirma/?donem={monitoring.periods[0].pk}")
    assert "100 bin kişide" in html
    row = html[html.index("Büyük Belediyesi</a></th>") :]
    assert "<td>25</td>" in row[: row.index("</tr>")]  # 50 / 200,000 × 100,000
    row = html[html.index("Sayısız Belediyesi</a></th>") :]
    assert "Nüfus bilgisi yok" in row[: row.index("</tr>")]
    # A percentage is not a count: no per-capita column.
    assert "100 bin kişide" not in html_of(client, comparison_url(monitoring))


def test_downloads_carry_the_selection_source_and_licence(
    client: Client, monitoring: Monitoring
) -> None:
    add_town(monitoring, "Ağrı Belediyesi", {"total": "12", "women": "5", "men": "7"})
    html = html_of(client, comparison_url(monitoring, "&tur=district"))
    links = re.findall(r'href="([^"]*karsilastirma/(?:grafik|veri)/[^"]*)" download', html)
    assert len(links) == 3
    period = f"donem={monitoring.periods[0].pk}"
    assert all(period in link and "tur=district" in link for link in links)

    svg = client.get(f"{monitoring.indicator.url}karsilastirma/grafik/svg/")
    assert svg["Content-Type"].startswith("image/svg+xml")
    body = svg.content.decode()
    assert body.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns=')
    assert "CC BY 4.0" in body and "Kaynak: YEEP İzleme Platformu" in body
    assert "Kadıköy Belediyesi" in body and "Ağrı Belediyesi" in body

    png = client.get(f"{monitoring.indicator.url}karsilastirma/grafik/png/")
    assert png["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(png.content))
    assert image.format == "PNG" and image.width == 1040 and image.height > 200

    response = client.get(f"{monitoring.indicator.url}karsilastirma/veri/csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header = rows[0]
    assert header[:4] == ["sıra", "belediye", "tür", "il"]
    assert {"fark_kadın_erkek", "oran_kadın_erkek", "kaynak", "lisans"} <= set(header)
    by_name = {row[1]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_name["Kadıköy Belediyesi"]["sıra"] == "1"
    assert by_name["Kadıköy Belediyesi"]["fark_kadın_erkek"] == "3"
    assert by_name["Ağrı Belediyesi"]["fark_kadın_erkek"] == "-2"
    assert by_name["Nilüfer Belediyesi"]["not"] == "Bu dönem için onaylanmış değer yok."
    assert all(row["lisans"] == "CC BY 4.0" for row in by_name.values())
    assert "İzleme Heyetinin onayladığı" in by_name["Nilüfer Belediyesi"]["kaynak"]


def test_english_downloads_use_english_words_and_labels(
    client: Client, monitoring: Monitoring
) -> None:
    english = publish_translation(
        monitoring.indicator,
        monitoring.tree.english,
        {"title": "Children in crèches", "slug": "creche"},
    )
    response = client.get(f"{english.url}comparison/data/csv/")
    assert response.status_code == 200
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("rank,municipality,kind,province")
    assert "gap_women_men" in header and "licence" in header
    svg = client.get(f"{english.url}comparison/chart/svg/").content.decode()
    assert "Licence: CC BY 4.0" in svg and "W − M: +3" in svg
    # The other language's words answer with a redirect to the page's own.
    response = client.get(f"{english.url}karsilastirma/grafik/png/")
    assert response.status_code == 301
    assert response["Location"].endswith("/comparison/chart/png/")
    html = html_of(client, f"{english.url}comparison/")
    assert "Chart (SVG)" in html and "Gap (W − M)" in html


PER_CAPITA = "&olcu=100-bin-kisi-basina"


@pytest.fixture
def people(monitoring: Monitoring) -> IndicatorPage:
    """A sex-disaggregated count with three municipalities: a big one with more people, a small
    one with fewer (but more per capita) and one without a population figure."""
    indicator = IndicatorPageFactory(
        parent=monitoring.indicator.get_parent(),
        title="Danışma merkezine başvuran kişi sayısı",
        unit="kişi",
        measure=Measure.COUNT,
    )
    add_town(
        monitoring,
        "Büyük Belediyesi",
        {"women": "300", "men": "200", "total": "500"},
        indicator=indicator,
        population=1_000_000,
    )
    add_town(
        monitoring,
        "Küçük Belediyesi",
        {"women": "30", "men": "10", "total": "40"},
        indicator=indicator,
        population=20_000,
    )
    add_town(monitoring, "Nüfussuz Belediyesi", {"total": "900"}, indicator=indicator)
    IndicatorTarget.objects.create(
        page=indicator,
        municipality=MunicipalityPage.objects.get(title="Küçük Belediyesi"),
        baseline_value="20",
        target_value="60",
    )
    return indicator


def people_url(indicator: IndicatorPage, monitoring: Monitoring, query: str = "") -> str:
    return f"{indicator.url}karsilastirma/?donem={monitoring.periods[0].pk}{query}"


def svg_of(html: str) -> str:
    chart = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" role="img"') :]
    return chart[: chart.index("</svg>")]


def test_a_count_ranks_as_reported_by_default(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    html = html_of(client, people_url(people, monitoring))
    assert row_names(html)[:3] == ["Nüfussuz Belediyesi", "Büyük Belediyesi", "Küçük Belediyesi"]
    assert '<select id="comparison-measure" name="olcu">' in html
    assert '<option value="sayi" selected>Sayı</option>' in html
    chart = svg_of(html)
    assert "— Sayı</title>" in chart  # the title names the measure …
    assert ">Sayı (kişi)</text>" in chart  # … and so does the axis
    assert "En yüksek: Nüfussuz Belediyesi (900)" in chart


def test_per_capita_a_small_municipality_ranks_above_a_big_one(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    html = html_of(client, people_url(people, monitoring, PER_CAPITA))
    # Küçük: 40 / 20,000 × 100,000 = 200; Büyük: 500 / 1,000,000 × 100,000 = 50.
    names = row_names(html)
    assert names[:2] == ["Küçük Belediyesi", "Büyük Belediyesi"]
    # Without a population figure: among the rows without data, first (it has values), saying why.
    assert names[2] == "Nüfussuz Belediyesi"
    ranks = re.findall(r"<tr(?: class=\"[^\"]*\")?>\s*<td>([^<]+)</td>", html)
    assert ranks[:3] == ["1", "2", "—"]
    row = html[html.rindex("<tr", 0, html.index("Nüfussuz Belediyesi</a></th>")) :]
    row = row[: row.index("</tr>")]
    assert 'class="comparison__no-data"' in row and "Nüfus bilgisi yok" in row
    assert "<td>900</td>" in row  # its approved count is still shown
    assert '<option value="100-bin-kisi-basina" selected>100.000 kişi başına</option>' in html
    assert "1 belediyenin nüfus bilgisi yok; 100.000 kişi başına sıralamada yer almıyor." in html
    assert "sıra 100.000 kişi başına değere göredir" in html

    chart = svg_of(html)
    assert "— 100.000 kişi başına</title>" in chart
    assert ">100.000 kişi başına (kişi)</text>" in chart
    assert "En yüksek: Küçük Belediyesi (200); en düşük: Büyük Belediyesi (50)." in chart
    assert "1 belediyenin nüfus bilgisi yok" in chart
    assert "Nüfussuz" not in chart.split("</desc>")[1]  # no bar for it
    # Bars, baseline, target and the gap are all per capita: women 150, men 50, gap +100;
    # baseline 20 → 100, target 60 → 300 (over the same population).
    assert "Küçük Belediyesi, Kadın: 150 " in chart and "Küçük Belediyesi, Erkek: 50 " in chart
    assert "Başlangıç: 100</title>" in chart and "Hedef: 300</title>" in chart
    assert "K − E: +100 · K/E: 3" in chart
    assert "100.000 kişi başına: değer ÷ belediye nüfusu × 100.000" in chart


def test_the_measure_is_kept_by_downloads_and_pages(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    html = html_of(client, people_url(people, monitoring, PER_CAPITA + "&tur=district"))
    links = re.findall(r'href="([^"]*karsilastirma/(?:grafik|veri)/[^"]*)" download', html)
    assert len(links) == 3
    assert all("olcu=100-bin-kisi-basina" in link and "tur=district" in link for link in links)


def test_downloads_follow_the_measure(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    query = f"?donem={monitoring.periods[0].pk}"
    svg = client.get(f"{people.url}karsilastirma/grafik/svg/{query}{PER_CAPITA}")
    body = svg.content.decode()
    assert "1. Küçük Belediyesi" in body and "2. Büyük Belediyesi" in body
    assert ">100.000 kişi başına (kişi)</text>" in body
    assert "-100-bin-kisi-basina-tr.svg" in svg["Content-Disposition"]
    counted = client.get(f"{people.url}karsilastirma/grafik/svg/{query}").content.decode()
    assert "2. Büyük Belediyesi" in counted and "3. Küçük Belediyesi" in counted

    png = client.get(f"{people.url}karsilastirma/grafik/png/{query}{PER_CAPITA}").content
    assert png != client.get(f"{people.url}karsilastirma/grafik/png/{query}").content
    assert Image.open(io.BytesIO(png)).format == "PNG"

    def csv_rows(extra: str) -> tuple[list[str], dict[str, dict[str, str]]]:
        response = client.get(f"{people.url}karsilastirma/veri/csv/{query}{extra}")
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        return [row[1] for row in rows[1:]], {
            row[1]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]
        }

    order, by_name = csv_rows(PER_CAPITA)
    assert order[:3] == ["Küçük Belediyesi", "Büyük Belediyesi", "Nüfussuz Belediyesi"]
    small = by_name["Küçük Belediyesi"]
    # Both the reported and the per-capita value, and the measure ranked by.
    assert (small["sıra"], small["Toplam"], small["100_bin_kişide"]) == ("1", "40", "200")
    assert small["sıralama_ölçüsü"] == "100.000 kişi başına"
    unknown = by_name["Nüfussuz Belediyesi"]
    assert (unknown["sıra"], unknown["Toplam"], unknown["not"]) == ("", "900", "Nüfus bilgisi yok")
    order, by_name = csv_rows("")
    assert order[:3] == ["Nüfussuz Belediyesi", "Büyük Belediyesi", "Küçük Belediyesi"]
    assert by_name["Küçük Belediyesi"]["100_bin_kişide"] == "200"
    assert by_name["Küçük Belediyesi"]["sıralama_ölçüsü"] == "Sayı"


def test_only_counts_have_a_measure(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    # An unknown measure is the count as reported.
    html = html_of(client, people_url(people, monitoring, "&olcu=xyz"))
    assert row_names(html)[0] == "Nüfussuz Belediyesi"
    # A percentage has no switch, and the parameter changes nothing.
    html = html_of(client, comparison_url(monitoring, PER_CAPITA))
    assert 'name="olcu"' not in html and "100 bin kişide" not in html
    assert row_names(html)[0] == "Kadıköy Belediyesi"
    assert ">%</text>" in svg_of(html)  # the axis names the unit alone


def test_english_measure_labels(
    client: Client, monitoring: Monitoring, people: IndicatorPage
) -> None:
    english = publish_translation(people, monitoring.tree.english, {"unit": "people"})
    # The default period: the latest with approved values (the first).
    html = html_of(client, f"{english.url}comparison/?{PER_CAPITA[1:]}")
    assert '<label for="comparison-measure">Measure</label>' in html
    assert '<option value="100-bin-kisi-basina" selected>Per 100,000 inhabitants</option>' in html
    assert ">Per 100,000 inhabitants (people)</text>" in html
    assert "Rows 1–" in html


def test_the_chart_and_its_downloads_show_the_page_of_rows(
    client: Client, monitoring: Monitoring, people: IndicatorPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = html_of(client, people_url(people, monitoring))
    assert "Satırlar 1–5 (toplam 5)." in html  # 3 + the scenario's Kadıköy and Nilüfer
    assert "Satırlar 1–5 (toplam 5)" in svg_of(html)

    monkeypatch.setattr(comparison_module, "COMPARISON_PER_PAGE", 2)
    html = html_of(client, people_url(people, monitoring, "&sayfa=2"))
    assert row_names(html) == ["Küçük Belediyesi", "Kadıköy Belediyesi"]
    assert (
        "Grafik, tablonun bu sayfasındaki belediyeleri gösterir. Satırlar 3–4 (toplam 5)." in html
    )
    links = re.findall(r'href="([^"]*karsilastirma/(?:grafik|veri)/[^"]*)" download', html)
    assert all("sayfa=2" in link for link in links)
    svg = client.get(links[0].replace("&amp;", "&")).content.decode()
    assert "3. Küçük Belediyesi" in svg and "Büyük Belediyesi" not in svg
    assert "Satırlar 3–4 (toplam 5)" in svg
    png = client.get(links[1].replace("&amp;", "&")).content
    first_page = people_url(people, monitoring).replace(
        "karsilastirma/", "karsilastirma/grafik/png/"
    )
    assert png != client.get(first_page).content
    # The CSV holds every row, whatever the page.
    csv_text = client.get(links[2].replace("&amp;", "&")).content.decode("utf-8-sig")
    assert "Büyük Belediyesi" in csv_text and "Nilüfer Belediyesi" in csv_text
