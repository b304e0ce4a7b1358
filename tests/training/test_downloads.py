"""Download counts: one more per download, never for a refused one, and never who."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from portal.roles import EDITORS
from tests.scenarios.training import TrainingSite
from tests.training.factories import EnrollmentFactory, UserFactory
from training.models import MaterialDownload

pytestmark = pytest.mark.django_db


def count_of(document) -> int:
    row = MaterialDownload.objects.filter(document=document).first()
    return row.count if row else 0


def test_each_download_adds_exactly_one(client: Client, training: TrainingSite) -> None:
    document = training.a.public_document

    for expected in (1, 2, 3):
        response = client.get(document.url)
        b"".join(response.streaming_content)
        assert count_of(document) == expected


def test_refused_and_head_requests_are_not_counted(client: Client, training: TrainingSite) -> None:
    assert client.get(training.a.private_document.url).status_code == 302
    client.head(training.a.public_document.url)

    assert count_of(training.a.private_document) == 0
    assert count_of(training.a.public_document) == 0


def test_a_participants_download_is_counted_without_recording_them(
    training: TrainingSite,
) -> None:
    user = UserFactory(username="gizli-katilimci")
    EnrollmentFactory(programme=training.a.page, user=user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    client.get(training.a.private_document.url)

    row = MaterialDownload.objects.get(document=training.a.private_document)
    assert row.count == 1
    stored = {field.name for field in MaterialDownload._meta.get_fields()}
    assert stored == {"document", "count", "last_download_on"}


def test_editors_read_counts_in_the_admin_but_cannot_change_them(
    client: Client, training: TrainingSite
) -> None:
    downloader = UserFactory(username="indiren-kisi")
    EnrollmentFactory(programme=training.a.page, user=downloader)
    participant = Client(HTTP_HOST="localhost")
    participant.force_login(downloader)
    participant.get(training.a.private_document.url)
    editor = get_user_model().objects.create_user("editor-test", password="x")
    editor.groups.add(*type(downloader.groups.first()).objects.filter(name=EDITORS))
    client.force_login(editor)

    listing = client.get("/admin/snippets/training/materialdownload/")
    add = client.get("/admin/snippets/training/materialdownload/add/")
    row = MaterialDownload.objects.get(document=training.a.private_document)
    edit = client.get(f"/admin/snippets/training/materialdownload/edit/{row.pk}/")

    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Özel materyal A" in html
    assert "indiren-kisi" not in html
    assert add.status_code in (302, 403)
    assert edit.status_code in (302, 403)
