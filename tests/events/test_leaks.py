"""Drafts, unpublished, private and past events reach no public channel: the index, the feed and
their own .ics file."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import PageViewRestriction

from portal.roles import TRAINING_PARTICIPANTS
from tests.events.factories import EventPageFactory
from tests.scenarios.events import EventSite

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

ISTANBUL = ZoneInfo("Europe/Istanbul")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=ISTANBUL)
CHANNELS = ["/tr/etkinlikler/", "/tr/etkinlikler/?tur=training_session", "/tr/etkinlikler/ical/"]
SECRETS = [
    "GİZLİ TASLAK",
    "GİZLİ YAYIMDAN KALDIRILMIŞ",
    "GİZLİ PAROLALI",
    "GİZLİ GRUBA ÖZEL",
    "GİZLİ GİRİŞ GEREKTİREN",
    "GİZLİ TASLAK BAŞLIK",
    "gizli-",
]


@pytest.fixture(autouse=True)
def frozen_clock():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        yield


def restrict(page, kind: str, **kwargs) -> PageViewRestriction:  # type: ignore[no-untyped-def]
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, **kwargs)


@pytest.fixture
def hidden(events: EventSite) -> dict[str, object]:
    """One public upcoming event and every kind of event the public must not see."""
    draft = EventPageFactory(parent=events.index, live=False, title="GİZLİ TASLAK", slug="gizli-t")
    draft.save_revision()
    unpublished = events.publish(title="GİZLİ YAYIMDAN KALDIRILMIŞ", slug="gizli-kaldirilmis")
    unpublished.unpublish()
    password = events.publish(title="GİZLİ PAROLALI", slug="gizli-parolali")
    restrict(password, PageViewRestriction.PASSWORD, password="s3cret")  # noqa: S106
    groups = events.publish(title="GİZLİ GRUBA ÖZEL", slug="gizli-gruba-ozel")
    restriction = restrict(groups, PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=TRAINING_PARTICIPANTS))
    login = events.publish(title="GİZLİ GİRİŞ GEREKTİREN", slug="gizli-giris")
    restrict(login, PageViewRestriction.LOGIN)
    revised = events.publish(title="Yayımlanmış başlık", slug="yayimlanmis")
    revised.title = "GİZLİ TASLAK BAŞLIK"
    revised.save_revision()
    public = events.publish(title="Herkese açık eğitim", slug="herkese-acik")
    return {
        "draft": draft,
        "unpublished": unpublished,
        "password": password,
        "groups": groups,
        "login": login,
        "revised": revised,
        "public": public,
    }


def test_hidden_events_are_on_no_channel(client: Client, hidden: dict[str, object]) -> None:
    for url in CHANNELS:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in SECRETS:
            assert secret not in body, (url, secret)
        assert "Herkese açık eğitim" in body, url
        assert "Yayımlanmış başlık" in body, url  # the live revision, not the draft

    feed = Calendar.from_ical(client.get("/tr/etkinlikler/ical/").content)
    assert sorted(str(event["SUMMARY"]) for event in feed.walk("VEVENT")) == [
        "Herkese açık eğitim",
        "Yayımlanmış başlık",
    ]


def test_past_events_are_not_in_the_feed(client: Client, events: EventSite) -> None:
    events.publish(title="GEÇEN AYKİ EĞİTİM", start=NOW - timedelta(days=30))
    events.publish(title="Gelecek eğitim")
    body = client.get("/tr/etkinlikler/ical/").content.decode()
    assert "GEÇEN AYKİ EĞİTİM" not in body
    assert "Gelecek eğitim" in body
    assert "GEÇEN AYKİ EĞİTİM" in client.get("/tr/etkinlikler/").content.decode()  # past list


def test_hidden_event_pages_and_ics_files_are_closed(
    client: Client, hidden: dict[str, object]
) -> None:
    for slug in ("gizli-t", "gizli-kaldirilmis"):
        assert client.get(f"/tr/etkinlikler/{slug}/").status_code == 404
        assert client.get(f"/tr/etkinlikler/{slug}/ics/").status_code == 404

    # Private events: Wagtail's privacy guards the .ics route like the page itself.
    for slug in ("gizli-parolali", "gizli-gruba-ozel", "gizli-giris"):
        for url in (f"/tr/etkinlikler/{slug}/", f"/tr/etkinlikler/{slug}/ics/"):
            response = client.get(url)
            body = response.content.decode()
            assert "BEGIN:VCALENDAR" not in body, url
            assert "GİZLİ" not in body, url
            if slug == "gizli-parolali":
                assert response.status_code == 200, url  # the password form
                assert 'type="password"' in body, url
            else:
                assert response.status_code == 302, url  # to the login page
                assert "/login/" in response["Location"], url

    # The live revision of a page with an unpublished draft is what the .ics file shows.
    body = client.get("/tr/etkinlikler/yayimlanmis/ics/").content.decode()
    assert "Yayımlanmış başlık" in body and "GİZLİ" not in body


def test_events_under_a_private_index_are_not_in_its_feed(
    client: Client, events: EventSite
) -> None:
    events.publish(title="GİZLİ ÖZEL ETKİNLİK")
    restrict(events.index, PageViewRestriction.LOGIN)
    for url in CHANNELS:
        response = client.get(url)
        assert response.status_code == 302, url  # to the login page, the feed included
        assert "GİZLİ" not in response.content.decode(), url


def test_participants_see_their_private_event(
    client: Client, hidden: dict[str, object], django_user_model
) -> None:  # type: ignore[no-untyped-def]
    user = django_user_model.objects.create_user("katilimci-test", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name=TRAINING_PARTICIPANTS))
    client.force_login(user)
    response = client.get("/tr/etkinlikler/gizli-gruba-ozel/ics/")
    assert response.status_code == 200
    assert "GİZLİ GRUBA ÖZEL" in response.content.decode()
    # Still not in the public feed, which lists public events only, whoever asks.
    assert "GİZLİ GRUBA ÖZEL" not in client.get("/tr/etkinlikler/ical/").content.decode()
