"""Finding the demo pages and snippets that other demo pages link to, when they exist."""

from __future__ import annotations

from typing import Any

from wagtail.models import Locale, Page

from plans.models import MunicipalityPage, ThematicArea


def municipalities(home: Page) -> list[MunicipalityPage]:
    """The municipalities under home in its language, in tree order."""
    return list(
        MunicipalityPage.objects.descendant_of(home)
        .filter(locale_id=home.locale_id)
        .order_by("path")
    )


def municipality_links(
    link_model: type[Any], pages: list[MunicipalityPage], *, linked: bool = True
) -> list[Any]:
    """Rows of a page's municipality link model (NewsMunicipality, …) to the pages, if linked."""
    return [link_model(municipality=page) for page in pages] if linked else []


def municipality(home: Page, slug: str) -> MunicipalityPage | None:
    """The municipality under home with the slug, if it exists."""
    return (
        MunicipalityPage.objects.descendant_of(home)
        .filter(locale_id=home.locale_id, slug=slug)
        .first()
    )


def translated_area(home: Page, english: Locale, code: str) -> ThematicArea | None:
    """The area with the code in home's language, if it exists with an English translation (a
    translated link needs the English area to translate the page that links to it)."""
    area = ThematicArea.objects.filter(locale_id=home.locale_id, code=code).first()
    if area is None or area.get_translation_or_none(english) is None:
        return None
    return area
