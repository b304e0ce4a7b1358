"""Admin hooks of reports/: a new report index joins the board's permissions and workflow."""

from __future__ import annotations

from django.http import HttpRequest

from wagtail import hooks
from wagtail.models import Page

from portal.roles import ensure_board_workflow, ensure_core_groups

from .models import ReportIndexPage


@hooks.register("after_create_page")
def put_new_report_index_under_the_board(request: HttpRequest, page: Page) -> None:
    """Reports are approved by the board, wherever their index is created."""
    if isinstance(page.specific, ReportIndexPage):
        ensure_core_groups()
        ensure_board_workflow()
