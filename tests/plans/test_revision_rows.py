"""plans.revision_rows: a draft's rows restored with their foreign keys checked in bulk give the
same rows as modelcluster's row-by-row checks, in a fixed number of queries."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from plans.models import ActionPage, AssessmentPage
from tests.plans.test_workflow import draft_assessment
from tests.scenarios.monitoring import Monitoring

pytestmark = pytest.mark.django_db


def restored_rows(page: AssessmentPage) -> list[tuple[object, ...]]:
    """The latest revision's action rows, as (action id, status, progress), in a fixed order
    (rows of equal sort_order come in any order)."""
    draft = page.get_latest_revision_as_object()
    rows = [(row.action_id, row.status, row.progress) for row in draft.action_rows.all()]
    return sorted(rows, key=repr)


def row_by_row(page: AssessmentPage) -> list[tuple[object, ...]]:
    """The same, restored by modelcluster's own per-row checks (outside the bulk block)."""
    content = page.get_latest_revision().content
    model = page.action_rows.model
    rows = [
        model.from_serializable_data(row, check_fks=True, strict_fks=True)
        for row in content["action_rows"]
    ]
    found = [(row.action_id, row.status, row.progress) for row in rows if row is not None]
    return sorted(found, key=repr)


def test_a_deleted_action_is_emptied_as_modelcluster_does(monitoring: Monitoring) -> None:
    monitoring.add_plan_actions(3)
    page = draft_assessment(monitoring)
    rows = page.action_rows.model
    for number, action in enumerate(monitoring.actions[1:4], start=1):
        rows.objects.create(
            assessment=page, locale=page.locale, sort_order=number, action=action, progress=10
        )
    page.refresh_from_db()
    page.save_revision()
    gone = monitoring.actions[2]
    ActionPage.objects.filter(pk=gone.pk).delete()  # the row keeps its id in the revision only

    bulk = restored_rows(page)
    assert bulk == row_by_row(page)
    assert gone.pk not in [action_id for action_id, _status, _progress in bulk]
    assert None in [action_id for action_id, _status, _progress in bulk]  # SET_NULL


def test_restoring_costs_the_same_queries_for_more_rows(monitoring: Monitoring) -> None:
    monitoring.add_plan_actions(12)
    page = draft_assessment(monitoring)
    rows = page.action_rows.model

    def queries() -> int:
        page.refresh_from_db()
        page.save_revision()
        with CaptureQueriesContext(connection) as captured:
            page.get_latest_revision_as_object()
        return len(captured.captured_queries)

    few = queries()
    for number, action in enumerate(monitoring.actions[1:], start=1):
        rows.objects.create(
            assessment=page, locale=page.locale, sort_order=number, action=action, progress=5
        )
    assert queries() == few
