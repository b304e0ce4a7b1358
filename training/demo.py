"""Demo training: four programmes with modules, sample PDF materials and one participant.

Idempotent like the rest of setup_demo: pages are found by their Turkish slug, documents by title.
Each programme's first module is public; the second is for the programme's participants only
(page privacy), and so is its material (the programme's restricted collection). The demo
participant "katilimci" is enrolled in two programmes and has completed the first, so the
certificate can be tried. Every page is sample data; every PDF says so on its first line.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, TextIO

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import BaseViewRestriction, Collection, Locale, Page, PageViewRestriction

from portal.demo.builder import page_values
from portal.demo.publishing import publish_new, translate
from portal.demo.text import BLOCK_ID_NAMESPACE, Text

from .demo_content import INDEX, PROGRAMMES, DemoModule, DemoProgramme
from .models import Enrollment, TrainingIndexPage, TrainingModulePage, TrainingProgrammePage
from .roles import ensure_programme_participants, materials_collection

#: The demo participant's enrollments: (programme key, completed on or None).
DEMO_ENROLLMENTS = (
    ("training-indicators", date(2025, 6, 12)),
    ("training-preparing", None),
)
DEMO_PARTICIPANT = "katilimci"


def block_id(key: str, position: int) -> str:
    """A block id shared by the Turkish and English versions of a stream."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{key}:{position}"))


def list_stream(key: str, block_type: str, items: tuple[Text, ...], language: str) -> list[dict]:
    """Raw StreamField data of one-line items (outcomes, objectives)."""
    return [
        {"type": block_type, "value": getattr(item, language), "id": block_id(key, position)}
        for position, item in enumerate(items)
    ]


def programme_values(programme: DemoProgramme, language: str) -> dict[str, Any]:
    """Field values of a programme page in one language."""
    key = programme.text.key
    return {
        **page_values(programme.text, language),
        "audience_description": getattr(programme.audience_description, language),
        "duration_note": getattr(programme.duration_note, language),
        "learning_outcomes": list_stream(
            f"{key}:outcomes", "outcome", programme.outcomes, language
        ),
        "trainers": [
            {
                "type": "trainer",
                "value": {
                    "name": getattr(role, language),
                    "organisation": getattr(organisation, language),
                    "expertise": "",
                },
                "id": block_id(f"{key}:trainers", position),
            }
            for position, (role, organisation) in enumerate(programme.trainers)
        ],
    }


def module_values(module: DemoModule, document_id: int, language: str) -> dict[str, Any]:
    """Field values of a module page in one language; its material is the given document."""
    key = module.text.key
    materials: list[dict[str, Any]] = [
        {
            "type": "document",
            "value": {
                "document": document_id,
                "title": getattr(module.material, language),
                "kind": module.material_kind,
            },
            "id": block_id(f"{key}:materials", 0),
        }
    ]
    if module.exercise is not None:
        materials.append(
            {
                "type": "exercise",
                "value": {
                    "title": getattr(module.exercise.title, language),
                    "minutes": module.exercise.minutes,
                    "instructions": getattr(module.exercise.instructions, language),
                },
                "id": block_id(f"{key}:materials", 1),
            }
        )
    return {
        **page_values(module.text, language),
        "objectives": list_stream(f"{key}:objectives", "objective", module.objectives, language),
        "materials": materials,
    }


def sample_pdf(title: str, module: DemoModule) -> bytes:
    """A one-page PDF material that says it is sample data."""
    from weasyprint import HTML

    body = module.text.body[0].text.tr if module.text.body else ""
    html = (
        f'<html lang="tr"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
        "<p><strong>Örnek veri / Sample data</strong>: YEEP İzleme Platformu demo materyali.</p>"
        f"<h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTML(string=html).write_pdf()


def material_document(module: DemoModule, collection: Collection, stdout: TextIO) -> Any:
    """The module's sample PDF in the given collection (made once, found by title after)."""
    document_model = get_document_model()
    title = f"{module.material.tr} (örnek)"
    document = document_model.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = document_model(title=title, collection=collection)
        filename = f"{module.text.slug.tr}.pdf"
        document.file.save(filename, ContentFile(sample_pdf(title, module)), save=False)
        document.save()
        stdout.write(f"  + document {title}\n")
    return document


def make_private(page: Page, programme: TrainingProgrammePage) -> None:
    """Open the page only to the programme's participants (Wagtail page privacy)."""
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.set([programme.participants_group])


def build_module(
    programme: TrainingProgrammePage, module: DemoModule, english: Locale, stdout: TextIO
) -> None:
    """Create (or complete) one module with its material, privacy and translation."""
    collection = programme.private_collection if module.private else materials_collection()
    document = material_document(module, collection, stdout)
    page = TrainingModulePage.objects.child_of(programme).filter(slug=module.text.slug.tr).first()
    if page is None:
        page = TrainingModulePage(
            **module_values(module, document.pk, "tr"),
            duration_minutes=module.minutes,
            is_sample_data=True,
        )
        publish_new(programme, page, stdout)
    if module.private:
        make_private(page, programme)
    translate(page, english, module_values(module, document.pk, "en"), stdout)


def build_programme(
    index: TrainingIndexPage, programme: DemoProgramme, english: Locale, stdout: TextIO
) -> TrainingProgrammePage:
    """Create (or complete) one programme, its group and collection, modules and translation."""
    page = TrainingProgrammePage.objects.child_of(index).filter(slug=programme.text.slug.tr).first()
    if page is None:
        page = TrainingProgrammePage(
            **programme_values(programme, "tr"),
            topic=programme.topic,
            audience=programme.audience,
            duration_hours=programme.hours,
            is_sample_data=True,
        )
        publish_new(index, page, stdout)
    ensure_programme_participants(page)
    translate(page, english, programme_values(programme, "en"), stdout)
    for module in programme.modules:
        build_module(page, module, english, stdout)
    return page


def enroll_demo_participant(programmes: dict[str, TrainingProgrammePage]) -> None:
    """Enroll "katilimci" (made by the site builder) as DEMO_ENROLLMENTS says."""
    user = get_user_model().objects.filter(username=DEMO_PARTICIPANT).first()
    if user is None:
        return
    for key, completed_on in DEMO_ENROLLMENTS:
        Enrollment.objects.update_or_create(
            programme=programmes[key],
            user=user,
            defaults={"enrolled_on": date(2025, 5, 20), "completed_on": completed_on},
        )


def build_demo(home: Page, english: Locale, stdout: TextIO) -> None:
    """Create (or complete) the training index, programmes, modules and enrollments."""
    index = TrainingIndexPage.objects.child_of(home).filter(slug=INDEX.slug.tr).first()
    if index is None:
        index = TrainingIndexPage(
            **page_values(INDEX, "tr"), show_in_menus=True, is_sample_data=True
        )
        publish_new(home, index, stdout)
    translate(index, english, page_values(INDEX, "en"), stdout)
    programmes = {
        programme.text.key: build_programme(index, programme, english, stdout)
        for programme in PROGRAMMES
    }
    enroll_demo_participant(programmes)
