"""Training pages run a number of queries that does not grow with the programmes and modules."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.training import TrainingSite, restrict_to_participants
from tests.training.factories import TrainingModulePageFactory, TrainingProgrammePageFactory
from training.models import TrainingModulePage, TrainingProgrammePage

pytestmark = pytest.mark.django_db


def grow(training: TrainingSite, size: int) -> None:
    """Bring the index to `size` programmes and programme A to `size` modules, every third one
    for its participants only."""
    for _ in range(TrainingProgrammePage.objects.child_of(training.index).count(), size):
        TrainingProgrammePageFactory(parent=training.index)
    programme = training.a.page
    for number in range(TrainingModulePage.objects.child_of(programme).count(), size):
        module = TrainingModulePageFactory(parent=programme)
        if number % 3 == 0:
            restrict_to_participants(module, programme)


def test_query_counts_do_not_grow_from_5_to_50(client: Client, training: TrainingSite) -> None:
    grow(training, 5)
    urls = {
        "index": training.index.url,
        "index (en)": training.english_index.url,
        "programme": training.a.page.url,
        "public module": training.a.public_module.url,
    }
    small = queries_per_url(client, urls)
    grow(training, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
