"""The demo reports: three progress reports published by the board and the final report, its
draft."""

from __future__ import annotations

from reports.models import ReportPage
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild


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
    assert all(report.is_sample_data for report in reports)
    # The final report is dated after the demo's calendar: a draft of the board, not published.
    published = reports.exclude(kind="final")
    assert all(report.live for report in published)
    assert not reports.get(kind="final").live
    assert reports.get(kind="final").latest_revision.user.username == "heyet"
    assert all(report.live_revision.user.username == "heyet" for report in published)
    assert all(site_tree.english_of(report).live for report in published)
