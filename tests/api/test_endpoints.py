"""What each endpoint returns and how its filters, ordering and pagination behave."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from plans.models import ActionIndicator
from tests.plans.factories import MunicipalityPageFactory
from tests.scenarios.api import ENDPOINTS, ApiSite, get_json
from tests.scenarios.site import SiteTree
from tests.training.factories import TrainingModulePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def count(client: Client, url: str) -> int:
    return get_json(client, url)["count"]


def rows(client: Client, url: str) -> int:
    """The rows on the first page (the indicator values, paged by cursor, have no count)."""
    return len(get_json(client, url)["results"])


def test_root_lists_every_endpoint(client: Client, api_site: ApiSite) -> None:
    root = get_json(client, "/api/v1/")
    assert set(root) == set(ENDPOINTS)
    assert root["indicator-values"] == "http://localhost/api/v1/indicator-values/"


def test_municipality_fields(client: Client, api_site: ApiSite) -> None:
    kadikoy = api_site.kadikoy
    data = get_json(client, f"/api/v1/municipalities/{kadikoy.pk}/")
    assert data["id"] == kadikoy.pk
    assert data["translation_key"] == str(kadikoy.translation_key)
    assert (data["slug"], data["locale"], data["province"]) == ("kadikoy", "tr", "İstanbul")
    assert (data["kind"], data["kind_label"], data["plate_code"]) == (
        "district",
        "İlçe belediyesi",
        "34",
    )
    assert data["url"] == "http://localhost/tr/belediyeler/kadikoy/"
    assert data["is_sample_data"] is False


MUNICIPALITY_QUERIES = [
    ("search=KADIKÖY", ["Kadıköy Belediyesi"]),
    ("search=kadikoy", ["Kadıköy Belediyesi"]),
    ("search=NİLÜFER", ["Nilüfer Belediyesi"]),
    ("search=belediyesi", ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]),
    ("province=İSTANBUL", ["Kadıköy Belediyesi"]),
    ("province=istanbul", ["Kadıköy Belediyesi"]),
    ("province=ist", []),
    ("kind=district", ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]),
    ("kind=metropolitan", []),
    ("plate_code=16", ["Nilüfer Belediyesi"]),
    ("ordering=-title", ["Nilüfer Belediyesi", "Kadıköy Belediyesi"]),
    ("ordering=plate_code", ["Nilüfer Belediyesi", "Kadıköy Belediyesi"]),
]


def test_municipality_filters(client: Client, site_tree: SiteTree) -> None:
    for query, expected in MUNICIPALITY_QUERIES:
        data = get_json(client, f"/api/v1/municipalities/?{query}")
        assert [item["title"] for item in data["results"]] == expected, query


def test_pagination_links(client: Client, api_site: ApiSite) -> None:
    for number in range(3):
        MunicipalityPageFactory(
            parent=api_site.kadikoy.get_parent(), title=f"Ek Belediyesi {number}"
        )
    first = get_json(client, "/api/v1/municipalities/?page_size=2&ordering=id")
    assert first["count"] == 5
    assert first["previous"] is None
    assert first["next"] == "http://localhost/api/v1/municipalities/?ordering=id&page=2&page_size=2"
    second = get_json(client, first["next"])
    assert second["previous"] == "http://localhost/api/v1/municipalities/?ordering=id&page_size=2"
    last = get_json(client, second["next"])
    assert last["next"] is None
    ids = [item["id"] for page in (first, second, last) for item in page["results"]]
    assert ids == sorted(ids) and len(set(ids)) == 5


def test_plan_fields_and_filters(client: Client, api_site: ApiSite) -> None:
    plan = api_site.monitoring.plan
    data = get_json(client, f"/api/v1/plans/{plan.pk}/")
    assert (data["start_year"], data["end_year"]) == (2024, 2028)
    assert data["council_decision_number"] == "2024/117"
    assert data["municipality"]["slug"] == "kadikoy"
    assert data["objectives"] == [
        {
            "code": "1",
            "title": "Bakım yükünü azaltmak",
            "area": {
                "id": api_site.monitoring.area.pk,
                "locale": "tr",
                "code": "A1",
                "name": "Bakım hizmetleri",
            },
        }
    ]
    english_kadikoy = api_site.monitoring.tree.english_of(api_site.kadikoy)
    assert count(client, "/api/v1/plans/?municipality=kadikoy") == 1
    assert count(client, f"/api/v1/plans/?municipality={english_kadikoy.pk}") == 1
    assert count(client, "/api/v1/plans/?municipality=nilufer") == 0
    assert count(client, "/api/v1/plans/?year=2026") == 1
    assert count(client, "/api/v1/plans/?year=2030") == 0


def test_action_fields(client: Client, api_site: ApiSite) -> None:
    monitoring = api_site.monitoring
    action = monitoring.actions[2]
    ActionIndicator.objects.create(page=action, indicator=monitoring.indicator)
    data = get_json(client, f"/api/v1/actions/{action.pk}/")
    assert data["code"] == action.code
    assert data["plan"]["id"] == monitoring.plan.pk
    assert data["municipality"]["id"] == api_site.kadikoy.pk
    assert data["area"]["code"] == "A1"
    assert [(item["id"], item["code"]) for item in data["indicators"]] == [
        (monitoring.indicator.pk, monitoring.indicator.code)
    ]
    assert data["latest"] == {
        "status": "delayed",
        "status_label": "Gecikmede",
        "progress": 10,
        "rating": None,
        "rating_label": None,
        "period": {
            "id": monitoring.periods[0].pk,
            "locale": "tr",
            "name": "1. İlerleme dönemi (2025)",
            "start_date": "2025-01-01",
            "end_date": "2025-06-30",
        },
        "assessment_id": monitoring.assessments[0].pk,
    }


ACTION_QUERIES = [
    ("", 3),
    ("municipality=kadikoy", 3),
    ("municipality=nilufer", 0),
    ("area=a1", 3),
    ("area=A7", 0),
    ("status=completed", 1),
    ("status=in_progress", 1),
    ("status=cancelled", 0),
    ("status=delayed&municipality=kadikoy", 1),
]


def test_action_filters(client: Client, api_site: ApiSite) -> None:
    for query, expected in ACTION_QUERIES:
        assert count(client, f"/api/v1/actions/?{query}") == expected, query


def test_action_plan_filter_and_status_agree_with_latest(client: Client, api_site: ApiSite) -> None:
    plan = api_site.monitoring.plan
    data = get_json(client, f"/api/v1/actions/?plan={plan.pk}&status=completed")
    assert [item["latest"]["status"] for item in data["results"]] == ["completed"]


def test_indicator_fields(client: Client, api_site: ApiSite) -> None:
    indicator = api_site.monitoring.indicator
    data = get_json(client, f"/api/v1/indicators/{indicator.pk}/")
    assert (data["code"], data["unit"], data["direction"]) == (indicator.code, "%", "higher")
    assert data["disaggregations"] == ["women", "men", "total"]
    assert data["csv_url"] == f"{indicator.full_url}csv/"
    assert data["comparison_url"] == f"{indicator.full_url}karsilastirma/"
    assert (data["measure"], data["measure_label"]) == (indicator.measure, "Yüzde")
    assert rows(client, data["values_url"]) == 3


VALUE_QUERIES = [
    ("", ["28.5", "30", "31.5"]),
    ("disaggregation=women", ["31.5"]),
    ("date_from=2025-06-30&date_to=2025-06-30", ["28.5", "30", "31.5"]),
    ("date_from=2025-07-01", []),
    ("date_to=2025-06-29", []),
    ("municipality=kadikoy", ["28.5", "30", "31.5"]),
    ("municipality=nilufer", []),
]


def test_indicator_value_filters(client: Client, api_site: ApiSite) -> None:
    for query, expected in VALUE_QUERIES:
        data = get_json(client, f"/api/v1/indicator-values/?{query}")
        assert sorted(item["value"] for item in data["results"]) == expected, query


def test_indicator_values_come_in_id_order_either_way(client: Client, api_site: ApiSite) -> None:
    ids = [item["id"] for item in get_json(client, "/api/v1/indicator-values/")["results"]]
    newest_first = get_json(client, "/api/v1/indicator-values/?ordering=-id")["results"]
    assert ids == sorted(ids) and len(ids) == 3
    assert [item["id"] for item in newest_first] == ids[::-1]
    assert get_json(client, "/api/v1/indicator-values/?ordering=id")["results"][0]["id"] == ids[0]


def test_indicator_value_fields(client: Client, api_site: ApiSite) -> None:
    monitoring = api_site.monitoring
    code = monitoring.indicator.code
    for query in (
        f"indicator={code}",
        f"indicator={code.lower()}",
        f"period={monitoring.periods[0].pk}",
    ):
        assert rows(client, f"/api/v1/indicator-values/?{query}") == 3
    row = get_json(client, "/api/v1/indicator-values/?disaggregation=women&locale=en")["results"][0]
    assert row["indicator"]["code"] == code
    assert row["municipality"]["title"] == "Kadıköy Municipality"
    assert row["assessment_id"] == monitoring.assessments[0].pk
    assert (row["date"], row["disaggregation_label"], row["unit"]) == ("2025-06-30", "Women", "%")


def test_assessment_fields(client: Client, api_site: ApiSite) -> None:
    assessment = api_site.monitoring.assessments[0]
    data = get_json(client, f"/api/v1/assessments/{assessment.pk}/?locale=en")
    assert data["locale"] == "tr"  # always the page of record
    assert data["municipality"]["title"] == "Kadıköy Municipality"
    assert data["status_counts"] == {
        "not_started": 0,
        "in_progress": 1,
        "completed": 1,
        "delayed": 1,
        "cancelled": 0,
    }
    rows = data["action_rows"]
    assert [row["board_comment"] for row in rows] == [
        "Onaylı yorum: kreş açıldı.",
        "Onaylı yorum: sürüyor.",
        "Onaylı yorum: gecikti.",
    ]
    assert rows[0]["action"]["id"] == api_site.monitoring.actions[0].pk
    assert count(client, "/api/v1/assessments/?municipality=kadikoy") == 1
    assert count(client, "/api/v1/assessments/?municipality=nilufer") == 0


def test_content_endpoints_name_their_municipalities(client: Client, api_site: ApiSite) -> None:
    for endpoint in ("reports", "news", "stories"):
        items = get_json(client, f"/api/v1/{endpoint}/")["results"]
        assert [[m["slug"] for m in item["municipalities"]] for item in items] == [["kadikoy"]]
        assert count(client, f"/api/v1/{endpoint}/?municipality=kadikoy") == 1, endpoint
        assert count(client, f"/api/v1/{endpoint}/?municipality=nilufer") == 0, endpoint
    english = get_json(client, "/api/v1/news/?locale=en")["results"][0]["municipalities"]
    assert english[0]["title"] == "Kadıköy Municipality"


def test_content_filters(client: Client, api_site: ApiSite) -> None:
    assert count(client, "/api/v1/reports/?kind=progress-1") == 1
    assert count(client, "/api/v1/reports/?kind=final") == 0
    assert count(client, "/api/v1/reports/?date_from=2025-08-15&date_to=2025-08-15") == 1
    assert count(client, "/api/v1/news/?kind=press_release") == 0
    assert count(client, "/api/v1/news/?date_to=2025-04-30") == 0
    assert count(client, "/api/v1/stories/?area=a7") == 1
    assert count(client, "/api/v1/stories/?kind=ngo") == 0
    story = get_json(client, "/api/v1/stories/?locale=en")["results"][0]
    assert story["area"]["code"] == "A7"


def test_events_and_training_programmes(client: Client, api_site: ApiSite) -> None:
    private = TrainingModulePageFactory(parent=api_site.programme, title="Katılımcılara özel")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    events = get_json(client, "/api/v1/events/?municipality=kadikoy")
    programme = get_json(client, f"/api/v1/training-programmes/{api_site.programme.pk}/")

    assert [item["id"] for item in events["results"]] == [api_site.event.pk]
    event = events["results"][0]
    assert event["date"].endswith("+03:00")
    assert event["actual_attendance"] is None  # the event is in 2027
    assert event["ics_url"].endswith("/ics/")
    assert [module["title"] for module in programme["modules"]] == ["Açık modül"]
    assert programme["participant_only_modules"] == 1
