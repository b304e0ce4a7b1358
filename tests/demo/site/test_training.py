"""The demo training: programmes, private modules in both languages, the demo participant."""

from __future__ import annotations

from wagtail.models import PageViewRestriction

from demo.content.training import DEMO_PARTICIPANT
from tests.scenarios.site import SiteTree
from training.models import Enrollment, TrainingModulePage, TrainingProgrammePage

from .conftest import DemoBuild


def test_demo_training_is_complete_and_private_where_it_should_be(
    demo: DemoBuild, site_tree: SiteTree
) -> None:
    programmes = TrainingProgrammePage.objects.filter(locale=site_tree.turkish)
    assert programmes.count() == 4
    assert all(page.is_sample_data for page in programmes)
    modules = TrainingModulePage.objects.all()
    assert modules.count() == 2 * 16  # four modules per programme, in both languages
    restricted = PageViewRestriction.objects.filter(page__in=modules)
    assert restricted.count() == 2 * 12  # all but the first module of each programme
    assert all(restriction.groups.count() == 1 for restriction in restricted)
    enrollments = Enrollment.objects.filter(user__username=DEMO_PARTICIPANT)
    assert enrollments.count() == 2
    assert enrollments.filter(completed_on__isnull=False).count() == 1
