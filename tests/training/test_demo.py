"""The demo training: programmes, private modules in both languages, the demo participant."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Page, PageViewRestriction

from tests.conftest import SiteTree
from training.demo import DEMO_PARTICIPANT, build_demo
from training.models import Enrollment, TrainingModulePage, TrainingProgrammePage

pytestmark = pytest.mark.django_db


def test_demo_training_is_complete_private_where_it_should_be_and_idempotent(
    site_tree: SiteTree,
) -> None:
    user = get_user_model().objects.create_user(DEMO_PARTICIPANT, password="x")
    build_demo(site_tree.home, site_tree.english, StringIO())
    pages = Page.objects.count()

    build_demo(site_tree.home, site_tree.english, StringIO())

    assert Page.objects.count() == pages
    programmes = TrainingProgrammePage.objects.filter(locale=site_tree.turkish)
    assert programmes.count() == 4
    assert all(page.is_sample_data for page in programmes)
    modules = TrainingModulePage.objects.all()
    assert modules.count() == 2 * 8
    restricted = PageViewRestriction.objects.filter(page__in=modules)
    assert restricted.count() == 2 * 4  # the second module of each programme, in both languages
    assert all(restriction.groups.count() == 1 for restriction in restricted)
    enrollments = Enrollment.objects.filter(user=user)
    assert enrollments.count() == 2
    assert enrollments.filter(completed_on__isnull=False).count() == 1
