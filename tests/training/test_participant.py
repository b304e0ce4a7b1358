"""The participant's own page, the front-end login and the certificate of participation."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from django.core.exceptions import ValidationError
from django.test import Client

from tests.scenarios.site import SiteTree
from tests.scenarios.training import TrainingSite
from tests.training.factories import EnrollmentFactory, TrainingIndexPageFactory, UserFactory

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def test_participant_page_needs_a_login_and_the_login_page_renders(
    client: Client, training: TrainingSite
) -> None:
    response = client.get("/tr/egitimler/katilimci/")
    login = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"].startswith("/tr/_util/login/?next=/tr/egitimler/katilimci/")
    assert login.status_code == 200
    assert '<label for="id_username">Kullanıcı adı</label>' in login.content.decode()


def test_front_end_login_brings_the_participant_back(training: TrainingSite) -> None:
    user = UserFactory(username="ayse")
    EnrollmentFactory(programme=training.a.page, user=user)
    client = Client(HTTP_HOST="localhost")

    response = client.post(
        "/tr/_util/login/",
        {"username": "ayse", "password": "parola-123", "next": "/tr/egitimler/katilimci/"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/tr/egitimler/katilimci/"


@pytest.mark.parametrize(
    ("language", "participant_page"),
    [("tr", "/tr/egitimler/katilimci/"), ("en", "/en/training/participant/")],
)
def test_front_end_login_without_next_lands_on_the_participant_page_in_that_language(
    training: TrainingSite, language: str, participant_page: str
) -> None:
    """Not on Django's default /accounts/profile/, which is a 404."""
    user = UserFactory(username="ayse", first_name="Ayşe", last_name="Kaya")
    EnrollmentFactory(programme=training.a.page, user=user)
    client = Client(HTTP_HOST="localhost")

    response = client.post(
        f"/{language}/_util/login/", {"username": "ayse", "password": "parola-123"}
    )
    page = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"] == participant_page
    assert page.status_code == 200
    assert "Ayşe Kaya" in page.content.decode()


def test_front_end_login_without_next_and_without_english_index_uses_the_turkish_one(
    site_tree: SiteTree,
) -> None:
    TrainingIndexPageFactory(parent=site_tree.home)
    UserFactory(username="ayse")
    client = Client(HTTP_HOST="localhost")

    response = client.post("/en/_util/login/", {"username": "ayse", "password": "parola-123"})

    assert response["Location"] == "/tr/egitimler/katilimci/"


def test_participant_sees_their_programmes_modules_and_materials(
    training: TrainingSite,
) -> None:
    user = UserFactory(first_name="Zeynep", last_name="Çelik")
    EnrollmentFactory(programme=training.a.page, user=user)

    response = signed_in(user).get("/tr/egitimler/katilimci/")
    html = response.content.decode()

    assert response["Cache-Control"] == "private, no-store"
    assert "Zeynep Çelik" in html
    assert "Program A" in html and "Özel modül A" in html
    assert training.a.private_document.url in html
    assert "Program B" not in html
    assert training.b.private_document.url not in html


def test_participant_page_in_english_shows_the_english_programme(training: TrainingSite) -> None:
    from portal.translation import publish_translation

    publish_translation(
        training.a.page, training.tree.english, {"title": "Programme A", "slug": "programme-a"}
    )
    user = UserFactory()
    EnrollmentFactory(programme=training.a.page, user=user)

    html = signed_in(user).get("/en/training/participant/").content.decode()

    assert "Programme A" in html
    assert "My participant page" in html


def certificate_url(training: TrainingSite) -> str:
    return f"{training.a.page.url}sertifika/"


def test_certificate_is_a_pdf_for_a_completed_participant_only(training: TrainingSite) -> None:
    completed = UserFactory(first_name="Şule", last_name="Işık")
    EnrollmentFactory(programme=training.a.page, user=completed, completed_on=date(2025, 6, 12))
    in_progress = UserFactory()
    EnrollmentFactory(programme=training.a.page, user=in_progress)
    stranger = UserFactory()

    response = signed_in(completed).get(certificate_url(training))
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert "Şule Işık" in text
    assert "Program A" in text
    assert signed_in(in_progress).get(certificate_url(training)).status_code == 404
    assert signed_in(stranger).get(certificate_url(training)).status_code == 404
    assert Client(HTTP_HOST="localhost").get(certificate_url(training)).status_code == 302


def test_programme_page_offers_the_certificate_once_complete(training: TrainingSite) -> None:
    user = UserFactory()
    enrollment = EnrollmentFactory(programme=training.a.page, user=user)
    client = signed_in(user)
    assert "sertifika/" not in client.get(training.a.page.url).content.decode()

    enrollment.completed_on = date(2025, 6, 12)
    enrollment.save()

    assert certificate_url(training) in client.get(training.a.page.url).content.decode()


def test_completion_cannot_precede_enrollment(training: TrainingSite) -> None:
    enrollment = EnrollmentFactory.build(
        programme=training.a.page,
        user=UserFactory(),
        enrolled_on=date(2025, 6, 1),
        completed_on=date(2025, 5, 1),
    )

    with pytest.raises(ValidationError) as error:
        enrollment.full_clean()

    assert "completed_on" in error.value.message_dict
