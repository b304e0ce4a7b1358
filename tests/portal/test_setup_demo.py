"""`manage.py setup_demo` builds the whole demo site, bilingual, and is idempotent."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from wagtail.models import Collection, GroupPagePermission, Locale, Page

from events.models import EventPage
from plans.models import AssessmentPage, MunicipalityPage
from training.models import Enrollment

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
    }


def test_setup_demo_builds_a_bilingual_site_and_is_idempotent(db, monkeypatch) -> None:
    """One scenario, because each run of setup_demo takes seconds (a plan for 1 municipality)."""
    Page.objects.filter(depth=2).delete()  # start from an empty site, as on a fresh install
    output = StringIO()
    call_command("setup_demo", plans=1, stdout=output)
    first = counts()
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-different-secret-42")
    second_output = StringIO()
    call_command("setup_demo", plans=1, stdout=second_output)

    # Idempotent: a second run creates nothing; it only resets the passwords.
    assert counts() == first
    assert "a-different-secret-42" in second_output.getvalue()
    assert get_user_model().objects.get(username="admin").check_password("a-different-secret-42")
    assert first["users"] == 5
    # Editors, Monitoring Board, Training participants + one reporters group per municipality
    # + one participants group per training programme.
    assert first["groups"] == 3 + 10 + 4

    # Every live Turkish page has a live English translation.
    english = Locale.objects.get(language_code="en")
    turkish_pages = Page.objects.filter(locale__language_code="tr", depth__gt=1).live()
    # home, municipality index, 10 municipalities, 6 standard pages, indicator index, 12 indicators,
    # per sample plan: the plan, 15 actions and 2 approved assessments; the report index and 4
    # reports; the story index and 4 stories; the news index and 6 items; the guide, 8 chapters;
    # the training index, 4 programmes and 8 modules; the event index and 8 events; open data.
    expected = 1 + 1 + 10 + 6 + 1 + 12 + 1 * (1 + 15 + 2) + 1 + 4 + 1 + 4 + 1 + 6 + 1 + 8
    expected += 1 + 4 + 8 + 1 + 8 + 1
    assert turkish_pages.count() == expected
    for page in turkish_pages:
        translation = page.get_translation_or_none(english)
        assert translation is not None, page.url_path
        assert translation.live, translation.url_path

    # The ten municipalities with their facts, roles and the sample flag.
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

    # The admin login is printed.
    assert "user: admin  password: yeep-admin-2026" in output.getvalue()

    # Sample monitoring data: approved assessments public, one draft per plan in the workflow.
    drafts = AssessmentPage.objects.filter(live=False)
    assert drafts.count() == 1
    assert all(draft.workflow_in_progress for draft in drafts)
    assert AssessmentPage.objects.filter(live=True, locale__language_code="tr").count() == 2
    assert all(page.is_sample_data for page in AssessmentPage.objects.all())

    # Training sessions belong to their programmes; the demo participant finished one programme.
    sessions = EventPage.objects.filter(locale__language_code="tr", kind="training_session")
    assert sessions.count() == 4
    assert all(session.related_programmes.count() == 1 for session in sessions)
    assert Enrollment.objects.filter(user__username="katilimci").count() == 2

    # The demo home is served in both languages, as `make run` shows it.
    client = Client(HTTP_HOST="localhost")
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
