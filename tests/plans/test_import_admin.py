"""The importer in the Wagtail admin: who sees which plan, the templates, the upload form."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import AbstractUser
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from indicators.models import IndicatorPage
from plans.exchange import TABLES
from plans.importer import TEMPLATE_COLUMNS
from plans.models import ActionIndicator, AssessmentPage, PlanPage
from tests.plans.factories import ActionPageFactory, PlanPageFactory
from tests.plans.import_files import (
    ACTION_COLUMNS,
    action_line,
    csv_bytes,
    database_counts,
)
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def logged_in(user: AbstractUser) -> Client:
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def nilufer_plan(site_tree: SiteTree) -> PlanPage:
    plan = PlanPageFactory(parent=site_tree.nilufer, slug="nilufer-yeep")
    ActionPageFactory(parent=plan, code="1.1")
    return plan


def assert_denied(response) -> None:  # type: ignore[no-untyped-def]
    """Wagtail answers PermissionDenied in the admin with a redirect to the dashboard."""
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == "/admin/"


def upload_url(plan: PlanPage) -> str:
    return f"/admin/izleme-verisi/{plan.pk}/"


def upload(client: Client, plan: PlanPage, period_pk: int, content: bytes, name: str):  # type: ignore[no-untyped-def]
    return client.post(
        upload_url(plan),
        {"period": period_pk, "file": SimpleUploadedFile(name, content)},
    )


def test_reporter_sees_the_form_of_their_own_plan_only(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, nilufer_plan: PlanPage
) -> None:
    client = logged_in(kadikoy_reporter)
    response = client.get(upload_url(monitoring.plan))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label class="w-field__label" for="id_file"' in html
    assert monitoring.periods[0].name in html

    index = client.get("/admin/izleme-verisi/").content.decode()
    assert upload_url(monitoring.plan) in index
    assert upload_url(nilufer_plan) not in index

    assert_denied(client.get(upload_url(nilufer_plan)))
    assert_denied(client.get(f"{upload_url(nilufer_plan)}sablon.xlsx"))


def test_anonymous_users_are_sent_to_the_login(monitoring: Monitoring) -> None:
    response = Client(HTTP_HOST="localhost").get(upload_url(monitoring.plan))
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")


def test_reporter_cannot_post_into_another_municipality(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, nilufer_plan: PlanPage
) -> None:
    before = database_counts()
    action = nilufer_plan.get_children().get().specific
    content = csv_bytes(
        ACTION_COLUMNS, [action_line(nilufer_plan, monitoring.periods[0], action, "completed", "")]
    )
    response = upload(
        logged_in(kadikoy_reporter), nilufer_plan, monitoring.periods[0].pk, content, "e.csv"
    )
    assert_denied(response)
    assert database_counts() == before


def test_editor_imports_into_any_plan_and_is_sent_to_the_draft(
    monitoring: Monitoring, editor: AbstractUser, nilufer_plan: PlanPage
) -> None:
    action = nilufer_plan.get_children().get().specific
    period = monitoring.periods[0]
    line = action_line(nilufer_plan, period, action, "completed", "")
    content = csv_bytes(ACTION_COLUMNS, [line])
    client = logged_in(editor)
    response = upload(client, nilufer_plan, period.pk, content, "eylem_durumlari.csv")
    assert response.status_code == 302
    page = AssessmentPage.objects.child_of(nilufer_plan).get(period=period)
    assert not page.live
    html = client.get(response.url).content.decode()
    assert f"/admin/pages/{page.pk}/edit/" in html
    assert "İzleme Heyeti onayına" in html


def test_errors_are_listed_in_a_table(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period = monitoring.plan, monitoring.periods[0]
    before = database_counts()
    content = csv_bytes(
        ACTION_COLUMNS,
        [
            action_line(plan, period, monitoring.actions[0], "completed", 150),
            ["kadikoy", plan.slug, "", "7.7", "completed", "", ""],
        ],
    )
    response = upload(logged_in(kadikoy_reporter), plan, period.pk, content, "eylemler.csv")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dosyada 2 hata bulundu; hiçbir şey değiştirilmedi." in html
    assert '<th scope="col">Satır</th>' in html
    assert "<td>2</td>" in html and "<td>3</td>" in html
    assert "<td>ilerleme</td>" in html and "<td>eylem</td>" in html
    assert database_counts() == before


def test_templates_have_both_tables_with_the_plans_rows(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, indicator = monitoring.plan, monitoring.indicator
    ActionIndicator.objects.create(page=monitoring.actions[0], indicator=indicator)
    client = logged_in(kadikoy_reporter)

    response = client.get(f"{upload_url(plan)}sablon.xlsx?donem={monitoring.periods[0].pk}")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content), read_only=True)
    assert workbook.sheetnames == ["gosterge_degerleri", "eylem_durumlari", "aciklama"]
    sheets = {
        table.name: [list(row) for row in workbook[table.name].iter_rows(values_only=True)]
        for table in TABLES
    }
    for table in TABLES:
        header = tuple(sheets[table.name][0])
        assert header == TEMPLATE_COLUMNS[table.name]
        assert set(header) >= set(table.required)
    actions = sheets["eylem_durumlari"][1:]
    assert [row[3] for row in actions] == [action.code for action in monitoring.actions]
    assert all(row[4] is None for row in actions)  # status left for the reporter
    values = sheets["gosterge_degerleri"][1:]
    kinds = [kind.label for kind in IndicatorPage.objects.get(pk=indicator.pk).disaggregations]
    assert [(row[3], row[5]) for row in values] == [(indicator.code, kind) for kind in kinds]
    # Drop-down lists of the Turkish labels on the status and disaggregation columns.
    editable = load_workbook(io.BytesIO(response.content))
    lists = {
        sheet: [v.formula1 for v in editable[sheet].data_validations.dataValidation]
        for sheet in ("eylem_durumlari", "gosterge_degerleri")
    }
    assert any(
        "Tamamlandı" in formula and "Devam ediyor" in formula
        for formula in lists["eylem_durumlari"]
    )
    assert any(
        "Kadın" in formula and "Toplam" in formula for formula in lists["gosterge_degerleri"]
    )
    assert {row[2] for row in values} == {monitoring.periods[0].pk}

    response = client.get(f"{upload_url(plan)}sablon/eylem_durumlari.csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert tuple(rows[0]) == TEMPLATE_COLUMNS["eylem_durumlari"]
    assert len(rows) == 1 + len(monitoring.actions)
    assert client.get(f"{upload_url(plan)}sablon/baska.csv").status_code == 404


def test_a_filled_in_template_imports(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period = monitoring.plan, monitoring.add_period(2)
    client = logged_in(kadikoy_reporter)
    template = client.get(f"{upload_url(plan)}sablon/eylem_durumlari.csv").content.decode()
    lines = template.splitlines()
    lines[1] = lines[1].replace(",,,", ",Devam ediyor,50,")  # durum, ilerleme of the 1st action
    response = upload(client, plan, period.pk, "\n".join(lines).encode(), "sablon.csv")
    assert response.status_code == 302, response.content.decode()[-3000:]
    page = AssessmentPage.objects.child_of(plan).get(period=period)
    rows = list(page.get_latest_revision_as_object().action_rows.all())
    assert [(row.action_id, row.status, row.progress) for row in rows] == [
        (monitoring.actions[0].pk, "in_progress", 50)
    ]


def test_plan_and_assessment_pages_link_to_the_importer(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    client = logged_in(kadikoy_reporter)
    html = client.get(f"/admin/pages/{monitoring.plan.pk}/edit/").content.decode()
    assert upload_url(monitoring.plan) in html
    assessment = monitoring.assessments[0]
    html = client.get(f"/admin/pages/{assessment.pk}/edit/").content.decode()
    assert f"{upload_url(monitoring.plan)}?donem={assessment.period_id}" in html
    assert "/admin/izleme-verisi/" in client.get("/admin/").content.decode()


def test_the_boards_columns_are_reported_as_ignored_not_dropped_silently(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period, actions = monitoring.plan, monitoring.periods[0], monitoring.actions
    columns = [*ACTION_COLUMNS, "heyet_puani", "heyet_yorumu", "oneri"]
    lines = [
        [*action_line(plan, period, actions[0], "completed", 100), "4", "Çok iyi", ""],
        [*action_line(plan, period, actions[1], "delayed", 20), "2", "", ""],
    ]
    before = {
        row.action_id: (row.rating, row.board_comment)
        for row in AssessmentPage.objects.child_of(plan).get(period=period).action_rows.all()
    }
    client = logged_in(kadikoy_reporter)
    response = upload(client, plan, period.pk, csv_bytes(columns, lines), "eylemler.csv")
    assert response.status_code == 302  # the facts are imported
    draft = AssessmentPage.objects.child_of(plan).get(period=period)
    rows = {row.action_id: row for row in draft.get_latest_revision_as_object().action_rows.all()}
    assert rows[actions[0].pk].status == "completed"
    for action in actions[:2]:  # the board's judgement as it was, not the file's
        row = rows[action.pk]
        assert (row.rating, row.board_comment) == before.get(action.pk, (None, ""))
    html = client.get(response.url).content.decode()
    assert "sütun “heyet_puani”: Yok sayıldı (2 satırda dolu)" in html
    assert "sütun “heyet_yorumu”: Yok sayıldı (1 satırda dolu)" in html
    assert "“oneri”" not in html  # an empty column is not worth a warning


def test_ignored_columns_are_listed_beside_the_errors(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    plan, period = monitoring.plan, monitoring.periods[0]
    columns = [*ACTION_COLUMNS, "heyet_puani"]
    lines = [[*action_line(plan, period, monitoring.actions[0], "completed", 150), "3"]]
    response = upload(
        logged_in(kadikoy_reporter), plan, period.pk, csv_bytes(columns, lines), "eylemler.csv"
    )
    html = response.content.decode()
    assert "Dosyada 1 hata bulundu" in html
    assert "Yok sayılan sütunlar" in html and "sütun “heyet_puani”" in html
