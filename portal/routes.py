"""Routes in the page's language: `rapor/3/` under /tr/, `report/3/` under /en/.

Routable pages. A route is declared once with its words in every language (`localized_path`);
each language's pattern is registered on the page class (Wagtail's RoutablePageMixin) under the
name `<name>.<language>`. `LocalizedRoutesMixin` reverses a route name in the page's own language
(Wagtail's `{% routablepageurl %}` calls `reverse_subpage`, so templates give the right words)
and answers a route reached through another language's words with a 301 to the page's own words,
keeping the query string. Routes whose words are the same in every language (`csv/`, `rss/`,
`ics/` …) stay plain `@path`s.

Sub-pages. An HTML route is a page of its own: `routed_subpage()` names the one a request was
served by, and `SubPage` builds its address on any copy of the page, so the canonical URL, the
hreflang alternates and the language switcher (portal.navigation) point at the report itself,
not at its municipality; the sitemap (portal.sitemap) lists the sub-pages a page class names
(`sitemap_subpages`). A route's arguments are the same in every language; where a view accepts
several for the same content (a period's id in either language), it names the canonical ones
(`set_subpage_arguments`).

Views outside the page tree (`/tr/ara/`, `/en/search/`): `localized_view_paths` gives their URL
patterns in the active language, as Django's translated patterns do, and answers the other
languages' words with a 301.

Reads Wagtail's routing (wagtail.contrib.routable_page.models, checked on 7.4): RoutablePageMixin
.route() resolves the sub-path and leaves the match on `request.routable_resolver_match`; the page
is then served with the match's view. Re-check on a Wagtail upgrade (UPGRADING.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, NamedTuple

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.urls import URLPattern, reverse
from django.urls import path as django_path
from django.utils import translation
from django.utils.functional import lazy

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.url_routing import RouteResult

from portal.locales import language_code_of

#: Separates a route's name from the language of its words in the registered pattern's name.
LANGUAGE_SEPARATOR = "."

#: The request attribute naming the localized route a page was served by (`RoutedRoute`).
ROUTED_ROUTE_ATTRIBUTE = "portal_routed_route"

#: Methods whose redirect may change to GET (a 301); any other method keeps its body (a 308).
SAFE_METHODS = ("GET", "HEAD")


def language_codes() -> list[str]:
    """The site's languages, source language first."""
    return [code for code, _name in settings.LANGUAGES]


def localized_path(name: str, **segments: str) -> Callable[[Callable], Callable]:
    """Declare a routable-page route with its words in every language, e.g.
    `@localized_path("report", tr="rapor/<int:period_id>/", en="report/<int:period_id>/")`."""
    _check_words(f"Route {name!r}", segments)

    def decorator(view: Callable) -> Callable:
        for code in language_codes():
            view = path(segments[code], name=f"{name}{LANGUAGE_SEPARATOR}{code}")(view)
        return view

    return decorator


def _check_words(what: str, segments: dict[str, str]) -> None:
    """Words for every language, and not the same words in all (a plain `path` then)."""
    missing = set(language_codes()) - set(segments)
    if missing:
        raise ValueError(f"{what} has no words for {', '.join(sorted(missing))}.")
    if len(set(segments.values())) < len(segments):
        raise ValueError(f"{what} has the same words in two languages; use a plain path.")


def split_route_name(url_name: str | None) -> tuple[str | None, str | None]:
    """("report", "en") for "report.en"; (url_name, None) for a route without languages."""
    if url_name and LANGUAGE_SEPARATOR in url_name:
        name, _, code = url_name.rpartition(LANGUAGE_SEPARATOR)
        if code in language_codes():
            return name, code
    return url_name, None


def page_language(page: Any) -> str:
    """The language of a page's words: its locale's (no query), else the source language."""
    locale_id = getattr(page, "locale_id", None)
    return language_code_of(locale_id) if locale_id else settings.LANGUAGE_CODE


def reverse_route(
    page_class: type[RoutablePageMixin],
    language: str,
    name: str,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> str:
    """The sub-path (no leading slash) of route `name` of a page class in `language`."""
    resolver = page_class.get_resolver()
    localized = f"{name}{LANGUAGE_SEPARATOR}{language}"
    if localized in resolver.reverse_dict:
        name = localized
    return resolver.reverse(name, *(args or ()), **(kwargs or {}))


def join_url(base: str, subpath: str) -> str:
    """A page's URL followed by one of its sub-paths."""
    return base if not subpath else base.rstrip("/") + "/" + subpath.lstrip("/")


def redirect_keeping_query(request: HttpRequest, url: str) -> HttpResponsePermanentRedirect:
    """A permanent redirect to `url` with the request's query string: 301 for GET and HEAD, 308
    (the method and body kept) for a form's POST."""
    query = request.META.get("QUERY_STRING", "")
    if query:
        url += ("&" if "?" in url else "?") + query
    return HttpResponsePermanentRedirect(url, preserve_request=request.method not in SAFE_METHODS)


@dataclass(frozen=True)
class SubPage:
    """A localized route of a page with its arguments: a sub-page with an address of its own on
    every copy of the page, in that copy's words."""

    name: str
    #: The route's keyword arguments, sorted (the same in every language).
    kwargs: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, name: str, **kwargs: Any) -> SubPage:
        """The sub-page of route `name` with these arguments."""
        return cls(name, tuple(sorted(kwargs.items())))

    def path_for(self, page: Any) -> str:
        """The sub-path on `page` (any copy, read as a base page), in the page's language."""
        return reverse_route(
            page.specific_class, page_language(page), self.name, kwargs=dict(self.kwargs)
        )

    def url_for(self, page: Any, request: HttpRequest | None = None, full: bool = False) -> str:
        """The sub-page's URL on `page` (absolute when `full`), or "" if the page has none."""
        base = page.get_full_url(request=request) if full else page.get_url(request=request)
        return join_url(base, self.path_for(page)) if base else ""


class ListedSubPage(NamedTuple):
    """A sub-page listed in the sitemap, with the time its content last changed (None: the
    page's own)."""

    subpage: SubPage
    lastmod: datetime | None = None


@dataclass
class RoutedRoute:
    """The localized route a page was served by (set on the request by LocalizedRoutesMixin)."""

    page_id: int
    name: str
    kwargs: dict[str, Any]

    @property
    def subpage(self) -> SubPage:
        """The route as a sub-page."""
        return SubPage.of(self.name, **self.kwargs)


def routed_subpage(request: HttpRequest | None, page: Any) -> SubPage | None:
    """The sub-page of `page` this request was served by; None for the page itself, a route
    without languages, or another page."""
    routed = getattr(request, ROUTED_ROUTE_ATTRIBUTE, None)
    if routed is None or page is None or routed.page_id != getattr(page, "pk", None):
        return None
    return routed.subpage


def set_subpage_arguments(request: HttpRequest, page: Any, **kwargs: Any) -> None:
    """For a route view: the canonical arguments of the sub-page it serves, where the request's
    differ but show the same (a report asked for by the id of a period's translation is the
    report of the source period). The canonical URL and the alternates use them."""
    routed = getattr(request, ROUTED_ROUTE_ATTRIBUTE, None)
    if routed is not None and routed.page_id == page.pk:
        routed.kwargs.update(kwargs)


def canonical_url(request: HttpRequest | None, page: Any) -> str:
    """The absolute URL of what the request shows of `page`: the sub-page it was served by, in
    its canonical arguments, else the page itself."""
    subpage = routed_subpage(request, page)
    if subpage is not None:
        return subpage.url_for(page, request, full=True)
    return page.get_full_url(request=request) or ""


class LocalizedRoutesMixin(RoutablePageMixin):
    """RoutablePageMixin whose routes (declared with `localized_path`) use the page's language."""

    #: Localized routes without arguments that the sitemap lists: HTML open to every visitor of
    #: the page. Routes with arguments override `sitemap_subpages`.
    sitemap_routes: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def sitemap_subpages(cls, pages: list[Any]) -> dict[int, list[ListedSubPage]]:
        """{page id: the public HTML sub-pages of the page to list in the sitemap}, for public
        pages of this class (any language, read as base pages): the `sitemap_routes`."""
        listed = [ListedSubPage(SubPage(name)) for name in cls.sitemap_routes]
        return {page.pk: listed for page in pages} if listed else {}

    def reverse_subpage(
        self, name: str, args: Iterable[Any] | None = None, kwargs: dict[str, Any] | None = None
    ) -> str:
        """The sub-path of route `name` in this page's language."""
        return reverse_route(type(self), page_language(self), name, args, kwargs)

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        """Route as Wagtail does. A localized route in this page's words is noted on the request
        (`routed_subpage`); in another language's words it answers 301 to this page's words."""
        result = super().route(request, path_components)
        if not isinstance(result, RouteResult) or result.page is not self:
            return result
        match = getattr(request, "routable_resolver_match", None)
        name, code = split_route_name(getattr(match, "url_name", None))
        if match is None or name is None or code is None:
            return result
        if code != page_language(self):
            return RouteResult(self, args=(self._words_redirect(name, match.kwargs), (), {}))
        routed = RoutedRoute(self.pk, name, dict(match.kwargs))
        setattr(request, ROUTED_ROUTE_ATTRIBUTE, routed)
        return result

    def _words_redirect(self, name: str, kwargs: dict[str, Any]) -> Callable[..., HttpResponse]:
        """The view answering another language's words of route `name`: a redirect to ours."""
        subpath = self.reverse_subpage(name, kwargs=kwargs)

        def redirect(request: HttpRequest, *args: Any, **kw: Any) -> HttpResponse:
            return redirect_keeping_query(request, join_url(self.get_url(request) or "/", subpath))

        return redirect


def listed_subpages(pages: Iterable[Any]) -> dict[int, list[ListedSubPage]]:
    """{page id: its sub-pages for the sitemap} for public pages read as base pages; one call of
    `sitemap_subpages` per page class with localized routes."""
    by_class: dict[type, list[Any]] = defaultdict(list)
    for page in pages:
        page_class = page.specific_class
        if page_class is not None and issubclass(page_class, LocalizedRoutesMixin):
            by_class[page_class].append(page)
    listed: dict[int, list[ListedSubPage]] = {}
    for page_class, group in by_class.items():
        listed.update(page_class.sitemap_subpages(group))
    return listed


def route_urls(
    pages: Iterable[Any], name: str, arguments: Iterable[dict[str, Any]], request: Any = None
) -> Iterator[str]:
    """The absolute URLs of route `name` with each set of `arguments` on each page (any copy,
    base pages), every page in its own words: for front-cache purges."""
    arguments = list(arguments)
    for page in pages:
        base = page.get_full_url(request)
        if not base:
            continue
        for kwargs in arguments:
            yield join_url(base, SubPage.of(name, **kwargs).path_for(page))


# Views outside the page tree -------------------------------------------------------------------


def _words(segments: dict[str, str], other: int | None) -> str:
    """The active language's words (`other` None), else the `other`-th other language's."""
    code = translation.get_language() or settings.LANGUAGE_CODE
    own = segments.get(code, segments[settings.LANGUAGE_CODE])
    if other is None:
        return own
    others = [words for lang, words in segments.items() if lang != code and words != own]
    return others[other] if other < len(others) else own


_lazy_words = lazy(_words, str)


def localized_view_paths(view: Callable, name: str, **segments: str) -> list[URLPattern]:
    """`path()`s, inside i18n_patterns, for a view with words per language: the active
    language's words serve the view (named `name`, so `{% url name %}` gives them), the other
    languages' words answer 301 to them (query string kept)."""
    _check_words(f"View {name!r}", segments)

    def redirect(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return redirect_keeping_query(request, reverse(name, args=args, kwargs=kwargs))

    patterns = [django_path(_lazy_words(segments, None), view, name=name)]
    for other in range(len(segments) - 1):
        patterns.append(django_path(_lazy_words(segments, other), redirect))
    return patterns
