"""Training pages render their data in both languages (query counts: test_query_counts.py)."""

from __future__ import annotations

import pytest

from django.test import Client

from portal.translation import publish_translation
from tests.scenarios.training import TrainingSite
from tests.training.factories import TrainingProgrammePageFactory

pytestmark = pytest.mark.django_db


def test_index_lists_public_programmes_and_links_the_participant_page(
    client: Client, training: TrainingSite
) -> None:
    draft = TrainingProgrammePageFactory(parent=training.index, title="Taslak program", live=False)

    html = client.get("/tr/egitimler/").content.decode()

    assert "Program A" in html and "Program B" in html
    assert draft.title not in html
    assert 'href="/tr/egitimler/katilimci/"' in html
    assert "Gösterge temelli izleme" in html


def test_programme_page_shows_topic_audience_duration_and_outcomes(
    client: Client, training: TrainingSite
) -> None:
    html = client.get(training.a.page.url).content.decode()

    assert "Belediye personeli" in html
    assert "12 saat" in html
    assert "Göstergeleri ayırt eder." in html


def test_module_page_numbers_the_module_and_links_its_material(
    client: Client, training: TrainingSite
) -> None:
    html = client.get(training.a.public_module.url).content.decode()

    assert "Modül 1 / 2" in html
    assert "Bir hedef." in html
    assert f'href="{training.a.public_document.url}"' in html
    assert "Ders notu" in html
    # The next module is private, so no link to it for an anonymous visitor.
    assert training.a.private_module.url not in html


def test_english_programme_page_renders_english(client: Client, training: TrainingSite) -> None:
    english = publish_translation(
        training.a.page,
        training.tree.english,
        {
            "title": "Programme A",
            "slug": "programme-a",
            "intro": "About programme A.",
            "learning_outcomes": [
                {"type": "outcome", "value": "Tells indicators apart.", "id": block.id}
                for block in training.a.page.learning_outcomes
            ],
        },
    )

    html = client.get(english.url).content.decode()

    assert '<html lang="en">' in html
    assert "Programme A" in html
    assert "Tells indicators apart." in html
    assert "Municipal staff" in html
