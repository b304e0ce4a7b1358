"""The site search forgives: ASCII spellings, stems on PostgreSQL, results that say what they are,
filters by kind and municipality, a highlighted excerpt; and the API searches the same way."""

from __future__ import annotations

import re

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from portal.translation import publish_translation
from tests.plans.factories import (
    ActionPageFactory,
    AssessmentPageFactory,
    MonitoringPeriodFactory,
    PlanPageFactory,
)
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's full-text search"
)


def search_url(language: str, **params: str) -> str:
    """The search page's URL in `language` with the given query parameters."""
    with translation.override(language):
        url = reverse("search")
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"{url}?{query}" if query else url


def results(client: Client, language: str, **params: str) -> list[str]:
    """The <li> HTML of each result of a search."""
    response = client.get(search_url(language, **params), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    listing = re.search(r'<ol class="search-results"[^>]*>(.*?)</ol>', html, re.S)
    return (
        re.findall(r"<li class=\"search-result\">(.*?)</li>", listing.group(1), re.S)
        if listing
        else []
    )


def titles(client: Client, language: str, **params: str) -> list[str]:
    """The titles of a search's results."""
    return [
        re.search(r"<a href=\"[^\"]+\">([^<]+)</a>", item).group(1)
        for item in results(client, language, **params)
    ]


#: The paragraph's block id in both languages, so that the translation's segment lines up.
BLOCK_ID = "4b8f5a52-7c37-4b0e-9a53-0c8f0d4f7c11"


def page_with_text(site_tree: SiteTree, slug: str, text: str, english: str | None = None):  # type: ignore[no-untyped-def]
    page = StandardPageFactory(
        parent=site_tree.home,
        title=f"Sayfa {slug}",
        slug=slug,
        body=[{"type": "paragraph", "value": f"<p>{text}</p>", "id": BLOCK_ID}],
    )
    if english is not None:
        publish_translation(
            page,
            site_tree.english,
            {
                "title": f"Page {slug}",
                "slug": slug,
                "body": [{"type": "paragraph", "value": f"<p>{english}</p>", "id": BLOCK_ID}],
            },
        )
    return page


@pytest.mark.parametrize("query", ["Kadikoy", "KADIKOY", "kadikoy", "Kadıköy", "KADIKÖY"])
@pytest.mark.parametrize(
    ("language", "title"), [("tr", "Kadıköy Belediyesi"), ("en", "Kadıköy Municipality")]
)
def test_ascii_spellings_find_the_municipality_in_both_languages(
    client: Client, site_tree: SiteTree, query: str, language: str, title: str
) -> None:
    assert title in titles(client, language, q=query, tur="belediye")


def test_ascii_spellings_find_turkish_words_in_the_text(
    client: Client, site_tree: SiteTree
) -> None:
    page_with_text(
        site_tree,
        "izmir",
        "İzmir ve Çankaya belediyelerinin eşitlik birimleri.",
        english="The equality units of İzmir and Çankaya.",
    )
    for query in ("IZMIR", "izmir", "cankaya", "CANKAYA", "esitlik", "ESITLIK"):
        assert "Sayfa izmir" in titles(client, "tr", q=query), query
    for query in ("IZMIR", "cankaya", "equality"):
        assert "Page izmir" in titles(client, "en", q=query), query
    # The English search never answers with the Turkish page, nor the Turkish with the English.
    assert "Sayfa izmir" not in titles(client, "en", q="izmir")
    assert "Page izmir" not in titles(client, "tr", q="izmir")


def test_english_search_url_answers_in_english(client: Client, site_tree: SiteTree) -> None:
    page_with_text(site_tree, "equality", "Eşitlik.", english="Gender equality in services.")
    response = client.get(search_url("en", q="equality"), follow=True)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Page equality" in html
    assert "Arama" not in re.search(r"<h1>(.*?)</h1>", html).group(1)


def test_results_name_their_kind_municipality_and_period(
    client: Client, site_tree: SiteTree
) -> None:
    period = MonitoringPeriodFactory(name="1. İzleme Dönemi")
    for municipality in (site_tree.kadikoy, site_tree.nilufer):
        plan = PlanPageFactory(parent=municipality)
        ActionPageFactory(parent=plan, title="Kadın danışma merkezi açılması")
        AssessmentPageFactory(
            parent=plan, period=period, title=f"Değerlendirme {municipality.slug}"
        )

    actions = results(client, "tr", q="danisma merkezi")
    assert len(actions) == 2
    assert any("Kadıköy Belediyesi" in item for item in actions)
    assert any("Nilüfer Belediyesi" in item for item in actions)
    assert all('class="search-result__kind">Eylem<' in item for item in actions)

    assessments = results(client, "tr", q="degerlendirme kadikoy")
    assert len(assessments) == 1
    assert "1. İzleme Dönemi" in assessments[0]
    assert "Kadıköy Belediyesi" in assessments[0]


def test_municipality_filter_keeps_that_municipality(client: Client, site_tree: SiteTree) -> None:
    for municipality in (site_tree.kadikoy, site_tree.nilufer):
        plan = PlanPageFactory(parent=municipality)
        ActionPageFactory(parent=plan, title="Kadın danışma merkezi")
    found = results(client, "tr", q="danisma", belediye="nilufer")
    assert len(found) == 1 and "Nilüfer Belediyesi" in found[0]

    html = client.get(search_url("tr", q="danisma", belediye="yok")).content.decode()
    assert "Bilinmeyen belediye" in html
    assert len(results(client, "tr", q="danisma", belediye="yok")) == 2


def test_municipality_filter_lists_only_public_municipalities(
    client: Client, site_tree: SiteTree
) -> None:
    site_tree.nilufer.unpublish()
    html = client.get(search_url("tr")).content.decode()
    options = re.search(r'<select id="search-municipality".*?</select>', html, re.S).group(0)
    assert "Kadıköy Belediyesi" in options
    assert "Nilüfer" not in options


def test_snippet_marks_the_words_found(client: Client, site_tree: SiteTree) -> None:
    page_with_text(site_tree, "isik", "Kadıköy sokak aydınlatması ve güvenli ulaşım.")
    page = StandardPageFactory(parent=site_tree.home, title="Aydınlatma", slug="aydinlatma")
    page.intro = "Sokak aydınlatması kadınların güvenliği için önemlidir."
    page.save_revision().publish()
    found = results(client, "tr", q="aydinlatmasi")
    assert any("<mark>aydınlatması</mark>" in item for item in found)


@on_postgresql
def test_turkish_stems_find_other_forms_of_a_word(client: Client, site_tree: SiteTree) -> None:
    page_with_text(site_tree, "tekil", "Bu metin yalnızca belediye sözcüğünü içerir.")
    assert "Sayfa tekil" in titles(client, "tr", q="belediyeler")
    assert "Sayfa tekil" in titles(client, "tr", q="BELEDIYELER")


@on_postgresql
def test_english_stems_find_other_forms_of_a_word(client: Client, site_tree: SiteTree) -> None:
    page_with_text(site_tree, "reports", "Rapor.", english="The board wrote one report.")
    assert "Page reports" in titles(client, "en", q="reports")
    assert "Page reports" in titles(client, "en", q="reporting")


def test_api_search_forgives_as_the_site_search_does(client: Client, site_tree: SiteTree) -> None:
    def api_titles(query: str, extra: str = "") -> list[str]:
        response = client.get(f"/api/v2/pages/?search={query}{extra}")
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    assert "Kadıköy Belediyesi" in api_titles("Kadikoy")
    assert "Kadıköy Belediyesi" in api_titles("KADIKOY", "&type=plans.MunicipalityPage")
    assert "Kadıköy Municipality" in api_titles("kadikoy", "&locale=en")
    assert api_titles("kadikoy nilufer") == []
    assert {"Kadıköy Belediyesi", "Nilüfer Belediyesi"} <= set(
        api_titles("kadikoy nilufer", "&search_operator=or")
    )


def test_search_page_queries_are_bounded(
    client: Client, site_tree: SiteTree, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    period = MonitoringPeriodFactory()
    for municipality in (site_tree.kadikoy, site_tree.nilufer):
        plan = PlanPageFactory(parent=municipality)
        for number in range(4):
            ActionPageFactory(parent=plan, title=f"Danışma merkezi eylemi {number}")
        AssessmentPageFactory(parent=plan, period=period, title="Danışma değerlendirmesi")
    client.get(search_url("tr", q="danisma"))  # warm the caches a first visitor fills
    with django_assert_max_num_queries(25):
        found = results(client, "tr", q="danisma")
    assert len(found) == 10


def test_a_page_of_results_and_their_number_come_in_one_search_query(
    client: Client, site_tree: SiteTree
) -> None:
    for number in range(12):
        page_with_text(site_tree, f"sayac-{number}", f"Sayaç metni {number}.")
    client.get(search_url("tr", q="sayacx"))  # warm the caches a first visitor fills
    with CaptureQueriesContext(connection) as captured:  # a search not kept yet
        html = client.get(search_url("tr", q="sayac")).content.decode()
    searches = [q for q in captured.captured_queries if "wagtailsearch" in q["sql"].lower()]
    assert len(searches) == 1, [q["sql"] for q in searches]
    assert "“sayac” için 12 sonuç." in html
    assert len(results(client, "tr", q="sayac")) == 10
    assert len(results(client, "tr", q="sayac", sayfa="2")) == 2
    # As Django's Paginator: past the end, the last page; a page that is no number, the first.
    assert len(results(client, "tr", q="sayac", sayfa="9")) == 2
    assert len(results(client, "tr", q="sayac", sayfa=str(10**30))) == 2
    assert len(results(client, "tr", q="sayac", sayfa="0")) == 2
    assert len(results(client, "tr", q="sayac", sayfa="iki")) == 10
    nothing = client.get(search_url("tr", q="yoksözcük")).content.decode()
    assert "“yoksözcük” için 0 sonuç." in nothing


def test_the_municipality_filter_follows_publishing_after_commit(
    client: Client,
    site_tree: SiteTree,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    def options() -> str:
        html = client.get(search_url("tr", q="belediye", belediye="nilufer")).content.decode()
        return re.search(r'<select id="search-municipality".*?</select>', html, re.S).group(0)

    assert '<option value="nilufer" selected>Nilüfer Belediyesi</option>' in options()
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.nilufer.unpublish()
    assert "Nilüfer" not in options()
    html = client.get(search_url("tr", q="belediye", belediye="nilufer")).content.decode()
    assert "Bilinmeyen belediye" in html


@on_postgresql
def test_the_ranked_query_filters_on_the_vectors_without_selecting_them(
    client: Client, site_tree: SiteTree
) -> None:
    """portal.search_backend: modelsearch's matched vector (`title || body`) stays the filter
    but is not selected, which would concatenate the vectors once more per match."""
    for number in range(3):
        page_with_text(site_tree, f"vektor-{number}", f"Vektör metni {number}.")
    with CaptureQueriesContext(connection) as captured:
        html = client.get(search_url("tr", q="vektör")).content.decode()
    ranked = [q["sql"] for q in captured.captured_queries if "ts_rank" in q["sql"]]
    assert len(ranked) == 1
    assert '"body") @@' in ranked[0]
    assert 'AS "_vector_"' not in ranked[0]
    assert "“vektör” için 3 sonuç." in html


def search_queries(client: Client, language: str, **params: str) -> tuple[list[str], list[str]]:
    """The titles a search shows and the SQL it ran on the search index."""
    with CaptureQueriesContext(connection) as captured:
        found = titles(client, language, **params)
    return found, [q["sql"] for q in captured.captured_queries if "wagtailsearch" in q["sql"]]


def test_a_repeated_search_reads_its_results_from_the_cache(
    client: Client, site_tree: SiteTree
) -> None:
    """portal.search.cached_results_page: the same words, filters and page again rank nothing;
    the same results, their number and the pagination come back."""
    for number in range(12):
        page_with_text(site_tree, f"tekrar-{number}", f"Tekrar metni {number}.")
    first, first_searches = search_queries(client, "tr", q="tekrar", sayfa="2")
    again, again_searches = search_queries(client, "tr", q="tekrar", sayfa="2")
    assert len(first) == 2 and len(first_searches) == 1
    assert again == first and again_searches == []
    html = client.get(search_url("tr", q="tekrar", sayfa="2")).content.decode()
    assert "“tekrar” için 12 sonuç." in html
    assert 'rel="prev"' in html
    assert '<ol class="search-results" start="11">' in html  # numbered on from page 1
    # Another page, another language, another filter: each is searched on its own.
    assert len(search_queries(client, "tr", q="tekrar")[1]) == 1
    assert len(search_queries(client, "tr", q="tekrar", tur="haber")[1]) == 1
    assert len(search_queries(client, "en", q="tekrar")[1]) == 1


def test_a_kept_search_follows_unpublishing_after_commit(
    client: Client,
    site_tree: SiteTree,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    """Leak test: unpublishing starts a new content generation, so the kept results go."""
    page = page_with_text(site_tree, "geri-cekilen", "Geri çekilecek metin.")
    page_with_text(site_tree, "kalan", "Kalacak metin.")
    assert set(titles(client, "tr", q="metin")) == {"Sayfa geri-cekilen", "Sayfa kalan"}
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert titles(client, "tr", q="metin") == ["Sayfa kalan"]
    html = client.get(search_url("tr", q="metin")).content.decode()
    assert "“metin” için 1 sonuç." in html


def test_kept_results_pass_the_public_rule_again(client: Client, site_tree: SiteTree) -> None:
    """Leak test: a kept page that is no longer public (here changed behind the content
    generation's back, as no publish, unpublish or privacy change in the site would) is read
    back through the public pages, so it is not shown."""
    page = page_with_text(site_tree, "gizlenen", "Gizlenecek yazı.")
    page_with_text(site_tree, "acik", "Açık yazı.")
    assert len(titles(client, "tr", q="yazı")) == 2
    Page.objects.filter(pk=page.pk).update(live=False)  # no signal, no new generation
    assert titles(client, "tr", q="yazı") == ["Sayfa acik"]


def test_a_newer_draft_is_not_searched(client: Client, site_tree: SiteTree) -> None:
    """Leak test: a live page's newer draft (title and text) is not what the search finds."""
    page = page_with_text(site_tree, "taslakli", "Yayımlanmış metin.")
    assert titles(client, "tr", q="yayımlanmış") == ["Sayfa taslakli"]  # kept from now on
    page.title = "Gizlitaslakbaşlık"
    page.body = [{"type": "paragraph", "value": "<p>Gizlitaslakkelime burada.</p>"}]
    page.save_revision()
    assert titles(client, "tr", q="Gizlitaslakkelime") == []
    assert titles(client, "tr", q="Gizlitaslakbaşlık") == []
    assert titles(client, "tr", q="yayımlanmış") == ["Sayfa taslakli"]
