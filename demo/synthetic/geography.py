"""Türkiye's 81 provinces and a realistic spread of municipalities over them.

The default of 1,389 municipalities is Türkiye's real count since the 2019 local elections:
30 metropolitan municipalities, 51 province-centre municipalities, 922 district municipalities
(519 in metropolitan provinces, 403 elsewhere) and 386 town (belde) municipalities. A national
build therefore reproduces the real mix of kinds per province; smaller or larger builds take an
evenly spaced sample of it, or go round it again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from plans.models.municipality import LATITUDE_RANGE, LONGITUDE_RANGE, MunicipalityKind

#: Town (belde) municipalities in Türkiye; the 2014 reform abolished them in metropolitan provinces.
TOWN_COUNT = 386
#: How far (degrees) a district or town lies from its province centre at most.
SPREAD = (0.35, 0.45)


@dataclass(frozen=True)
class Province:
    """A province: plate code, Turkish name, centre (approximate) and number of districts."""

    plate: int
    name: str
    latitude: float
    longitude: float
    districts: int
    metropolitan: bool

    @property
    def plate_code(self) -> str:
        """ "06"."""
        return f"{self.plate:02d}"


# plate, name, latitude, longitude, districts (ilçe), metropolitan
_PROVINCES = [
    (1, "Adana", 37.00, 35.32, 15, True), (2, "Adıyaman", 37.76, 38.28, 9, False),
    (3, "Afyonkarahisar", 38.76, 30.54, 18, False), (4, "Ağrı", 39.72, 43.05, 8, False),
    (5, "Amasya", 40.65, 35.83, 7, False), (6, "Ankara", 39.93, 32.86, 25, True),
    (7, "Antalya", 36.89, 30.71, 19, True), (8, "Artvin", 41.18, 41.82, 9, False),
    (9, "Aydın", 37.85, 27.85, 17, True), (10, "Balıkesir", 39.65, 27.88, 20, True),
    (11, "Bilecik", 40.14, 29.98, 8, False), (12, "Bingöl", 38.88, 40.50, 8, False),
    (13, "Bitlis", 38.40, 42.11, 7, False), (14, "Bolu", 40.74, 31.61, 9, False),
    (15, "Burdur", 37.72, 30.29, 11, False), (16, "Bursa", 40.19, 29.06, 17, True),
    (17, "Çanakkale", 40.15, 26.41, 12, False), (18, "Çankırı", 40.60, 33.62, 12, False),
    (19, "Çorum", 40.55, 34.95, 14, False), (20, "Denizli", 37.78, 29.09, 19, True),
    (21, "Diyarbakır", 37.91, 40.24, 17, True), (22, "Edirne", 41.68, 26.56, 9, False),
    (23, "Elazığ", 38.67, 39.22, 11, False), (24, "Erzincan", 39.75, 39.49, 9, False),
    (25, "Erzurum", 39.90, 41.27, 20, True), (26, "Eskişehir", 39.78, 30.52, 14, True),
    (27, "Gaziantep", 37.07, 37.38, 9, True), (28, "Giresun", 40.91, 38.39, 16, False),
    (29, "Gümüşhane", 40.46, 39.48, 6, False), (30, "Hakkâri", 37.58, 43.74, 5, False),
    (31, "Hatay", 36.20, 36.16, 15, True), (32, "Isparta", 37.76, 30.55, 13, False),
    (33, "Mersin", 36.81, 34.64, 13, True), (34, "İstanbul", 41.01, 28.98, 39, True),
    (35, "İzmir", 38.42, 27.14, 30, True), (36, "Kars", 40.60, 43.10, 8, False),
    (37, "Kastamonu", 41.38, 33.78, 20, False), (38, "Kayseri", 38.73, 35.49, 16, True),
    (39, "Kırklareli", 41.74, 27.23, 8, False), (40, "Kırşehir", 39.15, 34.16, 7, False),
    (41, "Kocaeli", 40.77, 29.92, 12, True), (42, "Konya", 37.87, 32.48, 31, True),
    (43, "Kütahya", 39.42, 29.98, 13, False), (44, "Malatya", 38.35, 38.31, 13, True),
    (45, "Manisa", 38.61, 27.43, 17, True), (46, "Kahramanmaraş", 37.58, 36.94, 11, True),
    (47, "Mardin", 37.31, 40.74, 10, True), (48, "Muğla", 37.22, 28.36, 13, True),
    (49, "Muş", 38.74, 41.49, 6, False), (50, "Nevşehir", 38.62, 34.71, 8, False),
    (51, "Niğde", 37.97, 34.68, 6, False), (52, "Ordu", 40.98, 37.88, 19, True),
    (53, "Rize", 41.02, 40.52, 12, False), (54, "Sakarya", 40.78, 30.40, 16, True),
    (55, "Samsun", 41.29, 36.33, 17, True), (56, "Siirt", 37.93, 41.94, 7, False),
    (57, "Sinop", 42.03, 35.15, 9, False), (58, "Sivas", 39.75, 37.02, 17, False),
    (59, "Tekirdağ", 40.98, 27.51, 11, True), (60, "Tokat", 40.31, 36.55, 12, False),
    (61, "Trabzon", 41.00, 39.72, 18, True), (62, "Tunceli", 39.11, 39.55, 8, False),
    (63, "Şanlıurfa", 37.16, 38.79, 13, True), (64, "Uşak", 38.68, 29.41, 6, False),
    (65, "Van", 38.50, 43.38, 13, True), (66, "Yozgat", 39.82, 34.81, 14, False),
    (67, "Zonguldak", 41.45, 31.79, 8, False), (68, "Aksaray", 38.37, 34.03, 8, False),
    (69, "Bayburt", 40.26, 40.23, 3, False), (70, "Karaman", 37.18, 33.22, 6, False),
    (71, "Kırıkkale", 39.85, 33.51, 9, False), (72, "Batman", 37.89, 41.13, 6, False),
    (73, "Şırnak", 37.52, 42.46, 7, False), (74, "Bartın", 41.64, 32.34, 4, False),
    (75, "Ardahan", 41.11, 42.70, 6, False), (76, "Iğdır", 39.92, 44.04, 4, False),
    (77, "Yalova", 40.65, 29.27, 6, False), (78, "Karabük", 41.20, 32.63, 6, False),
    (79, "Kilis", 36.72, 37.12, 4, False), (80, "Osmaniye", 37.07, 36.25, 7, False),
    (81, "Düzce", 40.84, 31.16, 8, False),
]  # fmt: skip
PROVINCES: tuple[Province, ...] = tuple(Province(*row) for row in _PROVINCES)


@dataclass(frozen=True)
class Slot:
    """One municipality of the national template: its kind and province."""

    kind: MunicipalityKind
    province: Province


def _town_counts() -> dict[int, int]:
    """Towns per non-metropolitan province, proportional to its districts (largest remainder)."""
    provinces = [province for province in PROVINCES if not province.metropolitan]
    total = sum(province.districts for province in provinces)
    shares = {p.plate: TOWN_COUNT * p.districts / total for p in provinces}
    counts = {plate: int(share) for plate, share in shares.items()}
    by_remainder = sorted(shares, key=lambda plate: (counts[plate] - shares[plate], plate))
    for plate in by_remainder[: TOWN_COUNT - sum(counts.values())]:
        counts[plate] += 1
    return counts


def national_template() -> list[Slot]:
    """Türkiye's 1,389 municipalities as (kind, province), in the legal order of kinds.

    A metropolitan province has one metropolitan and one municipality per district; any other
    province has a province-centre municipality (which serves its central district), one per
    other district, and its towns.
    """
    towns = _town_counts()
    slots: list[Slot] = []
    for kind in MunicipalityKind:
        for province in PROVINCES:
            if kind == MunicipalityKind.METROPOLITAN:
                count = int(province.metropolitan)
            elif kind == MunicipalityKind.PROVINCE_CENTRE:
                count = int(not province.metropolitan)
            elif kind == MunicipalityKind.DISTRICT:
                count = province.districts - (0 if province.metropolitan else 1)
            else:
                count = towns.get(province.plate, 0)
            slots.extend(Slot(kind, province) for _ in range(count))
    return slots


def spread_slots(count: int) -> list[Slot]:
    """`count` slots: the national template itself at its own size, an evenly spaced sample of
    it when smaller (every kind keeps its share), and further rounds of it when larger."""
    template = national_template()
    size = len(template)
    return [template[(number * size // count) % size if count < size else number % size]
            for number in range(count)]  # fmt: skip


def coordinates(slot: Slot, rng: random.Random) -> tuple[Decimal, Decimal]:
    """The municipality's point: the province centre for a metropolitan or province-centre
    municipality, a point near it otherwise; always inside Türkiye's extent (the model's range)."""
    latitude, longitude = slot.province.latitude, slot.province.longitude
    if slot.kind in (MunicipalityKind.DISTRICT, MunicipalityKind.TOWN):
        latitude += rng.uniform(-SPREAD[0], SPREAD[0])
        longitude += rng.uniform(-SPREAD[1], SPREAD[1])
    latitude = min(max(latitude, LATITUDE_RANGE[0]), LATITUDE_RANGE[1])
    longitude = min(max(longitude, LONGITUDE_RANGE[0]), LONGITUDE_RANGE[1])
    return Decimal(f"{latitude:.5f}"), Decimal(f"{longitude:.5f}")
