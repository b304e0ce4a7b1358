"""The indicator values are paged by cursor: no count, no COUNT query, every row once when
following `next` (or `previous` back), bad cursors and page numbers answered with 400, and
`downloads` pointing to the open-data files for the whole set."""

from __future__ import annotations

from base64 import b64encode
from datetime import date, timedelta
from typing import Any

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from plans.models import OpenDataPage
from tests.scenarios.api import ApiSite, get_json
from tests.scenarios.monitoring import make_assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

LIST = "/api/v1/indicator-values/"


def add_values(site: ApiSite, count: int) -> None:
    """`count` more approved values, in a new period's assessment."""
    monitoring = site.monitoring
    start = date(2026, 1, 1)
    make_assessment(
        monitoring.plan,
        monitoring.add_period(len(monitoring.periods) + 1),
        rows=[],
        values=[
            (monitoring.indicator, start + timedelta(days=day), "total", str(day))
            for day in range(count)
        ],
    )


def walk(client: Client, url: str, link: str = "next") -> list[list[int]]:
    """The ids of every page, following `link` from `url` until it is null."""
    pages = []
    while url:
        data = get_json(client, url)
        assert "count" not in data
        pages.append([item["id"] for item in data["results"]])
        url = data[link]
    return pages


def cursor(text: str) -> str:
    """`text` encoded as DRF encodes a cursor."""
    return b64encode(text.encode()).decode()


def test_following_next_gives_every_value_once_in_id_order(
    client: Client, api_site: ApiSite
) -> None:
    add_values(api_site, 8)
    every = [item["id"] for item in get_json(client, f"{LIST}?page_size=100")["results"]]
    assert len(every) == 11 and every == sorted(every)

    pages = walk(client, f"{LIST}?page_size=4")
    assert [len(page) for page in pages] == [4, 4, 3]
    assert [value for page in pages for value in page] == every

    newest_first = walk(client, f"{LIST}?page_size=4&ordering=-id")
    assert [value for page in newest_first for value in page] == every[::-1]

    last = get_json(client, f"{LIST}?page_size=4&cursor={cursor(f'p={every[7]}')}")
    assert [item["id"] for item in last["results"]] == every[8:]
    back = walk(client, last["previous"], link="previous")
    assert [value for page in reversed(back) for value in page] == every[:8]


def test_filters_combine_with_the_cursor(client: Client, api_site: ApiSite) -> None:
    add_values(api_site, 5)
    code = api_site.monitoring.indicator.code
    pages = walk(client, f"{LIST}?page_size=2&indicator={code}&date_from=2026-01-02")
    assert [len(page) for page in pages] == [2, 2]
    assert "indicator=" in get_json(client, f"{LIST}?page_size=2&indicator={code}")["next"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("cursor=abc", "cursor"),
        ("cursor=", "cursor"),
        (f"cursor={cursor('p=abc')}", "cursor"),
        (f"cursor={cursor('p=-5')}", "cursor"),
        (f"cursor={cursor('o=5&p=3')}", "cursor"),
        (f"cursor={cursor('r=2&p=3')}", "cursor"),
        (f"cursor={cursor('p=' + '9' * 40)}", "cursor"),
        (f"cursor={cursor('r=1')}", "cursor"),
        ("page=2", "page"),
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("ordering=date", "ordering"),
        ("ordering=-value", "ordering"),
        ("ordering=indicator,date", "ordering"),
    ],
)
def test_bad_paging_is_a_400_naming_the_parameter(
    client: Client, api_site: ApiSite, query: str, parameter: str
) -> None:
    body = get_json(client, f"{LIST}?{query}", status=400)
    assert list(body) == [parameter]


def test_a_refused_order_says_why(client: Client, api_site: ApiSite) -> None:
    message = get_json(client, f"{LIST}?ordering=date", status=400)["ordering"][0]
    assert "imleç" in message and "id" in message
    english = get_json(client, f"{LIST}?ordering=date&locale=en", status=400)["ordering"][0]
    assert "cursor" in english


def test_no_count_is_made(client: Client, api_site: ApiSite) -> None:
    for url in (LIST, f"{LIST}?locale=en", f"{LIST}?municipality=kadikoy&page_size=1"):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            data = get_json(client, url)
        assert data["results"]
        assert not [query for query in captured if "COUNT(" in query["sql"].upper()], url


def test_the_list_points_to_the_open_data_files(
    client: Client, api_site: ApiSite, open_data: OpenDataPage
) -> None:
    response = client.get(LIST)
    downloads = response.json()["downloads"]
    assert downloads["page"] == "http://localhost/tr/acik-veri/"
    assert {file["format"]: file["url"] for file in downloads["files"]} == {
        fmt: f"http://localhost/tr/acik-veri/gosterge-degerleri/{fmt}/"
        for fmt in ("csv", "xlsx", "json")
    }
    assert {file["media_type"] for file in downloads["files"]} >= {"text/csv", "application/json"}
    assert (
        '<http://localhost/tr/acik-veri/gosterge-degerleri/csv/>; rel="alternate"; '
        'type="text/csv"' in response["Link"]
    )
    english = get_json(client, f"{LIST}?locale=en")["downloads"]
    assert english["page"] == "http://localhost/en/open-data/"


def test_an_unpublished_open_data_page_is_not_pointed_to(
    client: Client, api_site: ApiSite, open_data: OpenDataPage
) -> None:
    for page in OpenDataPage.objects.all():
        page.unpublish()
    response = client.get(LIST)
    assert response.json()["downloads"] is None
    assert "Link" not in response


def test_the_schema_describes_the_cursor_pages(client: Client, api_site: ApiSite) -> None:
    import yaml

    schema = yaml.safe_load(client.get("/api/schema/").content)
    operation = schema["paths"][LIST]["get"]
    parameters = {parameter["name"]: parameter for parameter in operation["parameters"]}
    assert "cursor" in parameters and "page" not in parameters
    assert parameters["ordering"]["schema"]["items"]["enum"] == ["id", "-id"]
    body = operation["responses"]["200"]["content"]["application/json"]["schema"]
    listing: dict[str, Any] = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
    assert list(listing["properties"]) == ["next", "previous", "downloads", "results"]
    assert listing["properties"]["downloads"]["properties"]["files"]["type"] == "array"
