"""Facts about the ten monitored municipalities (from the project description), for the demo site.

Names, kinds, provinces, plate codes, approximate coordinates and official web sites are real;
everything else shown about them in the demo is sample data and labelled so.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from plans.models import MunicipalityKind
from portal.bilingual import Text


@dataclass(frozen=True)
class MunicipalityFacts:
    """One municipality's public facts; key is the Turkish slug and the summary's key."""

    key: str
    title: Text
    kind: str
    province: Text
    plate_code: str
    latitude: Decimal
    longitude: Decimal
    website: str


def _facts(
    key: str,
    title_tr: str,
    title_en: str,
    kind: str,
    province_tr: str,
    province_en: str,
    plate: str,
    lat: str,
    lon: str,
    site: str,
) -> MunicipalityFacts:
    return MunicipalityFacts(
        key=key,
        title=Text(title_tr, title_en),
        kind=kind,
        province=Text(province_tr, province_en),
        plate_code=plate,
        latitude=Decimal(lat),
        longitude=Decimal(lon),
        website=f"https://www.{site}/",
    )


METRO, DISTRICT, CENTRE = (
    MunicipalityKind.METROPOLITAN,
    MunicipalityKind.DISTRICT,
    MunicipalityKind.PROVINCE_CENTRE,
)

MUNICIPALITIES: tuple[MunicipalityFacts, ...] = (
    _facts("ankara-buyuksehir", "Ankara Büyükşehir Belediyesi", "Ankara Metropolitan Municipality",
           METRO, "Ankara", "Ankara", "06", "39.93", "32.86", "ankara.bel.tr"),
    _facts("yenimahalle", "Yenimahalle Belediyesi", "Yenimahalle Municipality",
           DISTRICT, "Ankara", "Ankara", "06", "39.97", "32.81", "yenimahalle.bel.tr"),
    _facts("cankaya", "Çankaya Belediyesi", "Çankaya Municipality",
           DISTRICT, "Ankara", "Ankara", "06", "39.90", "32.86", "cankaya.bel.tr"),
    _facts("atakum", "Atakum Belediyesi", "Atakum Municipality",
           DISTRICT, "Samsun", "Samsun", "55", "41.33", "36.27", "atakum.bel.tr"),
    _facts("eskisehir-buyuksehir", "Eskişehir Büyükşehir Belediyesi",
           "Eskişehir Metropolitan Municipality",
           METRO, "Eskişehir", "Eskişehir", "26", "39.78", "30.52", "eskisehir.bel.tr"),
    _facts("nilufer", "Nilüfer Belediyesi", "Nilüfer Municipality",
           DISTRICT, "Bursa", "Bursa", "16", "40.21", "28.98", "nilufer.bel.tr"),
    _facts("kadikoy", "Kadıköy Belediyesi", "Kadıköy Municipality",
           DISTRICT, "İstanbul", "Istanbul", "34", "40.99", "29.03", "kadikoy.bel.tr"),
    _facts("izmir-buyuksehir", "İzmir Büyükşehir Belediyesi", "İzmir Metropolitan Municipality",
           METRO, "İzmir", "Izmir", "35", "38.42", "27.14", "izmir.bel.tr"),
    _facts("muratpasa", "Muratpaşa Belediyesi", "Muratpaşa Municipality",
           DISTRICT, "Antalya", "Antalya", "07", "36.89", "30.71", "muratpasa.bel.tr"),
    _facts("tunceli", "Tunceli Belediyesi", "Tunceli Municipality",
           CENTRE, "Tunceli", "Tunceli", "62", "39.11", "39.55", "tunceli.bel.tr"),
)  # fmt: skip
