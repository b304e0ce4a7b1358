"""Deterministic synthetic monitoring rows: how an action progresses over the years, and an
indicator's values per year for women, men and the total."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from plans.models import MunicipalityKind
from plans.scales import ActionStatus, Disaggregation

from .content import IndicatorTheme

#: A count indicator's size relative to a district municipality's.
COUNT_SCALE = {
    MunicipalityKind.METROPOLITAN: 8.0,
    MunicipalityKind.PROVINCE_CENTRE: 3.0,
    MunicipalityKind.DISTRICT: 1.0,
    MunicipalityKind.TOWN: 0.2,
}
DELAY_CHANCE = 0.15
CANCEL_CHANCE = 0.06
LATE_CHANCE = 0.15


def action_trajectory(rng: random.Random, years: int) -> list[tuple[ActionStatus, int]]:
    """(status, progress %) of one action in each year: not started until its start year, in
    progress (sometimes delayed) during its planned years, then completed, late or cancelled."""
    start = rng.randrange(max(1, years // 2))
    length = rng.randint(1, max(1, years - start))
    end = start + length - 1
    fate = rng.random()
    trajectory = []
    for year in range(years):
        if year < start:
            step = (ActionStatus.NOT_STARTED, 0)
        elif year <= end:
            progress = (100 * (year - start + 1)) // (length + 1)
            if rng.random() < DELAY_CHANCE:
                step = (ActionStatus.DELAYED, progress // 2)
            else:
                step = (ActionStatus.IN_PROGRESS, max(progress, 5))
        elif fate < CANCEL_CHANCE:
            step = (ActionStatus.CANCELLED, trajectory[-1][1] if trajectory else 0)
        elif fate < CANCEL_CHANCE + LATE_CHANCE and year == end + 1:
            step = (ActionStatus.DELAYED, 90)
        else:
            step = (ActionStatus.COMPLETED, 100)
        trajectory.append(step)
    return trajectory


@dataclass(frozen=True)
class Series:
    """One municipality's course on one indicator: first-year total, yearly change, and how the
    total splits between women and men."""

    theme: IndicatorTheme
    baseline: float
    change: float
    split: float  # women's share of a count, or the women–men gap of a rate (points)

    @classmethod
    def draw(cls, theme: IndicatorTheme, kind: str, rng: random.Random) -> Series:
        """A random course for a municipality of the given kind."""
        scale = 1.0 if theme.is_rate else COUNT_SCALE[MunicipalityKind(kind)]
        split = rng.uniform(-8, 8) if theme.is_rate else rng.uniform(0.35, 0.65)
        return cls(
            theme, rng.uniform(*theme.baseline) * scale, rng.uniform(*theme.yearly_change), split
        )

    def values(self, year: int, rng: random.Random) -> list[tuple[str, Decimal]]:
        """(disaggregation, value) for the year (0-based): women, men and total."""
        total = self.baseline * (1 + self.change) ** year * (1 + rng.uniform(-0.03, 0.03))
        if self.theme.is_rate:
            total = min(max(total, 0.0), 100.0)
            women = min(max(total + self.split, 0.0), 100.0)
            men = min(max(total - self.split, 0.0), 100.0)
            return [
                (Disaggregation.WOMEN, Decimal(f"{women:.1f}")),
                (Disaggregation.MEN, Decimal(f"{men:.1f}")),
                (Disaggregation.TOTAL, Decimal(f"{total:.1f}")),
            ]
        people = max(round(total), 0)
        women_count = round(people * self.split)
        return [
            (Disaggregation.WOMEN, Decimal(women_count)),
            (Disaggregation.MEN, Decimal(people - women_count)),
            (Disaggregation.TOTAL, Decimal(people)),
        ]
