"""The results page's content: each target in the visitor's language beside its measured figure.

Target texts follow the portal's language rule (the visitor's language where the target is
translated, else the Turkish text, marked `lang="tr"`); numbers and measures are read from the
Turkish target only, like every figure of record. One query for the targets; the figures
(results.measures: five queries, ~250 ms at national scale) are cached until a counted page or
an enrollment changes (results.caching).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.caching import generation_cached
from portal.locales import active_locale, default_locale

from .caching import enrollment_state
from .measures import Figures, Measure, TrainedGroup, measure_figures
from .models import ProjectTarget


@dataclass(frozen=True)
class Outcome:
    """One number of a target: what was promised, what the portal measures today."""

    measure: Measure
    target: int
    achieved: int
    unit: str
    is_sample_data: bool

    @property
    def percent(self) -> int:
        """The achieved share of the target, in whole percent (may pass 100)."""
        return round(100 * self.achieved / self.target) if self.target else 0

    @property
    def bar_value(self) -> int:
        """The value the progress bar shows: the figure, capped at the target."""
        return min(self.achieved, self.target)

    @property
    def is_met(self) -> bool:
        """Whether the figure has reached the target."""
        return self.achieved >= self.target


@dataclass(frozen=True)
class TargetResult:
    """A target (the copy shown: its texts) with its one or two outcomes."""

    target: ProjectTarget
    outcomes: list[Outcome]

    @property
    def is_met(self) -> bool:
        """Whether every number of the target is reached."""
        return all(outcome.is_met for outcome in self.outcomes)

    @property
    def status(self) -> str:
        """The target's state in words (never by colour alone)."""
        return str(_("Hedefe ulaşıldı") if self.is_met else _("Sürüyor"))


@dataclass(frozen=True)
class ProjectResults:
    """Every target with its outcomes, the completed training by organisation kind, and whether
    sample (demo) content is counted."""

    targets: list[TargetResult]
    trained: list[TrainedGroup]
    is_sample_data: bool


def _outcome(figures: Figures, measure: str, target: int, unit: str, sample: set[str]) -> Outcome:
    return Outcome(
        measure=Measure(measure),
        target=target,
        achieved=figures.value(measure),
        unit=unit,
        is_sample_data=measure in sample,
    )


def current_figures() -> Figures:
    """measure_figures(), kept per content generation (a publish, unpublish, move or privacy
    change of a counted page starts a new one) and enrollment state (results.caching)."""
    return generation_cached("results.figures", [enrollment_state()], measure_figures)


def project_results() -> ProjectResults:
    """The targets (in sort order) with their measured figures. One query when the figures are
    cached, six when not."""
    active, default = active_locale(), default_locale()
    copies: dict[object, dict[int, ProjectTarget]] = {}
    for target in ProjectTarget.objects.filter(locale_id__in={active.pk, default.pk}):
        copies.setdefault(target.translation_key, {})[target.locale_id] = target
    sources = sorted(
        (found[default.pk] for found in copies.values() if default.pk in found),
        key=lambda target: (target.sort_order, target.key),
    )
    figures = current_figures()
    results = []
    for source in sources:
        shown = copies[source.translation_key].get(active.pk, source)
        outcomes = [_outcome(figures, source.measure, source.target, shown.unit, figures.sample)]
        if source.second_target and source.second_measure:
            outcomes.append(
                _outcome(
                    figures,
                    source.second_measure,
                    source.second_target,
                    shown.second_unit,
                    figures.sample,
                )
            )
        results.append(TargetResult(target=shown, outcomes=outcomes))
    used = {outcome.measure for result in results for outcome in result.outcomes}
    return ProjectResults(
        targets=results,
        trained=figures.trained,
        is_sample_data=bool(used & figures.sample),
    )
