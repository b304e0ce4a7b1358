"""The site search: which pages, which query, what each result shows.

The view (portal.views.search) reads the request; this module builds the backend query from the
visitor's words and describes the results. The backend (portal.search_backend) indexes each page
with its language's stemming on PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Model, QuerySet, Window
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.search.query import And, Or, PlainText, SearchQuery

from portal.caching import ProcessGenerationCache, generation_cached
from portal.languages import shown_by_key
from portal.locales import active_locale
from portal.models import page_cards, public_pages
from portal.search_backend import search_config
from portal.select_options import Option, render_options, with_selected
from portal.text import ascii_fold, highlight_snippet, turkish_casefold, turkish_sorted

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
#: Words of a query searched at most (each is searched in up to four forms).
MAX_QUERY_WORDS = 10
#: Words in a result's highlighted excerpt.
SNIPPET_WORDS = 30
#: The query parameter of the search's municipality filter (a municipality's slug).
MUNICIPALITY_PARAM = "belediye"
#: A word of a query, as the search backends split text.
WORD = re.compile(r"\w+")
#: The annotation carrying, on each result, the number of all results (counted_pages()).
TOTAL = "search_total"
#: Pages of results read directly by their offset; past it Paginator.get_page() decides (an
#: offset of 10**30 is no number the database takes).
MAX_RESULT_PAGE = 100_000


def clean_query(raw: str) -> str:
    """The search text without control characters, which no one types and which break the
    database's full-text query (a NUL is a server error on SQLite and PostgreSQL)."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw).strip()


def searchable_types() -> dict[str, type[Page]]:
    """{slug: page model} of the page types a visitor can filter search results by."""
    from events.models import EventPage
    from guide.models import GuideChapterPage
    from indicators.models import IndicatorPage
    from news.models import NewsPage
    from plans.models import ActionPage, AssessmentPage, MunicipalityPage, PlanPage
    from portal.models import StandardPage
    from reports.models import ReportPage
    from stories.models import StoryPage
    from training.models import TrainingModulePage, TrainingProgrammePage

    return {
        "belediye": MunicipalityPage,
        "plan": PlanPage,
        "eylem": ActionPage,
        "degerlendirme": AssessmentPage,
        "gosterge": IndicatorPage,
        "rapor": ReportPage,
        "haber": NewsPage,
        "deneyim": StoryPage,
        "kilavuz": GuideChapterPage,
        "egitim": TrainingProgrammePage,
        "egitim-modulu": TrainingModulePage,
        "etkinlik": EventPage,
        "sayfa": StandardPage,
    }


@dataclass(frozen=True)
class SearchResult:
    """A search result: the page, its kind (the page type's name), the municipality it belongs
    to and the monitoring period it is about (None where it has none), and an HTML excerpt of its
    introduction with the query's words marked."""

    page: Page
    kind: str
    municipality: Page | None
    period: Model | None
    snippet: str


def search_variants(query: str) -> list[list[str]]:
    """The forms searched for each word of the query: the word case-folded (by Turkish rules on
    the Turkish site), which matches the page's own text and its stems, and the ASCII-folded word,
    which matches the pages' folded copy (PortalPage.folded_text): "Kadikoy" and "Kadıköy" both
    find "Kadıköy". On PostgreSQL the stem of each form is searched too, since the Turkish stemmer
    is not idempotent ("belediyeler" → "belediye", but "belediye" → "beledi")."""
    fold = turkish_casefold if get_language() == "tr" else str.casefold
    words = list(dict.fromkeys(WORD.findall(fold(query))))[:MAX_QUERY_WORDS]
    variants = [list(dict.fromkeys([word, ascii_fold(word)])) for word in words]
    stems = postgres_stems({form for forms in variants for form in forms})
    return [
        list(dict.fromkeys([*forms, *(stems.get(form, form) for form in forms)]))
        for forms in variants
    ]


def postgres_stems(words: set[str]) -> dict[str, str]:
    """{word: its stem} by the search backend's PostgreSQL text search configuration, in one
    query; {} on other databases, without a configuration or without words."""
    config = search_config()
    if connection.vendor != "postgresql" or not config or not words:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, tsvector_to_array(to_tsvector(%s::regconfig, word)) "
            "FROM unnest(%s::text[]) AS word",
            [config, sorted(words)],
        )
        return {word: stems[0] for word, stems in cursor.fetchall() if len(stems) == 1}


def search_query(query: str, operator: str = "and") -> SearchQuery | None:
    """The backend query: every word of `query` (any word, with operator "or") in one of its
    forms (search_variants); None when the query has no words."""
    variants = search_variants(query)
    if not variants:
        return None
    words = [Or([PlainText(form) for form in forms]) for forms in variants]
    return Or(words) if operator == "or" else And(words)


def counted_pages(pages: QuerySet) -> QuerySet:
    """The pages, each carrying the number of all of them (`search_total`: COUNT(*) OVER (),
    counted after the search's own filter and before its limit). Search these, and a page of
    results comes with the number of all results in one query (results_page()): the count is
    otherwise a second query as costly as the search itself (~25 ms for a word in ~2,800
    pages at national scale), since both rank or join every matching index entry."""
    return pages.annotate(**{TOTAL: Window(Count("pk"))})


def results_page(results: Any, number: object) -> PaginatorPage:
    """Page `number` of the search results of counted_pages(), as Django's Paginator.get_page()
    gives it (page 1 for a number that is not one, the last page past the end), in one query;
    past the end, the count and the last page are two more (as for a backend that cannot carry
    the annotation)."""
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        wanted = int(str(number))
    except ValueError:
        wanted = 1
    if 1 <= wanted <= MAX_RESULT_PAGE:
        start = (wanted - 1) * RESULTS_PER_PAGE
        found = list(results[start : start + RESULTS_PER_PAGE])
        if found or wanted == 1:
            total = getattr(found[0], TOTAL, None) if found else 0
            paginator.count = results.count() if total is None else total
            return PaginatorPage(found, wanted, paginator)
    return paginator.get_page(wanted)


@dataclass(frozen=True)
class KeptResults:
    """A page of search results as the cache keeps it (cached_results_page): the pages' ids in
    rank order, the number of all results and the page's number."""

    ids: tuple[int, ...]
    total: int
    number: int


#: Pages of search results a worker keeps (portal.caching.ProcessGenerationCache): a few
#: hundred bytes each.
KEPT_RESULTS = ProcessGenerationCache(size=1000)
#: Characters of the page parameter a kept page is told apart by (a longer number is past the
#: end, and so the last page, as any other).
PAGE_KEY_LENGTH = 32


def cached_results_page(
    pages: QuerySet, backend_query: SearchQuery, number: object, parts: list[Hashable]
) -> PaginatorPage:
    """results_page() of the search of `pages`, kept per content generation and language in
    this worker (KEPT_RESULTS: the words are a visitor's, so never in the shared cache) under
    `parts`: whatever chose `pages` and the query. Ranking every match is most of a search's
    cost (~30 ms for a word in ~2,800 pages at national scale), and the same words are searched
    again and again; the results can only change with what the public sees, which starts a new
    generation. A kept page is read back by its ids through `pages`, so the public rule filters
    it once more, in one query."""
    computed: list[PaginatorPage] = []

    def build() -> KeptResults:
        found = results_page(counted_pages(pages).search(backend_query), number)
        computed.append(found)
        ids = tuple(page.pk for page in found)
        return KeptResults(ids, found.paginator.count, found.number)

    kept = KEPT_RESULTS.get_or_build([*parts, str(number)[:PAGE_KEY_LENGTH]], build)
    if computed:
        return computed[0]
    by_id = pages.in_bulk(kept.ids)
    found = [by_id[pk] for pk in kept.ids if pk in by_id]
    paginator = Paginator(found, RESULTS_PER_PAGE)
    paginator.count = kept.total
    return PaginatorPage(found, kept.number, paginator)


def result_municipalities(pages: list[Page]) -> dict[int, Page]:
    """{page id: the municipality page shown for it} for pages below a municipality (plans,
    actions, assessments), by the language rule; two queries, none without such pages."""
    from plans.models import MunicipalityPage
    from plans.tree import MUNICIPALITY_DEPTH, municipality_path

    paths = {
        page.pk: municipality_path(page.path) for page in pages if page.depth > MUNICIPALITY_DEPTH
    }
    if not paths:
        return {}
    keys = dict(
        MunicipalityPage.objects.filter(path__in=set(paths.values())).values_list(
            "path", "translation_key"
        )
    )
    shown = shown_by_key(public_pages(MunicipalityPage), keys.values())
    return {pk: shown[keys[path]] for pk, path in paths.items() if keys.get(path) in shown}


def result_periods(pages: list[Page]) -> dict[int, Model]:
    """{page id: the monitoring period shown for it} for pages with a `period` (assessments,
    reports), in the visitor's language where it has a copy; two queries, none without such
    pages."""
    ids_by_model: dict[type[Model], list[int]] = defaultdict(list)
    for page in pages:
        model = page.specific_class
        if model is not None and any(field.name == "period" for field in model._meta.fields):
            ids_by_model[model].append(page.pk)
    if not ids_by_model:
        return {}
    first, *others = [
        model.objects.filter(pk__in=ids).order_by().values_list("pk", "period__translation_key")
        for model, ids in ids_by_model.items()
    ]
    keys = dict(first.union(*others, all=True))
    period_model = next(iter(ids_by_model))._meta.get_field("period").related_model
    shown = shown_by_key(period_model._default_manager.all(), keys.values())
    return {pk: shown[key] for pk, key in keys.items() if key in shown}


def search_results(pages: list[Page], query: str) -> list[SearchResult]:
    """The results shown for a page of search results; a bounded number of queries."""
    cards = page_cards(pages)
    municipalities = result_municipalities(pages)
    periods = result_periods(pages)
    return [
        SearchResult(
            page=card.page,
            kind=card.page.specific_class._meta.verbose_name if card.page.specific_class else "",
            municipality=municipalities.get(card.page.pk),
            period=periods.get(card.page.pk),
            snippet=highlight_snippet(card.intro, query, SNIPPET_WORDS),
        )
        for card in cards
    ]


@dataclass(frozen=True)
class MunicipalityFilter:
    """The choices of the search's municipality filter: each public municipality's tree path by
    its slug, and the options, rendered (portal.select_options), in Turkish alphabetical order."""

    paths: dict[str, str]
    options: str

    def options_html(self, chosen: str) -> SafeString:
        """The `<option>` elements, the chosen municipality's selected."""
        return with_selected(self.options, chosen)


def _build_municipality_filter() -> MunicipalityFilter:
    from plans.models import MunicipalityPage

    rows = turkish_sorted(
        MunicipalityPage.objects.for_public()
        .filter(locale=active_locale())
        .values_list("slug", "title", "path"),
        key=lambda row: row[1],
    )
    return MunicipalityFilter(
        paths={slug: path for slug, _title, path in rows},
        options=render_options(Option(slug, title) for slug, title, _path in rows),
    )


def municipality_filter() -> MunicipalityFilter:
    """The public municipalities in the visitor's language, the choices of the search's
    municipality filter: one query per content generation and language (~1,400 municipalities
    at national scale, whose options cost more to render than the search itself)."""
    return generation_cached("portal.search.municipalities", [], _build_municipality_filter)
