"""The public municipalities as the indicator pages list them: light values, cached.

The comparison ranks every public municipality (~1,400 at national scale) and the indicator page
lists those with values; rebuilding their pages for every request cost most of those pages' time.
`public_towns()` reads them once per content generation and language (portal.caching: any
publish, unpublish, move or privacy change starts a new one) as `Town`s, plain values that are
cheap to keep and read back: the copy shown to the visitor (portal.languages) for the name, link
and language, and the source-language page for the figures of record (kind, population).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from django.http import HttpRequest

from wagtail.models import Page, Site

from plans.models import MunicipalityKind, MunicipalityPage
from portal.locales import active_locale, default_locale
from portal.models import public_pages
from portal.text import turkish_casefold, turkish_slugify, turkish_sort_key

from .caching import public_cached

#: The fields a Town reads from the municipality's own table (the rest of the page is not read).
FIGURE_FIELDS = (
    "province",
    "kind",
    "population",
    "population_year",
    "population_source",
    "population_is_sample",
    "is_sample_data",
)


class Town(NamedTuple):
    """A public municipality: its copy shown to the visitor (title, url, locale_id, province) and
    the figures of record of its source-language page (kind, population and its year, source and
    sample flag, sample data). `locale_id` lets `lang_attr` mark a source-language fallback.

    A named tuple of plain values: ~1,400 are read back from the cache per request, and a tuple
    is read back several times faster than a dataclass (a UUID, too, than its text)."""

    path: str  # the source-language page's tree path (where its assessments are)
    key: str  # the translation key, as text
    title: str
    url: str
    locale_id: int
    province: str
    kind: str
    population: int | None
    population_year: int | None
    population_source: str
    population_is_sample: bool
    is_sample_data: bool
    folded_title: str  # turkish_casefold(title) and turkish_slugify(title), for name_matcher()
    title_slug: str

    def get_kind_display(self) -> str:
        """The kind's label in the visitor's language."""
        return str(MunicipalityKind(self.kind).label) if self.kind else ""


def site_of(request: HttpRequest | None) -> int | None:
    """The id of the request's site (a link is relative to it), None without a request."""
    if request is None:
        return None
    site = Site.find_for_request(request)
    return site.pk if site else None


def _build_towns(request: HttpRequest | None) -> list[Town]:
    """Three queries: the figures of every municipality (its own table), which of them are public
    pages in the source or the visitor's language (by id: joined to the page table, the public
    rule made PostgreSQL check every page of the site), and the pages above them for the links."""
    default, active = default_locale(), active_locale()
    figures = {
        row.pk: row
        for row in MunicipalityPage.objects.order_by().values_list("pk", *FIGURE_FIELDS, named=True)
    }
    pages = (
        public_pages(Page)
        .filter(pk__in=list(figures), locale_id__in={default.pk, active.pk})
        .values_list("pk", "path", "translation_key", "locale_id", "title", "slug", named=True)
    )
    sources, shown = {}, {}
    for page in pages:
        if page.locale_id == default.pk:
            sources[page.translation_key] = page
        if page.locale_id == active.pk:
            shown[page.translation_key] = page
    links = _link_prefixes([*sources.values(), *shown.values()], request)
    towns = []
    # Texts many municipalities share (provinces, kinds, sources) once each: kept once in the
    # cache, and read back once.
    words: dict[str, str] = {}
    for key, source in sources.items():
        copy = shown.get(key, source)
        facts, shown_facts = figures[source.pk], figures[copy.pk]
        towns.append(
            Town(
                path=source.path,
                key=str(key),
                title=copy.title,
                url=f"{links[copy.path[: -Page.steplen]]}{copy.slug}/",
                locale_id=copy.locale_id,
                province=words.setdefault(shown_facts.province, shown_facts.province),
                kind=words.setdefault(facts.kind, facts.kind),
                population=facts.population,
                population_year=facts.population_year,
                population_source=words.setdefault(
                    facts.population_source, facts.population_source
                ),
                population_is_sample=facts.population_is_sample,
                is_sample_data=facts.is_sample_data,
                folded_title=turkish_casefold(copy.title),
                title_slug=turkish_slugify(copy.title),
            )
        )
    return sorted(towns, key=lambda town: turkish_sort_key(town.title))


def _link_prefixes(pages: list[Any], request: HttpRequest | None) -> dict[str, str]:
    """{tree path of a page above municipalities: its URL}: a municipality's URL is its parent's
    and its slug (Wagtail's url_path), so 1,400 links cost one query and two reverse()s."""
    parents = Page.objects.filter(path__in={page.path[: -Page.steplen] for page in pages})
    return {parent.path: parent.get_url(request) or "" for parent in parents}


def public_towns(request: HttpRequest | None = None) -> list[Town]:
    """Every public municipality (its source-language page is public; the copy shown follows the
    language rule), in Turkish alphabetical order of the names shown; one query when not cached.
    Links are made for the request's site."""
    return public_cached("indicators.towns", [site_of(request)], lambda: _build_towns(request))


class Named(Protocol):
    """What name_matcher() reads: the forms of a name shown (Town, or a row that copies them)."""

    folded_title: str
    title_slug: str


def name_matcher(name: str) -> Callable[[Named], bool]:
    """Whether a town's name shown contains `name`, as portal.text.turkish_contains(town.title,
    name) decides (Turkish case rules; Turkish letters typed without their marks as a fallback),
    with the name's forms made once and each town's kept with it: 1,400 names are tested in a
    millisecond instead of eleven. tests/indicators/test_generation_cache.py holds it to
    turkish_contains."""
    folded = turkish_casefold(name).strip()
    slug = turkish_slugify(name)
    return lambda town: folded in town.folded_title or (bool(slug) and slug in town.title_slug)
