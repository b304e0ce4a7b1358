"""The "at a glance" sections of the municipality and action pages (plans.overview): the indicator
overview against baseline and target, the progress across periods and the action's timeline, from
approved data only, in the visitor's language."""

from __future__ import annotations

import re
from datetime import date

import pytest

from django.test import Client

from indicators.models import IndicatorTarget
from plans.models import ActionAssessment
from plans.monitoring import status_counts
from plans.overview import action_timeline, municipality_overview, stacked_segments
from portal.translation import TranslationStructureError, publish_translation
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db


def second_period(monitoring: Monitoring) -> None:
    """An approved period 2: every action completed (100), the indicator's total at 35."""
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "completed", 100, "İkinci dönem yorumu") for action in monitoring.actions],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "35")],
    )


def test_progress_by_period_counts_each_approved_assessment(
    client: Client, monitoring: Monitoring
) -> None:
    second_period(monitoring)
    overview = municipality_overview(monitoring.tree.kadikoy)
    assert [item.period.name for item in overview.periods] == [
        "1. İlerleme dönemi (2025)",
        "Dönem 2",
    ]
    first, second = ({c.status.value: c.count for c in p.status_counts} for p in overview.periods)
    assert first == {
        "not_started": 0,
        "in_progress": 1,
        "completed": 1,
        "delayed": 1,
        "cancelled": 0,
    }
    assert second["completed"] == 3 and overview.periods[1].action_count == 3

    html = html_of(client, monitoring.tree.kadikoy.url)
    section = html[html.index('id="overview-periods-title"') :]
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", section, re.S)
    number = re.compile(r"<td[^>]*>(\d+)</td>")
    cells = [(re.sub(r"<[^>]+>", "", name), number.findall(tds)) for name, tds in rows]
    assert cells[:2] == [
        ("1. İlerleme dönemi (2025)", ["0", "1", "1", "1", "0", "3"]),
        ("Dönem 2", ["0", "0", "3", "0", "0", "3"]),
    ]
    # The stacked bar names every count in its text alternative, and is drawn with patterns.
    assert 'aria-label="Dönem 2: Tamamlandı 3"' in section
    assert 'fill="url(#overview-fill-completed)"' in section
    assert html.count('id="overview-fill-completed"') == 1


def test_indicator_overview_shows_latest_value_against_baseline_and_target(
    client: Client, monitoring: Monitoring
) -> None:
    IndicatorTarget.objects.create(
        page=monitoring.indicator,
        municipality=monitoring.tree.kadikoy,
        disaggregation="total",
        baseline_value=20,
        baseline_year=2024,
        target_value=50,
        target_year=2028,
    )
    second_period(monitoring)
    [item] = municipality_overview(monitoring.tree.kadikoy).indicators
    assert item.period.name == "Dönem 2"
    bars = {bar.disaggregation: bar for bar in item.bars}
    # The latest approved value of each disaggregation: period 2 for the total, period 1 for the
    # others (period 2 did not report them).
    assert [str(bars[kind].value.normalize()) for kind in ("women", "men", "total")] == [
        "31.5",
        "28.5",
        "35",
    ]
    assert bars["total"].progress == 50  # (35 - 20) / (50 - 20)
    assert bars["women"].progress is None  # no baseline or target for women
    # One scale for the indicator: 0 .. 1.1 × 50; the target sits at 50 / 55 of the width.
    assert bars["total"].target_x == round(50 / 55 * 300, 1)

    html = html_of(client, monitoring.tree.kadikoy.url)
    section = html[html.index('id="overview-indicators-title"') :]
    assert monitoring.indicator.title in section
    cells = re.findall(r'<td data-label="[^"]+">([^<]+)</td>', section)
    assert cells[-4:] == ["35", "20 (2024)", "50 (2028)", "%50"]
    assert 'aria-label="Toplam: Son değer 35; başlangıç 20; hedef 50"' in section


def test_english_municipality_page_reads_its_overview_in_english(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.tree.english_of(monitoring.tree.kadikoy).url)
    assert "Progress by monitoring period" in html
    assert "Indicators at a glance" in html
    assert "Dönemlere göre ilerleme" not in html


def test_action_timeline_shows_each_period_with_its_change_and_the_boards_words(
    client: Client, monitoring: Monitoring
) -> None:
    second_period(monitoring)
    action = monitoring.actions[1]  # in progress 40 in period 1, completed 100 in period 2
    timeline = action_timeline(action)
    assert [item.progress_change for item in timeline] == [None, 60]
    assert [item.status_changed for item in timeline] == [False, True]

    html = html_of(client, action.url)
    section = html[html.index('class="timeline"') :]
    assert section.index("1. İlerleme dönemi (2025)") < section.index("Dönem 2")
    assert "Onaylı yorum: sürüyor." in section and "İkinci dönem yorumu" in section
    assert "+60 puan" in section and "durum değişti" in section


def test_english_action_timeline_shows_the_boards_comment_in_english(
    client: Client, monitoring: Monitoring
) -> None:
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "Plan", "slug": "plan"})
    action = publish_translation(monitoring.actions[1], english, {"title": "Action"})
    publish_translation(
        monitoring.assessments[0],
        english,
        {
            "title": "Assessment",
            "action_rows": [
                {"board_comment": "Approved comment: crèche opened."},
                {"board_comment": "Approved comment: under way."},
                {"board_comment": "Approved comment: late."},
            ],
        },
    )
    html = html_of(client, action.url)
    section = html[html.index('class="timeline"') :]
    assert "Approved comment: under way." in section
    assert "Onaylı yorum: sürüyor." not in section


def test_rows_without_an_order_are_not_translated_by_position(monitoring: Monitoring) -> None:
    """Texts given "in the source's order" cannot be paired with rows whose order the database
    chooses (PostgreSQL returns updated rows last): the translation is refused, nothing saved."""
    assessment = monitoring.assessments[0]
    ActionAssessment.objects.filter(assessment=assessment).update(sort_order=None)
    assessment.refresh_from_db()
    with pytest.raises(TranslationStructureError, match="distinct sort_order"):
        publish_translation(
            assessment,
            monitoring.tree.english,
            {"title": "Assessment", "action_rows": [{"board_comment": "x"}] * 3},
        )
    assert assessment.get_translation_or_none(monitoring.tree.english) is None


def test_stacked_segments_leave_out_empty_statuses_and_fill_the_width() -> None:
    segments = stacked_segments(status_counts(["completed", "completed", "delayed"]))
    assert [(s.status.value, s.count) for s in segments] == [("completed", 2), ("delayed", 1)]
    assert segments[0].x == 0 and segments[1].x == segments[0].width
    assert round(segments[0].width + segments[1].width) == 300
