"""The demo reports: three progress reports and a final report, published by the board."""

from __future__ import annotations

from reports.models import ReportPage
from tests.scenarios.site import SiteTree

from .conftest import DEMO_SITE, DemoBuild

pytestmark = DEMO_SITE


def test_demo_reports_are_bilingual_sample_data_published_by_the_board(
    demo: DemoBuild, site_tree: SiteTree
) -> None:
    reports = ReportPage.objects.filter(locale=site_tree.turkish)
    assert sorted(reports.values_list("kind", flat=True)) == [
        "final",
        "progress-1",
        "progress-2",
        "progress-3",
    ]
    assert all(report.is_sample_data and report.live for report in reports)
    assert all(report.live_revision.user.username == "heyet" for report in reports)
    assert all(site_tree.english_of(report).live for report in reports)
