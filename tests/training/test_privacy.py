"""Participants-only modules and materials stay closed to everyone else, by page and by URL."""

from __future__ import annotations

import pytest

from django.test import Client

from portal.translation import publish_translation
from tests.scenarios.training import TrainingSite
from tests.training.factories import EnrollmentFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

LOGIN = "/tr/_util/login/"


def participant_of(programme) -> Client:
    """A signed-in client enrolled in the programme."""
    user = UserFactory()
    EnrollmentFactory(programme=programme, user=user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def test_anonymous_visitors_are_sent_to_login_for_private_modules_and_documents(
    client: Client, training: TrainingSite
) -> None:
    module = client.get(training.a.private_module.url)
    document = client.get(training.a.private_document.url)

    for response in (module, document):
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    assert client.get(training.a.public_module.url).status_code == 200
    public_document = client.get(training.a.public_document.url)
    assert public_document.status_code == 200
    assert b"".join(public_document.streaming_content).startswith(b"%PDF")


def test_participants_open_their_programme_but_not_another(training: TrainingSite) -> None:
    client = participant_of(training.a.page)

    assert client.get(training.a.private_module.url).status_code == 200
    assert client.get(training.a.private_document.url).status_code == 200
    assert client.get(training.b.private_module.url).status_code == 302
    assert client.get(training.b.private_document.url).status_code == 302


def test_removing_the_enrollment_closes_the_material_again(training: TrainingSite) -> None:
    user = UserFactory()
    enrollment = EnrollmentFactory(programme=training.a.page, user=user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    assert client.get(training.a.private_document.url).status_code == 200

    enrollment.delete()

    assert client.get(training.a.private_document.url).status_code == 302
    assert not user.groups.exists()


def test_programme_page_lists_only_the_modules_the_visitor_may_open(
    client: Client, training: TrainingSite
) -> None:
    anonymous = client.get(training.a.page.url).content.decode()
    enrolled = participant_of(training.a.page).get(training.a.page.url)

    assert "Açık modül A" in anonymous
    assert "Özel modül A" not in anonymous
    assert "1 modül yalnızca bu programın katılımcılarına açıktır" in anonymous
    assert "Özel modül A" in enrolled.content.decode()
    assert enrolled["Cache-Control"] == "private, no-store"


def test_public_module_hides_private_materials_from_others(
    client: Client, training: TrainingSite
) -> None:
    anonymous = client.get(training.a.public_module.url).content.decode()
    other = participant_of(training.b.page).get(training.a.public_module.url).content.decode()
    enrolled = participant_of(training.a.page).get(training.a.public_module.url).content.decode()

    for html in (anonymous, other):
        assert "Açık not A" in html
        assert "Özel not A" not in html
        assert training.a.private_document.url not in html
        assert "1 materyal yalnızca bu programın katılımcılarına açıktır" in html
    assert "Özel not A" in enrolled
    assert training.a.private_document.url in enrolled


def test_english_copy_of_a_private_module_is_private_too(
    client: Client, training: TrainingSite
) -> None:
    english_programme = publish_translation(
        training.a.page, training.tree.english, {"title": "Programme A", "slug": "programme-a"}
    )
    english_module = publish_translation(
        training.a.private_module,
        training.tree.english,
        {"title": "Private module A", "slug": "private-module-a"},
    )

    assert client.get(english_module.url).status_code == 302
    assert participant_of(training.a.page).get(english_module.url).status_code == 200
    assert participant_of(training.b.page).get(english_module.url).status_code == 302
    assert "Private module A" not in client.get(english_programme.url).content.decode()


@pytest.mark.search_index
def test_private_modules_stay_out_of_search_and_sitemap(
    client: Client, training: TrainingSite
) -> None:
    search = client.get("/tr/ara/", {"q": "modül"}).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "Açık modül A" in search
    assert "Özel modül A" not in search
    assert training.a.public_module.full_url in sitemap
    assert training.a.private_module.full_url not in sitemap
