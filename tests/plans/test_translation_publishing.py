"""A translator translates an approved assessment in the admin (wagtail-localize) and publishes it
without a second board approval; the English page's figures are always the Turkish record's."""

from __future__ import annotations

import re

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail_localize.models import StringTranslation, Translation

from plans.models import AssessmentPage
from portal.translation import publish_translation
from tests.plans.test_workflow import draft_assessment, logged_in
from tests.scenarios.monitoring import Monitoring, approve_new_assessment

pytestmark = pytest.mark.django_db

ENGLISH_COMMENT = "Approved comment: the nursery opened."


def publish_in_editor(client: Client, page: AssessmentPage, capture) -> int:  # type: ignore[no-untyped-def]
    """The translation editor's "Publish" button; wagtail-localize publishes when the request's
    transaction commits (`capture` is pytest-django's django_capture_on_commit_callbacks)."""
    with capture(execute=True):
        response = client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    return response.status_code


def translate_parents(monitoring: Monitoring) -> None:
    """The plan and its actions in English, as the translator finds them."""
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "LEAP 2024–2028", "slug": "leap"})
    for action in monitoring.actions:
        publish_translation(action, english, {"title": f"Action {action.code}"})


def submit_translation(
    client: Client, page: AssessmentPage, monitoring: Monitoring
) -> AssessmentPage:
    """What the translator's "Translate" button does: wagtail-localize makes the English draft."""
    response = client.post(
        f"/admin/localize/submit/page/{page.pk}/", {"locales": [monitoring.tree.english.pk]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return page.get_translation(monitoring.tree.english).specific


def translate_every_segment(page: AssessmentPage, english_of: dict[str, str]) -> None:
    """The translator's work in the editor: an English string for each Turkish one."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="en"
    )
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": english_of.get(segment.string.data, f"EN {segment.string.data}")},
        )


def english_draft_of_approved(
    monitoring: Monitoring, editor: AbstractUser
) -> tuple[Client, AssessmentPage, AssessmentPage]:
    """(the editor's client, the approved Turkish assessment, its English draft just submitted)."""
    translate_parents(monitoring)
    approved = monitoring.assessments[0]
    client = logged_in(editor)
    return client, approved, submit_translation(client, approved, monitoring)


def test_translator_publishes_an_approved_assessment_without_a_second_approval(
    monitoring: Monitoring, editor: AbstractUser, django_capture_on_commit_callbacks
) -> None:
    client, approved, english = english_draft_of_approved(monitoring, editor)
    assert not english.live

    # The editor says why no second approval is needed.
    editor_page = client.get(f"/admin/pages/{english.pk}/edit/")
    assert editor_page.status_code == 200
    assert "ikinci bir onay gerekmez" in editor_page.content.decode()
    assert english.permissions_for_user(editor).can_publish()

    translate_every_segment(approved, {"Onaylı yorum: kreş açıldı.": ENGLISH_COMMENT})
    assert publish_in_editor(client, english, django_capture_on_commit_callbacks) == 302
    english.refresh_from_db()
    assert english.live
    assert english.live_revision.user == editor

    html = Client(HTTP_HOST="localhost").get(english.url).content.decode()
    assert ENGLISH_COMMENT in html
    assert "Onaylı yorum: kreş açıldı." not in html


def test_the_english_figures_are_the_turkish_records(
    monitoring: Monitoring, editor: AbstractUser, django_capture_on_commit_callbacks
) -> None:
    client, approved, english = english_draft_of_approved(monitoring, editor)
    translate_every_segment(approved, {})
    publish_in_editor(client, english, django_capture_on_commit_callbacks)
    english.refresh_from_db()
    assert english.live
    # Whatever the English copy's rows say (here: changed behind the editor's back) ...
    english.action_rows.update(progress=99, status="cancelled")
    english.indicator_values.update(value=999)

    html = Client(HTTP_HOST="localhost").get(english.url).content.decode()
    cells = re.findall(r"<td>(\d+%)</td>", html)
    assert cells == ["100%", "40%", "10%"]  # ... the page shows the approved Turkish figures
    assert "999" not in html and "99%" not in html
    assert re.search(r'ancelled">Cancelled</span></th><td>0</td>', html)  # no action cancelled


def test_a_translation_of_an_unapproved_assessment_needs_the_board(
    monitoring: Monitoring,
    editor: AbstractUser,
    board_member: AbstractUser,
    django_capture_on_commit_callbacks,
) -> None:
    translate_parents(monitoring)
    draft = draft_assessment(monitoring)
    client = logged_in(editor)
    english = submit_translation(client, draft, monitoring)
    translate_every_segment(draft, {})  # complete: only the permission stands in the way
    assert not english.permissions_for_user(editor).can_publish()
    # Refused: Wagtail's admin answers a PermissionDenied by sending the user to the dashboard.
    assert publish_in_editor(client, english, django_capture_on_commit_callbacks) == 302
    english.refresh_from_db()
    assert not english.live
    assert "ikinci bir onay" not in client.get(f"/admin/pages/{english.pk}/edit/").content.decode()

    # Once the board approves the Turkish assessment, the translator may publish.
    task_state_page = approve_new_assessment(monitoring, board_member, "12")
    assert task_state_page.live
    assert english.permissions_for_user(board_member).can_publish()


def test_a_reporter_never_publishes_a_translation(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    translate_parents(monitoring)
    english = publish_translation(
        monitoring.assessments[0], monitoring.tree.english, {"title": "Assessment"}
    )
    assert not english.permissions_for_user(kadikoy_reporter).can_publish()
    assert not english.permissions_for_user(kadikoy_reporter).can_unpublish()


def test_an_incomplete_translation_stays_a_draft_and_the_editor_learns_what_is_missing(
    monitoring: Monitoring, editor: AbstractUser, django_capture_on_commit_callbacks
) -> None:
    client, approved, english = english_draft_of_approved(monitoring, editor)
    translate_every_segment(approved, {})
    translation = Translation.objects.get(
        source__object_id=approved.translation_key, target_locale__language_code="en"
    )
    untranslated = translation.source.stringsegment_set.filter(
        context__path__in=["slug", "summary"]
    )
    assert untranslated.count() == 2
    StringTranslation.objects.filter(
        translation_of__in=untranslated.values("string"), locale=translation.target_locale
    ).delete()

    assert publish_in_editor(client, english, django_capture_on_commit_callbacks) == 302
    english.refresh_from_db()
    assert not english.live
    shown = client.get(f"/admin/pages/{english.pk}/edit/").context["messages"]
    (message,) = [str(m) for m in shown if "yayımlanmadı" in str(m)]
    assert message.startswith("Çeviri (İngilizce) yayımlanmadı; şu alanlar henüz çevrilmedi:")
    slug_label = AssessmentPage._meta.get_field("slug").verbose_name
    assert f"{str(slug_label).capitalize()} («Yayın ayarları» sekmesi)" in message
    summary_label = AssessmentPage._meta.get_field("summary").verbose_name
    assert f"{summary_label} («İçerik» sekmesi)".lower() in message.lower()
    assert Client(HTTP_HOST="localhost").get(english.url).status_code == 404

    # Once everything is translated, the same button publishes.
    translate_every_segment(approved, {})
    assert publish_in_editor(client, english, django_capture_on_commit_callbacks) == 302
    english.refresh_from_db()
    assert english.live
