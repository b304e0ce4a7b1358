"""The sitemap lists the public HTML sub-pages served by routes (period reports, comparisons, the
whole guide, the data dictionary) in both languages with their alternates, and never one that
the route itself refuses to anonymous visitors."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from indicators.models import IndicatorPage
from plans.models import OpenDataPage
from portal.translation import publish_translation
from tests.plans.factories import PlanPageFactory
from tests.scenarios.guide import Guide
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.training import TrainingSite

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
HOST = "http://localhost"


def sitemap(client: Client) -> dict[str, dict[str, str]]:
    """{location: {hreflang: href}} of every URL of the sitemap."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in ET.fromstring(response.content).findall(f"{SITEMAP}url")
    }


def english_indicator(monitoring: Monitoring) -> IndicatorPage:
    english = monitoring.tree.english
    publish_translation(
        monitoring.indicator.get_parent(), english, {"title": "Indicators", "slug": "indicators"}
    )
    return publish_translation(
        monitoring.indicator, english, {"title": "Children in crèches", "slug": "creche"}
    )


def pair(turkish: str, english: str) -> dict[str, str]:
    """The alternates of a URL with a Turkish and an English copy."""
    return {"tr": HOST + turkish, "en": HOST + english, "x-default": HOST + turkish}


def test_sitemap_lists_public_sub_pages_in_both_languages_with_alternates(
    client: Client,
    monitoring: Monitoring,
    open_data: OpenDataPage,
    guide: Guide,
    training: TrainingSite,
) -> None:
    indicator = english_indicator(monitoring)
    period = monitoring.periods[0].pk
    urls = sitemap(client)
    expected = [
        (
            f"/tr/belediyeler/kadikoy/rapor/{period}/",
            f"/en/municipalities/kadikoy/report/{period}/",
        ),
        (f"{monitoring.indicator.url}karsilastirma/", f"{indicator.url}comparison/"),
        ("/tr/kilavuz/tamami/", "/en/guide/full/"),
        ("/tr/acik-veri/sozluk/", "/en/open-data/dictionary/"),
    ]
    for turkish, english in expected:
        assert urls[HOST + turkish] == pair(turkish, english), turkish
        assert urls[HOST + english] == pair(turkish, english), english
        assert client.get(turkish).status_code == client.get(english).status_code == 200
    # Never the participant's own page, files, PDFs or embeds.
    for word in ("katilimci", "participant", "sertifika", "/pdf/", "/csv/", "gomme", "embed"):
        assert not any(word in url for url in urls), word
    # Nilüfer has no approved assessment: no report.
    assert not any("/nilufer/rapor/" in url or "/nilufer/report/" in url for url in urls)


def test_sitemap_leaves_out_reports_the_route_refuses(
    client: Client, monitoring: Monitoring
) -> None:
    draft_period = monitoring.add_period(2)
    make_assessment(
        monitoring.plan,
        draft_period,
        rows=[(monitoring.actions[0], "completed", 100, "Taslak")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "99")],
        publish=False,
    )
    nilufer = monitoring.tree.nilufer
    nilufer_period = monitoring.periods[0]
    make_assessment(
        PlanPageFactory(parent=nilufer),
        nilufer_period,
        rows=[],
        values=[(monitoring.indicator, date(2025, 6, 30), "total", "12")],
    )
    nilufer_report = f"{nilufer.url}rapor/{nilufer_period.pk}/"
    assert HOST + nilufer_report in sitemap(client)  # public until it is restricted
    PageViewRestriction.objects.create(page=nilufer, restriction_type=PageViewRestriction.LOGIN)
    english_kadikoy = monitoring.tree.english_of(monitoring.tree.kadikoy)
    english_kadikoy.unpublish()

    urls = sitemap(client)
    unpublished = f"/tr/belediyeler/kadikoy/rapor/{draft_period.pk}/"
    assert HOST + unpublished not in urls
    assert client.get(unpublished).status_code == 404
    assert HOST + nilufer_report not in urls
    assert client.get(nilufer_report).status_code == 302  # to the login
    assert not any("/en/municipalities/kadikoy/" in url for url in urls)
    published = f"/tr/belediyeler/kadikoy/rapor/{monitoring.periods[0].pk}/"
    assert urls[HOST + published] == {}  # no public English copy: no alternates


def test_sitemap_leaves_out_sub_pages_of_private_or_unpublished_pages(
    client: Client, open_data: OpenDataPage, guide: Guide
) -> None:
    english = guide.english
    for page in (guide.page, guide.english_of(guide.page)):
        PageViewRestriction.objects.get_or_create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    for page in (open_data, open_data.get_translation(english)):
        page.unpublish()
    urls = sitemap(client)
    for word in ("/kilavuz/", "/guide/", "/acik-veri/", "/open-data/"):
        assert not any(word in url for url in urls), word
