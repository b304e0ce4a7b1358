"""A generate_scale run: remove the previous synthetic data, then build it anew in batches.

Everything happens in one transaction, so a failure (or Ctrl-C) leaves the site as it was,
previous synthetic data included. The pages of MUNICIPALITIES_PER_BATCH municipalities are drafted
in memory (demo.synthetic.drafts), written (demo.synthetic.tree), then their rows
(demo.synthetic.bulk); the search index comes last. After the commit, PostgreSQL's statistics of
the tables written are refreshed.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from indicators.models import IndicatorIndexPage, IndicatorPage, Periodicity
from plans.models import (
    ActionAssessment,
    ActionIndicator,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    MunicipalityIndexPage,
    MunicipalityPage,
    PlanObjective,
    PlanPage,
    ThematicArea,
)
from plans.scales import MonitoringPeriodKind
from portal.locales import default_locale
from portal.text import turkish_slugify

from . import content
from .bulk import analyze, batched, write_rows
from .drafts import (
    ACTION_ROW_FIELDS,
    LINK_FIELDS,
    OBJECTIVE_FIELDS,
    VALUE_FIELDS,
    Drafter,
    PlanDraft,
)
from .geography import spread_slots
from .removal import Markers, Removed, remove_synthetic
from .tree import PageFactory, add_to_numchild, insert_pages, last_child_number

MARKERS = Markers(
    municipality_slug_prefix="sentetik-belediye-",
    indicator_slug_prefix="sentetik-gosterge-",
    period_name_prefix="Sentetik izleme dönemi ",
)
# The synthetic years come after the demo's periods (2025–2026): the demo builder looks its periods
# up by kind, earliest first, and must keep finding its own.
FIRST_YEAR = 2027
MAX_YEARS = 50
MUNICIPALITIES_PER_BATCH = 100
#: Pages per search-index call: their ids are parameters, and old SQLite takes 999 at most.
SEARCH_BATCH = 900
#: Always in the search index; actions and assessments only with index_all (see ScaleOptions).
SEARCHED_MODELS = (IndicatorPage, MunicipalityPage, PlanPage)
KEY_NAMESPACE = uuid.UUID("5e7e71c0-1d8b-4c52-9a57-a6f3d2b0c001")
ROW_MODELS = (PlanObjective, ActionIndicator, ActionAssessment, IndicatorValue, MonitoringPeriod)


class ScaleError(Exception):
    """The site lacks what the synthetic data hangs from, or an option is out of range."""


@dataclass(frozen=True)
class ScaleOptions:
    """Sizes and seed of a build (defaults: Türkiye's 1,389 municipalities).

    `index_all` also adds the action and assessment pages to the search index, which with Wagtail's
    database search backend takes about 3 ms a page (several minutes at the default size).
    """

    municipalities: int = 1389
    actions: int = 40
    indicators: int = 20
    years: int = 10
    seed: int = 20261125
    index_all: bool = False

    def check(self) -> None:
        """Refuse sizes the tree or the models cannot hold."""
        for name in ("municipalities", "actions", "indicators", "years"):
            if getattr(self, name) < 1:
                raise ScaleError(f"--{name} must be at least 1.")
        if self.years > MAX_YEARS:
            raise ScaleError(f"--years must be at most {MAX_YEARS}.")

    @property
    def years_range(self) -> range:
        """The synthetic years, one monitoring period each."""
        return range(FIRST_YEAR, FIRST_YEAR + self.years)


@dataclass
class ScaleReport:
    """What a run removed and created, and how long each phase took (seconds)."""

    removed: Removed = field(default_factory=Removed)
    pages: int = 0
    assessments: int = 0
    action_rows: int = 0
    indicator_values: int = 0
    indexed: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


@contextmanager
def reference_index_paused() -> Iterator[None]:
    """Keep Wagtail's reference index from updating on save and delete (as the demo builder and
    the test suite do); bulk-written pages are not in it. Wagtail's context manager is not
    reentrant, so it is used only when the caller has not paused the index already."""
    if getattr(reference_index_auto_update_disabled, "value", False):
        yield
        return
    with disable_reference_index_auto_update():
        yield


def site_indexes(locale: Locale) -> tuple[MunicipalityIndexPage, IndicatorIndexPage | None]:
    """The source-language municipality and indicator indexes the synthetic pages go under."""
    index = MunicipalityIndexPage.objects.filter(locale=locale).order_by("path").first()
    if index is None:
        raise ScaleError("There is no municipality index page; run setup_demo first.")
    indicators = IndicatorIndexPage.objects.filter(locale=locale).order_by("path").first()
    return index, indicators


class ScaleBuilder:
    """Removes the previous synthetic data and builds it anew, all in one transaction."""

    def __init__(self, options: ScaleOptions, log: Callable[[str], object]) -> None:
        options.check()
        self.options = options
        self.log = log
        self.report = ScaleReport()
        self.created: dict[type[Page], list[int]] = {}

    def run(self) -> ScaleReport:
        """Remove, build, index, commit; a failure leaves the previous data as it was."""
        with transaction.atomic(), reference_index_paused():
            locale = default_locale()
            index, indicator_index = site_indexes(locale)
            with self.timed("remove"):
                self.report.removed = remove_synthetic(index, indicator_index, MARKERS, locale.pk)
            removed = self.report.removed
            self.log(
                f"Removed {removed.pages} synthetic pages, {removed.periods} monitoring periods "
                f"and {removed.groups} reporters groups ({self.report.seconds['remove']:.1f} s)."
            )
            if indicator_index is None:
                raise ScaleError("There is no indicator index page; run setup_demo first.")
            self.build(locale, index, indicator_index)
            self.index_for_search()
            committing = time.monotonic()
        # Deferred foreign-key checks of every row written or deleted run here.
        self.report.seconds["commit"] = time.monotonic() - committing
        with self.timed("analyze"):
            analyze([Page, *self.created, *ROW_MODELS])
        return self.report

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        """Add the time spent in the block to the phase's total."""
        started = time.monotonic()
        try:
            yield
        finally:
            spent = time.monotonic() - started
            self.report.seconds[phase] = self.report.seconds.get(phase, 0.0) + spent

    def key(self, *parts: object) -> str:
        """A name for deterministic translation keys and random seeds: "<seed>:plan:7"."""
        return ":".join(str(part) for part in (self.options.seed, *parts))

    def build(
        self, locale: Locale, index: MunicipalityIndexPage, indicator_index: IndicatorIndexPage
    ) -> None:
        """Periods and indicators, then the municipalities in batches."""
        options = self.options
        factory = PageFactory(locale, timezone.now(), KEY_NAMESPACE)
        areas = list(ThematicArea.objects.filter(locale=locale).order_by("sort_order", "code"))
        with self.timed("pages"):
            periods = self.create_periods(locale)
            indicators = self.create_indicators(factory, indicator_index, areas)
        drafter = Drafter(
            factory=factory,
            index=index,
            slug_prefix=MARKERS.municipality_slug_prefix,
            actions=options.actions,
            years=options.years_range,
            periods=periods,
            indicators=indicators,
            areas=areas,
            key=self.key,
        )
        slots = spread_slots(options.municipalities)
        first = last_child_number(index) + 1
        started = time.monotonic()
        for batch in batched(range(options.municipalities), MUNICIPALITIES_PER_BATCH):
            with self.timed("pages"):
                drafts = [drafter.draft(at + 1, slots[at], first + at) for at in batch]
                self.insert([page for draft in drafts for page in draft.pages])
            with self.timed("rows"):
                self.write_rows(drafter, drafts)
            self.log(
                f"  municipalities {batch[-1] + 1}/{options.municipalities} "
                f"({time.monotonic() - started:.0f} s)"
            )
        add_to_numchild(index, options.municipalities)

    def insert(self, pages: list[Page]) -> None:
        """Write the pages and remember their ids per type (for the search index)."""
        insert_pages(pages)
        for page in pages:
            self.created.setdefault(type(page), []).append(page.pk)
        self.report.pages += len(pages)

    def create_periods(self, locale: Locale) -> list[MonitoringPeriod]:
        """One monitoring period per synthetic year."""
        kinds = list(MonitoringPeriodKind)
        periods = [
            MonitoringPeriod(
                locale=locale,
                translation_key=uuid.uuid5(KEY_NAMESPACE, self.key("period", year)),
                name=content.period_name(MARKERS.period_name_prefix, year),
                kind=kinds[offset % len(kinds)],
                start_date=date(year, 1, 1),
                end_date=date(year, 12, 31),
            )
            for offset, year in enumerate(self.options.years_range)
        ]
        return MonitoringPeriod.objects.bulk_create(periods)

    def create_indicators(
        self, factory: PageFactory, index: IndicatorIndexPage, areas: list[ThematicArea]
    ) -> list[IndicatorPage]:
        """The synthetic indicators, shared by every synthetic municipality."""
        first = last_child_number(index)
        rng = random.Random(self.key("indicators"))  # noqa: S311 - synthetic data, not security
        themes = content.INDICATOR_THEMES
        pages = []
        for number in range(1, self.options.indicators + 1):
            theme = themes[(number - 1) % len(themes)]
            slug = f"{MARKERS.indicator_slug_prefix}{number:02d} {theme.title}"
            pages.append(
                factory.child(
                    IndicatorPage,
                    index,
                    first + number,
                    key=self.key("indicator", number),
                    title=content.indicator_title(number, theme),
                    slug=turkish_slugify(slug),
                    intro=content.SYNTHETIC_INTRO,
                    is_sample_data=True,
                    code=f"SG{number:02d}",
                    area=rng.choice(areas) if areas else None,
                    ohchr_type=theme.ohchr_type,
                    unit=theme.unit,
                    measure=theme.measure,
                    direction=theme.direction,
                    data_source=content.SOURCE_NOTE,
                    periodicity=Periodicity.ANNUAL,
                    disaggregated_by_sex=True,
                    references=[],
                    methodology=[],
                )
            )
        self.insert(pages)
        add_to_numchild(index, len(pages))
        return pages

    def write_rows(self, drafter: Drafter, drafts: list[PlanDraft]) -> None:
        """Objectives, indicator links, action rows and indicator values of a batch; the
        translatable rows (all but the links) in the pages' locale, each with its own key."""
        counts = {}
        locale_id = drafts[0].plan.locale_id if drafts else None
        for model, names, rows_of in (
            (PlanObjective, OBJECTIVE_FIELDS, drafter.objective_rows),
            (ActionIndicator, LINK_FIELDS, drafter.link_rows),
            (ActionAssessment, ACTION_ROW_FIELDS, drafter.action_rows),
            (IndicatorValue, VALUE_FIELDS, drafter.value_rows),
        ):
            rows = [row for draft in drafts for row in rows_of(draft)]
            if issubclass(model, TranslatableMixin):
                names = (*names, "locale", "translation_key")
                key = model._meta.get_field("translation_key").get_db_prep_value
                rows = [(*row, locale_id, key(uuid.uuid4(), connection)) for row in rows]
            write_rows(model, names, rows)
            counts[model] = len(rows)
        self.report.assessments += sum(len(draft.assessments) for draft in drafts)
        self.report.action_rows += counts[ActionAssessment]
        self.report.indicator_values += counts[IndicatorValue]

    def index_for_search(self) -> None:
        """Add the new pages to the search index with the backend's bulk add, type by type."""
        backend = get_search_backend()
        models = (*SEARCHED_MODELS, ActionPage, AssessmentPage)
        with self.timed("search"):
            for model in models if self.options.index_all else SEARCHED_MODELS:
                for ids in batched(self.created.get(model, []), SEARCH_BATCH):
                    pages = model.objects.filter(pk__in=ids).order_by("path")
                    backend.add_bulk(model, list(pages))
                    self.report.indexed += len(ids)
        seconds = self.report.seconds["search"]
        self.log(f"Indexed {self.report.indexed} pages for search ({seconds:.1f} s).")
