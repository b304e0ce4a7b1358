"""Property tests of every public list URL's query string (hypothesis): random and repeated keys,
huge, negative and non-ASCII page numbers, percent-encoding garbage, null bytes, very long
values, and unknown slugs in path segments.

Properties: never a server error; the API answers a 4xx with a JSON object naming the parameter
(or, for an unknown object, a JSON `detail`); pages answer 200, 301, 302, 400 or 404.

Requests go through Django's test client (no server). The strategies are database-free and runs
are deterministic (`derandomize=True`). tests/api/test_schemathesis.py checks the API against its
OpenAPI schema with schema-valid values; these tests send what the schema does not describe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from django.http import HttpResponse
from django.test import Client

from api.urls import ENDPOINTS
from plans.models import OpenDataPage
from tests.scenarios.api import ApiSite, allow_requests
from tests.security.fuzzing import fuzz_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

FUZZ = fuzz_settings(max_examples=60)

PAGE_STATUSES = {200, 301, 302, 400, 404}
#: Parameters every API list understands, besides its filters.
API_COMMON = ("page", "page_size", "ordering", "locale", "search", "format")


def api_parameters(viewset: Any) -> tuple[str, ...]:
    """The query parameters of an API list: its FilterSet's and the common ones."""
    filterset = getattr(viewset, "filterset_class", None)
    return tuple(filterset.base_filters if filterset else ()) + API_COMMON


API_LISTS = {f"/api/v1/{prefix}/": api_parameters(viewset) for prefix, viewset, _ in ENDPOINTS}


# --- query strings --------------------------------------------------------------------------

NASTY_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "-0",
    "1",
    "2",
    "1.5",
    "1e3",
    "0x10",
    "99999999999",
    "9" * 5000,  # more digits than int() converts by default
    "-" + "9" * 30,
    "٣",  # an Arabic-Indic digit
    "１",  # a full-width digit
    "²",
    "NaN",
    "Infinity",
    "true",
    "null",
    "abc",
    "kadikoy",
    "KADIKÖY",
    "İZMİR",
    "ıi",
    "A1",
    "a1",
    "2025",
    "2025-13-45",
    "2025-02-30",
    "0000-01-01",
    "9999-12-31",
    "-title",
    "title,-title",
    "--",
    "?",
    "%",
    "%s%(value)s",
    "{0}",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "\x00",
    "a\x00b",
    "\u202e",
    "\ufeff",
    "😀",
    "x" * 5000,
]
#: Pieces of a query string left unencoded: broken escapes, separators, encoded nulls.
RAW_PIECES = ["%", "%zz", "%ff%fe", "%C0%AF", "%00", "%E2%80%AE", "+", "%2B", "=", ";", "&", "#"]

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
values = st.one_of(
    st.sampled_from(NASTY_VALUES).map(lambda value: quote(value, safe="")),
    st.integers(-(10**25), 10**25).map(str),
    any_text.map(lambda value: quote(value, safe="")),
    st.lists(st.sampled_from(RAW_PIECES), min_size=1, max_size=4).map("".join),
)


def query_strings(parameters: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Query strings of the known parameters and random ones, keys possibly repeated."""
    keys = st.one_of(
        st.sampled_from(parameters),
        st.sampled_from(parameters),  # known keys twice as often
        any_text.map(lambda key: quote(key, safe="")),
        st.sampled_from(RAW_PIECES),
    )
    pair = st.tuples(keys, values).map(lambda pair: f"{pair[0]}={pair[1]}")
    return st.lists(pair | st.sampled_from(RAW_PIECES), max_size=6).map("&".join)


slugs = st.one_of(
    st.sampled_from(["yok-boyle", "KADIKOY", "kadıköy", "0", "-1", "9" * 40, "a" * 300]),
    any_text.filter(bool).map(lambda value: quote(value, safe="")),
)


# --- the site -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListPage:
    """A public list page and the parameters it reads."""

    url: str
    parameters: tuple[str, ...]


@pytest.fixture
def public_site(api_site: ApiSite, settings: Any) -> dict[str, ListPage]:
    """Every page with query parameters, in both languages where they matter, with data."""
    allow_requests(settings, "1000000/min")
    tree = api_site.monitoring.tree
    open_data = OpenDataPage(title="Açık veri", slug="acik-veri", intro="Onaylı veriler.")
    tree.home.add_child(instance=open_data)
    indicator = api_site.monitoring.indicator
    pages = {
        "search": ListPage("/tr/ara/", ("q", "tur", "sayfa")),
        "search-en": ListPage("/en/search/", ("q", "tur", "sayfa")),
        "news": ListPage(api_site.news.index.url, ("tur", "sayfa")),
        "news-en": ListPage(api_site.news.english_index.url, ("tur", "sayfa")),
        "news-rss": ListPage(api_site.news.index.url + "rss/", ("tur",)),
        "events": ListPage(api_site.event.get_parent().url, ("tur", "sayfa")),
        "events-ical": ListPage(api_site.event.get_parent().url + "ical/", ("tur",)),
        "stories": ListPage(api_site.story.get_parent().url, ("belediye", "alan", "sayfa")),
        "reports": ListPage(api_site.report.get_parent().url, ("tur", "yil", "sayfa")),
        "indicator": ListPage(indicator.url, ("belediye", "sayfa")),
        "comparison": ListPage(
            indicator.url + "karsilastirma/", ("donem", "belediye", "tur", "nufus", "olcu", "sayfa")
        ),
        "indicators": ListPage(indicator.get_parent().url, ("sayfa",)),
        "open data": ListPage(open_data.url, ("belediye",)),
        "municipalities": ListPage(tree.index.url, ("sayfa", "tur")),
        "municipality": ListPage(tree.kadikoy.url, ("sayfa",)),
    }
    for page in pages.values():
        assert get(Client(), page.url).status_code == 200, page.url
    return pages


def get(client: Client, url: str) -> HttpResponse:
    """GET the URL as given (query string not re-encoded)."""
    return client.get(url, HTTP_HOST="localhost")


def assert_page_answer(response: HttpResponse, url: str) -> None:
    """A page: rendered, redirected, not found or refused; never a server error."""
    assert response.status_code in PAGE_STATUSES, (url, response.status_code)


def assert_api_answer(response: HttpResponse, url: str, query: str) -> None:
    """The API: JSON always; a 400 names parameters of the query, a 404 says what is missing."""
    status = response.status_code
    assert status < 500, (url, status, response.content[:300])
    if status == 200:
        assert "results" in response.json() or "id" in response.json(), url
        return
    assert response["Content-Type"] == "application/json", (url, status)
    body = response.json()
    assert isinstance(body, dict) and body, (url, body)
    if status == 400:
        keys = {part.split("=", 1)[0] for part in query.split("&")}
        named = {key for key in body if key not in ("detail", "non_field_errors")}
        assert named, (url, body)
        assert all(quote(key, safe="") in keys or key in keys for key in named), (url, body)
        assert all(isinstance(messages, list) and messages for messages in body.values()), body
    else:
        assert status in (404, 406), (url, status, body)
        assert "detail" in body, (url, body)


# --- properties -----------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_api_lists_never_fail_on_any_query_string(
    data: st.DataObject, public_site: dict[str, ListPage], client: Client
) -> None:
    url = data.draw(st.sampled_from(sorted(API_LISTS)))
    query = data.draw(query_strings(API_LISTS[url]))
    assert_api_answer(get(client, f"{url}?{query}"), url, query)


@FUZZ
@given(data=st.data())
def test_pages_never_fail_on_any_query_string(
    data: st.DataObject, public_site: dict[str, ListPage], client: Client
) -> None:
    page = public_site[data.draw(st.sampled_from(sorted(public_site)))]
    query = data.draw(query_strings(page.parameters))
    url = f"{page.url}?{query}"
    assert_page_answer(get(client, url), url)


@settings(FUZZ, max_examples=25)
@given(slug=slugs, data=st.data())
def test_unknown_slugs_and_ids_are_not_found(
    slug: str, data: st.DataObject, public_site: dict[str, ListPage], client: Client
) -> None:
    api = data.draw(st.sampled_from(sorted(API_LISTS)))
    response = get(client, f"{api}{slug}/")
    assert response.status_code in (301, 404), (api, slug, response.status_code)
    if response.status_code == 404 and "/" not in unquote(slug):  # else no API route matches
        assert response.json() == {"detail": "Bu numarayla yayımlanmış bir kayıt yok."}
    for prefix in ("/tr/belediyeler/", "/en/municipalities/", "/tr/belediyeler/kadikoy/"):
        assert_page_answer(get(client, f"{prefix}{slug}/"), prefix + slug)
    indicator = public_site["indicator"].url
    for route in ("gomme/", "karsilastirma/", ""):
        assert_page_answer(get(client, f"{indicator}{route}{slug}/"), indicator + slug)


HUGE_PAGES = ["9" * 5000, "9" * 30, "-1", "1.0", "٣", "1%00"]


def test_odd_page_numbers_on_every_list(public_site: dict[str, ListPage], client: Client) -> None:
    for number in HUGE_PAGES:
        for url in API_LISTS:
            for parameter in ("page", "page_size"):
                query = f"{parameter}={number}"
                response = get(client, f"{url}?{query}")
                assert response.status_code == 400, (url, query, response.status_code)
                assert list(response.json()) == [parameter]
        for page in public_site.values():
            url = f"{page.url}?sayfa={number}"
            assert_page_answer(get(client, url), url)


NULLS = ["a%00b", "%C0%80"]


def test_null_bytes_and_invalid_utf8_in_every_parameter(
    public_site: dict[str, ListPage], client: Client
) -> None:
    """PostgreSQL refuses NUL in text: no parameter may carry one into a query."""
    for value in NULLS:
        for url, parameters in API_LISTS.items():
            for parameter in parameters:
                query = f"{parameter}={value}"
                assert_api_answer(get(client, f"{url}?{query}"), url, query)
        for page in public_site.values():
            for parameter in page.parameters:
                url = f"{page.url}?{parameter}={value}"
                assert_page_answer(get(client, url), url)
