"""A training index with two separately restricted programmes A and B.

Each programme has a public module with a public material and a private module (page privacy for
its own participants group) with a private material (in its restricted collection).
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import BaseViewRestriction, PageViewRestriction

from portal.translation import publish_translation
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree
from tests.training.factories import (
    DocumentFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
)
from training.models import TrainingIndexPage, TrainingModulePage, TrainingProgrammePage
from training.roles import ensure_programme_participants, materials_collection


def document_material(document, title: str) -> dict:
    """Raw stream data of one document material block."""
    return {
        "type": "document",
        "value": {"document": document.pk, "title": title, "kind": "handout"},
    }


def restrict_to_participants(page, programme: TrainingProgrammePage) -> None:
    """Give the page Wagtail privacy "these groups: the programme's participants"."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set([programme.participants_group])


@dataclass
class Programme:
    """One programme of the scenario with its modules and documents."""

    page: TrainingProgrammePage
    public_module: TrainingModulePage
    private_module: TrainingModulePage
    public_document: object
    private_document: object


def build_programme(index: TrainingIndexPage, name: str) -> Programme:
    """Programme `name` with a public and a private module, each with one material."""
    programme = TrainingProgrammePageFactory(
        parent=index, title=f"Program {name}", slug=f"program-{name.lower()}"
    )
    ensure_programme_participants(programme)
    public_document = DocumentFactory(
        title=f"Açık materyal {name}", collection=materials_collection()
    )
    private_document = DocumentFactory(
        title=f"Özel materyal {name}", collection=programme.private_collection
    )
    public_module = TrainingModulePageFactory(
        parent=programme,
        title=f"Açık modül {name}",
        slug="acik-modul",
        materials=[
            document_material(public_document, f"Açık not {name}"),
            document_material(private_document, f"Özel not {name}"),
        ],
    )
    private_module = TrainingModulePageFactory(
        parent=programme,
        title=f"Özel modül {name}",
        slug="ozel-modul",
        materials=[document_material(private_document, f"Özel sunum {name}")],
    )
    restrict_to_participants(private_module, programme)
    return Programme(programme, public_module, private_module, public_document, private_document)


@dataclass
class TrainingSite:
    """The training index (TR and EN) and programmes A and B."""

    tree: SiteTree
    index: TrainingIndexPage
    english_index: TrainingIndexPage
    a: Programme
    b: Programme


@scenario
def training(site_tree: SiteTree) -> TrainingSite:
    """/tr/egitimler/ with programmes A and B; /en/training/ translated."""
    index = TrainingIndexPageFactory(parent=site_tree.home)
    english_index = publish_translation(
        index, site_tree.english, {"title": "Training", "slug": "training", "intro": "Courses."}
    )
    return TrainingSite(
        tree=site_tree,
        index=index,
        english_index=english_index,
        a=build_programme(index, "A"),
        b=build_programme(index, "B"),
    )
