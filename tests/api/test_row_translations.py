"""The assessment rows' texts in the API: in the requested language where a published translation
has them, in Turkish otherwise; never from an unpublished translation."""

from __future__ import annotations

import pytest

from django.test import Client

from portal.translation import publish_translation
from tests.scenarios.api import ApiSite, get_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

ENGLISH_COMMENTS = [
    "Approved comment: the nursery opened.",
    "Approved comment: under way.",
    "Approved comment: delayed.",
]


def translate_assessment(api_site: ApiSite):  # type: ignore[no-untyped-def]
    monitoring = api_site.monitoring
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"})
    assessment = monitoring.assessments[0]
    return publish_translation(
        assessment,
        english,
        {
            "title": "Assessment",
            "action_rows": [{"board_comment": comment} for comment in ENGLISH_COMMENTS],
        },
    )


def comments(client: Client, api_site: ApiSite, locale: str) -> list[tuple[str, str]]:
    assessment = api_site.monitoring.assessments[0]
    data = get_json(client, f"/api/v1/assessments/{assessment.pk}/?locale={locale}")
    return [(row["board_comment"], row["texts_language"]) for row in data["action_rows"]]


def test_rows_are_in_english_once_the_translation_is_published(
    client: Client, api_site: ApiSite
) -> None:
    translate_assessment(api_site)
    assert comments(client, api_site, "en") == [(text, "en") for text in ENGLISH_COMMENTS]
    assert comments(client, api_site, "tr")[0] == ("Onaylı yorum: kreş açıldı.", "tr")


def test_rows_of_an_unpublished_translation_stay_turkish(client: Client, api_site: ApiSite) -> None:
    english = translate_assessment(api_site)
    english.unpublish()
    assert comments(client, api_site, "en")[0] == ("Onaylı yorum: kreş açıldı.", "tr")


def test_rows_without_a_translation_are_turkish(client: Client, api_site: ApiSite) -> None:
    assert comments(client, api_site, "en") == [
        ("Onaylı yorum: kreş açıldı.", "tr"),
        ("Onaylı yorum: sürüyor.", "tr"),
        ("Onaylı yorum: gecikti.", "tr"),
    ]
