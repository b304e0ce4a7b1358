"""What the board's approvals changed: an assessment's approval and corrections, data releases.

Read from Wagtail's publish log only: a `wagtail.publish` log entry is written when the board's
workflow publishes a revision of an assessment (plans.permissions: nobody else may), and it
names that revision. Drafts, revisions in moderation and rejected revisions are never published,
so they have no such entry and never appear here. Only public source-language assessments are
read (`AssessmentPage.objects.of_record()`); their figures are the data of record.

- `assessment_history()`: when an assessment was approved and its later approved corrections,
  each compared with the publication before it by plans.assessment_diff.assessment_changes.
- `releases()`: the open data's changelog, one entry per approval (date, municipality, period).

Why read the log per request rather than store corrections at approval time: corrections are
rare (a handful per assessment at most), the page is front-cached and purged on publication
(portal.caching), and the log is Wagtail's own record, so nothing can drift from it. The cost is
bounded all the same: none for an assessment published once, else one query for the log
(with its revisions), then two per compared publication (assessment_changes reads the rows'
actions and indicators) for at most `MAX_CORRECTIONS` publications; tests/plans/
test_change_history.py asserts the bound.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, Max, OuterRef

from wagtail.models import PageLogEntry, Revision

from portal.languages import shown_copies

from .assessment_diff import AssessmentChanges, assessment_changes, revision_version
from .models import AssessmentPage, MonitoringPeriod, MunicipalityPage
from .tree import municipality_path, source_of

#: The log action of a publication (only the board's workflow publishes an assessment).
PUBLISH_ACTION = "wagtail.publish"
#: The latest publications of one assessment compared for its corrections.
MAX_CORRECTIONS = 10
#: Entries of the open data's changelog shown.
MAX_RELEASES = 50


@dataclass(frozen=True)
class Correction:
    """A later approved publication of an assessment and what it changed."""

    published_at: datetime
    changes: AssessmentChanges

    @property
    def lines(self) -> list[str]:
        """One short line per change, in the active language."""
        return self.changes.lines()


@dataclass(frozen=True)
class AssessmentHistory:
    """When an assessment was approved, and its approved corrections, oldest first."""

    approved_at: datetime | None
    corrections: list[Correction]


def _publications(assessment: AssessmentPage) -> list[PageLogEntry]:
    """The publish log of the assessment's public source-language page, oldest first, with each
    entry's revision and page (one query, found by translation key from any language)."""
    return list(
        PageLogEntry.objects.filter(
            page__in=AssessmentPage.objects.of_record()
            .filter(translation_key=assessment.translation_key)
            .values("pk"),
            action=PUBLISH_ACTION,
        )
        .select_related("revision", "page")
        .order_by("timestamp", "pk")
    )


def assessment_history(assessment: AssessmentPage) -> AssessmentHistory:
    """The approval date and approved corrections of an assessment (any language: read from its
    public source-language page). A publication that changed no figure or text is no correction.
    No query for an assessment published once (the usual case: its first and last publication
    are the same moment, and the page view has read its source page already); otherwise one
    query, plus two per compared publication."""
    source = source_of(assessment)
    if not source.live:
        return AssessmentHistory(None, [])
    first, last = source.first_published_at, source.last_published_at
    if first is not None and first == last:
        return AssessmentHistory(first, [])
    entries = _publications(assessment)
    if not entries:
        return AssessmentHistory(None, [])
    corrections: list[Correction] = []
    previous: AssessmentPage | None = None
    for entry in entries[-(MAX_CORRECTIONS + 1) :]:
        revision: Revision | None = entry.revision
        if revision is None:  # a purged revision: nothing to compare across it
            previous = None
            continue
        version = revision_version(entry.page, revision)
        if previous is not None:
            changes = assessment_changes(version, previous)
            if not changes.is_empty:
                corrections.append(Correction(entry.timestamp, changes))
        previous = version
    return AssessmentHistory(entries[0].timestamp, corrections)


@dataclass(frozen=True)
class Release:
    """One approval that changed the open data: when, whose, which period, and whether it was
    the assessment's first approval or a correction."""

    published_at: datetime
    municipality: MunicipalityPage | None
    period: MonitoringPeriod
    is_correction: bool


def data_modified() -> datetime | None:
    """When the open data last changed: the latest approval of a public source-language
    assessment (one query)."""
    return AssessmentPage.objects.of_record().aggregate(latest=Max("last_published_at"))["latest"]


def releases(limit: int = MAX_RELEASES) -> list[Release]:
    """The latest `limit` approvals of public assessments, newest first: the open data's
    changelog, with municipalities and periods as shown in the visitor's language. Four to five
    queries, whatever the number of assessments."""
    public = AssessmentPage.objects.of_record().values("pk")
    earlier = PageLogEntry.objects.filter(
        page_id=OuterRef("page_id"), action=PUBLISH_ACTION, timestamp__lt=OuterRef("timestamp")
    )
    entries = list(
        PageLogEntry.objects.filter(page__in=public, action=PUBLISH_ACTION)
        .annotate(is_correction=Exists(earlier))
        .order_by("-timestamp", "-pk")
        .values_list("page_id", "timestamp", "is_correction")[:limit]
    )
    if not entries:
        return []
    assessments = AssessmentPage.objects.select_related("period").in_bulk(
        {page_id for page_id, _timestamp, _correction in entries}
    )
    sources = MunicipalityPage.objects.filter(
        path__in={municipality_path(page.path) for page in assessments.values()}
    )
    towns_by_path = {page.path: page for page in sources}
    towns = shown_copies(towns_by_path.values(), MunicipalityPage)
    periods = shown_copies(page.period for page in assessments.values())
    result = []
    for page_id, timestamp, is_correction in entries:
        page = assessments[page_id]
        town = towns_by_path.get(municipality_path(page.path))
        result.append(
            Release(
                published_at=timestamp,
                municipality=towns.get(town.translation_key) if town else None,
                period=periods.get(page.period.translation_key, page.period),
                is_correction=is_correction,
            )
        )
    return result
