"""Editors get an error on the right field: end before start, no venue and no link, actual
attendance before the event is over, a photo without alternative text."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventIndexPage, EventPage
from tests.scenarios.events import EventSite

pytestmark = pytest.mark.django_db

ISTANBUL = ZoneInfo("Europe/Istanbul")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=ISTANBUL)
START = datetime(2026, 9, 15, 10, 0, tzinfo=ISTANBUL)


@pytest.fixture(autouse=True)
def frozen_clock():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        yield


def clean_errors(page: EventPage) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    return error.value.message_dict


def test_end_must_be_after_start(events: EventSite) -> None:
    page = events.publish(start=START)
    page.end = START - timedelta(hours=1)
    errors = clean_errors(page)
    assert list(errors) == ["end"]
    assert "başlangıç zamanından sonra" in errors["end"][0]
    page.end = START  # zero length is not an event either
    assert list(clean_errors(page)) == ["end"]
    page.end = START + timedelta(minutes=30)
    page.full_clean()


def test_venue_or_online_link_is_required(events: EventSite) -> None:
    page = events.publish()
    page.venue_name, page.venue_address, page.online_link = "  ", "", ""
    errors = clean_errors(page)
    assert sorted(errors) == ["online_link", "venue_name"]
    assert "mekân ya da çevrim içi katılım bağlantısı" in errors["venue_name"][0]

    page.online_link = "https://toplanti.example.org/oturum"
    page.full_clean()  # online only
    page.venue_name, page.online_link = "Ankara'da bir salon", ""
    page.full_clean()  # in person only


def test_address_needs_a_venue_name(events: EventSite) -> None:
    page = events.publish()
    page.venue_name, page.venue_address = "", "Konak, İzmir"
    page.online_link = "https://toplanti.example.org/oturum"
    assert list(clean_errors(page)) == ["venue_name"]


def test_actual_attendance_only_after_the_event(events: EventSite) -> None:
    page = events.publish(start=NOW + timedelta(days=3))
    page.actual_attendance = 40
    errors = clean_errors(page)
    assert list(errors) == ["actual_attendance"]
    with time_machine.travel(NOW + timedelta(days=4), tick=False):
        page.full_clean()
    page.actual_attendance = 0
    with time_machine.travel(NOW + timedelta(days=4), tick=False):
        assert list(clean_errors(page)) == ["actual_attendance"]  # positive numbers only


def form_data(page: EventPage, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "kind": page.kind,
        "start": "2026-09-15 10:00",
        "end": "2026-09-15 13:00",
        "venue_name": page.venue_name,
        "venue_address": page.venue_address,
        "online_link": "",
        "audience": "",
        "target_attendance": "",
        "actual_attendance": "",
        "agenda": streamfield([]),
        "body": streamfield([]),
        "materials": streamfield([]),
        "gallery": streamfield([]),
        "related_municipalities": inline_formset([]),
        "related_programmes": inline_formset([]),
        "comments": inline_formset([]),
    }
    values.update(overrides)
    return nested_form_data(values)


def page_form(page: EventPage, parent: EventIndexPage, user: AbstractBaseUser, **overrides: Any):  # type: ignore[no-untyped-def]
    form_class = EventPage.get_edit_handler().get_form_class()
    return form_class(
        form_data(page, **overrides), instance=page, parent_page=parent, for_user=user
    )


def test_page_form_names_the_fields(events: EventSite, admin_user: AbstractBaseUser) -> None:
    page = events.publish()
    form = page_form(page, events.index, admin_user)
    assert form.is_valid(), form.errors

    form = page_form(page, events.index, admin_user, end="2026-09-15 09:00")
    assert not form.is_valid()
    assert list(form.errors) == ["end"]

    form = page_form(page, events.index, admin_user, venue_name="", venue_address="")
    assert not form.is_valid()
    assert sorted(form.errors) == ["online_link", "venue_name"]


def test_start_is_read_in_turkiye_time(events: EventSite, admin_user: AbstractBaseUser) -> None:
    page = events.publish()
    form = page_form(page, events.index, admin_user)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] == START
    assert form.cleaned_data["start"].utcoffset() == timedelta(hours=3)


def test_admin_publish_refuses_a_photo_without_alt_text(
    admin_client: Client, events: EventSite
) -> None:
    page = events.publish()
    image = Image.objects.create(title="Fotoğraf", file=get_test_image_file())
    gallery = streamfield(
        [
            (
                "image",
                {
                    "image": {"image": image.pk, "alt_text": "", "decorative": ""},
                    "caption": "",
                },
            )
        ]
    )
    # Publishing checks it (a draft may be saved unfinished: Wagtail defers that validation).
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**form_data(page, gallery=gallery), "action-publish": "action-publish"},
    )
    assert response.status_code == 200  # the form again, with the error
    assert list(response.context["form"].errors) == ["gallery"]
    page.refresh_from_db()
    assert not page.gallery

    decorative = streamfield(
        [
            (
                "image",
                {
                    "image": {"image": image.pk, "alt_text": "", "decorative": "on"},
                    "caption": "",
                },
            )
        ]
    )
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**form_data(page, gallery=decorative), "action-publish": "action-publish"},
    )
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.gallery[0].value["image"].decorative


def test_admin_create_and_edit_forms_open(admin_client: Client, events: EventSite) -> None:
    response = admin_client.get(f"/admin/pages/add/events/eventpage/{events.index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in (
        "start",
        "end",
        "venue_name",
        "venue_address",
        "online_link",
        "actual_attendance",
    ):
        assert f'name="{field}"' in html, field
    page = events.publish()
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
