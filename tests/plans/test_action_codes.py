"""Action codes sort naturally (portal.text.natural_sort_key) on the plan page, in the import
template and in the importer's messages: 1.2 before 1.10, numbers before letters, letters in
Turkish order, and codes that mix numbers and letters never break a page."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from plans.importer.exchange_rows import template_rows
from plans.models import PlanObjective, PlanPage
from portal.text import natural_sort_key
from tests.plans.factories import ActionPageFactory, MonitoringPeriodFactory, PlanPageFactory
from tests.plans.import_files import ACTION_COLUMNS, csv_bytes, run_import
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

#: Codes of one plan, in the order people expect.
CODES_IN_ORDER = ["1.1", "1.2", "1.10", "1.a", "1.b", "1.C", "1.ç", "1.d", "2", "2.1.3", "10"]


@pytest.mark.parametrize(
    "codes",
    [
        CODES_IN_ORDER,
        ["A1", "A2", "A10", "B", "Ç1", "D"],
        ["3.9", "3.10", "3.10.1", "3.11"],
        ["1", "1.1", "1a", "a", "ı", "i", "ş", "z"],
    ],
)
def test_natural_sort_key_orders_codes(codes: list[str]) -> None:
    backwards = codes[::-1]
    assert sorted(backwards, key=natural_sort_key) == codes


def test_natural_sort_key_compares_any_codes() -> None:
    codes = ["", ".", "1..2", "٣", "x²", "1" * 5000, "01", "1", "1.01", "1.1", "- 3", "Ⅻ"]
    assert len(sorted(codes, key=natural_sort_key)) == len(codes)
    assert sorted(["1", "01"], key=natural_sort_key) == sorted(["01", "1"], key=natural_sort_key)


@pytest.fixture
def mixed_plan(site_tree: SiteTree) -> PlanPage:
    """A Kadıköy plan whose actions have CODES_IN_ORDER, created in another order."""
    plan = PlanPageFactory(parent=site_tree.kadikoy, slug="karma-kodlar")
    PlanObjective.objects.create(page=plan, code="1", title="Bakım yükünü azaltmak")
    for position, code in enumerate(reversed(CODES_IN_ORDER)):
        ActionPageFactory(
            parent=plan, code=code, title=f"Eylem {code} başlığı", slug=f"eylem-{position}"
        )
    return plan


def test_plan_page_lists_mixed_codes_in_natural_order(client: Client, mixed_plan: PlanPage) -> None:
    response = client.get(mixed_plan.url)

    assert response.status_code == 200
    titles = re.findall(r"Eylem (\S+) başlığı", response.content.decode())
    assert list(dict.fromkeys(titles)) == CODES_IN_ORDER


def test_import_template_lists_mixed_codes_in_natural_order(mixed_plan: PlanPage) -> None:
    rows = template_rows(mixed_plan)["eylem_durumlari"]

    assert [row["eylem"] for row in rows] == CODES_IN_ORDER


def test_importer_names_the_plans_codes_in_natural_order(mixed_plan: PlanPage) -> None:
    period = MonitoringPeriodFactory()
    line = ["kadikoy", mixed_plan.slug, period.pk, "9.9", "completed", "100", ""]

    outcome = run_import(csv_bytes(ACTION_COLUMNS, [line]), "eylemler.csv", mixed_plan, period)

    messages = [issue.message for issue in outcome.issues]
    assert not outcome.ok
    assert (
        "Bu planda “9.9” kodlu bir eylem yok. Planın eylem kodları: "
        f"{', '.join(CODES_IN_ORDER)}." in messages
    )
