"""Checking every row of an upload against one plan and one monitoring period.

Everything the rows may refer to is loaded once (ImportTarget: one query for the plan's actions,
one for the indicators), so checking 100,000 rows runs no query per row. Rows become facts
(ActionFacts, ValueFacts) keyed like the assessment's rows; problems go to an IssueList with the
table, line and column. Nothing is written here.

Decisions (summarised in the plans.importer package docstring):
- `belediye` and `plan` must name the chosen plan (slugs; Turkish letters and case are forgiven);
  `donem` may be empty (the chosen period) or must be the chosen period's id;
- action codes must be actions of the plan; indicator codes any indicator of the site (the
  admin form allows any indicator too), in a disaggregation the indicator is reported in;
- a row whose data cells are all empty (a template row not filled in) is skipped;
- an empty `tarih` is the period's end date; an empty `kirilim` is total;
- the data-quality flag columns are optional: when the file has one, each row sets that flag
  (an empty cell is no); when it has none, the draft's flags stay as they are;
- an empty `ilerleme` is 0 for "not started" and 100 for "completed", and an error otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Page

from plans.exchange import ACTION_STATUSES, FLAG_COLUMNS
from plans.models import ActionPage, MonitoringPeriod, MunicipalityPage, PlanPage
from plans.models.assessment import indicator_model
from plans.scales import ActionStatus, Disaggregation
from portal.locales import default_locale
from portal.text import natural_sort_key, turkish_casefold, turkish_slugify

from . import cells
from .cells import Cell, CellError, is_blank, text
from .issues import ImportIssue, IssueList
from .reading import SourceTable

MAX_SOURCE_NOTE = 300  # IndicatorValue.source_note
IMPLIED_PROGRESS = {ActionStatus.NOT_STARTED.value: 0, ActionStatus.COMPLETED.value: 100}


@lru_cache(maxsize=1024)
def _slug(value: str) -> str:
    return turkish_slugify(value)


def _code(value: str) -> str:
    return turkish_casefold(value.strip())


@dataclass(frozen=True)
class IndicatorRef:
    """What a row needs to know about an indicator."""

    pk: int
    code: str
    disaggregations: tuple[str, ...]


@dataclass
class ImportTarget:
    """The plan and period an upload goes to, and the codes its rows may use."""

    plan: PlanPage
    municipality: MunicipalityPage
    period: MonitoringPeriod
    municipality_slugs: set[str]
    plan_slugs: set[str]
    period_ids: set[str]
    actions: dict[str, list[int]]  # case-folded action code → action page ids
    action_codes: list[str]  # as written on the action pages, in plan order
    indicators: dict[str, list[IndicatorRef]]  # case-folded indicator code → indicators

    @classmethod
    def build(cls, plan: PlanPage, period: MonitoringPeriod) -> ImportTarget:
        """Load the codes of the plan's actions and of all indicators (source language)."""
        municipality = plan.get_parent().specific
        actions: dict[str, list[int]] = defaultdict(list)
        codes = []
        for pk, code in ActionPage.objects.child_of(plan).values_list("pk", "code"):
            actions[_code(code)].append(pk)
            codes.append(code)
        indicators: dict[str, list[IndicatorRef]] = defaultdict(list)
        for indicator in (
            indicator_model()
            .objects.filter(locale=default_locale())
            .only("pk", "code", "disaggregated_by_sex")
        ):
            indicators[_code(indicator.code)].append(
                IndicatorRef(
                    indicator.pk,
                    indicator.code,
                    tuple(kind.value for kind in indicator.disaggregations),
                )
            )
        return cls(
            plan=plan,
            municipality=municipality,
            period=period,
            municipality_slugs=_slugs_of(MunicipalityPage, municipality),
            plan_slugs=_slugs_of(PlanPage, plan),
            period_ids={
                str(pk)
                for pk in MonitoringPeriod.objects.filter(
                    translation_key=period.translation_key
                ).values_list("pk", flat=True)
            },
            actions=dict(actions),
            action_codes=sorted(codes, key=natural_sort_key),
            indicators=dict(indicators),
        )

    @property
    def action_codes_hint(self) -> str:
        """The plan's action codes for an error message (the first 30)."""
        shown = ", ".join(self.action_codes[:30]) or "—"
        return shown + (" …" if len(self.action_codes) > 30 else "")

    @property
    def plan_label(self) -> str:
        """ "kadikoy/yeep-2024-2028", as the rows name it."""
        return f"{self.municipality.slug}/{self.plan.slug}"


def _slugs_of(model: type[Page], page: Page) -> set[str]:
    """The page's slug in every language (a file exported in English names the same plan), as
    rows are compared: ASCII, lower case."""
    pages = model.objects.filter(translation_key=page.translation_key)
    return {_slug(slug) for slug in pages.values_list("slug", flat=True)}


@dataclass(slots=True)
class ActionFacts:
    """The reported status of one action."""

    action_id: int
    status: str
    progress: int
    evidence: str


@dataclass(slots=True)
class ValueFacts:
    """One reported indicator value."""

    indicator_id: int
    date: date
    disaggregation: str
    value: Decimal
    source_note: str
    #: {flag field name: value} of the flag columns the file has (absent ones keep the draft's).
    flags: dict[str, bool] = field(default_factory=dict)


ValueKey = tuple[int, date, str]


@dataclass
class RowChecker:
    """Checks rows table by table and collects the facts of the valid ones."""

    target: ImportTarget
    issues: IssueList
    actions: dict[int, ActionFacts] = field(default_factory=dict)
    values: dict[ValueKey, ValueFacts] = field(default_factory=dict)
    _action_lines: dict[int, int] = field(default_factory=dict)
    _value_lines: dict[ValueKey, int] = field(default_factory=dict)
    #: (table label, board-only column) → rows that filled it (ignored; see warnings()).
    _ignored: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))

    def check(self, source: SourceTable) -> None:
        """Check every row of one table (a table with a missing column is not read)."""
        if not source.readable:
            return
        check_row = self._action_row if source.table is ACTION_STATUSES else self._value_row
        for line, values in source.rows:
            check_row(_Row(source.label, line, source.cells(values), self.issues))
            for column in source.filled_board_columns(values):
                self._ignored[source.label, column] += 1

    def warnings(self) -> list[ImportIssue]:
        """The board's columns the file filled, which were not imported: one line per column."""
        return [
            ImportIssue(
                label,
                None,
                column,
                ngettext(
                    "Yok sayıldı (%(count)s satırda dolu): İzleme Heyeti'nin puanını, yorumunu "
                    "ve önerisini yalnızca heyet yazar; içe aktarılmaz.",
                    "Yok sayıldı (%(count)s satırda dolu): İzleme Heyeti'nin puanını, yorumunu "
                    "ve önerisini yalnızca heyet yazar; içe aktarılmaz.",
                    count,
                )
                % {"count": count},
            )
            for (label, column), count in self._ignored.items()
        ]

    def _identity(self, row: _Row) -> bool:
        """Whether the row names the chosen plan and period (an error on the row otherwise)."""
        target = self.target
        errors = row.error_count
        municipality, plan = text(row.cells["belediye"]), text(row.cells["plan"])
        if not municipality or not plan:
            column = "belediye" if not municipality else "plan"
            expected = target.municipality.slug if not municipality else target.plan.slug
            row.error(column, _("Boş olamaz; “%(value)s” yazın.") % {"value": expected})
        elif _slug(municipality) not in target.municipality_slugs:
            row.error(
                "belediye",
                _(
                    "Bu satır başka bir belediyenin verisi (“%(value)s”); dosya "
                    "“%(plan)s” planına yükleniyor."
                )
                % {"value": municipality, "plan": target.plan_label},
            )
        elif _slug(plan) not in target.plan_slugs:
            row.error(
                "plan",
                _("Bu satır başka bir planın verisi (“%(value)s”); seçilen plan “%(plan)s”.")
                % {"value": plan, "plan": target.plan_label},
            )
        period = text(row.cells["donem"])
        if period and period not in target.period_ids:
            row.error(
                "donem",
                _(
                    "Bu satır başka bir izleme döneminin verisi (“%(value)s”); seçilen dönem: "
                    "%(period)s (%(id)s)."
                )
                % {"value": period, "period": target.period.name, "id": target.period.pk},
            )
        return row.error_count == errors

    def _action_row(self, row: _Row) -> None:
        if all(is_blank(row.cells[column]) for column in ("durum", "ilerleme", "kanit")):
            return  # a template row left empty: this action is not reported
        ours = self._identity(row)
        action_id = self._action(row)
        status = row.parse("durum", cells.choice, ActionStatus, required=True)
        progress = row.parse("ilerleme", cells.progress)
        if progress is None and status is not None and not row.has_error("ilerleme"):
            progress = IMPLIED_PROGRESS.get(status)
            if progress is None:
                row.error(
                    "ilerleme",
                    _(
                        "“%(status)s” durumunda ilerleme yüzdesi (0–100) yazılmalı; yalnızca "
                        "“%(not_started)s” (0) ve “%(completed)s” (100) için boş bırakılabilir."
                    )
                    % {
                        "status": ActionStatus(status).label,
                        "not_started": ActionStatus.NOT_STARTED.label,
                        "completed": ActionStatus.COMPLETED.label,
                    },
                )
        if action_id is None or not ours:
            return
        # Duplicates are reported even when other cells of the row are wrong too.
        first = self._action_lines.setdefault(action_id, row.line)
        if first != row.line:
            row.error(
                "eylem", _("Bu eylem için %(line)s. satırda da bir satır var.") % {"line": first}
            )
        if not row.failed and status is not None and progress is not None:
            self.actions[action_id] = ActionFacts(
                action_id, status, progress, text(row.cells["kanit"])
            )

    def _action(self, row: _Row) -> int | None:
        code = text(row.cells["eylem"])
        if not code:
            row.error("eylem", _("Eylem kodu boş olamaz."))
            return None
        found = self.target.actions.get(_code(code), [])
        if not found:
            row.error(
                "eylem",
                _("Bu planda “%(code)s” kodlu bir eylem yok. Planın eylem kodları: %(codes)s.")
                % {"code": code, "codes": self.target.action_codes_hint},
            )
            return None
        if len(found) > 1:
            row.error(
                "eylem",
                _("Planda “%(code)s” kodlu birden çok eylem var; kodları düzeltin.")
                % {"code": code},
            )
            return None
        return found[0]

    def _value_row(self, row: _Row) -> None:
        if all(is_blank(row.cells[column]) for column in ("tarih", "deger", "kaynak")):
            return  # a template row left empty: this value is not reported
        ours = self._identity(row)
        indicator = self._indicator(row)
        day = row.parse("tarih", cells.iso_date) or self.target.period.end_date
        kind = row.parse("kirilim", cells.choice, Disaggregation) or Disaggregation.TOTAL.value
        if indicator is not None and kind not in indicator.disaggregations:
            row.error(
                "kirilim",
                _("“%(code)s” göstergesi için geçerli kırılımlar: %(allowed)s.")
                % {"code": indicator.code, "allowed": ", ".join(indicator.disaggregations)},
            )
        value = row.parse("deger", cells.decimal, required=True)
        note = text(row.cells["kaynak"])
        if len(note) > MAX_SOURCE_NOTE:
            row.error(
                "kaynak",
                _("Kaynak notu en çok %(limit)s karakter olabilir.") % {"limit": MAX_SOURCE_NOTE},
            )
        flags = {
            flag.field_name: bool(row.parse(column, cells.flag))
            for column, flag in FLAG_COLUMNS.items()
            if column in row.cells
        }
        if not ours or indicator is None or row.has_error("tarih") or row.has_error("kirilim"):
            return
        key = (indicator.pk, day, kind)
        first = self._value_lines.setdefault(key, row.line)
        if first != row.line:
            row.error(
                "gosterge",
                _("Aynı gösterge, tarih ve kırılım için %(line)s. satırda da bir değer var.")
                % {"line": first},
            )
        if not row.failed and value is not None:
            self.values[key] = ValueFacts(indicator.pk, day, kind, value, note, flags)

    def _indicator(self, row: _Row) -> IndicatorRef | None:
        code = text(row.cells["gosterge"])
        if not code:
            row.error("gosterge", _("Gösterge kodu boş olamaz."))
            return None
        found = self.target.indicators.get(_code(code), [])
        if len(found) != 1:
            row.error(
                "gosterge",
                (
                    _("“%(code)s” kodlu bir gösterge yok.")
                    if not found
                    else _("“%(code)s” kodu birden çok göstergede var; bir yöneticiye bildirin.")
                )
                % {"code": code},
            )
            return None
        return found[0]


@dataclass
class _Row:
    """One data row being checked: its cells and the problems found in it."""

    label: str
    line: int
    cells: dict[str, Cell]
    issues: IssueList
    failed_columns: set[str] = field(default_factory=set)

    @property
    def failed(self) -> bool:
        return bool(self.failed_columns)

    @property
    def error_count(self) -> int:
        return len(self.failed_columns)

    def has_error(self, column: str) -> bool:
        return column in self.failed_columns

    def error(self, column: str, message: str) -> None:
        self.failed_columns.add(column)
        self.issues.add(self.label, self.line, column, message)

    def parse(self, column: str, parser, *args, required: bool = False):  # type: ignore[no-untyped-def]
        """The parsed cell, or None when it is empty (an error if required) or invalid."""
        cell = self.cells[column]
        if is_blank(cell):
            if required:
                self.error(column, _("Boş olamaz."))
            return None
        try:
            return parser(cell, *args)
        except CellError as error:
            self.error(column, str(error))
            return None
