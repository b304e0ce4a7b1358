"""Writing checked facts as one new draft revision of the period's assessment.

The assessment is the plan's AssessmentPage for the period; it is created as a draft (not live)
when there is none. The draft starts from the latest revision, so the board's text and ratings
and rows the file does not mention stay as they are; the file's rows replace the factual fields
of the matching rows (action: status, progress, evidence; indicator value, keyed by indicator,
date and disaggregation: value and source note) or are added. Nothing public changes: publishing
is the Monitoring Board's approval in the workflow.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models, transaction
from django.utils.translation import gettext as _

from modelcluster.models import model_from_serializable_data
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log
from wagtail.models import Page, Revision

from plans.models import ActionAssessment, ActionPage, AssessmentPage, IndicatorValue
from plans.models.assessment import indicator_model
from portal.text import turkish_slugify

from .access import check_can_write
from .validation import ActionFacts, ImportTarget, ValueFacts, ValueKey

ASSESSMENT_TITLE = "{period}: İzleme Heyeti değerlendirmesi"  # content, in the source language


class AssessmentLocked(Exception):
    """The assessment is locked or waiting in the workflow for someone else's decision."""


@dataclass
class WriteResult:
    """The draft written and what changed in it."""

    assessment: AssessmentPage
    revision: Revision
    created: bool
    actions_added: int
    actions_updated: int
    values_added: int
    values_updated: int


def load_draft(assessment: AssessmentPage) -> AssessmentPage:
    """The assessment as its latest revision, ready to be changed and saved as a new revision.

    Like `get_latest_revision_as_object()`, but the rows are rebuilt without a query per row
    (modelcluster checks each row's foreign keys one query at a time, which takes minutes for
    100,000 values): rows pointing to deleted indicators are dropped, deleted actions emptied,
    as Wagtail itself would do.
    """
    revision = assessment.latest_revision
    if revision is None:
        return assessment
    content = dict(revision.content)
    action_data = content.pop("action_rows", [])
    value_data = content.pop("indicator_values", [])
    draft = assessment.with_content_json(content)
    actions = _rows(ActionAssessment, action_data)
    known = _existing(ActionPage, (row.action_id for row in actions))
    for row in actions:
        if row.action_id not in known:
            row.action_id = None
    values = _rows(IndicatorValue, value_data)
    known = _existing(indicator_model(), (row.indicator_id for row in values))
    draft.action_rows = actions
    draft.indicator_values = [row for row in values if row.indicator_id in known]
    return draft


def _rows(model: type[models.Model], data: list[dict[str, Any]]) -> list[Any]:
    return [model_from_serializable_data(model, item, check_fks=False) for item in data]


def _existing(model: type[models.Model], ids: Iterable[int | None]) -> set[int]:
    wanted = {pk for pk in ids if pk is not None}
    if not wanted:
        return set()
    return set(model.objects.filter(pk__in=wanted).values_list("pk", flat=True))


def merge_actions(draft: AssessmentPage, facts: Iterable[ActionFacts]) -> tuple[int, int]:
    """Set the facts on the draft's action rows; returns (added, updated)."""
    rows = list(draft.action_rows.all())
    by_action: dict[int | None, ActionAssessment] = {}
    for row in rows:
        by_action.setdefault(row.action_id, row)
    added = updated = 0
    for fact in facts:
        row = by_action.get(fact.action_id)
        if row is None:
            row = by_action[fact.action_id] = ActionAssessment(action_id=fact.action_id)
            rows.append(row)
            added += 1
        else:
            updated += 1
        row.status, row.progress, row.evidence = fact.status, fact.progress, fact.evidence
    for position, row in enumerate(rows):
        row.sort_order = position
    draft.action_rows = rows
    return added, updated


def merge_values(draft: AssessmentPage, facts: dict[ValueKey, ValueFacts]) -> tuple[int, int]:
    """Set the facts on the draft's indicator values; returns (added, updated)."""
    rows = list(draft.indicator_values.all())
    by_key = {(row.indicator_id, row.date, row.disaggregation): row for row in rows}
    added = updated = 0
    for key, fact in facts.items():
        row = by_key.get(key)
        if row is None:
            row = IndicatorValue(
                indicator_id=fact.indicator_id, date=fact.date, disaggregation=fact.disaggregation
            )
            rows.append(row)
            added += 1
        else:
            updated += 1
        row.value, row.source_note = fact.value, fact.source_note
        for name, flagged in fact.flags.items():
            setattr(row, name, flagged)
    for position, row in enumerate(rows):
        row.sort_order = position
    draft.indicator_values = rows
    return added, updated


def _new_assessment(target: ImportTarget, user: Any) -> AssessmentPage:
    """A draft assessment for the period under the plan (no rows yet; they go in the revision)."""
    title = ASSESSMENT_TITLE.format(period=target.period.name)
    page = AssessmentPage(
        title=title,
        slug=find_available_slug(target.plan, turkish_slugify(target.period.name) or "donem"),
        period=target.period,
        locale=target.plan.locale,
        live=False,
        has_unpublished_changes=True,
        owner=user,
    )
    target.plan.add_child(instance=page)
    log(instance=page, action="wagtail.create", user=user)
    return page


@transaction.atomic
def write_draft(
    target: ImportTarget,
    actions: dict[int, ActionFacts],
    values: dict[ValueKey, ValueFacts],
    user: Any,
) -> WriteResult:
    """Save the facts as a new draft revision (creating the assessment if needed), all or nothing.

    Raises PermissionDenied (user may not edit or create the assessment) or AssessmentLocked.
    """
    # Serialise imports into the same plan, so two uploads cannot both create the period's page.
    list(Page.objects.select_for_update().filter(pk=target.plan.pk).values_list("pk"))
    assessment = AssessmentPage.objects.child_of(target.plan).filter(period=target.period).first()
    check_can_write(user, target.plan, assessment)
    created = assessment is None
    if assessment is None:
        draft = _new_assessment(target, user)
    else:
        lock = assessment.get_lock()
        if lock is not None and (user is None or lock.for_user(user)):
            raise AssessmentLocked(
                _(
                    "“%(title)s” şu an kilitli ya da İzleme Heyeti onayında; veri içe "
                    "aktarılamaz. Onay süreci bitince ya da kilit kaldırılınca yeniden deneyin."
                )
                % {"title": assessment.get_admin_display_title()}
            )
        draft = load_draft(assessment)
    actions_added, actions_updated = merge_actions(draft, actions.values())
    values_added, values_updated = merge_values(draft, values)
    revision = draft.save_revision(user=user, log_action=True)
    return WriteResult(
        draft,
        revision,
        created,
        actions_added,
        actions_updated,
        values_added,
        values_updated,
    )
