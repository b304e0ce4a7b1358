"""The event page: date and place in the visitor's language, the agenda as a table, the calendar
link, and the outcome (attendance, materials, photos) only once the event is over."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.core.files.base import ContentFile
from django.test import Client

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from events.models import EventMunicipality
from tests.scenarios.events import EventSite
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

ISTANBUL = ZoneInfo("Europe/Istanbul")
START = datetime(2026, 9, 15, 10, 0, tzinfo=ISTANBUL)
BEFORE = START - timedelta(days=7)
DURING = START + timedelta(hours=1)
AFTER = START + timedelta(days=1)
OUTCOME = 'aria-labelledby="event-outcome"'


@pytest.fixture
def document() -> Document:
    document = Document(title="Sunum", file=ContentFile(b"%PDF-1.4 sample", name="sunum.pdf"))
    document._set_document_file_metadata()  # as the admin upload form does
    document.save()
    return document


@pytest.fixture
def image() -> Image:
    return Image.objects.create(title="Toplantı fotoğrafı", file=get_test_image_file())


@pytest.fixture
def meeting(events: EventSite, document: Document, image: Image):  # type: ignore[no-untyped-def]
    """A meeting published a week before it starts, with materials, photos and attendance
    figures (the actual one entered the day after, as editors do)."""
    with time_machine.travel(BEFORE, tick=False):
        page = events.publish(
            title="Deneyim paylaşımı toplantısı",
            start=START,
            end=START + timedelta(hours=3),
            venue_name="İzmir'de bir kongre merkezi",
            venue_address="Konak, İzmir",
            online_link="https://toplanti.example.org/deneyim",
            audience="Belediyeler ve sivil toplum kuruluşları",
            target_attendance=100,
            materials=[{"type": "document", "value": {"document": document.pk, "title": ""}}],
            gallery=[
                {
                    "type": "image",
                    "value": {
                        "image": {
                            "image": image.pk,
                            "alt_text": "Katılımcılar bir masa çevresinde.",
                            "decorative": False,
                        },
                        "caption": "Atölye çalışması",
                    },
                },
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image.pk, "alt_text": "", "decorative": True},
                        "caption": "",
                    },
                },
            ],
            related_municipalities=[
                EventMunicipality(municipality=events.tree.kadikoy),
                EventMunicipality(municipality=events.tree.nilufer),
            ],
        )
    with time_machine.travel(AFTER, tick=False):
        page.actual_attendance = 87
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_before_the_event_no_outcome(client: Client, meeting) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(BEFORE, tick=False):
        html = html_of(client, meeting.url)
    assert OUTCOME not in html
    assert "87 kişi" not in html and "Sunum" not in html and "Katılımcılar bir masa" not in html
    assert "Hedeflenen katılım" in html and "100 kişi" in html
    assert "Belediyeler ve sivil toplum kuruluşları" in html
    assert "Şu anda sürüyor" not in html and "Tamamlandı" not in html


def test_during_the_event_it_is_ongoing_without_outcome(client: Client, meeting) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(DURING, tick=False):
        html = html_of(client, meeting.url)
    assert "Şu anda sürüyor" in html
    assert OUTCOME not in html


def test_after_the_event_the_outcome(client: Client, meeting, document: Document) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(AFTER, tick=False):
        html = html_of(client, meeting.url)
    assert "Tamamlandı" in html
    outcome = html[html.index(OUTCOME) : html.index("</section>", html.index(OUTCOME))]
    assert "<dt>Gerçekleşen katılım</dt>\n                        <dd>87 kişi</dd>" in outcome
    assert "<dt>Hedeflenen katılım</dt>" in outcome and "100 kişi" in outcome
    assert f'href="{document.url}" download>Sunum</a>' in outcome
    assert "(PDF, 15\xa0bayt)" in outcome
    assert 'alt="Katılımcılar bir masa çevresinde."' in outcome
    assert "<figcaption>Atölye çalışması</figcaption>" in outcome
    assert 'alt=""' in outcome  # the decorative photo
    assert "Toplantı fotoğrafı" not in outcome  # never the image's title as alt text


def test_past_event_without_figures_says_so(client: Client, events: EventSite) -> None:
    with time_machine.travel(BEFORE, tick=False):
        page = events.publish(start=START, target_attendance=None)
    with time_machine.travel(AFTER, tick=False):
        html = html_of(client, page.url)
    assert OUTCOME in html
    assert "Katılımcı sayısı henüz eklenmedi." in html


def test_date_place_agenda_and_calendar_link(client: Client, meeting) -> None:  # type: ignore[no-untyped-def]
    with time_machine.travel(BEFORE, tick=False):
        html = html_of(client, meeting.url)
    assert (
        '<time datetime="2026-09-15T10:00:00+03:00">15 Eylül 2026, 10:00</time>–'
        '<time datetime="2026-09-15T13:00:00+03:00">13:00</time>'
    ) in html
    assert "(Türkiye saati)" in html
    assert "İzmir&#x27;de bir kongre merkezi<br>Konak, İzmir" in html
    assert (
        '<a href="https://toplanti.example.org/deneyim" rel="external noopener">'
        "https://toplanti.example.org/deneyim</a>"
    ) in html
    assert "<caption>Deneyim paylaşımı toplantısı: program</caption>" in html
    assert '<th scope="col">Saat</th>' in html
    assert '<th scope="row"><time datetime="10:00">10:00</time></th>' in html
    assert "<td>Açılış</td>" in html and "<td>Proje ekibi</td>" in html
    assert f'href="{meeting.url}ics/" type="text/calendar" download>Takvime ekle (.ics)</a>' in html
    head = html[: html.index("</head>")]
    assert (
        f'<link rel="alternate" type="text/calendar" title="{meeting.title} (iCalendar)" ' in head
    )


def test_multi_day_event_shows_both_dates(client: Client, events: EventSite) -> None:
    page = events.publish(start=START, end=START + timedelta(days=1, hours=6))
    html = html_of(client, page.url)
    assert "15 Eylül 2026, 10:00</time> – <time" in html
    assert ">16 Eylül 2026, 16:00</time>" in html


def test_english_page_shows_english_dates(client: Client, events: EventSite) -> None:
    page = events.publish(title="Eğitim", start=START)
    english = events.translate(page, "Training")
    html = html_of(client, english.url)
    assert "<h1>Training</h1>" in html
    assert '<time datetime="2026-09-15T10:00:00+03:00">15 September 2026, 10:00</time>' in html


def test_only_public_municipalities_are_linked(client: Client, meeting) -> None:  # type: ignore[no-untyped-def]
    tree_nilufer = meeting.related_municipalities.get(municipality__slug="nilufer").municipality
    PageViewRestriction.objects.create(
        page=tree_nilufer, restriction_type=PageViewRestriction.LOGIN
    )
    html = html_of(client, meeting.url)
    assert 'href="/tr/belediyeler/kadikoy/"' in html
    assert "/tr/belediyeler/nilufer/" not in html
