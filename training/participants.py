"""A signed-in participant's own view: their programmes, the modules and materials they may open."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language

from plans.monitoring import localized_by_key

from .access import open_materials, open_page_ids
from .models import Enrollment, TrainingIndexPage, TrainingModulePage, TrainingProgrammePage


@dataclass
class ModuleMaterials:
    """A module the participant may open and the materials they may download from it."""

    module: TrainingModulePage
    materials: list[Any]


@dataclass
class EnrolledProgramme:
    """One enrollment with the programme in the visitor's language and its open modules."""

    enrollment: Enrollment
    programme: TrainingProgrammePage
    modules: list[ModuleMaterials] = field(default_factory=list)


def participant_programmes(request: HttpRequest) -> list[EnrolledProgramme]:
    """The request user's enrollments, each with the live programme in the active language
    (the source page where it is not translated) and the modules and materials open to them."""
    enrollments = list(
        Enrollment.objects.filter(user=request.user).select_related("programme", "user")
    )
    shown = localized_by_key(TrainingProgrammePage, [item.programme for item in enrollments])
    result = []
    for enrollment in enrollments:
        programme = shown[enrollment.programme.translation_key]
        if not programme.live:
            continue
        modules = programme.live_modules()
        opened = open_page_ids(request, [programme, *modules])
        if programme.pk not in opened:
            continue
        item = EnrolledProgramme(enrollment=enrollment, programme=programme)
        for module in modules:
            if module.pk in opened:
                materials, _hidden = open_materials(request, module.materials)
                item.modules.append(ModuleMaterials(module=module, materials=materials))
        result.append(item)
    return result


def participant_page_url() -> str:
    """The participant page (`<training index>/katilimci/`) in the active language: where the site
    login (/<language>/_util/login/) goes when it has no ?next= (settings.LOGIN_REDIRECT_URL).

    The index in the active language, else the Turkish one (an untranslated index is served in
    Turkish); the language's home page when the site has no live training index.
    """
    indexes = TrainingIndexPage.objects.live()
    language = get_language()
    index = (
        indexes.filter(locale__language_code=language).first()
        or indexes.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if index is None:
        return f"/{language}/"
    return index.get_url() + index.reverse_subpage("participant")
