"""Reports: listing with filters, the board-only publication, and no leaks."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from wagtail.models import PageViewRestriction

from portal.roles import EDITORS, MONITORING_BOARD
from reports.models import ReportIndexPage, ReportKind
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree: SiteTree) -> ReportIndexPage:
    page = ReportIndexPageFactory(parent=site_tree.home)
    call_command("setup_roles", stdout=StringIO())  # as the admin hook does for a new index
    return page


def listed(client: Client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    return [title for title in ("Rapor A", "Rapor B", "Rapor C", "Taslak rapor") if title in html]


def test_index_filters_by_kind_and_year(client: Client, index: ReportIndexPage) -> None:
    ReportPageFactory(parent=index, title="Rapor A", kind=ReportKind.PROGRESS_1)
    ReportPageFactory(
        parent=index, title="Rapor B", kind=ReportKind.FINAL, publication_date=date(2027, 2, 1)
    )
    ReportPageFactory(parent=index, title="Rapor C", kind=ReportKind.PROGRESS_2)
    assert listed(client, index.url) == ["Rapor A", "Rapor B", "Rapor C"]
    assert listed(client, f"{index.url}?tur=final") == ["Rapor B"]
    assert listed(client, f"{index.url}?yil=2025") == ["Rapor A", "Rapor C"]
    html = client.get(f"{index.url}?tur=yok&yil=abc&sayfa=zz").content.decode()
    assert "Bilinmeyen rapor türü" in html
    assert "Bu yılda yayımlanmış rapor yok" in html
    assert html.index("Rapor B") < html.index("Rapor A")  # newest first


def test_report_page_renders(client: Client, index: ReportIndexPage, site_tree: SiteTree) -> None:
    report = ReportPageFactory(parent=index, title="Rapor A", summary="Bulgular burada.")
    report.covered_municipalities.create(municipality=site_tree.kadikoy)
    report.save_revision().publish()
    html = client.get(report.url).content.decode()
    assert "Bulgular burada." in html
    assert "1. İlerleme raporu" in html
    assert '<a href="/tr/belediyeler/kadikoy/">Kadıköy Belediyesi</a>' in html


def test_drafts_and_private_reports_stay_off_the_index(
    client: Client, index: ReportIndexPage
) -> None:
    ReportPageFactory(parent=index, title="Rapor A")
    ReportPageFactory(parent=index, title="Taslak rapor", live=False)
    private = ReportPageFactory(parent=index, title="Rapor C")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert listed(client, index.url) == ["Rapor A"]
    assert "Taslak rapor" not in client.get("/sitemap.xml").content.decode()


def test_only_the_board_publishes_reports(index: ReportIndexPage) -> None:
    report = ReportPageFactory(parent=index, live=False)
    editor = get_user_model().objects.create_user("ed", password="x-secret-1")
    editor.groups.add(Group.objects.get(name=EDITORS))
    board = get_user_model().objects.create_user("hb", password="x-secret-1")
    board.groups.add(Group.objects.get(name=MONITORING_BOARD))
    assert not report.permissions_for_user(editor).can_publish()
    assert report.permissions_for_user(board).can_publish()


def test_report_index_is_under_the_board_workflow(index: ReportIndexPage) -> None:
    report = ReportPageFactory(parent=index, live=False)
    assert report.get_workflow().name == "İzleme Heyeti onayı"


def test_a_report_index_created_in_the_admin_joins_the_board(
    admin_client: Client, site_tree: SiteTree
) -> None:
    data = {
        "title": "Raporlar",
        "slug": "raporlar",
        "intro": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    response = admin_client.post(
        f"/admin/pages/add/reports/reportindexpage/{site_tree.home.pk}/",
        data,
        HTTP_HOST="localhost",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    index = ReportIndexPage.objects.get(slug="raporlar")
    report = ReportPageFactory(parent=index, live=False)
    board = get_user_model().objects.create_user("hb2", password="x-secret-1")
    board.groups.add(Group.objects.get(name=MONITORING_BOARD))
    assert report.permissions_for_user(board).can_publish()
    assert report.get_workflow().name == "İzleme Heyeti onayı"
