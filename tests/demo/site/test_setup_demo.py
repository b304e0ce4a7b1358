"""`manage.py setup_demo` builds the whole demo site, bilingual, and is idempotent."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale, Page

from demo.content.participants import sample_participants
from events.models import EventPage
from plans.models import AssessmentPage, MunicipalityPage
from portal.text import natural_sort_key
from training.models import Enrollment

from .conftest import DemoBuild, counts


def test_a_second_run_creates_nothing_and_only_resets_the_passwords(
    demo: DemoBuild, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-different-secret-42")
    output = StringIO()
    call_command("setup_demo", plans=1, stdout=output)

    assert counts() == demo.counts
    assert "  + " not in output.getvalue()  # no page, translation, document or user is new
    assert "a-different-secret-42" in output.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("a-different-secret-42")
    # The search index is written once, at the end of the build: the demo is searchable.
    found = {page.title for page in Page.objects.live().search("Kadıköy")}
    assert "Kadıköy Belediyesi" in found


def test_one_account_per_role_and_the_admin_login_is_printed(demo: DemoBuild) -> None:
    # One per role, and the sample training participants (no password: nobody signs in as them).
    assert demo.counts["users"] == 5 + len(sample_participants())
    # Editors, Monitoring Board, Training participants + one reporters group per municipality
    # + one participants group per training programme.
    assert demo.counts["groups"] == 3 + 10 + 4
    assert "user: admin  password: yeep-admin-2026" in demo.output


def test_every_live_turkish_page_has_a_live_english_translation(demo: DemoBuild) -> None:
    english = Locale.objects.get(language_code="en")
    turkish_pages = Page.objects.filter(locale__language_code="tr", depth__gt=1).live()
    # home, municipality index, 10 municipalities, 6 standard pages, indicator index, 12 indicators,
    # per sample plan: the plan, 15 actions and 3 approved assessments; the report index and 3
    # published reports (the final one is a draft until its date); the story index and 4
    # stories; the news index and 6 items; the guide, 8 chapters;
    # the training index, 4 programmes and 16 modules; the event index and 8 events; open data.
    expected = 1 + 1 + 10 + 6 + 1 + 12 + 1 * (1 + 15 + 3) + 1 + 3 + 1 + 4 + 1 + 6 + 1 + 8
    expected += 1 + 4 + 16 + 1 + 8 + 1
    expected += 1 + 1  # the accessibility statement and the project results page
    assert turkish_pages.count() == expected
    for page in turkish_pages:
        translation = page.get_translation_or_none(english)
        assert translation is not None, page.url_path
        assert translation.live, translation.url_path


def test_the_ten_municipalities_have_their_facts_roles_and_the_sample_flag(
    demo: DemoBuild,
) -> None:
    municipalities = MunicipalityPage.objects.filter(locale__language_code="tr")
    assert municipalities.count() == 10
    kadikoy = municipalities.get(slug="kadikoy")
    assert (kadikoy.title, kadikoy.province, kadikoy.plate_code, kadikoy.kind) == (
        "Kadıköy Belediyesi",
        "İstanbul",
        "34",
        "district",
    )
    assert municipalities.get(slug="tunceli").kind == "province_centre"
    assert all(page.is_sample_data for page in municipalities)
    assert all(page.reporters_group and page.collection for page in municipalities)


def test_approved_assessments_are_public_and_one_draft_waits_for_the_board(
    demo: DemoBuild,
) -> None:
    drafts = AssessmentPage.objects.filter(live=False)
    assert drafts.count() == 1
    assert all(draft.workflow_in_progress for draft in drafts)
    assert AssessmentPage.objects.filter(live=True, locale__language_code="tr").count() == 3
    assert all(page.is_sample_data for page in AssessmentPage.objects.all())


def test_assessment_rows_keep_the_plans_order(demo: DemoBuild) -> None:
    """Rows carry their position, so a reporter's save does not move the edited row last."""
    for page in AssessmentPage.objects.filter(locale__language_code="tr"):
        rows = list(page.action_rows.order_by("sort_order", "pk"))
        assert [row.sort_order for row in rows] == list(range(len(rows)))
        codes = [row.action.specific.code for row in rows]
        assert codes == sorted(codes, key=natural_sort_key)
        values = list(page.indicator_values.values_list("sort_order", flat=True))
        assert sorted(values) == list(range(len(values)))


def test_english_assessments_are_titled_with_the_english_period(demo: DemoBuild) -> None:
    english = AssessmentPage.objects.filter(locale__language_code="en").select_related("period")
    assert english.exists()
    for page in english:
        period = page.period.get_translation(page.locale)
        assert page.title == f"{period.name}: Monitoring Board assessment"
        assert "Dönem" not in page.title


def test_training_sessions_belong_to_their_programmes(demo: DemoBuild) -> None:
    sessions = EventPage.objects.filter(locale__language_code="tr", kind="training_session")
    assert sessions.count() == 4
    assert all(session.related_programmes.count() == 1 for session in sessions)
    # The demo participant finished one programme and is enrolled in another.
    assert Enrollment.objects.filter(user__username="katilimci").count() == 2


def test_the_home_page_is_served_in_both_languages(demo: DemoBuild, client: Client) -> None:
    """As `make run` shows it."""
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/tr/"
    html = response.content.decode()
    assert "YEEP İzleme Platformu" in html
    assert "İzlenen belediyeler" in html
    english_home = client.get("/en/").content.decode()
    assert "YEEP Monitoring Platform" in english_home
    assert "Monitored municipalities" in english_home
    kadikoy_en = client.get("/en/municipalities/kadikoy/")
    assert kadikoy_en.status_code == 200
    assert "Kadıköy Municipality" in kadikoy_en.content.decode()
    assert "Sample data" in kadikoy_en.content.decode()
