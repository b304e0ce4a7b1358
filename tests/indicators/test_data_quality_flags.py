"""Data-quality flags of indicator values (issue 19 §3): the importer reads them, the exports
write them back, and every public view of a value shows them with a footnote (charts: a marker
beside the point and the footnote under the legend; a series break splits the line); the
comparison lists a value that is not comparable without ranking it, saying why. A flag on a
draft value never reaches a public channel."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import AbstractUser
from django.template.loader import render_to_string
from django.test import Client

from indicators.comparison import indicator_comparison
from indicators.comparison_downloads import chart_groups
from plans.data_quality import FLAG_FIELDS, DataFlag
from plans.exchange import FLAG_COLUMNS
from plans.importer import import_monitoring_file, template_rows
from plans.importer.exchange_rows import TEMPLATE_COLUMNS
from plans.models import AssessmentPage, IndicatorValue, OpenDataPage
from plans.overview import indicator_overview
from portal.charts import ChartPoint, ChartSeries, line_chart
from tests.indicators.test_comparison import add_town, comparison_url, row_names
from tests.plans.import_files import (
    VALUE_COLUMNS,
    csv_bytes,
    database_counts,
    run_import,
    value_line,
    xlsx_bytes,
)
from tests.plans.test_compact_form import edit_page, latest, row_html, saved_rows
from tests.plans.test_workflow import draft_assessment, logged_in
from tests.scenarios.api import get_json
from tests.scenarios.monitoring import Monitoring, assessment_form_data, make_assessment
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

JUNE = date(2025, 6, 30)
FLAGGED_COLUMNS = [*VALUE_COLUMNS, *FLAG_COLUMNS]


def flag(monitoring: Monitoring, kind: str, *flags: DataFlag) -> None:
    """Set flags on the approved value of the first period (as an approved correction would)."""
    IndicatorValue.objects.filter(assessment=monitoring.assessments[0], disaggregation=kind).update(
        **{item.field_name: True for item in flags}
    )


def flags_of_draft(monitoring: Monitoring, assessment=None) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    page = assessment or monitoring.assessments[0]
    draft = AssessmentPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return {
        value.disaggregation: [item.value for item in value.flags]
        for value in draft.indicator_values.all()
    }


# The importer -----------------------------------------------------------------------------------


def test_flag_columns_are_read_in_any_spelling_and_an_empty_cell_is_no(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    content = xlsx_bytes(
        {
            "gosterge_degerleri": (
                FLAGGED_COLUMNS,
                [
                    [*value_line(plan, period, indicator, JUNE, "women", "31"), "evet", "", "", ""],
                    [*value_line(plan, period, indicator, JUNE, "men", "28"), "", "TRUE", "x", 0],
                    [*value_line(plan, period, indicator, JUNE, "total", "30"), False, "", "", 1],
                ],
            )
        }
    )
    outcome = run_import(content, "veri.xlsx", plan, period, kadikoy_reporter)

    assert outcome.ok, [str(issue) for issue in outcome.issues]
    assert flags_of_draft(monitoring) == {
        "women": ["estimate"],
        "men": ["provisional", "series_break"],
        "total": ["not_comparable"],
    }


def test_a_file_without_flag_columns_keeps_the_drafts_flags(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    flagged = [*value_line(plan, period, indicator, JUNE, "total", "33"), "", "evet", "", ""]
    assert run_import(
        csv_bytes(FLAGGED_COLUMNS, [flagged]), "veri.csv", plan, period, kadikoy_reporter
    ).ok
    content = csv_bytes(VALUE_COLUMNS, [value_line(plan, period, indicator, JUNE, "total", "34")])
    outcome = run_import(content, "veri.csv", plan, period, kadikoy_reporter)

    assert outcome.ok, [str(issue) for issue in outcome.issues]
    assert flags_of_draft(monitoring)["total"] == ["provisional"]


def test_a_bad_flag_value_is_refused_with_its_line_and_column_and_nothing_is_imported(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period, indicator = monitoring.plan, monitoring.periods[0], monitoring.indicator
    before = database_counts()
    content = csv_bytes(
        FLAGGED_COLUMNS,
        [
            [*value_line(plan, period, indicator, JUNE, "women", "31"), "evet", "", "", ""],
            [*value_line(plan, period, indicator, JUNE, "men", "28"), "", "belki", "", ""],
        ],
    )
    outcome = run_import(content, "veri.csv", plan, period, kadikoy_reporter)

    assert not outcome.ok
    assert database_counts() == before
    assert [(issue.line, issue.column) for issue in outcome.issues] == [(3, "gecici")]
    message = str(outcome.issues[0])
    assert "belki" in message and "gecici" in message and "3" in message


def test_the_template_has_the_flag_columns_and_explains_them(monitoring: Monitoring) -> None:
    columns = TEMPLATE_COLUMNS["gosterge_degerleri"]
    assert [column for column in columns if column in FLAG_COLUMNS] == list(FLAG_COLUMNS)
    rows = template_rows(monitoring.plan, monitoring.periods[0])["gosterge_degerleri"]
    assert all(row["tahmin"] == "" for row in rows)
    from plans.importer import instructions

    notes = " ".join(instructions())
    assert "seri_kirilmasi" in notes and "Seri kırılması" in notes


# Exports and the round trip -------------------------------------------------------------------


def _csv_rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_open_data_writes_the_flags_in_every_format(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    flag(monitoring, "women", DataFlag.PROVISIONAL, DataFlag.SERIES_BREAK)
    base = "/tr/acik-veri/belediye/kadikoy/gosterge-degerleri"

    by_kind = {row["kirilim"]: row for row in _csv_rows(client.get(f"{base}/csv/").content)}
    assert {column: by_kind["women"][column] for column in FLAG_COLUMNS} == {
        "tahmin": "false",
        "gecici": "true",
        "seri_kirilmasi": "true",
        "karsilastirilamaz": "false",
    }
    assert by_kind["total"]["gecici"] == "false"

    document = json.loads(client.get(f"{base}/json/").content)
    women = next(row for row in document["rows"] if row["kirilim"] == "women")
    assert women["gecici"] is True and women["tahmin"] is False
    described = {entry["column"]: entry for entry in document["dictionary"]}
    assert not described["seri_kirilmasi"]["required_for_import"]
    assert "Seri kırılması" in described["seri_kirilmasi"]["description"]

    sheet = load_workbook(io.BytesIO(client.get(f"{base}/xlsx/").content)).worksheets[0]
    header, *body = [list(row) for row in sheet.iter_rows(values_only=True)]
    women_cells = next(dict(zip(header, row, strict=True)) for row in body if "women" in row)
    assert women_cells["seri_kirilmasi"] == "true"

    dictionary = html_of(client, "/tr/acik-veri/sozluk/")
    for column in FLAG_COLUMNS:
        assert f"<code>{column}</code>" in dictionary
    assert "Belediyeler arası karşılaştırılamaz" in dictionary


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_flags_round_trip_from_an_export_through_the_importer(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring, fmt: str
) -> None:
    flag(monitoring, "women", DataFlag.ESTIMATE)
    flag(monitoring, "total", DataFlag.NOT_COMPARABLE, DataFlag.PROVISIONAL)
    exported = client.get(f"/tr/acik-veri/belediye/kadikoy/gosterge-degerleri/{fmt}/").content
    # The draft starts from the published revision, which predates the flags set on the rows
    # above: the flags below come from the file.
    outcome = import_monitoring_file(
        io.BytesIO(exported), f"export.{fmt}", plan=monitoring.plan, period=monitoring.periods[0]
    )

    assert outcome.ok, [str(issue) for issue in outcome.issues]
    assert flags_of_draft(monitoring) == {
        "women": ["estimate"],
        "men": [],
        "total": ["provisional", "not_comparable"],
    }


def test_the_indicator_csv_names_the_flags(client: Client, monitoring: Monitoring) -> None:
    flag(monitoring, "men", DataFlag.ESTIMATE)
    response = client.get(f"{monitoring.indicator.url}csv/")
    rows = {row["kırılım"]: row for row in _csv_rows(response.content)}
    assert rows["Erkek"]["veri_kalitesi"] == "Tahmin"
    assert rows["Kadın"]["veri_kalitesi"] == ""


# Charts and tables ------------------------------------------------------------------------------


def test_a_chart_marks_flagged_points_explains_them_and_splits_the_line_at_a_break() -> None:
    points = (
        ChartPoint(date(2024, 6, 30), 10),
        ChartPoint(date(2025, 6, 30), 12, notes=("e",)),
        ChartPoint(date(2026, 6, 30), 20, notes=("b",), starts_segment=True),
        ChartPoint(date(2027, 6, 30), 22),
    )
    svg = str(
        line_chart(
            [ChartSeries("Toplam", points)],
            title="G",
            description="d",
            footnotes=[("e", "Tahmin"), ("b", "Seri kırılması")],
        )
    )
    lines = re.findall(r'<polyline points="([^"]+)"', svg)
    assert [len(line.split()) for line in lines] == [2, 2]  # two segments, not one line of four
    assert re.findall(r'class="flag-marker">([^<]+)</text>', svg) == ["e", "b"]
    assert 'class="footnote"><tspan font-style="italic">e</tspan>: Tahmin' in svg
    assert "Seri kırılması" in svg
    assert "(e)</title>" in svg  # the point's tooltip names its flag too


def test_the_indicator_page_shows_marks_footnotes_and_a_broken_line(
    client: Client, monitoring: Monitoring
) -> None:
    flag(monitoring, "total", DataFlag.PROVISIONAL)
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "40")],
    )
    make_assessment(
        monitoring.plan,
        monitoring.add_period(3),
        rows=[],
        values=[(monitoring.indicator, date(2027, 6, 30), "total", "41")],
    )
    IndicatorValue.objects.filter(date=date(2026, 6, 30)).update(flag_series_break=True)

    html = html_of(client, monitoring.indicator.url)

    assert 'class="flag-marker">p</text>' in html and 'class="flag-marker">b</text>' in html
    assert "Geçici" in html and "Seri kırılması" in html
    assert '<sup class="flag-mark" title="Geçici">p' in html  # the table cell
    assert 'class="flag-notes"' in html
    total = re.findall(r'<polyline points="([^"]+)"[^>]*stroke="#1f5f8b"', html)
    assert [len(line.split()) for line in total] == [1, 2]  # 2025 | 2026–2027


def test_the_embed_the_assessment_and_the_municipality_overview_show_the_flags(
    client: Client, monitoring: Monitoring
) -> None:
    flag(monitoring, "women", DataFlag.ESTIMATE)
    embed = html_of(client, f"{monitoring.indicator.url}gomme/kadikoy/")
    assert 'class="flag-marker">e</text>' in embed and "flag-notes" in embed

    assessment = html_of(client, monitoring.assessments[0].url)
    assert '<sup class="flag-mark" title="Tahmin">e' in assessment
    assert 'class="flag-notes"' in assessment

    (item,), _periods = indicator_overview(monitoring.tree.kadikoy)
    bars = {bar.disaggregation: bar for bar in item.bars}
    assert bars["women"].flags == (DataFlag.ESTIMATE,) and bars["men"].flags == ()
    assert [note.symbol for note in item.flag_notes] == ["e"]
    svg = render_to_string("plans/components/overview_indicator_bar.html", {"bar": bars["women"]})
    assert "(Tahmin)" in svg  # the bullet chart's text alternative


def test_the_comparison_lists_a_value_not_comparable_without_ranking_it(
    client: Client, monitoring: Monitoring
) -> None:
    add_town(monitoring, "Zonguldak Belediyesi", {"total": "50"})
    add_town(monitoring, "Çorum Belediyesi", {"total": "90"})
    IndicatorValue.objects.filter(value=90).update(flag_not_comparable=True)
    flag(monitoring, "total", DataFlag.ESTIMATE)

    html = html_of(client, comparison_url(monitoring))

    names = row_names(html)
    assert names[:3] == ["Zonguldak Belediyesi", "Kadıköy Belediyesi", "Çorum Belediyesi"]
    table = html[html.index('<table class="data-table">') :]
    corum = table[table.index("Çorum Belediyesi") :]
    corum = corum[: corum.index("</tr>")]
    assert "Sıralamaya alınmadı" in corum and "karşılaştırılamaz" in corum
    assert '<sup class="flag-mark" title="Belediyeler arası karşılaştırılamaz">d' in corum
    ranks = re.findall(r"<tr[^>]*>\s*<td>([^<]*)</td>", table)
    assert ranks[:3] == ["1", "2", "—"]
    assert '<sup class="flag-mark" title="Tahmin">e' in table
    chart = html[html.index('class="comparison__svg"') : html.index("</figure>")]
    groups = chart_groups(indicator_comparison(monitoring.indicator, monitoring.periods[0].pk))
    assert [group.label for group in groups] == [
        "1. Zonguldak Belediyesi",
        "2. Kadıköy Belediyesi (e)",
    ]  # no bar for Çorum; Kadıköy's bar carries its mark
    assert "e: Tahmin" in chart  # the chart's footnote
    assert "listede var, sıralamada yok" in html

    response = client.get(
        f"{monitoring.indicator.url}karsilastirma/veri/csv/?donem={monitoring.periods[0].pk}"
    )
    rows = {row["belediye"]: row for row in _csv_rows(response.content)}
    assert rows["Çorum Belediyesi"]["sıra"] == ""
    assert rows["Çorum Belediyesi"]["veri_kalitesi"] == "Belediyeler arası karşılaştırılamaz"
    assert "Sıralamaya alınmadı" in rows["Çorum Belediyesi"]["not"]
    assert rows["Kadıköy Belediyesi"]["veri_kalitesi"] == "Tahmin"


# The API ----------------------------------------------------------------------------------------


def test_the_api_lists_flags_and_their_labels_and_filters_by_flag(
    client: Client, monitoring: Monitoring
) -> None:
    flag(monitoring, "men", DataFlag.ESTIMATE, DataFlag.PROVISIONAL)
    data = get_json(client, "/api/v1/indicator-values/?ordering=id")["results"]
    by_kind = {row["disaggregation"]: row for row in data}
    assert by_kind["men"]["flags"] == ["estimate", "provisional"]
    assert by_kind["men"]["flag_labels"] == ["Tahmin", "Geçici"]
    assert by_kind["women"]["flags"] == [] and by_kind["women"]["flag_labels"] == []

    english = get_json(client, "/api/v1/indicator-values/?disaggregation=men&locale=en")
    assert english["results"][0]["flag_labels"] == ["Estimate", "Provisional"]

    only = get_json(client, "/api/v1/indicator-values/?flag=provisional")["results"]
    assert [row["disaggregation"] for row in only] == ["men"]


# Leaks ------------------------------------------------------------------------------------------


def test_a_flag_on_a_draft_value_never_appears(
    client: Client, open_data: OpenDataPage, monitoring: Monitoring
) -> None:
    draft = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "987654")],
        publish=False,
    )
    IndicatorValue.objects.filter(assessment=draft).update(**dict.fromkeys(FLAG_FIELDS, True))
    revision = draft.save_revision()
    assert all(value.flags for value in revision.as_object().indicator_values.all())

    pages = [
        monitoring.indicator.url,
        f"{monitoring.indicator.url}gomme/kadikoy/",
        f"{monitoring.indicator.url}karsilastirma/?donem={monitoring.periods[1].pk}",
        monitoring.assessments[0].url,
    ]
    (item,), _periods = indicator_overview(monitoring.tree.kadikoy)
    assert all(not bar.flags for bar in item.bars)
    for url in pages:
        html = html_of(client, url)
        assert "flag-mark" not in html and "flag-marker" not in html, url
        assert "flag-notes" not in html, url
    api = get_json(client, "/api/v1/indicator-values/")["results"]
    assert all(row["flags"] == [] for row in api)
    assert get_json(client, "/api/v1/indicator-values/?flag=series_break")["results"] == []
    files = "/tr/acik-veri/gosterge-degerleri"
    document = json.loads(client.get(f"{files}/json/").content)
    for rows in (_csv_rows(client.get(f"{files}/csv/").content), document["rows"]):
        assert rows and all(
            str(row[column]) in ("false", "False") for row in rows for column in FLAG_COLUMNS
        )
        assert all(row["deger"] != "987654" for row in rows)
    csv_body = client.get(f"{monitoring.indicator.url}csv/").content.decode("utf-8-sig")
    assert "Tahmin" not in csv_body and "987654" not in csv_body


# The admin --------------------------------------------------------------------------------------


def test_a_reporter_sets_flags_in_the_compact_row(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    row = row_html(edit_page(kadikoy_reporter, page), "indicator_values-0")
    assert "Veri kalitesi" in row and "yeep-row__cell--flags" in row  # one cell for the four
    for name in FLAG_FIELDS:
        assert f'name="indicator_values-0-{name}"' in row

    rows, values = saved_rows(page)["rows"], saved_rows(page)["values"]
    values[0]["flag_provisional"] = "on"
    data = assessment_form_data(
        title=page.title,
        slug=page.slug,
        period=page.period,
        rows=rows,
        values=values,
        summary=page.summary,
    )
    data["action_rows-INITIAL_FORMS"] = str(len(rows))
    data["indicator_values-INITIAL_FORMS"] = str(len(values))
    response = logged_in(kadikoy_reporter).post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302
    assert [value.flags for value in latest(page).indicator_values.all()] == [
        [DataFlag.PROVISIONAL]
    ]


def test_the_boards_comparison_lists_a_changed_flag(monitoring: Monitoring) -> None:
    from plans.assessment_diff import assessment_changes

    live = AssessmentPage.objects.get(pk=monitoring.assessments[0].pk)
    draft = AssessmentPage.objects.get(pk=live.pk)
    rows = list(draft.indicator_values.all())
    for row in rows:
        row.flag_provisional = row.disaggregation == "total"
    draft.indicator_values = rows
    changes = assessment_changes(draft, live)

    (total,) = changes.indicator_values
    assert total.kind == "changed" and total.label.endswith("Toplam")
    assert [(c.label, c.old, c.new) for c in total.fields] == [("Geçici", "—", "Evet")]
