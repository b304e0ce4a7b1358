"""One municipality's row of the comparison of an indicator (indicators.comparison): its
approved values in the period, baseline and target, gap between women and men and value per
100,000 inhabitants; the population bands and measures the comparison filters and ranks by; and
the packed form of a row kept in the cache (plain values: PackedRow, RankedRows).

The municipality is an indicators.towns.Town: its name as shown to the visitor, its kind and
population of record.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple

from django.db import models
from django.utils.translation import gettext_lazy as _

from plans.data_quality import DataFlag
from plans.models import MonitoringPeriod
from plans.scales import Disaggregation

from .models import IndicatorTarget
from .series import SeriesRow
from .towns import Town

#: Per-capita values are per this many inhabitants.
PER_CAPITA_BASE = 100_000


class PopulationBand(models.TextChoices):
    """Population bands of the comparison's filter (`?nufus=`)."""

    SMALL = "100-bin-alti", _("100 binden az")
    MEDIUM = "100-500-bin", _("100 bin – 500 bin")
    LARGE = "500-bin-1-milyon", _("500 bin – 1 milyon")
    VERY_LARGE = "1-milyon-ustu", _("1 milyon ve üzeri")
    UNKNOWN = "bilinmiyor", _("Nüfus bilgisi yok")

    @classmethod
    def of(cls, population: int | None) -> PopulationBand:
        """The band a population falls in (UNKNOWN without a figure)."""
        if not population:
            return cls.UNKNOWN
        if population < 100_000:
            return cls.SMALL
        if population < 500_000:
            return cls.MEDIUM
        if population < 1_000_000:
            return cls.LARGE
        return cls.VERY_LARGE


class ComparisonMeasure(models.TextChoices):
    """What the comparison of a count ranks and draws (`?olcu=`): the values as reported, or
    per PER_CAPITA_BASE inhabitants."""

    COUNT = "sayi", _("Sayı")
    PER_CAPITA = "100-bin-kisi-basina", _("100.000 kişi başına")


class Goal(NamedTuple):
    """A municipality's baseline and target of one disaggregation (from IndicatorTarget)."""

    baseline_value: Decimal | None
    baseline_year: int | None
    target_value: Decimal | None
    target_year: int | None

    @classmethod
    def of(cls, target: IndicatorTarget) -> Goal:
        return cls(
            target.baseline_value, target.baseline_year, target.target_value, target.target_year
        )


class PackedRow(NamedTuple):
    """A ComparisonRow as plain values (ComparisonRow.packed(), ComparisonRow.unpacked())."""

    town: Town
    rank: int | None
    ranked_value: Decimal | None
    not_comparable: bool
    # The latest approved row: its date, its values in the indicator's disaggregation order and
    # the (disaggregation, flags) of those flagged; None without an approved value.
    latest: tuple[Any, ...] | None
    goals: tuple[tuple[Any, ...], ...]  # (disaggregation, *Goal) of each baseline and target


class IndexedRow(NamedTuple):
    """A row of the comparison as kept in the cache: what the filters and the numbering read,
    and the whole row pickled on its own, so that a request reads back ~1,400 of these (a few
    small values each) but unpickles only the rows it shows (its page; a download, all)."""

    kind: str
    population: int | None
    folded_title: str  # for indicators.towns.name_matcher()
    title_slug: str
    is_sample_data: bool
    rank: int | None  # among every row: rows share one exactly when their values are equal
    not_comparable: bool
    packed: bytes  # pickle of the PackedRow (row())

    @classmethod
    def of(cls, row: PackedRow) -> IndexedRow:
        town = row.town
        return cls(
            town.kind,
            town.population,
            town.folded_title,
            town.title_slug,
            town.is_sample_data,
            row.rank,
            row.not_comparable,
            # As plain tuples: the names of the classes would be a third of each pickle.
            pickle.dumps((tuple(town), *row[1:]), pickle.HIGHEST_PROTOCOL),
        )

    def row(self) -> PackedRow:
        """The packed row (written by of(), from the portal's own cache)."""
        town, *rest = pickle.loads(self.packed)  # noqa: S301 (our own value, as the cache's)
        return PackedRow(Town(*town), *rest)

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt by tuple.__new__ (C) rather than the named tuple's __new__ (Python): a third
        # of the time of reading back 1,400 of them.
        return (tuple.__new__, (IndexedRow, tuple(self)))


class RankedRows(NamedTuple):
    """Every public municipality's row of an indicator in a period, ranked in one measure
    (rank()), indexed, and the counts over all of them."""

    rows: tuple[IndexedRow, ...]
    with_values: int  # rows with an approved value in the period
    without_population: int  # of those, shown per capita but without a population figure


@dataclass
class ComparisonRow:
    """One municipality on the indicator in the period: plain values, kept in the cache (the
    measure it is shown in is fixed when it is made; only its rank changes with the filters)."""

    municipality: Town  # the copy shown, and the figures of record (kind, population)
    row: SeriesRow | None  # the latest approved row in the period; None: no approved value
    targets: dict[str, Goal] = field(default_factory=dict)  # by disaggregation
    rank: int | None = None
    per_capita_shown: bool = False  # ranked and drawn per PER_CAPITA_BASE inhabitants

    def packed(self) -> PackedRow:
        """The row as kept in the cache (unpacked(): the same row again)."""
        latest = None
        if self.row is not None:
            flags = tuple(self.row.flags.items())
            latest = (self.row.date, tuple(self.row.values.values()), flags)
        return PackedRow(
            town=self.municipality,
            rank=self.rank,
            ranked_value=self.ranked_value,
            not_comparable=self.not_comparable,
            latest=latest,
            goals=tuple((kind, *goal) for kind, goal in self.targets.items()),
        )

    @classmethod
    def unpacked(
        cls,
        packed: PackedRow,
        rank: int | None,
        period: MonitoringPeriod | None,
        kinds: list[str],
        per_capita: bool,
    ) -> ComparisonRow:
        """The row `packed` (ComparisonRow.packed()) at `rank`: its values are of `period`, in
        the disaggregations `kinds` (the indicator's, in order)."""
        row = None
        if packed.latest is not None:
            date, values, flags = packed.latest
            row = SeriesRow(date, period, dict(zip(kinds, values, strict=True)), dict(flags))
        return cls(
            municipality=packed.town,
            row=row,
            targets={kind: Goal(*goal) for kind, *goal in packed.goals},
            rank=rank,
            per_capita_shown=per_capita,
        )

    def value_of(self, disaggregation: str) -> Decimal | None:
        """The approved value of one disaggregation (None when missing)."""
        return self.row.values.get(disaggregation) if self.row else None

    @cached_property
    def flags(self) -> list[DataFlag]:
        """The data-quality flags of the row's values (each once, in the order of DataFlag)."""
        if self.row is None:
            return []
        present = {flag for flags in self.row.flags.values() for flag in flags}
        return [flag for flag in DataFlag if flag in present]

    @property
    def not_comparable(self) -> bool:
        """The municipality says its value is not comparable with the others': not ranked."""
        return DataFlag.NOT_COMPARABLE in self.flags

    @cached_property
    def ranked_value(self) -> Decimal | None:
        """The value the row is ranked by: the total in the measure shown, unless the value is
        not comparable."""
        return None if self.not_comparable else self.shown_value

    @property
    def value(self) -> Decimal | None:
        """The total: the value the rows are ranked by."""
        return self.value_of(Disaggregation.TOTAL.value)

    @property
    def women(self) -> Decimal | None:
        return self.value_of(Disaggregation.WOMEN.value)

    @property
    def men(self) -> Decimal | None:
        return self.value_of(Disaggregation.MEN.value)

    @property
    def gap(self) -> Decimal | None:
        """Women − men, when both are known."""
        if self.women is None or self.men is None:
            return None
        return self.women - self.men

    @property
    def ratio(self) -> Decimal | None:
        """Women ÷ men, two decimals, when both are known and men is not zero."""
        if self.women is None or not self.men:
            return None
        return (self.women / self.men).quantize(Decimal("0.01"))

    def _target(self, disaggregation: str = Disaggregation.TOTAL.value) -> Goal | None:
        return self.targets.get(disaggregation)

    @property
    def total_target(self) -> Goal | None:
        """The total's baseline and target (None when the municipality has none)."""
        return self._target()

    def baseline_of(self, disaggregation: str) -> Decimal | None:
        target = self._target(disaggregation)
        return target.baseline_value if target else None

    def target_of(self, disaggregation: str) -> Decimal | None:
        target = self._target(disaggregation)
        return target.target_value if target else None

    @property
    def population(self) -> int | None:
        return self.municipality.population

    def per_capita_of(self, value: Decimal | None) -> Decimal | None:
        """`value` per PER_CAPITA_BASE inhabitants, two decimals; None without a value or a
        population figure (whether the indicator is a count is the caller's question)."""
        if value is None or not self.population:
            return None
        return (value * PER_CAPITA_BASE / self.population).quantize(Decimal("0.01"))

    @property
    def per_capita(self) -> Decimal | None:
        """The total per PER_CAPITA_BASE inhabitants."""
        return self.per_capita_of(self.value)

    def _shown(self, value: Decimal | None) -> Decimal | None:
        return self.per_capita_of(value) if self.per_capita_shown else value

    def shown_of(self, disaggregation: str) -> Decimal | None:
        """A disaggregation's value in the measure shown (as reported, or per capita)."""
        return self._shown(self.value_of(disaggregation))

    def shown_baseline_of(self, disaggregation: str) -> Decimal | None:
        """The baseline in the measure shown (per capita: over today's population figure)."""
        return self._shown(self.baseline_of(disaggregation))

    def shown_target_of(self, disaggregation: str) -> Decimal | None:
        """The target in the measure shown (per capita: over today's population figure)."""
        return self._shown(self.target_of(disaggregation))

    @property
    def shown_value(self) -> Decimal | None:
        """The total in the measure shown: the value the rows are ranked by."""
        return self.shown_of(Disaggregation.TOTAL.value)

    @property
    def shown_gap(self) -> Decimal | None:
        """Women − men in the measure shown, when both are known."""
        women = self.shown_of(Disaggregation.WOMEN.value)
        men = self.shown_of(Disaggregation.MEN.value)
        return None if women is None or men is None else women - men

    @property
    def without_population(self) -> bool:
        """Shown per capita, with an approved value but no population figure to divide it by."""
        return self.per_capita_shown and self.row is not None and not self.population

    @property
    def missing_reason(self) -> str:
        """Why the row has no value to rank ("" when it has one, or has values but no total)."""
        if self.row is None:
            return str(_("Bu dönem için onaylanmış değer yok."))
        if self.without_population:
            return str(_("Nüfus bilgisi yok"))
        if self.not_comparable:
            return str(
                _("Sıralamaya alınmadı: %(label)s. %(reason)s")
                % {
                    "label": DataFlag.NOT_COMPARABLE.label,
                    "reason": DataFlag.NOT_COMPARABLE.description,
                }
            )
        return ""
