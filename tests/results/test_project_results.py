"""The results page: the eight targets beside figures measured from public pages and completed
enrollments only, in both languages, naming nobody, in a constant number of queries."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client
from django.utils.html import escape

from events.models import EventKind
from portal.models import HomePage
from reports.models import ReportKind, ReportPage
from results.measures import Measure, measure_figures
from results.models import ProjectResultsPage
from results.targets import DEFAULT_TARGETS
from tests.commits import committed
from tests.plans.factories import ActionPageFactory, PlanPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.monitoring import make_assessment
from tests.scenarios.site import html_of
from training.models import OrganisationKind

from .conftest import Project, row_figures

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


def test_figures_count_only_public_pages_and_completed_enrollments(project: Project) -> None:
    figures = measure_figures()
    assert figures.values == {
        Measure.MUNICIPALITIES_ASSESSED: 1,  # Kadıköy
        Measure.PROGRESS_REPORTS: 1,  # the draft second report does not count
        Measure.FINAL_REPORTS: 0,
        Measure.STAFF_TRAINED: 3,  # once each; not the pending, hidden or unrecorded ones
        Measure.STAFF_MUNICIPALITIES: 2,  # Kadıköy and Tepebaşı (spelt two ways)
        Measure.BOARD_MEMBERS_TRAINED: 1,
        Measure.OPENING_ATTENDANCE: 54,  # not the private meeting's 30
        Measure.CLOSING_ATTENDANCE: 0,  # the closing meeting is unpublished
        Measure.PLATFORM_INFORMATION_ATTENDANCE: 19,
        Measure.PLATFORM_INFORMATION_MUNICIPALITIES: 2,
        Measure.EXPERIENCE_SHARING_ATTENDANCE: 0,
    }
    by_kind = {group.kind: (group.people, group.organisations) for group in figures.trained}
    assert by_kind == {
        OrganisationKind.MUNICIPALITY: (3, 2),
        OrganisationKind.BOARD_NGO: (1, 1),
        None: (1, 0),
    }
    assert not figures.is_sample_data


def test_page_shows_the_eight_targets_beside_their_figures(
    client: Client, project: Project
) -> None:
    html = html_of(client, "/tr/proje-sonuclari/")
    assert '<html lang="tr">' in html
    for default in DEFAULT_TARGETS:
        assert f">{escape(default.label.tr)}</h3>" in html
    assert html.count("<progress ") == 11  # eight targets, three with a second number
    assert row_figures(html) == [
        ("10", "1"),
        ("3", "1"),
        ("1", "0"),
        ("100", "3"),
        ("50", "2"),
        ("22", "1"),
        ("50", "54"),
        ("100", "0"),
        ("20", "19"),
        ("10", "2"),
        ("100", "0"),
    ]
    # The bar is capped at the target and its words say the rest; never colour alone.
    assert '<progress class="result__bar" max="50" value="50"' in html
    assert "Gerçekleşen 54, hedef 50" in html
    assert "%108" in html
    assert "Hedefe ulaşıldı" in html


def test_english_page_in_english_with_the_same_figures(client: Client, project: Project) -> None:
    html = html_of(client, "/en/project-results/")
    assert '<html lang="en">' in html
    for default in DEFAULT_TARGETS:
        assert f">{escape(default.label.en)}</h3>" in html
        assert escape(default.label.tr) not in html
    assert "Achieved 54, target 50" in html
    assert "108%" in html
    assert row_figures(html) == row_figures(html_of(client, "/tr/proje-sonuclari/"))


def test_completing_an_enrollment_moves_the_figures(
    client: Client, project: Project, django_capture_on_commit_callbacks
) -> None:
    before = row_figures(html_of(client, "/tr/proje-sonuclari/"))
    with django_capture_on_commit_callbacks(execute=True):  # the figures are cached till commit
        project.pending.completed_on = date(2025, 7, 1)
        project.pending.save()
    after = row_figures(html_of(client, "/tr/proje-sonuclari/"))
    assert before[3:5] == [("100", "3"), ("50", "2")]
    assert after[3:5] == [("100", "4"), ("50", "3")]  # and Nilüfer is a third municipality


def test_changing_attendance_moves_the_figure(client: Client, project: Project) -> None:
    project.opening.actual_attendance = 61
    project.opening.save_revision().publish()
    assert row_figures(html_of(client, "/tr/proje-sonuclari/"))[6] == ("50", "61")
    # A draft change is not public, so it does not count.
    project.opening.actual_attendance = 99
    project.opening.save_revision()
    assert row_figures(html_of(client, "/tr/proje-sonuclari/"))[6] == ("50", "61")


def test_publishing_a_report_counts_and_unpublishing_an_event_does_not(
    client: Client, project: Project
) -> None:
    draft = ReportPage.objects.get(kind=ReportKind.PROGRESS_2)
    draft.save_revision().publish()
    project.platform.unpublish()
    figures = measure_figures()
    assert figures.value(Measure.PROGRESS_REPORTS) == 2
    assert figures.value(Measure.PLATFORM_INFORMATION_ATTENDANCE) == 0
    assert figures.value(Measure.PLATFORM_INFORMATION_MUNICIPALITIES) == 0


def test_no_participant_is_named(
    client: Client, project: Project, participant_names: list[str]
) -> None:
    for url in ("/tr/proje-sonuclari/", "/en/project-results/"):
        html = html_of(client, url)
        for user in project.participants:
            for text in (user.username, user.last_name, user.get_full_name()):
                assert text not in html, (url, text)
        for name in participant_names:
            assert name not in html
        assert "Tepebaşı" not in html and "Kadın Dayanışma Vakfı" not in html


def test_sample_notice_when_sample_content_is_counted(
    client: Client, project: Project, django_capture_on_commit_callbacks
) -> None:
    assert "sample-notice" not in html_of(client, "/tr/proje-sonuclari/")
    with django_capture_on_commit_callbacks(execute=True):
        project.opening.is_sample_data = True
        project.opening.save_revision().publish()
    for url in ("/tr/proje-sonuclari/", "/en/project-results/"):
        assert 'class="sample-notice"' in html_of(client, url)


def test_the_page_is_a_single_child_of_the_home_page(project: Project) -> None:
    assert ProjectResultsPage.can_create_at(project.monitoring.tree.home) is False
    assert "results.ProjectResultsPage" in HomePage.subpage_types
    assert ProjectResultsPage.subpage_types == []


def test_query_counts_do_not_grow(client: Client, project: Project) -> None:
    urls = {"tr": "/tr/proje-sonuclari/", "en": "/en/project-results/"}
    small = queries_per_url(client, urls)
    tree = project.monitoring.tree
    with committed():
        for number in range(12):
            project.enroll(
                project.staff_programme,
                organisation_kind=OrganisationKind.MUNICIPALITY,
                organisation=f"Belediye {number}",
            )
            project.event(EventKind.EXPERIENCE_SHARING, 10 + number)
        project.enroll(
            project.board_programme,
            organisation_kind=OrganisationKind.MUNICIPALITY,
            municipality=tree.nilufer,
        )
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
    assert row_figures(html_of(client, "/tr/proje-sonuclari/"))[10] == (
        "100",
        str(sum(range(10, 22))),
    )


def test_only_approved_assessments_count_their_municipality(project: Project) -> None:
    monitoring = project.monitoring
    plan = PlanPageFactory(parent=monitoring.tree.nilufer)
    action = ActionPageFactory(parent=plan, area=monitoring.area)
    draft = make_assessment(
        plan,
        monitoring.periods[0],
        rows=[(action, "completed", 100, "Taslak yorum.")],
        values=[],
        publish=False,
    )
    assert measure_figures().value(Measure.MUNICIPALITIES_ASSESSED) == 1
    draft.save_revision().publish()
    assert measure_figures().value(Measure.MUNICIPALITIES_ASSESSED) == 2
    # A second approved assessment of Kadıköy adds no municipality.
    make_assessment(monitoring.plan, monitoring.add_period(2), rows=[], values=[])
    assert measure_figures().value(Measure.MUNICIPALITIES_ASSESSED) == 2
