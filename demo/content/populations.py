"""Populations of the demo municipalities, for per-capita figures on indicator comparisons.

TÜİK's Address-Based Population Registration System (ADNKS) figures for 31 December 2024, as
reported in the press (/work/shared/README.md). Only the five municipalities with a verified
figure have one; the others are left empty, so the portal says "no population figure" rather
than show an unlabelled guess.
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


def population_fields(key: str) -> dict[str, Any]:
    """The MunicipalityPage population fields of the municipality with this slug; empty (no
    population figure) when it has no verified one."""
    if key not in POPULATIONS:
        return {}
    return {
        "population": POPULATIONS[key],
        "population_year": YEAR,
        "population_source": SOURCE,
        "population_is_sample": False,
    }
