"""Nothing from a draft, in-moderation, rejected or later-draft assessment reaches a public page
or the CSV: every channel reads through the for_public() helpers."""

from __future__ import annotations

from datetime import date

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.models import PageViewRestriction

from plans.models import ActionAssessment, AssessmentPage, IndicatorValue
from portal.translation import publish_translation
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

SECRET_COMMENT = "GİZLİ-TASLAK-YORUM"
SECRET_VALUE = "987.65"
SECRET_VALUE_SHOWN = ("987,65", "987.65")


def public_channels(monitoring: Monitoring, extra: list[str]) -> list[str]:
    plan, indicator = monitoring.plan, monitoring.indicator
    return [
        monitoring.tree.kadikoy.url,
        plan.url,
        *[action.url for action in monitoring.actions],
        monitoring.assessments[0].url,
        indicator.url,
        f"{indicator.url}csv/",
        f"{indicator.url}karsilastirma/",
        *[f"{indicator.url}karsilastirma/?donem={period.pk}" for period in monitoring.periods],
        "/en/municipalities/kadikoy/",
        *extra,
    ]


def assert_not_public(monitoring: Monitoring, extra: list[str] = ()) -> None:  # type: ignore[assignment]
    client = Client(HTTP_HOST="localhost")
    for url in public_channels(monitoring, list(extra)):
        response = client.get(url)
        body = response.content.decode()
        assert SECRET_COMMENT not in body, url
        for shown in SECRET_VALUE_SHOWN:
            assert shown not in body, url
        assert "Taslak durum testi" not in body, url


def secret_assessment(monitoring: Monitoring, *, publish: bool) -> AssessmentPage:
    page = make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(monitoring.actions[0], "cancelled", 0, SECRET_COMMENT)],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", SECRET_VALUE)],
        publish=publish,
    )
    page.summary = "Taslak durum testi"
    page.save_revision()
    return page


def test_draft_assessment_is_on_no_public_channel(monitoring: Monitoring) -> None:
    page = secret_assessment(monitoring, publish=False)
    assert_not_public(monitoring, [f"{monitoring.plan.url}{page.slug}/"])
    # The rows exist in the database; only the helpers keep them out.
    assert ActionAssessment.objects.filter(board_comment=SECRET_COMMENT).exists()
    assert not ActionAssessment.objects.for_public().filter(board_comment=SECRET_COMMENT).exists()


def test_assessment_in_moderation_is_on_no_public_channel(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = secret_assessment(monitoring, publish=False)
    page.get_workflow().start(page, kadikoy_reporter)
    assert page.workflow_in_progress
    assert_not_public(monitoring, [f"{monitoring.plan.url}{page.slug}/"])


def test_rejected_assessment_is_on_no_public_channel(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page = secret_assessment(monitoring, publish=False)
    page.get_workflow().start(page, kadikoy_reporter)
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, board_member, "reject")
    assert_not_public(monitoring, [f"{monitoring.plan.url}{page.slug}/"])


def test_later_draft_revision_of_a_live_assessment_is_not_public(monitoring: Monitoring) -> None:
    live = monitoring.assessments[0]
    draft = live.get_latest_revision_as_object()
    rows = list(draft.action_rows.all())
    rows[0].board_comment = SECRET_COMMENT
    rows[0].status = "cancelled"
    draft.action_rows = rows
    values = list(draft.indicator_values.all())
    values[0].value = SECRET_VALUE
    draft.indicator_values = values
    draft.summary = "Taslak durum testi"
    revision = draft.save_revision()
    # The secrets really are in the newer draft revision, so the test can fail.
    assert SECRET_COMMENT in str(revision.content)
    assert SECRET_VALUE in str(revision.content)
    live.refresh_from_db()
    assert live.has_unpublished_changes
    assert_not_public(monitoring)
    # The approved version is still what the public sees.
    client = Client(HTTP_HOST="localhost")
    assert "Onaylı yorum: kreş açıldı." in client.get(live.url).content.decode()


def test_private_assessment_is_on_no_public_channel(monitoring: Monitoring) -> None:
    page = secret_assessment(monitoring, publish=True)
    assert page.live
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert_not_public(monitoring)


def test_unpublished_assessment_disappears(monitoring: Monitoring) -> None:
    page = secret_assessment(monitoring, publish=True)
    client = Client(HTTP_HOST="localhost")
    assert "987,65" in client.get(monitoring.indicator.url).content.decode()
    page.unpublish()
    assert_not_public(monitoring)


def test_translated_assessments_do_not_count_twice(monitoring: Monitoring) -> None:
    """Rows are read from the source-language assessment only, not from its translations."""
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"})
    translated = publish_translation(
        monitoring.assessments[0], english, {"title": "Assessment", "slug": "assessment"}
    )
    assert translated.live
    assert IndicatorValue.objects.filter(assessment=translated).count() == 3  # synced copies
    assert IndicatorValue.objects.for_public().count() == 3
    assert ActionAssessment.objects.for_public().count() == 3
    csv_lines = Client(HTTP_HOST="localhost").get(f"{monitoring.indicator.url}csv/").content
    assert len(csv_lines.decode("utf-8-sig").strip().splitlines()) == 1 + 3


def test_action_page_lists_only_live_public_linked_indicators(monitoring: Monitoring) -> None:
    from plans.models import ActionIndicator
    from tests.plans.factories import IndicatorPageFactory

    action = monitoring.actions[0]
    index = monitoring.indicator.get_parent()
    draft = IndicatorPageFactory(parent=index, title="Taslak gösterge GİZLİ", live=False)
    private = IndicatorPageFactory(parent=index, title="Özel gösterge GİZLİ")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    action.indicator_links = [
        ActionIndicator(indicator=monitoring.indicator),
        ActionIndicator(indicator=draft),
        ActionIndicator(indicator=private),
    ]
    action.save()

    html = Client(HTTP_HOST="localhost").get(action.url).content.decode()

    assert monitoring.indicator.title in html
    assert "GİZLİ" not in html
