"""The response language: ?locale=, else Accept-Language, else Turkish; pages and snippets in
that language, with the Turkish copy where there is no published translation."""

from __future__ import annotations

import pytest

from django.test import Client

from plans.models import ThematicArea
from portal.translation import publish_translation
from tests.scenarios.api import ApiSite, get_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def titles(data: dict) -> list[str]:
    return sorted(item["title"] for item in data["results"])


def test_locale_parameter_returns_english_titles(client: Client, api_site: ApiSite) -> None:
    english = get_json(client, "/api/v1/municipalities/?locale=en")
    assert titles(english) == ["Kadıköy Municipality", "Nilüfer Municipality"]
    assert {item["locale"] for item in english["results"]} == {"en"}
    assert english["results"][0]["url"].startswith("http://localhost/en/municipalities/")
    turkish = get_json(client, "/api/v1/municipalities/?locale=tr")
    assert titles(turkish) == ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("en", "Kadıköy Municipality"),
        ("en-GB,en;q=0.9,tr;q=0.5", "Kadıköy Municipality"),
        ("de-DE,de;q=0.9,en;q=0.8", "Kadıköy Municipality"),
        ("tr-TR", "Kadıköy Belediyesi"),
        ("de", "Kadıköy Belediyesi"),
        ("", "Kadıköy Belediyesi"),
        ("*", "Kadıköy Belediyesi"),
    ],
)
def test_accept_language_chooses_the_language(
    client: Client, api_site: ApiSite, header: str, expected: str
) -> None:
    data = get_json(client, "/api/v1/municipalities/?search=kadıköy", Accept_Language=header)
    assert titles(data) == [expected]


def test_locale_parameter_wins_over_the_header(client: Client, api_site: ApiSite) -> None:
    data = get_json(client, "/api/v1/municipalities/?locale=tr", Accept_Language="en")
    assert titles(data) == ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]


def test_language_cookie_is_ignored(client: Client, api_site: ApiSite) -> None:
    """Responses are cached publicly and vary on Accept-Language only."""
    client.cookies["django_language"] = "en"
    response = client.get("/api/v1/municipalities/")
    assert titles(response.json()) == ["Kadıköy Belediyesi", "Nilüfer Belediyesi"]
    assert "Accept-Language" in response["Vary"]
    assert "Cookie" not in response["Vary"]
    assert response["Content-Language"] == "tr"


def test_untranslated_pages_fall_back_to_turkish(client: Client, api_site: ApiSite) -> None:
    plans = get_json(client, "/api/v1/plans/?locale=en")["results"]
    assert [(plan["title"], plan["locale"]) for plan in plans] == [("YEEP 2024–2028", "tr")]
    # ...while the municipality it refers to is shown in English.
    assert plans[0]["municipality"]["title"] == "Kadıköy Municipality"


def test_published_translation_replaces_the_turkish_page(client: Client, api_site: ApiSite) -> None:
    plan = api_site.monitoring.plan
    english = publish_translation(plan, api_site.monitoring.tree.english, {
        "title": "LEAP 2024–2028", "slug": "leap-2024-2028", "summary": "Plan summary.",
    })  # fmt: skip
    plans = get_json(client, "/api/v1/plans/?locale=en")["results"]
    assert [(item["id"], item["title"], item["locale"]) for item in plans] == [
        (english.pk, "LEAP 2024–2028", "en")
    ]
    assert plans[0]["url"] == "http://localhost/en/municipalities/kadikoy/leap-2024-2028/"
    turkish = get_json(client, "/api/v1/plans/?locale=tr")["results"]
    assert [item["id"] for item in turkish] == [plan.pk]


def test_a_draft_translation_does_not_hide_the_turkish_page(
    client: Client, api_site: ApiSite
) -> None:
    plan = api_site.monitoring.plan
    draft = plan.copy_for_translation(api_site.monitoring.tree.english)
    assert not draft.live
    plans = get_json(client, "/api/v1/plans/?locale=en")["results"]
    assert [item["id"] for item in plans] == [plan.pk]


def test_ids_stay_valid_in_every_language(client: Client, api_site: ApiSite) -> None:
    kadikoy = api_site.kadikoy
    data = get_json(client, f"/api/v1/municipalities/{kadikoy.pk}/?locale=en")
    assert (data["id"], data["locale"], data["title"]) == (kadikoy.pk, "tr", "Kadıköy Belediyesi")


def test_snippets_are_in_the_requested_language(client: Client, api_site: ApiSite) -> None:
    english_area = ThematicArea.objects.get(
        translation_key=api_site.area.translation_key, locale__language_code="en"
    )
    areas = get_json(client, "/api/v1/thematic-areas/?locale=en")["results"]
    assert [(area["code"], area["name"], area["locale"]) for area in areas] == [
        ("A1", "Bakım hizmetleri", "tr"),  # no English copy: the Turkish one
        ("A7", "Women's employment", "en"),
    ]
    assert areas[1]["id"] == english_area.pk
    turkish = get_json(client, "/api/v1/thematic-areas/?locale=tr")["results"]
    assert [area["name"] for area in turkish] == ["Bakım hizmetleri", "Kadın istihdamı"]


def test_labels_and_numbers_in_english(client: Client, api_site: ApiSite) -> None:
    action = api_site.monitoring.actions[0]
    turkish = get_json(client, f"/api/v1/actions/{action.pk}/")["latest"]
    english = get_json(client, f"/api/v1/actions/{action.pk}/?locale=en")["latest"]
    assert (turkish["status"], turkish["status_label"]) == ("completed", "Tamamlandı")
    assert (english["status"], english["status_label"]) == ("completed", "Completed")
    assert turkish["progress"] == english["progress"] == 100
