"""A signed-in participant's own view: their programmes, the modules and materials they may open."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language

from portal.languages import in_visitor_language, shown_by_key
from portal.routes import join_url

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
    """The request user's enrollments, each with the programme by the portal's language rule
    (portal.languages) among live pages, whose privacy is then checked for this request (a
    participants-only programme is open to them): the visitor's language when that copy is live,
    else the Turkish page. Also the modules and materials open to them."""
    enrollments = list(
        Enrollment.objects.filter(user=request.user).select_related("programme", "user")
    )
    shown = shown_by_key(
        TrainingProgrammePage.objects.live(),
        {item.programme.translation_key for item in enrollments},
    )
    result = []
    for enrollment in enrollments:
        programme = shown.get(enrollment.programme.translation_key)
        if programme is None:
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
    """The participant page (`<training index>/katilimci/`, `participant/` under an English
    index) in the active language: where the site login (/<language>/_util/login/) goes when it
    has no ?next= (settings.LOGIN_REDIRECT_URL).

    The live index in the active language, else the Turkish one (portal.languages; privacy is
    Wagtail's to check when it is served); the language's home page when the site has no live
    training index.
    """
    index = in_visitor_language(TrainingIndexPage.objects.live()).order_by("path").first()
    if index is None:
        return f"/{get_language()}/"
    return join_url(index.get_url(), index.reverse_subpage("participant"))
