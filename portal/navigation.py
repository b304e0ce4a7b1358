"""Navigation from the page tree: the localized home, main menu, breadcrumb, language links."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

from portal.locales import locale_for


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str
    url: str
    is_current: bool


def localized_home(request: HttpRequest) -> Page | None:
    """The site's home page in the active language (the source home when it has no translation)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized.specific


@dataclass(frozen=True)
class MenuItem:
    """One main-menu entry; aria_current is "page", "true" (an ancestor of the page) or ""."""

    page: Page
    aria_current: str


def home_children(home: Page | None) -> list[Page]:
    """Live, public pages directly under the home page (one query, shared by menu and footer)."""
    if home is None:
        return []
    cached = getattr(home, "_portal_children", None)
    if cached is None:
        cached = list(home.get_children().live().public())
        home._portal_children = cached
    return cached


def main_menu(home: Page | None, current: Page | None = None) -> list[MenuItem]:
    """Pages directly under the home page that are marked "show in menus"."""
    items = []
    for page in (child for child in home_children(home) if child.show_in_menus):
        state = ""
        if isinstance(current, Page) and current.path.startswith(page.path):
            state = "page" if current.pk == page.pk else "true"
        items.append(MenuItem(page=page, aria_current=state))
    return items


def footer_pages(home: Page | None) -> list[Page]:
    """Pages under the home page kept out of the main menu (contact, privacy)."""
    return [child for child in home_children(home) if not child.show_in_menus]


def breadcrumb(page: Page) -> list[Page]:
    """Live ancestors from the home page down to (not including) the page."""
    return list(page.get_ancestors().filter(depth__gt=1).live())


def language_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    """A link per language to this page's live translation, else to that language's home.

    For non-page views (search, API docs) Django's translate_url maps the current path.
    """
    current = translation.get_language()
    links = []
    site = Site.find_for_request(request)
    home = site.root_page if site is not None else None
    translations = {}
    if page is not None:
        translations = {
            candidate.locale.language_code: candidate
            for candidate in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is None and page is not None and home is not None:
            target = home.get_translation_or_none(locale_for(code))
        if target is not None:
            url = target.get_url(request=request)
        else:
            url = translate_url(request.get_full_path(), code)
        links.append(LanguageLink(code=code, name=name, url=url, is_current=code == current))
    return links
