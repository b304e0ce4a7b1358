"""Builds the demo training (demo.content.training): programmes with modules, sample PDF
materials, the demo participant's enrollments and the sample participants' (each with the
municipality or organisation they come from, demo.content.participants).

Pages are found by their Turkish slug, documents by title. Each programme has four modules; the
first is public, the others are for the programme's participants only (page privacy), and so is
their material (the programme's restricted collection). The demo participant is enrolled in two
programmes and has completed the first, so the certificate can be tried. Every page is sample
data; every PDF says so on its first line.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from wagtail.models import BaseViewRestriction, Collection, Page, PageViewRestriction

from demo.content.participants import (
    DEMO_PARTICIPANT_MUNICIPALITY,
    ENROLLED_ON,
    sample_participants,
)
from demo.content.training import (
    DEMO_ENROLLMENTS,
    DEMO_PARTICIPANT,
    INDEX,
    PROGRAMMES,
    DemoModule,
    DemoProgramme,
)
from plans.models import MunicipalityPage
from portal.bilingual import Text, block_id
from portal.locales import default_locale
from portal.models import HomePage
from training.models import (
    Enrollment,
    OrganisationKind,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingProgrammePage,
)
from training.roles import ensure_programme_participants, materials_collection

from . import media
from .publishing import Publisher, page_values


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


def material_document(module: DemoModule, collection: Collection, publisher: Publisher) -> Any:
    """The module's sample PDF in the given collection (made once, found by title after)."""
    title = f"{module.material.tr} (örnek)"
    body = module.text.body[0].text.tr if module.text.body else ""
    return media.document(
        title,
        f"{module.text.slug.tr}.pdf",
        lambda: media.sample_pdf(title, body),
        publisher.stdout,
        collection,
    )


def make_private(page: Page, programme: TrainingProgrammePage) -> None:
    """Open the page only to the programme's participants (Wagtail page privacy)."""
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.groups.set([programme.participants_group])


def build_module(
    programme: TrainingProgrammePage, module: DemoModule, publisher: Publisher
) -> None:
    """Create (or complete) one module with its material, privacy and translation."""
    collection = programme.private_collection if module.private else materials_collection()
    document = material_document(module, collection, publisher)
    page = publisher.find_or_publish(
        programme,
        TrainingModulePage,
        module_values(module, document.pk, "tr"),
        duration_minutes=module.minutes,
        is_sample_data=True,
    )
    if module.private:  # before the translation, which copies the restriction
        make_private(page, programme)
    publisher.translate(page, module_values(module, document.pk, "en"))


def build_programme(
    index: TrainingIndexPage, programme: DemoProgramme, publisher: Publisher
) -> TrainingProgrammePage:
    """Create (or complete) one programme, its group and collection, modules and translation."""
    page = publisher.find_or_publish(
        index,
        TrainingProgrammePage,
        programme_values(programme, "tr"),
        topic=programme.topic,
        audience=programme.audience,
        duration_hours=programme.hours,
        is_sample_data=True,
    )
    ensure_programme_participants(page)
    publisher.translate(page, programme_values(programme, "en"))
    for module in programme.modules:
        build_module(page, module, publisher)
    return page


def enroll_demo_participant(
    programmes: dict[str, TrainingProgrammePage], municipalities: dict[str, MunicipalityPage]
) -> None:
    """Enroll the demo participant (made by the site builder) as DEMO_ENROLLMENTS says, from
    DEMO_PARTICIPANT_MUNICIPALITY."""
    user = get_user_model().objects.filter(username=DEMO_PARTICIPANT).first()
    if user is None:
        return
    for key, enrolled_on, completed_on in DEMO_ENROLLMENTS:
        Enrollment.objects.update_or_create(
            programme=programmes[key],
            user=user,
            defaults={
                "enrolled_on": enrolled_on,
                "completed_on": completed_on,
                "organisation_kind": OrganisationKind.MUNICIPALITY,
                "municipality": municipalities.get(DEMO_PARTICIPANT_MUNICIPALITY),
            },
        )


def enroll_sample_participants(
    programmes: dict[str, TrainingProgrammePage], municipalities: dict[str, MunicipalityPage]
) -> None:
    """The sample participants' accounts (no password: nobody signs in as them) and their
    enrollments, each with the municipality or organisation they come from."""
    user_model = get_user_model()
    for person in sample_participants():
        user, created = user_model.objects.get_or_create(
            username=person.username,
            defaults={
                "first_name": person.first_name,
                "last_name": person.last_name,
                "email": f"{person.username}@example.org",
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        Enrollment.objects.update_or_create(
            programme=programmes[person.programme],
            user=user,
            defaults={
                "enrolled_on": ENROLLED_ON,
                "completed_on": person.completed_on,
                "organisation_kind": person.kind,
                "municipality": municipalities.get(person.municipality or ""),
                "organisation": person.organisation,
            },
        )


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the training index, programmes, modules and enrollments."""
    index = publisher.text_page(
        home, TrainingIndexPage, INDEX, show_in_menus=True, is_sample_data=True
    )
    programmes = {
        programme.text.key: build_programme(index, programme, publisher) for programme in PROGRAMMES
    }
    municipalities = {
        page.slug: page for page in MunicipalityPage.objects.filter(locale=default_locale())
    }
    enroll_demo_participant(programmes, municipalities)
    enroll_sample_participants(programmes, municipalities)
