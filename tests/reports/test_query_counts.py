"""The report index and a report run a number of queries that does not grow with the reports."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

from reports.models import ReportIndexPage, ReportKind, ReportMunicipality, ReportPage
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def grow(site_tree: SiteTree, index: ReportIndexPage, size: int) -> None:
    """Bring the index to `size` reports of mixed kinds and years, each covering both
    municipalities."""
    kinds = list(ReportKind)
    for number in range(ReportPage.objects.child_of(index).count(), size):
        ReportPageFactory(
            parent=index,
            kind=kinds[number % len(kinds)],
            publication_date=date(2020 + number % 7, 1 + number % 12, 1),
            covered_municipalities=[
                ReportMunicipality(municipality=municipality)
                for municipality in (site_tree.kadikoy, site_tree.nilufer)
            ],
        )


def test_query_counts_do_not_grow_from_5_to_50(client: Client, site_tree: SiteTree) -> None:
    index = ReportIndexPageFactory(parent=site_tree.home)
    grow(site_tree, index, 5)
    report = ReportPage.objects.child_of(index).first()
    urls = {
        "index": index.url,
        "index, one kind and year": f"{index.url}?tur=progress-1&yil=2020",
        "index, page 2": f"{index.url}?sayfa=2",
        "report": report.url,
    }
    small = queries_per_url(client, urls)
    grow(site_tree, index, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
