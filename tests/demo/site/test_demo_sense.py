"""The demo's sample content holds together: the board's texts agree with the numbers and differ
per municipality and period, progress never falls, headcounts are whole numbers, dates agree,
nothing dated after the demo's calendar is published, every plan and report has its PDF and news,
stories and events have illustrations with alternative text."""

from __future__ import annotations

import re
from fractions import Fraction
from io import StringIO
from typing import Any

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, Page

from demo.builders.monitoring import MonitoringDemoBuilder
from demo.builders.narratives import share_words
from demo.content.monitoring import DEMO_TODAY
from events.models import EventPage
from indicators.models import IndicatorPage, IndicatorTarget
from news.models import NewsPage
from plans.models import (
    AssessmentPage,
    IndicatorValue,
    MunicipalityIndexPage,
    MunicipalityPage,
    PlanPage,
)
from plans.scales import ActionStatus
from reports.models import ReportPage
from stories.models import StoryPage
from training.models import TrainingModulePage, TrainingProgrammePage

from .conftest import DemoBuild

COUNTS = re.compile(r"Plandaki (\d+) eylemden (\d+) tanesi tamamlandı")
ENGLISH_COUNTS = re.compile(r"Of the plan’s (\d+) actions, (\d+) (?:is|are) complete")


def narrative_text(page: AssessmentPage) -> str:
    """The narrative's text, tags left in (the figures are outside them)."""
    return " ".join(str(block.value) for block in page.narrative)


def pdf_text(document: Any) -> str:
    """The text of a Wagtail document's PDF, its whitespace collapsed."""
    from pypdf import PdfReader

    with document.open_file() as file:
        text = " ".join(page.extract_text() for page in PdfReader(file).pages)
    return " ".join(text.split())


def second_plan() -> PlanPage:
    """Kadıköy's sample plan next to the demo's first one (`setup_demo --plans 1`)."""
    users = get_user_model().objects.in_bulk(["heyet", "editor"], field_name="username")
    builder = MonitoringDemoBuilder(
        StringIO(),
        Locale.objects.get(language_code="tr"),
        Locale.objects.get(language_code="en"),
        board=users["heyet"],
        submitters={},
        default_submitter=users["editor"],
    )
    home = Page.objects.get(depth=2, locale__language_code="tr")
    builder.build(home, MunicipalityIndexPage.objects.get(locale__language_code="tr"), 0)
    kadikoy = MunicipalityPage.objects.get(locale__language_code="tr", slug="kadikoy")
    builder.plan(kadikoy)
    return PlanPage.objects.child_of(kadikoy).get()


@pytest.mark.parametrize(
    ("part", "whole", "turkish", "english"),
    [
        (5, 15, "yaklaşık üçte biri", "about a third"),
        (3, 15, "dörtte birinden azı", "fewer than a quarter"),
        (6, 15, "yarısından azı", "less than half"),
        (0, 15, "hiçbiri", "none"),
        (15, 15, "tamamı", "all"),
        (8, 15, "yaklaşık yarısı", "about half"),
    ],
)
def test_shares_are_named_only_when_true(part: int, whole: int, turkish: str, english: str) -> None:
    words = share_words(part, whole)
    assert (words.tr, words.en) == (turkish, english)


def test_board_narratives_agree_with_the_rows_and_differ_per_municipality_and_period(
    demo: DemoBuild,
) -> None:
    second_plan()
    approved = AssessmentPage.objects.filter(locale__language_code="tr", live=True)
    assert approved.count() == 2 * 3  # two plans, three approved periods each
    narratives = set()
    for page in approved:
        text = narrative_text(page)
        narratives.add(text)
        rows = list(page.action_rows.all())
        completed = sum(row.status == ActionStatus.COMPLETED for row in rows)
        match = COUNTS.search(text)
        assert match is not None, text
        assert (int(match[1]), int(match[2])) == (len(rows), completed)
        assert share_words(completed, len(rows)).tr in text
        if "üçte biri" in text:
            assert abs(Fraction(completed, len(rows)) - Fraction(1, 3)) <= Fraction(1, 25)
        assert page.get_parent().get_parent().title in text  # the municipality is named
        assert page.summary.startswith("Örnek değerlendirme:")
        assert str(completed) in page.summary
        english = page.get_translation(Locale.objects.get(language_code="en"))
        english_match = ENGLISH_COUNTS.search(narrative_text(english))
        assert english_match is not None
        assert (int(english_match[1]), int(english_match[2])) == (len(rows), completed)
    assert len(narratives) == approved.count()  # none repeated


def test_action_rows_follow_one_trajectory_and_the_comment_states_the_progress(
    demo: DemoBuild,
) -> None:
    plan = PlanPage.objects.get(locale__language_code="tr")
    assessments = sorted(
        AssessmentPage.objects.child_of(plan).select_related("period"),
        key=lambda page: page.period.start_date,
    )
    assert [page.live for page in assessments] == [True, True, True, False]
    history: dict[int, list[tuple[str, int]]] = {}
    for page in assessments:
        for row in page.action_rows.select_related("action"):
            history.setdefault(row.action_id, []).append((row.status, row.progress))
            if page.live:
                assert f"%{row.progress}" in row.board_comment
                # An action not due yet is neither blamed for a delay nor rated.
                not_due = row.action.start_date > page.period.end_date
                if row.status == ActionStatus.NOT_STARTED and not_due:
                    assert row.rating is None, row.action.title
                    assert "henüz başlaması beklenmiyordu" in row.board_comment
    for path in history.values():
        progress = [value for _status, value in path]
        assert progress == sorted(progress)
        statuses = [status for status, _value in path]
        if ActionStatus.COMPLETED in statuses:
            first = statuses.index(ActionStatus.COMPLETED)
            assert set(statuses[first:]) == {ActionStatus.COMPLETED}
    narratives = {narrative_text(page) for page in assessments if page.live}
    assert len(narratives) == 3


def test_headcounts_and_places_are_whole_numbers_with_targets_per_disaggregation(
    demo: DemoBuild,
) -> None:
    values = IndicatorValue.objects.filter(assessment__locale__language_code="tr").select_related(
        "indicator"
    )
    assert values.exists()
    for value in values:
        if value.indicator.unit != "%":
            assert value.value == value.value.to_integral_value(), (value.indicator.code, value)
    targets = IndicatorTarget.objects.select_related("page")
    for target in targets:
        if target.page.unit != "%":
            assert target.baseline_value == target.baseline_value.to_integral_value()
            assert target.target_value == target.target_value.to_integral_value()
    for indicator in IndicatorPage.objects.filter(disaggregated_by_sex=True, targets__isnull=False):
        kinds = set(indicator.targets.values_list("disaggregation", flat=True))
        assert kinds == {"total", "women", "men"}, indicator.code


def test_most_indicators_have_values_in_four_periods(demo: DemoBuild) -> None:
    plan = PlanPage.objects.get(locale__language_code="tr")
    values = IndicatorValue.objects.filter(assessment__in=AssessmentPage.objects.child_of(plan))
    codes = set(values.values_list("indicator__code", flat=True))
    assert len(codes) >= 9  # of the 12 indicators
    assert values.values("date").distinct().count() == 4


def test_nothing_dated_after_the_demo_calendar_is_published_and_dates_agree(
    demo: DemoBuild,
) -> None:
    reports = ReportPage.objects.filter(locale__language_code="tr").select_related("period")
    for report in reports:
        assert report.publication_date > report.period.end_date, report.slug
        assert report.live == (report.publication_date <= DEMO_TODAY), report.slug
    assert reports.filter(live=True).count() == 3
    # The board approved each period's assessments after the period ended and before the
    # report on that period was published (in both languages, as the pages say).
    report_dates = {report.period.translation_key: report.publication_date for report in reports}
    for page in AssessmentPage.objects.filter(live=True).select_related("period"):
        assert page.period.end_date <= DEMO_TODAY
        approved = timezone.localdate(page.last_published_at)
        assert page.period.end_date < approved <= DEMO_TODAY, page.url_path
        assert approved < report_dates[page.period.translation_key], page.url_path
        assert page.first_published_at == page.last_published_at
    assert all(page.date <= DEMO_TODAY for page in NewsPage.objects.live())
    news = NewsPage.objects.get(locale__language_code="tr", slug="birinci-ilerleme-raporu")
    assert news.date > reports.get(slug="progress-1").publication_date


def test_every_plan_and_published_report_has_its_pdf(demo: DemoBuild) -> None:
    plans = PlanPage.objects.filter(locale__language_code="tr")
    assert plans.exists()
    for plan in plans:
        assert plan.plan_document is not None
        text = pdf_text(plan.plan_document)
        assert text.startswith("Örnek veri / Sample data")
        assert plan.get_parent().title in text
        assert plan.get_parent().title in plan.plan_document.title
    for report in ReportPage.objects.filter(locale__language_code="tr", live=True):
        assert report.report_document is not None, report.slug
        assert report.report_document.file.read().startswith(b"%PDF")


def test_the_report_pdf_is_made_from_the_approved_assessments(demo: DemoBuild) -> None:
    """Its text holds the period's approved board summary of the planned municipality."""
    report = ReportPage.objects.get(locale__language_code="tr", slug="progress-2")
    text = pdf_text(report.report_document)
    assessment = AssessmentPage.objects.get(
        locale__language_code="tr", live=True, period=report.period
    )
    assert "Örnek veri" in text
    assert assessment.get_parent().get_parent().title in text
    assert " ".join(assessment.summary.split()[:4]) in text


def test_news_stories_and_events_have_illustrations_with_alt_text(demo: DemoBuild) -> None:
    english = Locale.objects.get(language_code="en")
    for item in NewsPage.objects.filter(locale__language_code="tr"):
        assert item.lead_image is not None, item.slug
        assert item.lead_image_alt.startswith("Örnek görsel")
        assert item.get_translation(english).lead_image_alt.startswith("Sample illustration")
    for model in (StoryPage, EventPage):
        for page in model.objects.filter(locale__language_code="tr"):
            images = [block.value for block in page.body if block.block_type == "image"]
            assert images, page.slug
            assert all(value["image"].contextual_alt_text for value in images)
            translated = page.get_translation(english)
            alt = next(b.value for b in translated.body if b.block_type == "image")["image"]
            assert alt.contextual_alt_text.startswith("Sample illustration")


def test_past_events_have_their_outcome_materials_and_gallery(demo: DemoBuild) -> None:
    past = EventPage.objects.filter(locale__language_code="tr", actual_attendance__isnull=False)
    assert past.exists()
    for event in past:
        assert event.end.date() <= DEMO_TODAY
        assert [block.block_type for block in event.materials] == ["document"]
        assert event.materials[0].value["document"].file.read().startswith(b"%PDF")
        assert [block.block_type for block in event.gallery] == ["image"]
    for event in EventPage.objects.filter(locale__language_code="tr"):
        if event.end.date() < DEMO_TODAY:
            assert event.actual_attendance is not None, event.slug


def test_each_programme_has_four_modules_linked_previous_and_next(
    demo: DemoBuild, client: Client
) -> None:
    programmes = TrainingProgrammePage.objects.filter(locale__language_code="tr")
    for programme in programmes:
        assert TrainingModulePage.objects.child_of(programme).count() >= 4
    client.force_login(get_user_model().objects.get(username="katilimci"))
    programme = programmes.get(slug="gosterge-temelli-izleme")
    modules = list(TrainingModulePage.objects.child_of(programme))
    html = client.get(modules[1].url).content.decode()
    assert f'href="{modules[0].url}" rel="prev"' in html
    assert f'href="{modules[2].url}" rel="next"' in html
