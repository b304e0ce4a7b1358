"""Populations of the demo municipalities, for per-capita figures on indicator comparisons.

TÜİK's Address-Based Population Registration System (ADNKS) figures for 31 December 2024, as
reported in the press, for the five municipalities with a verified figure; round sample figures
for the other five, flagged `population_is_sample` and named as such in their source, so the
portal labels them "örnek nüfus / sample population" wherever a per-capita figure uses them.
"""

from __future__ import annotations

from typing import Any

#: The source line shown beside every figure below.
SOURCE = "TÜİK ADNKS, 31.12.2024"
#: The year the figures are for.
YEAR = 2024

#: Population by the municipality's Turkish slug (demo.content.municipalities keys).
POPULATIONS: dict[str, int] = {
    "ankara-buyuksehir": 5_864_049,
    "izmir-buyuksehir": 4_493_242,
    "eskisehir-buyuksehir": 921_630,
    "cankaya": 947_330,
    "kadikoy": 462_189,
}

#: The source line of a sample figure (the field is the same in both languages).
SAMPLE_SOURCE = "Örnek değer, TÜİK verisi değil / Sample figure, not a TÜİK figure"

#: Round sample figures for the municipalities without a verified one (labelled as samples).
SAMPLE_POPULATIONS: dict[str, int] = {
    "yenimahalle": 690_000,
    "atakum": 230_000,
    "nilufer": 500_000,
    "muratpasa": 510_000,
    "tunceli": 40_000,
}


def population_fields(key: str) -> dict[str, Any]:
    """The MunicipalityPage population fields of the municipality with this slug: its verified
    figure, else a labelled sample figure, else none."""
    if key in POPULATIONS:
        return {
            "population": POPULATIONS[key],
            "population_year": YEAR,
            "population_source": SOURCE,
            "population_is_sample": False,
        }
    if key in SAMPLE_POPULATIONS:
        return {
            "population": SAMPLE_POPULATIONS[key],
            "population_year": None,
            "population_source": SAMPLE_SOURCE,
            "population_is_sample": True,
        }
    return {}
