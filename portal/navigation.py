"""Navigation from the page tree: the localized home, main menu, breadcrumb, language links."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from portal.languages import shown_copy
from portal.locales import language_code_of
from portal.models import portal_pages, public_pages
from portal.routes import routed_subpage

#: Root (1) → home page of a language (2).
HOME_DEPTH = 2

#: The request attribute holding the pages Wagtail routed the request through (PortalPage.route).
ROUTED_PAGES_ATTRIBUTE = "portal_routed_pages"


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher, and of the hreflang alternates when `alternate`."""

    code: str
    name: str
    url: str
    is_current: bool
    #: The absolute URL, for hreflang.
    full_url: str = ""
    #: Whether `url` shows the same content in this language (not a home page fallback).
    alternate: bool = False

    @property
    def is_source(self) -> bool:
        """Whether this is the source language (Turkish), the hreflang x-default."""
        return self.code == settings.LANGUAGE_CODE


def remember_routed(request: HttpRequest, page: Page) -> None:
    """Note that Wagtail routed the request through `page` (called by PortalPage.route)."""
    routed = getattr(request, ROUTED_PAGES_ATTRIBUTE, None)
    if routed is None:
        routed = []
        setattr(request, ROUTED_PAGES_ATTRIBUTE, routed)
    routed.append(page)


def routed_pages(request: HttpRequest | None) -> list[Page]:
    """The pages Wagtail routed this request through, from the home page down (specific, read
    during routing); [] for requests that were not routed to a page."""
    return getattr(request, ROUTED_PAGES_ATTRIBUTE, [])


def localized_home(request: HttpRequest) -> Page | None:
    """The site's home page shown to the visitor by the language rule (portal.languages): in the
    active language when that copy is public, else the source home.

    Wagtail routes a page request from exactly that page (Page.route_for_request); other views
    (search, API docs) look it up.
    """
    routed = routed_pages(request)
    if routed and routed[0].depth == HOME_DEPTH:
        return routed[0]
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    try:
        shown = shown_copy(root, root.specific_class)
    except Locale.DoesNotExist:  # a language without a locale: the source home, as Wagtail does
        shown = None
    return shown or root.specific


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
        cached = list(public_pages().child_of(home))
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


def breadcrumb(page: Page, request: HttpRequest | None = None) -> list[Page]:
    """Live ancestors from the home page down to (not including) the page.

    Routing the request to the page went through every one of them; they are read again only
    when it did not (a preview, a page other than the one served).
    """
    step = Page.steplen
    prefixes = {page.path[:end] for end in range(HOME_DEPTH * step, len(page.path), step)}
    ancestors = {routed.path: routed for routed in routed_pages(request) if routed.path in prefixes}
    if len(ancestors) == len(prefixes):
        return [ancestors[path] for path in sorted(ancestors) if ancestors[path].live]
    return list(page.get_ancestors().filter(depth__gt=1).live())


def language_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    """A link per language to this page's live, public translation, else to that language's home
    (published or not). A sub-page served by a route (a period report, the whole guide) links to
    the same sub-page of each translation (portal.routes).

    For non-page views (search, API docs) Django's translate_url maps the current path, in the
    other language's words. One query reads the page's and the home page's translations together.
    """
    current = translation.get_language()
    links = []
    site = Site.find_for_request(request)
    home = site.root_page if site is not None else None
    translations: dict[str, Page] = {}
    homes: dict[str, Page] = {}
    if page is not None:
        keys = {page.translation_key} | ({home.translation_key} if home is not None else set())
        candidates = portal_pages().filter(translation_key__in=keys).with_public_flag()
        for candidate in candidates:
            code = language_code_of(candidate.locale_id)
            if home is not None and candidate.translation_key == home.translation_key:
                homes[code] = candidate
            if candidate.translation_key == page.translation_key and candidate.is_public:
                translations[code] = candidate
    subpage = routed_subpage(request, page)
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        alternate = target is not None
        if target is None and page is not None and home is not None:
            target = homes.get(code)
        if target is not None and alternate and subpage is not None:
            url = subpage.url_for(target, request)
            full_url = subpage.url_for(target, request, full=True)
        elif target is not None:
            url = target.get_url(request=request)
            full_url = target.get_full_url(request=request)
        else:
            url = translate_url(request.get_full_path(), code)
            full_url = request.build_absolute_uri(url)
            alternate = page is None
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                is_current=code == current,
                full_url=full_url,
                alternate=alternate,
            )
        )
    return links
