"""A municipality's population (issue 18 §2): shown in its facts with year and source, marked
when it is a sample figure, "no population figure" without one; in API v1; the demo's figures
are TÜİK's 2024 ones where verified and empty elsewhere."""

from __future__ import annotations

import json

import pytest

from django.test import Client

from demo.content.municipalities import MUNICIPALITIES
from demo.content.populations import (
    POPULATIONS,
    SAMPLE_POPULATIONS,
    SAMPLE_SOURCE,
    SOURCE,
    population_fields,
)
from tests.scenarios.site import SiteTree, html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def facts(html: str) -> str:
    """The municipality page's Künye list."""
    start = html.index('<dl class="facts">')
    return html[start : html.index("</dl>", start)]


def test_population_is_shown_with_year_and_source(client: Client, site_tree: SiteTree) -> None:
    kadikoy = site_tree.kadikoy
    kadikoy.population, kadikoy.population_year = 462_189, 2024
    kadikoy.population_source = "TÜİK ADNKS, 31.12.2024"
    kadikoy.save_revision().publish()
    shown = facts(html_of(client, kadikoy.url))
    assert "<dt>Nüfus</dt>" in shown
    assert "462.189" in shown  # Turkish thousands separator
    assert "(2024 yılı; kaynak: TÜİK ADNKS, 31.12.2024)" in shown
    assert "örnek veri" not in shown


def test_sample_population_is_labelled(client: Client, site_tree: SiteTree) -> None:
    nilufer = site_tree.nilufer
    nilufer.population, nilufer.population_is_sample = 500_000, True
    nilufer.save_revision().publish()
    shown = facts(html_of(client, nilufer.url))
    assert "500.000" in shown and '<strong class="sample-tag">örnek veri</strong>' in shown


def test_without_a_figure_the_page_says_so(client: Client, site_tree: SiteTree) -> None:
    shown = facts(html_of(client, site_tree.kadikoy.url))
    assert "<dt>Nüfus</dt>" in shown and "Nüfus bilgisi yok" in shown


def test_api_gives_the_population(client: Client, site_tree: SiteTree) -> None:
    kadikoy = site_tree.kadikoy
    kadikoy.population, kadikoy.population_year = 462_189, 2024
    kadikoy.population_source = "TÜİK ADNKS, 31.12.2024"
    kadikoy.save_revision().publish()
    data = json.loads(client.get(f"/api/v1/municipalities/{kadikoy.pk}/").content)
    assert (data["population"], data["population_year"]) == (462_189, 2024)
    assert (data["population_source"], data["population_is_sample"]) == (
        "TÜİK ADNKS, 31.12.2024",
        False,
    )
    nilufer = json.loads(client.get(f"/api/v1/municipalities/{site_tree.nilufer.pk}/").content)
    assert nilufer["population"] is None and nilufer["population_source"] == ""


def test_demo_populations_are_verified_or_labelled_samples() -> None:
    assert POPULATIONS == {
        "ankara-buyuksehir": 5_864_049,
        "izmir-buyuksehir": 4_493_242,
        "eskisehir-buyuksehir": 921_630,
        "cankaya": 947_330,
        "kadikoy": 462_189,
    }
    keys = {facts.key for facts in MUNICIPALITIES}
    assert set(POPULATIONS) <= keys
    assert population_fields("kadikoy") == {
        "population": 462_189,
        "population_year": 2024,
        "population_source": SOURCE,
        "population_is_sample": False,
    }
    # The others have round sample figures, flagged and named as samples; never a bare guess.
    assert set(POPULATIONS) | set(SAMPLE_POPULATIONS) == keys
    assert population_fields("nilufer") == {
        "population": 500_000,
        "population_year": None,
        "population_source": SAMPLE_SOURCE,
        "population_is_sample": True,
    }
    assert population_fields("unknown") == {}
