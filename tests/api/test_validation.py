"""Bad parameters are answered with 400 and a JSON object naming the parameter; never a 500,
never a redirect to an HTML page."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.scenarios.api import ENDPOINTS, get_json
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

BAD_REQUESTS = [
    ("/api/v1/municipalities/?page=-1", "page"),
    ("/api/v1/municipalities/?page=0", "page"),
    ("/api/v1/municipalities/?page=abc", "page"),
    ("/api/v1/municipalities/?page=1.5", "page"),
    ("/api/v1/municipalities/?page=99", "page"),
    ("/api/v1/municipalities/?page=%D9%A3", "page"),  # an Arabic-Indic digit
    ("/api/v1/news/?page_size=0", "page_size"),
    ("/api/v1/news/?page_size=101", "page_size"),
    ("/api/v1/news/?page_size=ten", "page_size"),
    ("/api/v1/municipalities/?ordering=secret", "ordering"),
    ("/api/v1/municipalities/?ordering=title,-path", "ordering"),
    ("/api/v1/indicator-values/?ordering=-", "ordering"),
    ("/api/v1/municipalities/?locale=de", "locale"),
    ("/api/v1/indicator-values/?locale=EN", "locale"),
    ("/api/v1/municipalities/?kind=village", "kind"),
    ("/api/v1/plans/?municipality=yok-boyle", "municipality"),
    ("/api/v1/plans/?municipality=999999", "municipality"),
    ("/api/v1/plans/?year=abc", "year"),
    ("/api/v1/actions/?municipality=yok-boyle", "municipality"),
    ("/api/v1/actions/?plan=abc", "plan"),
    ("/api/v1/actions/?plan=999999", "plan"),
    ("/api/v1/actions/?area=ZZ9", "area"),
    ("/api/v1/actions/?status=finished", "status"),
    ("/api/v1/indicators/?ohchr_type=other", "ohchr_type"),
    ("/api/v1/indicator-values/?indicator=NOPE", "indicator"),
    ("/api/v1/indicator-values/?municipality=yok-boyle", "municipality"),
    ("/api/v1/indicator-values/?period=abc", "period"),
    ("/api/v1/indicator-values/?period=999999", "period"),
    ("/api/v1/indicator-values/?disaggregation=children", "disaggregation"),
    ("/api/v1/indicator-values/?date_from=2025-13-45", "date_from"),
    ("/api/v1/indicator-values/?date_to=yesterday", "date_to"),
    ("/api/v1/assessments/?period=0", "period"),
    ("/api/v1/monitoring-periods/?kind=weekly", "kind"),
    ("/api/v1/reports/?kind=annual", "kind"),
    ("/api/v1/reports/?date_from=15.08.2025", "date_from"),
    ("/api/v1/news/?municipality=yok-boyle", "municipality"),
    ("/api/v1/news/?date_to=2025-02-30", "date_to"),
    ("/api/v1/stories/?area=nope", "area"),
    ("/api/v1/indicators/?area=%25s%25(value)s%25", "area"),  # "%s%(value)s%" is no format
    ("/api/v1/plans/?municipality=99999999999999999999999", "municipality"),
]


#: Integers in digits only, dates as YYYY-MM-DD only, typed parameters never empty.
TYPED_VALUES_REFUSED = [
    ("/api/v1/plans/?year=0.5", "year"),
    ("/api/v1/plans/?year=abc", "year"),
    ("/api/v1/plans/?year=", "year"),
    ("/api/v1/plans/?year=%20", "year"),
    ("/api/v1/plans/?year=1.0", "year"),
    ("/api/v1/plans/?year=1e3", "year"),
    ("/api/v1/indicator-values/?date_to=", "date_to"),
    ("/api/v1/indicator-values/?date_from=0.5", "date_from"),
    ("/api/v1/news/?date_from=2025-6-30", "date_from"),
    ("/api/v1/events/?date_to=", "date_to"),
    ("/api/v1/reports/?date_from=abc", "date_from"),
    ("/api/v1/stories/?date_to=", "date_to"),
    ("/api/v1/news/?kind=", "kind"),
    ("/api/v1/actions/?status=", "status"),
    ("/api/v1/municipalities/?ordering=", "ordering"),
]


@pytest.mark.parametrize(("url", "parameter"), BAD_REQUESTS + TYPED_VALUES_REFUSED)
def test_bad_parameter_is_a_400_naming_it(
    client: Client, site_tree: SiteTree, url: str, parameter: str
) -> None:
    errors = get_json(client, url, status=400)
    assert list(errors) == [parameter]
    assert errors[parameter] and all(message.strip() for message in errors[parameter])


def test_messages_follow_the_requested_language(client: Client, site_tree: SiteTree) -> None:
    turkish = get_json(client, "/api/v1/municipalities/?page=abc", status=400)
    english = get_json(client, "/api/v1/municipalities/?page=abc&locale=en", status=400)
    assert turkish["page"] == ["Geçersiz sayfa numarası; 1 veya daha büyük bir tam sayı olmalıdır."]
    assert english["page"] != turkish["page"]


def test_several_bad_filters_are_all_named(client: Client, site_tree: SiteTree) -> None:
    url = "/api/v1/indicator-values/?indicator=NOPE&date_from=x&disaggregation=y"
    errors = get_json(client, url, status=400)
    assert set(errors) == {"indicator", "date_from", "disaggregation"}


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_unknown_id_is_a_json_404_not_a_redirect(
    client: Client, site_tree: SiteTree, endpoint: str
) -> None:
    for pk in ("999999", "abc"):
        body = get_json(client, f"/api/v1/{endpoint}/{pk}/", status=404)
        assert body == {"detail": "Bu numarayla yayımlanmış bir kayıt yok."}


def test_only_reading_is_allowed(client: Client, site_tree: SiteTree) -> None:
    for method in (client.post, client.put, client.patch, client.delete):
        response = method("/api/v1/municipalities/", data={})
        assert response.status_code == 405


ODD_BUT_VALID = [
    "/api/v1/plans/?year=99999999999999999999999",
    "/api/v1/plans/?year=-5",
    "/api/v1/indicator-values/?date_from=9999-12-31",
    "/api/v1/municipalities/?search=%25%27%22%3B--",
    "/api/v1/municipalities/?ordering=-title,id&page=1&page_size=100",
    "/api/v1/municipalities/?unknown_parameter=1",
    "/api/v1/municipalities/?search=",  # free text and references: empty means no filter
    "/api/v1/plans/?municipality=",
]


@pytest.mark.parametrize("url", ODD_BUT_VALID)
def test_odd_but_valid_values_are_answered(client: Client, site_tree: SiteTree, url: str) -> None:
    assert "results" in get_json(client, url)


def test_null_characters_are_refused(client: Client, site_tree: SiteTree) -> None:
    """PostgreSQL cannot store or compare NUL, so it must never reach a query."""
    for url, parameter in (
        ("/api/v1/municipalities/?search=a%00b", "search"),
        ("/api/v1/plans/?municipality=a%00b", "municipality"),
    ):
        assert list(get_json(client, url, status=400)) == [parameter]


def test_empty_and_wrong_values_have_their_own_messages(
    client: Client, site_tree: SiteTree
) -> None:
    empty = get_json(client, "/api/v1/plans/?year=", status=400)
    wrong_date = get_json(client, "/api/v1/news/?date_to=15.08.2025", status=400)
    assert empty == {
        "year": ["Bu parametre boş bırakılamaz; ya bir değer verin ya da hiç göndermeyin."]
    }
    assert wrong_date == {"date_to": ["Geçerli bir tarih girin: YYYY-AA-GG, örneğin 2025-06-30."]}


def test_year_filter_takes_integers_only(client: Client, monitoring: Monitoring) -> None:
    plan = monitoring.plan  # 2024–2028
    assert [item["id"] for item in get_json(client, "/api/v1/plans/?year=2026")["results"]] == [
        plan.pk
    ]
    assert get_json(client, "/api/v1/plans/?year=2030")["results"] == []
    assert get_json(client, "/api/v1/plans/?year=02026")["count"] == 1


UNKNOWN_API_PATHS = [
    "/api/v1/nope/",
    "/api/v1/municipalities/1/plans/",
    "/api/v1/municipalities/extra/path/",
    "/api/v1/v1/",
    "/api/",
    "/api/v3/municipalities/",
]


@pytest.mark.parametrize("url", UNKNOWN_API_PATHS)
def test_unknown_api_paths_are_a_json_404(client: Client, site_tree: SiteTree, url: str) -> None:
    body = get_json(client, url, status=404)
    assert body == {
        "detail": "Bu adreste API'de bir şey yok. Uç noktaların listesi: http://localhost/api/v1/"
    }
    assert client.post(url)["Content-Type"] == "application/json"


def test_unknown_api_path_without_slash_is_redirected_to_the_json_404(
    client: Client, site_tree: SiteTree
) -> None:
    response = client.get("/api/v1/nope", follow=True)
    assert response.redirect_chain == [("/api/v1/nope/", 301)]
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "results" in get_json(client, "/api/v1/municipalities/")
