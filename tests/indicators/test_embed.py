"""The embeddable indicator widget: framable by any site, approved values only."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def embed_url(monitoring: Monitoring, slug: str = "kadikoy") -> str:
    return f"{monitoring.indicator.url}gomme/{slug}/"


def test_widget_shows_the_municipality_series_and_may_be_framed(
    client: Client, monitoring: Monitoring
) -> None:
    response = client.get(embed_url(monitoring))
    html = response.content.decode()

    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"].split("; ")
    assert "Kadıköy Belediyesi" in html
    assert "31,5" in html or "31.5" in html
    assert "<table" in html and "<svg" in html
    assert "site-header" not in html


def test_other_pages_still_refuse_framing(client: Client, monitoring: Monitoring) -> None:
    assert client.get(monitoring.indicator.url)["X-Frame-Options"] == "DENY"


def test_widget_never_shows_draft_values(client: Client, monitoring: Monitoring) -> None:
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "987654")],
        publish=False,
    )

    assert "987654" not in client.get(embed_url(monitoring)).content.decode()


def test_indicator_page_offers_the_embed_code(client: Client, monitoring: Monitoring) -> None:
    html = client.get(monitoring.indicator.url).content.decode()

    assert f'http://localhost{embed_url(monitoring)}"' in html
    assert "&lt;iframe src=" in html


def test_unknown_municipality_is_404(client: Client, monitoring: Monitoring) -> None:
    assert client.get(embed_url(monitoring, "yok-boyle")).status_code == 404
