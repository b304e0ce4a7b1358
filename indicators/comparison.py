"""The comparison of one indicator across municipalities for one monitoring period.

Every public municipality is a row: those with an approved value in the period ranked by it
(highest first; ties in Turkish alphabetical order), then those without one, which say so.
Rows can be narrowed to a peer group (the municipality's kind), a population band and a part of
the name; the rank is among the rows shown. Each row carries its baseline and target, the gap
between women and men where the indicator is sex-disaggregated, and the value per 100,000
inhabitants where the indicator is a count (IndicatorPage.measure) and the municipality has a
population figure. A count is ranked and drawn either as it is or per 100,000 inhabitants
(ComparisonMeasure); per capita, a municipality without a population figure has no value to
rank and joins the rows without data, saying why.

A row whose value is flagged "not comparable with other municipalities" (plans.data_quality) is
listed with its values and the reason, but neither ranked nor drawn; every flagged value carries
its footnote symbol, explained under the table (Comparison.flag_notes).

Figures (values, kind, population) are read from the source-language pages and approved rows
(the numbers-of-record rule); names are the copies shown to the visitor. A comparison costs the
same few queries for 10 municipalities or 1,400. The functions take plain values; reading the
query string is indicators.views' job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from plans.data_quality import DataFlag, FlagNote, flag_notes
from plans.models import MonitoringPeriod, MunicipalityKind, MunicipalityPage
from plans.scales import Disaggregation
from portal.languages import in_visitor_language
from portal.locales import default_locale
from portal.text import turkish_contains, turkish_sort_key

from .listing import reporting_assessments
from .models import IndicatorPage, IndicatorTarget
from .series import SeriesRow, public_municipalities_at, series_by_indicator

#: Rows per page of the comparison (table rows, and bar groups of the chart).
COMPARISON_PER_PAGE = 50
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


@dataclass
class ComparisonRow:
    """One municipality on the indicator in the period."""

    municipality: MunicipalityPage  # the copy shown to the visitor
    source: MunicipalityPage  # the source-language page: kind and population of record
    row: SeriesRow | None  # the latest approved row in the period; None: no approved value
    targets: dict[str, IndicatorTarget] = field(default_factory=dict)  # by disaggregation
    rank: int | None = None
    per_capita_shown: bool = False  # ranked and drawn per PER_CAPITA_BASE inhabitants

    def value_of(self, disaggregation: str) -> Decimal | None:
        """The approved value of one disaggregation (None when missing)."""
        return self.row.values.get(disaggregation) if self.row else None

    @property
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

    @property
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

    def _target(self, disaggregation: str = Disaggregation.TOTAL.value) -> IndicatorTarget | None:
        return self.targets.get(disaggregation)

    @property
    def total_target(self) -> IndicatorTarget | None:
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
        return self.source.population

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


@dataclass
class Comparison:
    """The municipalities on one indicator for one period, filtered, ranked and paged."""

    indicator: IndicatorPage
    periods: list[MonitoringPeriod]  # every period as shown to the visitor, oldest first
    period: MonitoringPeriod | None  # the period shown; None when there is no period at all
    unknown_period: bool  # a period was asked for that does not exist (another one is shown)
    rows: list[ComparisonRow]  # every row the filters keep, ranked ones first
    page: PaginatorPage  # the page of `rows` shown
    name: str = ""
    kind: str = ""
    band: str = ""
    measure: str = ""  # a ComparisonMeasure value for a count; "" for any other indicator
    municipalities: int = 0  # public municipalities, before the filters
    with_values: int = 0  # of them, with an approved value in the period
    without_population: int = 0  # of those, shown per capita but without a population figure

    @property
    def ranked(self) -> list[ComparisonRow]:
        """The rows with values on the page shown (the chart's bars): per capita, those with a
        population figure."""
        return [
            row
            for row in self.page.object_list
            if row.row is not None and not row.without_population and not row.not_comparable
        ]

    @property
    def not_comparable(self) -> int:
        """Rows kept by the filters whose value is not comparable (listed, not ranked)."""
        return sum(1 for row in self.rows if row.not_comparable)

    @property
    def flag_notes(self) -> list[FlagNote]:
        """The footnotes of the flags on the page shown."""
        return flag_notes(flag for row in self.page.object_list for flag in row.flags)

    @property
    def filtered(self) -> bool:
        return bool(self.name or self.kind or self.band)

    @property
    def per_capita(self) -> bool:
        """Whether per-capita values are shown (the indicator is a count)."""
        return self.indicator.is_count

    @property
    def per_capita_shown(self) -> bool:
        """Whether the rows are ranked and drawn per PER_CAPITA_BASE inhabitants."""
        return self.measure == ComparisonMeasure.PER_CAPITA

    @property
    def measure_label(self) -> str:
        """The measure's name ("Sayı", "100.000 kişi başına"); "" for an indicator that is not
        a count."""
        return str(ComparisonMeasure(self.measure).label) if self.measure else ""

    @property
    def disaggregated(self) -> bool:
        return self.indicator.disaggregated_by_sex

    @property
    def value_columns(self) -> int:
        """The table's columns after the municipality's name (a row without a value spans
        them): date, one per disaggregation, gap and ratio, baseline, target, per capita."""
        return (
            1
            + len(self.indicator.disaggregations)
            + (2 if self.disaggregated else 0)
            + 2
            + (1 if self.per_capita else 0)
        )


def chosen_period(
    indicator: IndicatorPage, periods: list[MonitoringPeriod], period_id: int | None
) -> tuple[MonitoringPeriod | None, bool]:
    """The period `period_id` names among `periods` (copies shown), else the latest with
    approved values of the indicator, else the latest; and whether the id named none."""
    chosen = None
    if period_id is not None:
        chosen = next((period for period in periods if period.pk == period_id), None)
    unknown = period_id is not None and chosen is None
    if chosen is None:
        with_data = set(
            reporting_assessments(indicator)
            .values_list("period__translation_key", flat=True)
            .distinct()
        )
        candidates = [period for period in periods if period.translation_key in with_data]
        chosen = candidates[-1] if candidates else (periods[-1] if periods else None)
    return chosen, unknown


def _rows(indicator: IndicatorPage, period: MonitoringPeriod | None) -> list[ComparisonRow]:
    """Every public municipality with its latest approved row of the indicator in the period
    (None without one), unranked."""
    paths = MunicipalityPage.objects.for_public().filter(locale=default_locale())
    sources, shown = public_municipalities_at(paths.values_list("path", flat=True))
    series = {}
    if period is not None:
        found = series_by_indicator(
            [indicator], None, assessment__period__translation_key=period.translation_key
        )[indicator.translation_key]
        series = {item.municipality.translation_key: item for item in found}
    rows = []
    for source in sources.values():
        item = series.get(source.translation_key)
        rows.append(
            ComparisonRow(
                municipality=shown[source.translation_key],
                source=source,
                row=item.latest if item else None,
                targets={target.disaggregation: target for target in item.targets} if item else {},
            )
        )
    return rows


def rank(rows: list[ComparisonRow]) -> list[ComparisonRow]:
    """`rows` ordered by total in the measure shown (`ranked_value`), highest first, ties in
    Turkish alphabetical order; then the rows with values but no total (or, per capita, no
    population figure, or a value not comparable), then those without values (both
    alphabetical). Equal totals share a rank ("1, 2, 2, 4")."""
    ranked = sorted(
        (row for row in rows if row.ranked_value is not None),
        key=lambda row: (-row.ranked_value, turkish_sort_key(row.municipality.title)),
    )
    previous = None
    for position, row in enumerate(ranked, start=1):
        same = previous is not None and previous.ranked_value == row.ranked_value
        row.rank = previous.rank if same else position
        previous = row
    rest = sorted(
        (row for row in rows if row.ranked_value is None),
        key=lambda row: (row.row is None, turkish_sort_key(row.municipality.title)),
    )
    for row in rest:
        row.rank = None
    return [*ranked, *rest]


def indicator_comparison(
    indicator: IndicatorPage,
    period_id: int | None = None,
    name: str = "",
    page_number: str | int | None = None,
    kind: str = "",
    band: str = "",
    per_page: int | None = None,
    measure: str = "",
) -> Comparison:
    """The comparison of the indicator for the period `period_id` (the id of a copy shown to the
    visitor; by default, or when no such period exists, the latest period with approved values),
    of the municipalities of kind `kind` (a MunicipalityKind value; "" for all) in the population
    band `band` (a PopulationBand value; "" for all) whose name contains `name`; page
    `page_number` of COMPARISON_PER_PAGE rows (out of range: the last page). A count is ranked
    in `measure` (a ComparisonMeasure value; by default, or when unknown, as reported); any
    other indicator as reported."""
    periods = list(in_visitor_language(MonitoringPeriod.objects.all()))
    period, unknown = chosen_period(indicator, periods, period_id)
    kind = kind if kind in MunicipalityKind.values else ""
    band = band if band in PopulationBand.values else ""
    if indicator.is_count:
        measure = measure if measure in ComparisonMeasure.values else ComparisonMeasure.COUNT
    else:
        measure = ""
    everyone = _rows(indicator, period)
    for row in everyone:
        row.per_capita_shown = measure == ComparisonMeasure.PER_CAPITA
    kept = [
        row
        for row in everyone
        if (not kind or row.source.kind == kind)
        and (not band or PopulationBand.of(row.population) == band)
        and turkish_contains(row.municipality.title, name)
    ]
    rows = rank(kept)
    page = Paginator(rows, per_page or COMPARISON_PER_PAGE).get_page(page_number)
    return Comparison(
        indicator=indicator,
        periods=periods,
        period=period,
        unknown_period=unknown,
        rows=rows,
        page=page,
        name=name,
        kind=kind,
        band=band,
        measure=str(measure),
        municipalities=len(everyone),
        with_values=sum(1 for row in everyone if row.row is not None),
        without_population=sum(1 for row in everyone if row.without_population),
    )
