"""The municipality map's data: each municipality's progress band from its latest approved
assessment, its marker point and the legend (templates/plans/components/municipality_map.html).

Progress is read as municipality pages show it (plans.monitoring.municipality_summary): the
average progress of the action rows of the municipality's latest approved, source-language
assessment (`AssessmentPage.objects.of_record()`, `ActionAssessment.objects.for_public()`), so a
draft, in-moderation or private assessment never moves a marker. `municipality_progress()` runs
three queries whatever the number of municipalities, assessments or actions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db.models import Avg, Count, F, Q
from django.http import HttpRequest
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from plans.models import ActionAssessment, AssessmentPage, MunicipalityPage
from plans.scales import ActionStatus
from plans.tree import MUNICIPALITY_DEPTH, first_of_each, latest_first, municipality_prefix
from portal.locales import default_locale

if TYPE_CHECKING:
    from wagtail.models import Page


@dataclass(frozen=True)
class ProgressBand:
    """A band of average progress (percent, both ends included) with its marker shape, so the
    legend does not rely on colour alone. `low` is None for "no approved figure yet"."""

    key: str
    label: Promise
    shape: str
    low: int | None = None
    high: int | None = None

    @property
    def css_modifier(self) -> str:
        """Modifier of the .map-band and .map-marker classes (`map-band--high`)."""
        return self.key


#: No approved assessment with action rows yet.
NO_DATA = ProgressBand("none", _("Henüz onaylı değerlendirme yok"), "ring")
#: The bands of average progress, lowest first; together they cover 0–100.
BANDS = (
    ProgressBand("low", _("Düşük ilerleme (%0–32)"), "triangle", 0, 32),
    ProgressBand("medium", _("Orta ilerleme (%33–65)"), "square", 33, 65),
    ProgressBand("high", _("Yüksek ilerleme (%66–100)"), "circle", 66, 100),
)
#: The legend's order: the bands, then "no data".
LEGEND = (*BANDS, NO_DATA)


def band_for(average: Decimal | int | None) -> ProgressBand:
    """The band of an average progress (None: no approved figure)."""
    if average is None:
        return NO_DATA
    return next(band for band in reversed(BANDS) if average >= band.low)


@dataclass(frozen=True)
class MunicipalityProgress:
    """A municipality's progress from its latest approved assessment (zeros and None when it has
    none or it has no action rows)."""

    average: Decimal | None = None
    completed: int = 0
    actions: int = 0

    @property
    def band(self) -> ProgressBand:
        """The band of the average progress."""
        return band_for(self.average)


def latest_assessment_of_municipalities() -> dict[str, int]:
    """{municipality path: the pk of its latest approved assessment} (the latest period, then
    the later page, as plans.monitoring.municipality_summary picks it), one row per
    municipality from the database (plans.tree.first_of_each), not one per assessment."""
    approved = AssessmentPage.objects.of_record().annotate(
        municipality=municipality_prefix("path"), period_start=F("period__start_date")
    )
    latest = first_of_each(
        approved, municipality_prefix("path"), *latest_first("period_start", "pk")
    )
    return dict(latest.values_list("municipality", "pk").iterator())


def municipality_progress(pages: Iterable[MunicipalityPage]) -> dict[int, MunicipalityProgress]:
    """{page pk: progress} for municipality pages of any language (figures from the Turkish
    record). Three queries, whatever the number of pages."""
    pages = list(pages)
    if not pages:
        return {}
    # Approved rows lie under the Turkish pages (plans.tree.source_of), found by translation key.
    source_paths = dict(
        MunicipalityPage.objects.filter(locale=default_locale(), depth=MUNICIPALITY_DEPTH)
        .values_list("translation_key", "path")
        .iterator()
    )
    latest = latest_assessment_of_municipalities()
    rows = (
        # Ids of public, source-language assessments only (of_record): their rows are public.
        ActionAssessment.objects.filter(assessment_id__in=list(latest.values()))
        .values("assessment")
        .annotate(
            average=Avg("progress"),
            actions=Count("pk"),
            completed=Count("pk", filter=Q(status=ActionStatus.COMPLETED.value)),
        )
        .order_by()
    )
    figures = {row["assessment"]: row for row in rows.iterator()}
    progress = {}
    for page in pages:
        row = figures.get(latest.get(source_paths.get(page.translation_key, page.path)))
        progress[page.pk] = (
            MunicipalityProgress(
                average=Decimal(row["average"]).quantize(Decimal("1")),
                completed=row["completed"],
                actions=row["actions"],
            )
            if row
            else MunicipalityProgress()
        )
    return progress


@dataclass(frozen=True)
class MapEntry:
    """A municipality as the map and its list show it."""

    page: MunicipalityPage
    progress: MunicipalityProgress

    def point(self, request: HttpRequest | None = None) -> dict[str, Any]:
        """The JSON the map script reads for this municipality's marker (its URL relative to the
        request's site)."""
        progress = self.progress
        return {
            **self.page.map_point(request),
            "band": progress.band.key,
            "progress": None if progress.average is None else int(progress.average),
            "completed": progress.completed,
            "actions": progress.actions,
        }


def map_entries(pages: Sequence[MunicipalityPage]) -> list[MapEntry]:
    """The pages (in their order) with their progress; three queries."""
    progress = municipality_progress(pages)
    return [MapEntry(page, progress[page.pk]) for page in pages]


def map_points(
    entries: Iterable[MapEntry], request: HttpRequest | None = None
) -> list[dict[str, Any]]:
    """The markers of the entries that have coordinates. With the request, the site's root
    paths that each URL needs are read once, not once per marker."""
    return [entry.point(request) for entry in entries if entry.page.has_location]


@dataclass(frozen=True)
class BandCount:
    """How many municipalities are in a band (the legend, the map's text alternative)."""

    band: ProgressBand
    count: int


def band_counts(entries: Iterable[MapEntry]) -> list[BandCount]:
    """Counts per band in the legend's order, zero counts included."""
    counter = Counter(entry.progress.band.key for entry in entries)
    return [BandCount(band, counter.get(band.key, 0)) for band in LEGEND]


def map_context(
    entries: Callable[[], list[MapEntry]], request: HttpRequest | None = None
) -> dict[str, Any]:
    """What templates/plans/components/municipality_map.html needs, from a callable giving the
    entries (called at most once, and only when the template's fragment cache misses)."""
    entries = cache(entries)
    return {
        "map_points": cache(lambda: map_points(entries(), request)),
        "map_legend": cache(lambda: band_counts(entries())),
        "map_tile_url": settings.MAP_TILE_URL,
        "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def municipality_map_context(index: Page, request: HttpRequest | None = None) -> dict[str, Any]:
    """The map of every public municipality under `index` (the municipality index, generic or
    specific) in the visitor's language, for a page other than the index (the home page):
    `context.update(municipality_map_context(index))`. Nothing is read until the map's fragment
    cache misses."""
    return {
        **map_context(lambda: map_entries(index.specific.municipalities()), request),
        "map_list_url": index.url,  # the list alternative is on the index
    }
