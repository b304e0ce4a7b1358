"""A small project built with factories: public and hidden reports, events and enrollments, the
eight default targets (translated) and the results page in both languages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from wagtail.models import BaseViewRestriction, PageViewRestriction

from events.models import EventKind, EventMunicipality, EventPage
from portal.translation import publish_translation, translate
from reports.models import ReportKind
from results.models import ProjectResultsPage
from results.targets import english_values, ensure_default_targets
from tests.events.factories import EventPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.events import EventSite
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.shared import scenario
from tests.training.factories import (
    EnrollmentFactory,
    TrainingIndexPageFactory,
    TrainingProgrammePageFactory,
)
from training.models import (
    Enrollment,
    OrganisationKind,
    TrainingAudience,
    TrainingProgrammePage,
    TrainingTopic,
)

ISTANBUL = ZoneInfo("Europe/Istanbul")
PAST = datetime(2025, 3, 10, 10, 0, tzinfo=ISTANBUL)
DONE = date(2025, 6, 1)


@dataclass
class Project:
    """The scenario's pages, events and enrollments (Turkish source pages)."""

    monitoring: Monitoring
    events: EventSite
    page: ProjectResultsPage
    english_page: ProjectResultsPage
    staff_programme: TrainingProgrammePage
    board_programme: TrainingProgrammePage
    opening: EventPage
    platform: EventPage
    pending: Enrollment
    participants: list = field(default_factory=list)

    def event(self, kind: str, attendance: int, **kwargs: object) -> EventPage:
        """A past public meeting of the kind with its actual attendance."""
        return self.events.publish(
            kind=kind, start=PAST, actual_attendance=attendance, target_attendance=50, **kwargs
        )

    def enroll(self, programme: TrainingProgrammePage, **kwargs: object) -> Enrollment:
        """A participant's enrollment (completed unless completed_on=None is given)."""
        kwargs.setdefault("completed_on", DONE)
        enrollment = EnrollmentFactory(programme=programme, enrolled_on=date(2025, 5, 1), **kwargs)
        self.participants.append(enrollment.user)
        return enrollment


def row_figures(html: str) -> list[tuple[str, str]]:
    """(target, achieved) of each row of the results table."""
    table = html.split('id="results-table-caption"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    cells = [re.findall(r'<td class="numeric">(.*?)</td>', row) for row in rows]
    return [(found[0], found[1]) for found in cells if found]


def restrict(page: EventPage) -> None:
    """Password privacy on the page."""
    PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.PASSWORD, password="gizli"
    )


@scenario
def project(monitoring: Monitoring, events: EventSite) -> Project:
    """Kadıköy assessed (the monitoring scenario); one published progress report and one draft;
    public meetings (opening 54, platform information 19 linking Kadıköy and Nilüfer) and hidden
    ones (a private opening meeting, an unpublished closing meeting); three municipal staff from
    two municipalities and one board member who completed training, and enrollments that do not
    count (not completed, in an unpublished programme, or without an organisation)."""
    tree = monitoring.tree
    reports = ReportIndexPageFactory(parent=tree.home)
    ReportPageFactory(parent=reports, kind=ReportKind.PROGRESS_1)
    ReportPageFactory(parent=reports, kind=ReportKind.PROGRESS_2, live=False)

    page = ProjectResultsPage(title="Proje sonuçları", slug="proje-sonuclari", intro="Giriş.")
    tree.home.add_child(instance=page)
    page.save_revision().publish()
    english_page = publish_translation(
        page, tree.english, {"title": "Project results", "slug": "project-results"}
    )
    for target, default in ensure_default_targets(tree.turkish):
        translate(target, tree.english, english_values(default))

    index = TrainingIndexPageFactory(parent=tree.home)
    staff = TrainingProgrammePageFactory(parent=index, topic=TrainingTopic.GENDER_EQUALITY)
    board = TrainingProgrammePageFactory(
        parent=index,
        topic=TrainingTopic.RIGHTS_BASED_MONITORING,
        audience=TrainingAudience.MONITORING_BOARD,
    )
    hidden = TrainingProgrammePageFactory(parent=index, live=False)

    project = Project(
        monitoring=monitoring,
        events=events,
        page=page,
        english_page=english_page,
        staff_programme=staff,
        board_programme=board,
        opening=None,  # type: ignore[arg-type]
        platform=None,  # type: ignore[arg-type]
        pending=None,  # type: ignore[arg-type]
    )
    municipal = {"organisation_kind": OrganisationKind.MUNICIPALITY}
    first = project.enroll(staff, municipality=tree.kadikoy, **municipal)
    project.enroll(staff, organisation="Tepebaşı Belediyesi", **municipal)
    project.enroll(staff, organisation="  TEPEBAŞI   belediyesi ", **municipal)
    # The same person in a second staff programme counts once.
    second = TrainingProgrammePageFactory(parent=index, topic=TrainingTopic.PREPARING_YEEP)
    EnrollmentFactory(
        programme=second, user=first.user, completed_on=DONE, municipality=tree.kadikoy, **municipal
    )
    project.pending = project.enroll(
        staff, completed_on=None, municipality=tree.nilufer, **municipal
    )
    project.enroll(hidden, municipality=tree.nilufer, **municipal)
    project.enroll(staff)  # no organisation recorded
    project.enroll(
        board, organisation_kind=OrganisationKind.BOARD_NGO, organisation="Kadın Dayanışma Vakfı"
    )

    project.opening = project.event(EventKind.OPENING, 54)
    restrict(project.event(EventKind.OPENING, 30))
    closing = unpublished_event(events, EventKind.CLOSING, 80)
    assert not closing.live
    project.platform = project.event(
        EventKind.PLATFORM_INFORMATION,
        19,
        related_municipalities=[
            EventMunicipality(municipality=tree.kadikoy),
            EventMunicipality(municipality=tree.nilufer),
        ],
    )
    return project


def unpublished_event(events: EventSite, kind: str, attendance: int) -> EventPage:
    """An event that was never published."""
    return EventPageFactory(
        parent=events.index, live=False, kind=kind, start=PAST, actual_attendance=attendance
    )


@pytest.fixture
def participant_names() -> list[str]:
    """Strings no public output may contain: the factories' participant names."""
    return ["Yılmaz", "katilimci"]
