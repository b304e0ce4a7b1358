"""The open-data page keeps what it reads of every public page (the municipality choice, the
data's dates, the schema.org Dataset, the latest releases) per content generation: a cached
page reads none of it again, and a publish, an unpublish or a privacy change shows on the next
request once it commits, never a municipality that is no longer public."""

from __future__ import annotations

import re

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from plans.models import OpenDataPage
from tests.scenarios.monitoring import Monitoring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

OPEN_DATA = "/tr/acik-veri/"


def options(client: Client, url: str = OPEN_DATA) -> str:
    """The municipality choice's <option> elements on the open-data page."""
    html = client.get(url).content.decode()
    return re.search(r'<select id="open-data-municipality".*?</select>', html, re.S).group(0)


def test_a_cached_page_reads_no_municipality_nor_assessment(
    client: Client, open_data: OpenDataPage
) -> None:
    client.get(OPEN_DATA)
    with CaptureQueriesContext(connection) as first:
        client.get("/en/open-data/")  # the English copy is cached on its own
    with CaptureQueriesContext(connection) as cached:
        response = client.get("/en/open-data/")
    assert response.status_code == 200
    read = " ".join(query["sql"] for query in cached.captured_queries)
    assert "plans_municipalitypage" not in read
    assert "plans_assessmentpage" not in read
    assert len(cached.captured_queries) < len(first.captured_queries)


def test_the_choice_follows_publishing_after_commit(
    client: Client,
    open_data: OpenDataPage,
    monitoring: Monitoring,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    nilufer = monitoring.tree.nilufer
    assert 'value="nilufer"' in options(client)
    with django_capture_on_commit_callbacks(execute=True):
        nilufer.unpublish()
    assert 'value="nilufer"' not in options(client)
    assert client.get(f"{OPEN_DATA}?belediye=nilufer").context["unknown_municipality"]
    assert client.get(f"{OPEN_DATA}belediye/nilufer/eylem-durumlari/csv/").status_code == 404
    assert "Nilüfer" not in client.get(OPEN_DATA).content.decode()  # nor in the JSON-LD

    with django_capture_on_commit_callbacks(execute=True):
        nilufer.save_revision().publish()
    assert 'value="nilufer"' in options(client)
    assert client.get(f"{OPEN_DATA}belediye/nilufer/eylem-durumlari/csv/").status_code == 200


def test_a_private_municipality_leaves_the_choice(
    client: Client,
    open_data: OpenDataPage,
    monitoring: Monitoring,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    assert "Kadıköy Belediyesi" in options(client)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=monitoring.tree.kadikoy, restriction_type=PageViewRestriction.LOGIN
        )
    assert "Kadıköy" not in options(client)
    assert client.get(f"{OPEN_DATA}belediye/kadikoy/datapackage/").status_code == 404


def test_the_chosen_municipality_is_selected_and_marked_when_in_turkish(
    client: Client, open_data: OpenDataPage
) -> None:
    chosen = options(client, f"{OPEN_DATA}?belediye=nilufer")
    assert chosen.count(" selected") == 1
    assert '<option value="nilufer" selected>Nilüfer Belediyesi</option>' in chosen
    english = options(client, "/en/open-data/?belediye=kadikoy")
    assert '<option value="kadikoy" selected>Kadıköy Municipality</option>' in english
