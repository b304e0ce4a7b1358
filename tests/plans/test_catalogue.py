"""Catalogue metadata of the open data (issue 19 §5): schema.org Dataset JSON-LD on the page, the
DCAT-AP catalogue, Frictionless Data Packages validated with `frictionless`, versioning by the
board's approvals and the changelog; drafts and private pages never reach them; query counts."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from frictionless import Package, validate

from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from plans.catalogue import FIELD_TYPES
from plans.exchange import TABLES
from plans.models import AssessmentPage, OpenDataPage
from plans.opendata import DATASETS, FORMATS
from tests.plans.factories import PlanPageFactory
from tests.scenarios.monitoring import Monitoring, approve_new_assessment, make_assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

# Later than the scenario's own approval (made at the real time).
LATER = datetime(2035, 5, 4, 9, tzinfo=UTC)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld_of(client: Client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, url
    found = JSON_LD.findall(response.content.decode())
    assert len(found) == 1, url
    return json.loads(found[0])


def path_of(url: str) -> str:
    return urlsplit(url).path


def get_json(client: Client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, url
    return json.loads(response.content)


def latest_approval() -> datetime:
    return AssessmentPage.objects.of_record().latest("last_published_at").last_published_at


def add_secrets(monitoring: Monitoring) -> None:
    """A draft assessment and a private one, with words and dates that must never appear."""
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(monitoring.actions[0], "cancelled", 0, "TASLAK-YORUM")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "987654")],
        publish=False,
    )
    monitoring.periods[-1].name = "TASLAK-DONEM"
    monitoring.periods[-1].save()
    private = make_assessment(
        monitoring.plan,
        monitoring.add_period(3),
        rows=[(monitoring.actions[1], "cancelled", 0, "GIZLI-YORUM")],
        values=[(monitoring.indicator, date(2027, 6, 30), "total", "123123")],
    )
    monitoring.periods[-1].name = "GIZLI-DONEM"
    monitoring.periods[-1].save()
    PageViewRestriction.objects.create(page=private, restriction_type="login")


# schema.org ------------------------------------------------------------------------------------


def test_the_page_carries_a_schema_org_dataset(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    data = json_ld_of(client, "/tr/acik-veri/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Dataset"
    for key in ("name", "description", "license", "creator", "publisher", "inLanguage"):
        assert data[key], key
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["temporalCoverage"] == "2025-01-01/2025-06-30"
    assert data["dateModified"] == latest_approval().isoformat(timespec="seconds")
    places = [place["name"] for place in data["spatialCoverage"]["containsPlace"]]
    assert "Kadıköy Belediyesi" in places
    distributions = data["distribution"]
    assert len(distributions) == len(DATASETS) * len(FORMATS)
    assert {item["encodingFormat"] for item in distributions} >= {"text/csv", "application/json"}
    for item in distributions:
        assert item["@type"] == "DataDownload"
        assert client.get(path_of(item["contentUrl"])).status_code == 200, item

    english = json_ld_of(client, "/en/open-data/")
    assert english["name"] == "YEEP monitoring data"
    assert english["distribution"][0]["contentUrl"].startswith("http://localhost/en/open-data/")


# DCAT-AP ---------------------------------------------------------------------------------------


def test_the_dcat_catalogue_lists_every_table_and_format(
    client: Client, open_data: OpenDataPage
) -> None:
    response = client.get("/tr/acik-veri/katalog/")
    assert response["Content-Type"].startswith("application/ld+json")
    catalogue = json.loads(response.content)
    assert catalogue["@type"] == "dcat:Catalog"
    assert catalogue["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    datasets = catalogue["dcat:dataset"]
    assert [dataset["dct:identifier"] for dataset in datasets] == list(DATASETS)
    for dataset in datasets:
        assert dataset["@type"] == "dcat:Dataset"
        assert dataset["dct:modified"]["@value"] == latest_approval().isoformat(timespec="seconds")
        assert dataset["dct:temporal"]["dcat:startDate"]["@value"] == "2025-01-01"
        formats = [
            item["dct:format"]["@id"].rsplit("/", 1)[1] for item in dataset["dcat:distribution"]
        ]
        assert formats == ["CSV", "XLSX", "JSON"]
        for item in dataset["dcat:distribution"]:
            assert item["@type"] == "dcat:Distribution"
            assert client.get(path_of(item["dcat:downloadURL"]["@id"])).status_code == 200
    english = get_json(client, "/en/open-data/catalog/")
    assert english["dct:title"] == "Open data catalogue of the YEEP Monitoring Platform"
    # The other language's words answer with a redirect to the page's own.
    assert client.get("/tr/acik-veri/catalog/").status_code == 301


# Frictionless Data Package ---------------------------------------------------------------------


def validated_package(client: Client, url: str, folder: Path) -> Package:
    """The data package at `url` with its CSV files downloaded beside it, validated by
    frictionless (the descriptor names the files by URL; they are read here from the test
    client)."""
    descriptor = get_json(client, url)
    for resource in descriptor["resources"]:
        response = client.get(path_of(resource["path"]))
        assert response.status_code == 200
        local = folder / f"{resource['name']}.csv"
        local.write_bytes(response.content)
        resource["path"] = local.name
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    return Package(str(folder / "datapackage.json"))


def test_the_data_package_validates_with_frictionless(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, tmp_path: Path
) -> None:
    package = validated_package(client, "/tr/acik-veri/datapackage/", tmp_path)
    assert [resource.name for resource in package.resources] == list(DATASETS)
    for resource, table in zip(package.resources, TABLES, strict=True):
        fields = {field.name: field for field in resource.schema.fields}
        assert list(fields) == list(table.columns)
        assert fields["deger" if "deger" in fields else "ilerleme"].type in ("number", "integer")
        assert all(field.description for field in fields.values())
        for name, kind in FIELD_TYPES.items():
            if name in fields:
                assert fields[name].type == kind, name
        rows = resource.read_rows()
        assert rows, resource.name
    values = package.get_resource("gosterge-degerleri").read_rows()
    assert {row["deger"] for row in values} >= {30, 31.5}
    assert package.licenses[0]["name"] == "CC-BY-4.0"


def test_a_municipality_has_its_own_data_package(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, tmp_path: Path
) -> None:
    (tmp_path / "tr").mkdir()
    (tmp_path / "en").mkdir()
    package = validated_package(
        client, "/tr/acik-veri/belediye/kadikoy/datapackage/", tmp_path / "tr"
    )
    assert package.name == "yeep-izleme-kadikoy"
    rows = package.get_resource("eylem-durumlari").read_rows()
    assert {row["belediye"] for row in rows} == {"kadikoy"}
    english = validated_package(
        client, "/en/open-data/municipality/kadikoy/datapackage/", tmp_path / "en"
    )
    field = english.get_resource("gosterge-degerleri").schema.get_field("deger")
    assert field.description == "The value; the decimal separator is a dot."
    assert client.get("/tr/acik-veri/belediye/yok-boyle/datapackage/").status_code == 404
    # A municipality's package is dated by its own approvals; one without any has no date.
    kadikoy = get_json(client, "/tr/acik-veri/belediye/kadikoy/datapackage/")
    assert kadikoy["created"] == latest_approval().isoformat(timespec="seconds")
    assert "created" not in get_json(client, "/tr/acik-veri/belediye/nilufer/datapackage/")


# Versioning and changelog ----------------------------------------------------------------------


def test_an_approval_bumps_modified_and_is_listed_in_the_changelog(
    client: Client,
    open_data: OpenDataPage,
    monitoring: Monitoring,
    board_member: AbstractUser,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    before = get_json(client, "/tr/acik-veri/datapackage/")["created"]
    # The approval commits (a new content generation: the catalogue's cached dates are old).
    with time_machine.travel(LATER, tick=False), django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "44")
    package = get_json(client, "/tr/acik-veri/datapackage/")
    assert package["created"] == LATER.isoformat(timespec="seconds") != before
    assert json_ld_of(client, "/tr/acik-veri/")["dateModified"] == package["created"]

    html = client.get("/tr/acik-veri/degisiklikler/").content.decode()
    listed = html[html.index('class="release-list"') :]
    assert listed.index("Dönem 2") < listed.index("1. İlerleme dönemi (2025)")
    assert 'datetime="2035-05-04"' in listed and "Kadıköy" in listed
    page = client.get("/tr/acik-veri/").content.decode()
    assert "Son onaylar" in page and "Dönem 2" in page
    english = client.get("/en/open-data/changes/").content.decode()
    assert "Data changes" in english and "assessment approved" in english


def test_a_correction_is_listed_as_such(
    client: Client,
    open_data: OpenDataPage,
    monitoring: Monitoring,
    board_member: AbstractUser,
) -> None:
    page = AssessmentPage.objects.get(pk=monitoring.assessments[0].pk)
    with time_machine.travel(LATER, tick=False):
        page.get_latest_revision_as_object().save_revision().publish(user=board_member)
    html = client.get("/tr/acik-veri/degisiklikler/").content.decode()
    listed = html[html.index('class="release-list"') :]
    assert listed.index("düzeltme onaylandı") < listed.index("değerlendirme onaylandı")


# Leaks -----------------------------------------------------------------------------------------


def test_drafts_and_private_pages_never_reach_the_catalogue(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, tmp_path: Path
) -> None:
    modified = get_json(client, "/tr/acik-veri/datapackage/")["created"]
    with time_machine.travel(LATER, tick=False):
        add_secrets(monitoring)
    nilufer_plan = PlanPageFactory(parent=monitoring.tree.nilufer)
    PageViewRestriction.objects.create(page=monitoring.tree.nilufer, restriction_type="login")
    make_assessment(nilufer_plan, monitoring.periods[0], rows=[], values=[])

    secrets = ("TASLAK", "GIZLI", "987654", "123123", "Nilüfer", "2028", "2035")
    for url in (
        "/tr/acik-veri/",
        "/en/open-data/",
        "/tr/acik-veri/katalog/",
        "/en/open-data/catalog/",
        "/tr/acik-veri/datapackage/",
        "/tr/acik-veri/belediye/kadikoy/datapackage/",
        "/tr/acik-veri/degisiklikler/",
        "/en/open-data/changes/",
    ):
        body = client.get(url).content.decode()
        for secret in secrets:
            assert secret not in body, (url, secret)
    assert get_json(client, "/tr/acik-veri/datapackage/")["created"] == modified
    assert client.get("/tr/acik-veri/belediye/nilufer/datapackage/").status_code == 404
    validated_package(client, "/tr/acik-veri/datapackage/", tmp_path)


# Query counts ----------------------------------------------------------------------------------

URLS = (
    "/tr/acik-veri/",
    "/en/open-data/",
    "/tr/acik-veri/katalog/",
    "/tr/acik-veri/datapackage/",
    "/tr/acik-veri/belediye/kadikoy/datapackage/",
    "/tr/acik-veri/degisiklikler/",
)


def query_counts(client: Client) -> dict[str, int]:
    counts = {}
    for url in URLS:
        client.get(url)  # the first request after a publication fills the caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_catalogue_query_counts_do_not_grow(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, board_member: AbstractUser
) -> None:
    approve_new_assessment(monitoring, board_member, "40")
    small = query_counts(client)
    for value in ("41", "42", "43"):
        approve_new_assessment(monitoring, board_member, value)
    PlanPageFactory(parent=monitoring.tree.nilufer)
    assert query_counts(client) == small
    assert max(small.values()) <= 25, small
