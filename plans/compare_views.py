"""The board's comparison of an assessment: the version under review against what is public now
(`?against=live`, the default) or against the previous period's approved assessment
(`?against=previous`).

URL (registered by plans.wagtail_hooks): /admin/plans/assessments/<page id>/compare/, named
`plans_assessment_compare`. Open to those who may edit or review the page: the board, editors,
superusers, and a reporter for his own municipality's pages; another municipality's page answers
404 (its existence is not revealed), anyone else 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, Revision

from .assessment_diff import (
    AssessmentChanges,
    RowChange,
    assessment_changes,
    live_version,
    previous_period_assessment,
    revision_version,
)
from .models import AssessmentPage
from .permissions import is_board_member, is_hidden_from

LIVE = "live"
PREVIOUS = "previous"


@dataclass(frozen=True)
class Section:
    """A table of row changes: its caption, the heading of its rows' column and the rows."""

    caption: str
    row_heading: str
    rows: list[RowChange]


def sections(changes: AssessmentChanges | None) -> list[Section]:
    """The tables of changed action rows and indicator values (those with changes only)."""
    if changes is None:
        return []
    tables = [
        Section(_("Eylemlerin durumu"), _("Eylem"), changes.actions),
        Section(_("Gösterge değerleri"), _("Gösterge değeri"), changes.indicator_values),
    ]
    return [table for table in tables if table.rows]


@dataclass(frozen=True)
class Tab:
    """A link to one comparison."""

    label: str
    url: str
    current: bool


def comparable_assessment(request: HttpRequest, page_id: int) -> AssessmentPage:
    """The assessment page (as saved), or 404 / 403 when the user may not review it."""
    page = get_object_or_404(Page, pk=page_id)
    if page.specific_class is not AssessmentPage or is_hidden_from(page, request.user):
        raise Http404
    page = page.specific
    if not (is_board_member(request.user) or page.permissions_for_user(request.user).can_edit()):
        raise PermissionDenied(_("Bu değerlendirmeyi inceleme yetkiniz yok."))
    return page


def compare_url(page: Page, against: str = LIVE) -> str:
    """The comparison's address for a page."""
    url = reverse("plans_assessment_compare", args=[page.pk])
    return url if against == LIVE else f"{url}?against={against}"


@dataclass(frozen=True)
class ChangeSummary:
    """The short list of changes on the board's approval confirmation."""

    heading: str
    lines: list[str]
    more: int
    url: str
    first_publication: bool


def change_summary(revision: Revision, limit: int = 10) -> ChangeSummary:
    """What approving an assessment's revision changes against the live version, at most
    `limit` lines; the rest is counted and the full comparison linked."""
    saved = AssessmentPage.objects.get(pk=revision.object_id)
    changes = assessment_changes(revision_version(saved, revision), live_version(saved))
    lines = changes.lines()
    return ChangeSummary(
        heading=changes.heading,
        lines=lines[:limit],
        more=max(0, len(lines) - limit),
        url=compare_url(saved),
        first_publication=not changes.has_old,
    )


def compare_assessment(request: HttpRequest, page_id: int) -> HttpResponse:
    """The latest revision of the assessment against the live version or the previous period."""
    page = comparable_assessment(request, page_id)
    against = PREVIOUS if request.GET.get("against") == PREVIOUS else LIVE
    # As Wagtail's get_latest_revision_as_object(): without unpublished changes the saved page
    # is the latest version (data written to it directly included).
    revision = page.latest_revision if page.has_unpublished_changes else None
    under_review = revision_version(page, revision) if revision else page
    if against == LIVE:
        old = live_version(page)
        missing = _("Bu değerlendirme hiç yayımlanmadı; bütün satırlar yeni olarak gösteriliyor.")
    else:
        old = previous_period_assessment(page)
        missing = _(
            "Bu planın önceki bir döneme ait onaylanmış değerlendirmesi yok; karşılaştırılacak "
            "bir şey bulunamadı."
        )
    changes: AssessmentChanges | None = None
    if old is not None or against == LIVE:
        changes = assessment_changes(under_review, old)
    context: dict[str, Any] = {
        "page": page,
        "under_review": under_review,
        "old": old,
        "against": against,
        "changes": changes,
        "sections": sections(changes),
        "missing": missing if old is None else "",
        "tabs": [
            Tab(_("Yayımdaki sürümle"), compare_url(page, LIVE), against == LIVE),
            Tab(_("Önceki dönemle"), compare_url(page, PREVIOUS), against == PREVIOUS),
        ],
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "page_title": _("Karşılaştır: %(title)s") % {"title": page.get_admin_display_title()},
    }
    return TemplateResponse(request, "plans/admin/assessment_compare.html", context)


urlpatterns = [
    path(
        "plans/assessments/<int:page_id>/compare/",
        compare_assessment,
        name="plans_assessment_compare",
    ),
]
