"""Catalogue metadata of the open data: schema.org, DCAT-AP and Frictionless Data Package.

Three descriptions of the same downloads (plans.opendata: DATASETS × FORMATS), so that dataset
search engines, national and European data portals and data tools find and read them:

- `schema_org_dataset()`: a schema.org `Dataset` in JSON-LD, embedded in the open-data page
  (`<script type="application/ld+json">`: data, which the CSP does not execute);
- `dcat_catalogue()`: a DCAT-AP `dcat:Catalog` with one `dcat:Dataset` per table and one
  `dcat:Distribution` per format, at the page's `katalog/` (English `catalog/`) sub-page;
- `data_package()`: a Frictionless Data Package (`datapackage/`, and per municipality
  `belediye/<slug>/datapackage/`) whose resources are the CSV files with their table schemas.

One source of truth: column names and order come from the exchange tables (plans.exchange), their
descriptions from the data dictionary (plans.opendata.dictionary), so a column added there is
described here too; only the column types are declared here (text unless listed in
`FIELD_TYPES`). Versioning: `modified` is the latest approval of a public source-language
assessment (plans.changelog.data_modified), so each approval that changes the data bumps it, and
plans.changelog.releases lists what each approval changed. Nothing here reads a row: the files
themselves are built by plans.opendata from the public read path only. Each descriptor costs the
same few queries whatever the number of municipalities or values; the coverage, the schema.org
Dataset and the latest releases are kept per content generation (portal.caching), which every
approval raises, since at national scale each reads every public page.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db.models import Max, Min
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from portal.caching import generation_cached
from portal.licence import LICENCE, LICENCE_URL
from portal.routes import join_url

from .changelog import releases
from .exchange import FLAG_COLUMNS, Table
from .models import AssessmentPage, MunicipalityPage, OpenDataPage
from .opendata import (
    DATASETS,
    FORMATS,
    XLSX_CONTENT_TYPE,
    Dataset,
    MunicipalityChoice,
    MunicipalityChoices,
    dictionary,
)
from .scales import ActionStatus, Disaggregation
from .tree import source_of

#: Media types of the download formats (IANA).
MEDIA_TYPES = {"csv": "text/csv", "xlsx": XLSX_CONTENT_TYPE, "json": "application/json"}
#: The EU Publications Office's file-type authority, as DCAT-AP names formats.
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
#: The data's language (the exchange files carry the source-language text).
EU_LANGUAGE_TUR = "http://publications.europa.eu/resource/authority/language/TUR"
#: Column types other than text (Table Schema types); values as plans.exchange writes them.
FIELD_TYPES: dict[str, str] = {
    "donem": "integer",
    "tarih": "date",
    "deger": "number",
    "ilerleme": "integer",
    "heyet_puani": "integer",
    "ornek_veri": "boolean",
    **dict.fromkeys(FLAG_COLUMNS, "boolean"),
}
#: Allowed values of coded columns.
FIELD_ENUMS: dict[str, list[str]] = {
    "kirilim": [choice.value for choice in Disaggregation],
    "durum": [choice.value for choice in ActionStatus],
}
#: Bounds of numeric columns.
FIELD_BOUNDS: dict[str, tuple[int, int]] = {"ilerleme": (0, 100), "heyet_puani": (1, 4)}
#: The Data Package's licence, by its SPDX name.
LICENCE_SPDX = "CC-BY-4.0"

DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class Coverage:
    """When the public data last changed and the period it covers (None when there is none)."""

    modified: datetime | None
    start: date | None
    end: date | None

    @property
    def temporal(self) -> str:
        """ISO 8601 interval ("2025-01-01/2026-06-30"), or ""."""
        if self.start is None or self.end is None:
            return ""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def coverage(municipality: MunicipalityPage | None = None) -> Coverage:
    """The open data's `modified` date and time span (of one municipality, or of all), from
    public source-language assessments only: one query (two for a translated municipality) per
    content generation, which every approval raises; at national scale the query reads every
    public page (~100 ms)."""
    return generation_cached(
        "plans.catalogue.coverage",
        [municipality.pk if municipality else None],
        lambda: _coverage(municipality),
    )


def _coverage(municipality: MunicipalityPage | None) -> Coverage:
    assessments = AssessmentPage.objects.of_record()
    if municipality is not None:
        assessments = assessments.filter(path__startswith=source_of(municipality).path)
    figures = assessments.aggregate(
        modified=Max("last_published_at"),
        start=Min("period__start_date"),
        end=Max("period__end_date"),
    )
    return Coverage(figures["modified"], figures["start"], figures["end"])


@dataclass(frozen=True)
class Download:
    """One downloadable file: a dataset in a format, for every municipality or one."""

    dataset: Dataset
    fmt: str
    url: str

    @property
    def media_type(self) -> str:
        """The file's IANA media type."""
        return MEDIA_TYPES[self.fmt]


def page_url(page: OpenDataPage, request: Any = None) -> str:
    """The open-data page's absolute URL."""
    return page.get_full_url(request) or ""


def subpage_url(page: OpenDataPage, name: str, *args: Any, request: Any = None) -> str:
    """The absolute URL of one of the page's routes, in the page's language."""
    return join_url(page_url(page, request), page.reverse_subpage(name, args=args))


def downloads(
    page: OpenDataPage, municipality: MunicipalityPage | None = None, request: Any = None
) -> list[Download]:
    """Every download of the page (of one municipality, or of all), tables × formats."""
    result = []
    for dataset in DATASETS.values():
        for fmt in FORMATS:
            if municipality is None:
                url = subpage_url(page, "download", dataset.slug, fmt, request=request)
            else:
                url = subpage_url(
                    page,
                    "download_municipality",
                    municipality.slug,
                    dataset.slug,
                    fmt,
                    request=request,
                )
            result.append(Download(dataset, fmt, url))
    return result


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _description() -> str:
    return _(
        "İzleme Heyeti'nin onayladığı yerel eşitlik eylem planı değerlendirmeleri: belediyelerin "
        "gösterge değerleri ve eylem durumları."
    )


def _keywords() -> list[str]:
    return [_("yerel eşitlik eylem planı (YEEP)"), _("toplumsal cinsiyet eşitliği"), _("belediye")]


# schema.org ------------------------------------------------------------------------------------


def schema_org_dataset(
    page: OpenDataPage,
    municipalities: Sequence[MunicipalityChoice],
    request: Any = None,
    cover: Coverage | None = None,
) -> dict[str, Any]:
    """The open data as a schema.org `Dataset` (for dataset search engines): name, description,
    licence, creator and publisher, time and place covered, one `DataDownload` per file."""
    cover = cover or coverage()
    home = page_url(page, request)
    board = {"@type": "Organization", "name": _("İzleme Heyeti"), "url": home}
    publisher = {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": home,
        "name": _("YEEP izleme verileri"),
        "description": _description(),
        "url": home,
        "license": LICENCE_URL,
        "isAccessibleForFree": True,
        "creator": board,
        "publisher": publisher,
        "inLanguage": "tr",
        "keywords": _keywords(),
        "spatialCoverage": {
            "@type": "Place",
            "name": _("Türkiye"),
            "containsPlace": [
                {"@type": "Place", "name": municipality.title} for municipality in municipalities
            ],
        },
        "distribution": [
            {
                "@type": "DataDownload",
                "name": f"{download.dataset.title} ({download.fmt.upper()})",
                "encodingFormat": download.media_type,
                "contentUrl": download.url,
            }
            for download in downloads(page, request=request)
        ],
        "variableMeasured": [
            entry["column"] for dataset in DATASETS.values() for entry in dictionary(dataset.table)
        ],
    }
    if cover.temporal:
        data["temporalCoverage"] = cover.temporal
    if cover.modified:
        data["dateModified"] = _iso(cover.modified)
    return data


def json_ld(data: dict[str, Any]) -> SafeString:
    """JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` escaped, so
    no text in it can end the element."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - escaped above for a script element


# The changelog ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShownName:
    """A municipality's or period's name as a release shows it, and the locale of that copy
    (the `lang_attr` filter marks a Turkish fallback)."""

    text: str
    locale_id: int


@dataclass(frozen=True)
class ReleaseLine:
    """One approval that changed the open data (plans.changelog.Release), as plain values."""

    published_at: datetime
    municipality: ShownName | None
    period: ShownName
    is_correction: bool


def release_lines(limit: int) -> list[ReleaseLine]:
    """The latest `limit` approvals of public assessments, newest first, in the visitor's
    language: plans.changelog.releases() once per content generation (an approval, the only
    thing that adds a release, starts a new one; so do a renamed municipality or period)."""

    def build() -> list[ReleaseLine]:
        return [
            ReleaseLine(
                published_at=release.published_at,
                municipality=ShownName(release.municipality.title, release.municipality.locale_id)
                if release.municipality
                else None,
                period=ShownName(release.period.name, release.period.locale_id),
                is_correction=release.is_correction,
            )
            for release in releases(limit)
        ]

    return generation_cached("plans.catalogue.releases", [limit], build)


# The page's catalogue --------------------------------------------------------------------------


@dataclass(frozen=True)
class PageSummary:
    """What the open-data page shows of its catalogue, as cached values."""

    coverage: Coverage
    json_ld: str  # json_ld() of the schema.org Dataset
    releases: list[ReleaseLine]


class PageCatalogue:
    """What the open-data page shows of its catalogue: the data's coverage and `modified` date,
    the schema.org JSON-LD (which names every municipality) and the latest releases
    (plans.changelog), built together once per content generation, language and address, and
    read in one go when a template first asks for one of them."""

    def __init__(
        self,
        page: OpenDataPage,
        choices: MunicipalityChoices,
        request: Any = None,
        releases: int = 10,
    ) -> None:
        self.page, self.choices, self.request = page, choices, request
        self.release_count = releases

    @cached_property
    def summary(self) -> PageSummary:
        """The three parts, from the cache."""
        return generation_cached(
            "plans.catalogue.page",
            [self.page.pk, page_url(self.page, self.request), self.release_count],
            self._build,
        )

    def _build(self) -> PageSummary:
        cover = coverage()
        dataset = schema_org_dataset(self.page, self.choices.municipalities, self.request, cover)
        return PageSummary(cover, str(json_ld(dataset)), release_lines(self.release_count))

    @property
    def coverage(self) -> Coverage:
        """The data's `modified` date and time span."""
        return self.summary.coverage

    @property
    def json_ld(self) -> SafeString:
        """The schema.org Dataset, ready for a `<script type="application/ld+json">`."""
        return mark_safe(self.summary.json_ld)  # noqa: S308 - json_ld() escaped it

    @property
    def releases(self) -> list[ReleaseLine]:
        """The latest approvals that changed the data, newest first."""
        return self.summary.releases


# DCAT-AP ---------------------------------------------------------------------------------------


def dcat_catalogue(page: OpenDataPage, request: Any = None) -> dict[str, Any]:
    """The open data as a DCAT-AP catalogue in JSON-LD: the catalogue, one dataset per table, one
    distribution per format (two queries)."""
    cover = coverage()
    home = page_url(page, request)
    modified = _iso(cover.modified)
    publisher = {"@type": "foaf:Agent", "foaf:name": settings.WAGTAIL_SITE_NAME}
    licence = {"@id": LICENCE_URL}
    package_url = subpage_url(page, "datapackage", request=request)
    datasets = []
    by_table: dict[str, list[Download]] = {}
    for download in downloads(page, request=request):
        by_table.setdefault(download.dataset.slug, []).append(download)
    for slug, files in by_table.items():
        dataset = DATASETS[slug]
        entry: dict[str, Any] = {
            "@id": f"{home}#{slug}",
            "@type": "dcat:Dataset",
            "dct:identifier": slug,
            "dct:title": dataset.title,
            "dct:description": _description(),
            "dct:publisher": publisher,
            "dct:creator": {"@type": "foaf:Agent", "foaf:name": _("İzleme Heyeti")},
            "dct:language": {"@id": EU_LANGUAGE_TUR},
            "dct:license": licence,
            "dcat:landingPage": {"@id": home},
            "dcat:keyword": [*_keywords(), dataset.title],
            "dct:spatial": {"@type": "dct:Location", "dct:title": _("Türkiye")},
            "dct:conformsTo": {"@id": package_url},
            "dcat:distribution": [
                {
                    "@id": download.url,
                    "@type": "dcat:Distribution",
                    "dct:title": f"{dataset.title} ({download.fmt.upper()})",
                    "dcat:accessURL": {"@id": home},
                    "dcat:downloadURL": {"@id": download.url},
                    "dcat:mediaType": {
                        "@id": f"https://www.iana.org/assignments/media-types/{download.media_type}"
                    },
                    "dct:format": {"@id": EU_FILE_TYPE + download.fmt.upper()},
                    "dct:license": licence,
                    **({"dct:modified": _typed_datetime(modified)} if modified else {}),
                }
                for download in files
            ],
        }
        if cover.temporal:
            entry["dct:temporal"] = {
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": {"@value": cover.start.isoformat(), "@type": "xsd:date"},
                "dcat:endDate": {"@value": cover.end.isoformat(), "@type": "xsd:date"},
            }
        if modified:
            entry["dct:modified"] = _typed_datetime(modified)
        datasets.append(entry)
    catalogue: dict[str, Any] = {
        "@context": DCAT_CONTEXT,
        "@id": subpage_url(page, "catalogue", request=request),
        "@type": "dcat:Catalog",
        "dct:title": _("YEEP İzleme Platformu açık veri kataloğu"),
        "dct:description": _description(),
        "dct:publisher": publisher,
        "dct:license": licence,
        "dct:language": {"@id": EU_LANGUAGE_TUR},
        "foaf:homepage": {"@id": home},
        "dcat:dataset": datasets,
    }
    if modified:
        catalogue["dct:modified"] = _typed_datetime(modified)
    return catalogue


def _typed_datetime(value: str) -> dict[str, str]:
    return {"@value": value, "@type": "xsd:dateTime"}


# Frictionless Data Package ---------------------------------------------------------------------


def table_schema(table: Table) -> dict[str, Any]:
    """A Table Schema of one exchange table: its columns in order, with types and the data
    dictionary's descriptions (in the active language); empty cells are missing values."""
    fields = []
    for entry in dictionary(table):
        name = entry["column"]
        field: dict[str, Any] = {
            "name": name,
            "type": FIELD_TYPES.get(name, "string"),
            "description": entry["description"],
        }
        if FIELD_TYPES.get(name) == "date":
            field["format"] = "default"  # ISO 8601, YYYY-MM-DD
        constraints: dict[str, Any] = {}
        if name in FIELD_ENUMS:
            constraints["enum"] = FIELD_ENUMS[name]
        if name in FIELD_BOUNDS:
            constraints["minimum"], constraints["maximum"] = FIELD_BOUNDS[name]
        if name in table.required and name not in ("kaynak", "ilerleme", "kanit"):
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "missingValues": [""]}


def data_package(
    page: OpenDataPage, municipality: MunicipalityPage | None = None, request: Any = None
) -> dict[str, Any]:
    """A Frictionless (tabular) Data Package of the CSV downloads, for every municipality or one
    (one or two queries)."""
    cover = coverage(municipality)
    name = "yeep-izleme" if municipality is None else f"yeep-izleme-{municipality.slug}"
    title = _("YEEP izleme verileri")
    if municipality is not None:
        title = f"{title}: {municipality.title}"
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "description": _description(),
        "homepage": page_url(page, request),
        "licenses": [{"name": LICENCE_SPDX, "path": LICENCE_URL, "title": LICENCE}],
        "sources": [{"title": settings.WAGTAIL_SITE_NAME, "path": page_url(page, request)}],
        "contributors": [{"title": _("İzleme Heyeti"), "role": "author"}],
        "keywords": _keywords(),
        "resources": [
            {
                "name": download.dataset.slug,
                "title": download.dataset.title,
                "path": download.url,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "licenses": [{"name": LICENCE_SPDX, "path": LICENCE_URL, "title": LICENCE}],
                "schema": table_schema(download.dataset.table),
            }
            for download in downloads(page, municipality, request)
            if download.fmt == "csv"
        ],
    }
    if cover.modified:
        package["created"] = _iso(cover.modified)
    if cover.temporal:
        package["temporalCoverage"] = cover.temporal
    return package


def json_response_body(data: dict[str, Any]) -> str:
    """A descriptor as served (UTF-8, indented)."""
    return json.dumps(data, ensure_ascii=False, indent=1)
