"""The CSV of an indicator: one row per municipality, date and disaggregation; UTF-8 with BOM."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from django.test import Client

from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def test_indicator_csv_rows_encoding_and_headers(client: Client, monitoring: Monitoring) -> None:
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[],
        values=[
            (monitoring.indicator, date(2026, 6, 30), "women", "33"),
            (monitoring.indicator, date(2026, 6, 30), "total", "32.5"),
        ],
    )
    response = client.get(f"{monitoring.indicator.url}csv/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets detect UTF-8

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, data = rows[0], rows[1:]
    assert header[:4] == ["gösterge_kodu", "gösterge", "belediye", "il"]
    keys = [(row[2], row[5], row[6]) for row in data]
    assert len(keys) == len(set(keys)) == 5
    assert ("Kadıköy Belediyesi", "2025-06-30", "Kadın") in keys
    assert ("Kadıköy Belediyesi", "2026-06-30", "Toplam") in keys
    by_key = {(row[2], row[5], row[6]): row for row in data}
    assert by_key[("Kadıköy Belediyesi", "2026-06-30", "Toplam")][7] == "32.5"
    assert by_key[("Kadıköy Belediyesi", "2025-06-30", "Toplam")][3] == "İstanbul"
    assert all(row[-1] == "CC BY 4.0" for row in data)


def test_english_csv_has_english_labels(client: Client, monitoring: Monitoring) -> None:
    from portal.translation import publish_translation

    english = publish_translation(
        monitoring.indicator.get_parent(), monitoring.tree.english, {"slug": "indicators"}
    )
    indicator_en = publish_translation(
        monitoring.indicator, monitoring.tree.english, {"title": "Childcare share", "slug": "cc"}
    )
    assert english.live
    response = client.get(f"{indicator_en.url}csv/")
    text = response.content.decode("utf-8-sig")
    assert "Kadıköy Municipality" in text
    assert "Women" in text
    assert len(text.strip().splitlines()) == 1 + 3


def test_a_correction_in_a_later_period_replaces_the_value(
    client: Client, monitoring: Monitoring
) -> None:
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[],
        values=[(monitoring.indicator, date(2025, 6, 30), "total", "29")],
    )
    text = client.get(f"{monitoring.indicator.url}csv/").content.decode("utf-8-sig")
    totals = [line for line in text.splitlines() if "2025-06-30" in line and "Toplam" in line]
    assert len(totals) == 1
    assert ",29," in totals[0]
