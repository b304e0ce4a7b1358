"""Bad input in the admin gets a clear error naming the field and row, and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.test import Client

from plans.models import AssessmentPage
from tests.plans.factories import ActionPageFactory, MonitoringPeriodFactory, PlanPageFactory
from tests.scenarios.monitoring import Monitoring, action_row, assessment_form_data, value_row

pytestmark = pytest.mark.django_db


def create(client: Client, monitoring: Monitoring, **form: object) -> tuple[int, str, object]:
    data = assessment_form_data(**form)
    response = client.post(f"/admin/pages/add/plans/assessmentpage/{monitoring.plan.pk}/", data)
    return response.status_code, response.content.decode(), response.context


@pytest.fixture
def admin(admin_client: Client) -> Client:
    admin_client.defaults["HTTP_HOST"] = "localhost"
    return admin_client


def test_second_assessment_for_the_same_plan_and_period_is_refused(
    admin: Client, monitoring: Monitoring
) -> None:
    before = AssessmentPage.objects.count()
    status, html, _context = create(
        admin,
        monitoring,
        title="İkinci",
        slug="ikinci",
        period=monitoring.periods[0],
        rows=[],
        values=[],
    )
    assert status == 200
    assert "döneminin değerlendirmesi zaten var" in html
    assert AssessmentPage.objects.count() == before


def test_progress_over_100_is_refused(admin: Client, monitoring: Monitoring) -> None:
    status, html, context = create(
        admin,
        monitoring,
        title="Yeni",
        slug="yeni",
        period=MonitoringPeriodFactory(name="Dönem X", start_date=date(2027, 1, 1)),
        rows=[action_row(monitoring.actions[0], "completed", 120)],
        values=[],
    )
    assert status == 200
    errors = context["form"].formsets["action_rows"].forms[0].errors
    assert "progress" in errors
    assert "100" in str(errors["progress"])
    assert not AssessmentPage.objects.filter(slug="yeni").exists()


def test_non_numeric_value_is_refused(admin: Client, monitoring: Monitoring) -> None:
    status, _html, context = create(
        admin,
        monitoring,
        title="Yeni",
        slug="yeni",
        period=MonitoringPeriodFactory(name="Dönem Y", start_date=date(2027, 1, 1)),
        rows=[],
        values=[value_row(monitoring.indicator, date(2027, 6, 30), "total", "yüzde on")],
    )
    assert status == 200
    errors = context["form"].formsets["indicator_values"].forms[0].errors
    assert "value" in errors
    assert not AssessmentPage.objects.filter(slug="yeni").exists()


def test_duplicate_rows_and_foreign_actions_are_refused(
    admin: Client, monitoring: Monitoring
) -> None:
    other_plan = PlanPageFactory(parent=monitoring.tree.nilufer, slug="nilufer-plan")
    foreign_action = ActionPageFactory(parent=other_plan, title="Nilüfer'in eylemi")
    status, html, context = create(
        admin,
        monitoring,
        title="Yeni",
        slug="yeni",
        period=MonitoringPeriodFactory(name="Dönem Z", start_date=date(2027, 1, 1)),
        rows=[
            action_row(monitoring.actions[0], "completed", 100),
            action_row(monitoring.actions[0], "delayed", 10),
            action_row(foreign_action, "completed", 100),
        ],
        values=[
            value_row(monitoring.indicator, date(2027, 6, 30), "total", "1"),
            value_row(monitoring.indicator, date(2027, 6, 30), "total", "2"),
        ],
    )
    assert status == 200
    assert "Satır 2:" in html
    assert "için ikinci bir satır var" in html
    assert "ikinci bir değer var" in html
    assert "Satır 3: “Nilüfer&#x27;in eylemi” bu planın eylemi değil." in html
    assert not AssessmentPage.objects.filter(slug="yeni").exists()


def test_period_dates_and_plan_years_are_checked() -> None:
    period = MonitoringPeriodFactory.build(start_date=date(2025, 6, 1), end_date=date(2025, 1, 1))
    with pytest.raises(ValidationError) as error:
        period.clean()
    assert "end_date" in error.value.message_dict


def test_objective_code_must_exist_in_the_plan(admin: Client, monitoring: Monitoring) -> None:
    data = {
        "title": "Yeni eylem",
        "slug": "yeni-eylem",
        "intro": "",
        "code": "9.1",
        "objective_code": "9",
        "responsible_unit": "",
        "partners": "",
        "description-count": "0",
        "indicator_links-TOTAL_FORMS": "0",
        "indicator_links-INITIAL_FORMS": "0",
        "indicator_links-MIN_NUM_FORMS": "0",
        "indicator_links-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    response = admin.post(f"/admin/pages/add/plans/actionpage/{monitoring.plan.pk}/", data)
    assert response.status_code == 200
    assert "Planda “9” kodlu bir hedef yok. Geçerli kodlar: 1" in response.content.decode()


def test_reporter_of_another_municipality_cannot_add_assessments(
    monitoring: Monitoring, site_tree: object
) -> None:
    from django.contrib.auth import get_user_model

    user: AbstractUser = get_user_model().objects.create_user("nilufer-r", password="x-secret-1")
    user.groups.add(monitoring.tree.nilufer.reporters_group)
    assert not monitoring.plan.permissions_for_user(user).can_add_subpage()
