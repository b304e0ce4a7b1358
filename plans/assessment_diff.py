"""What changed in an assessment: one version against another, for the Monitoring Board.

Wagtail's own revision comparison shows two consecutive revisions with raw labels ("None",
"N aşağı taşındı"); the board needs the figures that change against what is public now, or
against the previous period's approved assessment. `assessment_changes()` lists only what
changed: action rows keyed by their action, indicator values keyed by (indicator, date,
disaggregation), and the page's texts; labels are the models' Turkish verbose names, choices
their Turkish labels, numbers and dates in the active language's format, empty values "—".

It works on in-memory pages from revisions (`revision.as_object()`, whose rows are modelcluster
fake querysets) as well as on saved pages, and runs a fixed number of queries whatever the number
of rows: the rows' actions and indicators are read in one query each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from django.db import models
from django.utils import formats
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Revision

from portal.locales import default_locale
from portal.text import natural_sort_key, shown_number

from .data_quality import FLAG_FIELDS
from .models import ActionAssessment, ActionPage, AssessmentPage, IndicatorValue
from .models.assessment import indicator_model
from .scales import ActionStatus, BoardRating, Disaggregation
from .tree import plan_path, source_of

#: How an empty value is shown (never "None").
EMPTY = "—"
#: Characters of a text field shown in a change.
EXCERPT_CHARS = 120

ChangeKind = Literal["added", "removed", "changed"]

#: The compared fields of an action row, in the form's order.
ACTION_FIELDS = ("status", "progress", "evidence", "rating", "board_comment", "recommendation")
#: The compared fields of an indicator value (its key is indicator, date and disaggregation).
VALUE_FIELDS = ("value", *FLAG_FIELDS, "source_note")
#: The compared text fields of the page.
PAGE_TEXT_FIELDS = ("summary", "narrative", "recommendations")


@dataclass(frozen=True)
class FieldChange:
    """One field of a row or page: its label and its old and new values as shown."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class RowChange:
    """An added, removed or changed row, with the fields that differ (every filled field of an
    added or removed row)."""

    kind: ChangeKind
    label: str
    fields: list[FieldChange]

    @property
    def kind_label(self) -> str:
        """ "Eklendi", "Kaldırıldı" or "Değişti"."""
        return {
            "added": _("Eklendi"),
            "removed": _("Kaldırıldı"),
            "changed": _("Değişti"),
        }[self.kind]


@dataclass
class AssessmentChanges:
    """What differs between two versions of an assessment (`assessment_changes()`)."""

    #: Whether there was an older version to compare with (else everything is "added").
    has_old: bool
    actions: list[RowChange] = field(default_factory=list)
    indicator_values: list[RowChange] = field(default_factory=list)
    texts: list[FieldChange] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """Whether nothing changed."""
        return not (self.actions or self.indicator_values or self.texts)

    @property
    def count(self) -> int:
        """The number of changed rows and texts."""
        return len(self.actions) + len(self.indicator_values) + len(self.texts)

    @property
    def heading(self) -> str:
        """ "3 eylemde, 2 gösterge değerinde değişiklik", or "Değişiklik yok"."""
        if self.is_empty:
            return _("Değişiklik yok")
        parts = []
        if self.actions:
            parts.append(
                ngettext("%(count)s eylemde", "%(count)s eylemde", len(self.actions))
                % {"count": len(self.actions)}
            )
        if self.indicator_values:
            count = len(self.indicator_values)
            parts.append(
                ngettext("%(count)s gösterge değerinde", "%(count)s gösterge değerinde", count)
                % {"count": count}
            )
        if self.texts:
            parts.append(
                ngettext("%(count)s metin alanında", "%(count)s metin alanında", len(self.texts))
                % {"count": len(self.texts)}
            )
        return _("%(where)s değişiklik") % {"where": ", ".join(parts)}

    def lines(self) -> list[str]:
        """One short line per change, rows first ("1.2 Kreş…: Durum Devam ediyor → Tamamlandı")."""
        result = []
        for row in [*self.actions, *self.indicator_values]:
            if row.kind == "changed":
                details = "; ".join(
                    f"{change.label} {change.old} → {change.new}" for change in row.fields
                )
                result.append(f"{row.label}: {details}")
            else:
                result.append(f"{row.label}: {row.kind_label}")
        result.extend(_("%(field)s değişti") % {"field": text.label} for text in self.texts)
        return result


# Values as shown ----------------------------------------------------------------------------


def format_number(value: Decimal | int | float | None) -> str:
    """A number in the active language's format ("31,5" in Turkish), without needless zeros."""
    return shown_number(value, EMPTY)


def format_date(value: date | None) -> str:
    """A date in the active language's short format ("30.06.2025")."""
    return formats.date_format(value, "SHORT_DATE_FORMAT") if value else EMPTY


def excerpt(text: str) -> str:
    """The start of a text on one line, or "—" when it is empty."""
    words = " ".join(text.split())
    return Truncator(words).chars(EXCERPT_CHARS) if words else EMPTY


def _choice_label(choices: type[models.Choices], value: Any) -> str:
    if value in (None, ""):
        return EMPTY
    try:
        return str(choices(value).label)
    except ValueError:
        return str(value)


def _shown(name: str, value: Any) -> str:
    """A row field's value as the board reads it."""
    if name == "status":
        return _choice_label(ActionStatus, value)
    if name == "rating":
        return _choice_label(BoardRating, value)
    if name == "disaggregation":
        return _choice_label(Disaggregation, value)
    if value is True:
        return _("Evet")
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return format_number(value)
    if isinstance(value, date):
        return format_date(value)
    return excerpt(str(value)) if value is not None else EMPTY


def _label(model: type[models.Model], name: str) -> str:
    return str(capfirst(model._meta.get_field(name).verbose_name))


def _stream_content(value: Any) -> Any:
    """A StreamField's data without block ids (the same content in two pages has other ids)."""

    def strip_ids(data: Any) -> Any:
        if isinstance(data, dict):
            return {key: strip_ids(item) for key, item in data.items() if key != "id"}
        if isinstance(data, list | tuple):
            return [strip_ids(item) for item in data]
        return data

    if value is None:
        return []
    raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    return strip_ids(list(raw or []))


def _stream_text(content: Any) -> str:
    """The words of a StreamField's data (from `_stream_content`), tags removed."""
    if isinstance(content, dict):
        return " ".join(_stream_text(item) for key, item in content.items() if key != "type")
    if isinstance(content, list):
        return " ".join(_stream_text(item) for item in content)
    if isinstance(content, str):
        return strip_tags(content)
    return ""


# Comparing rows ------------------------------------------------------------------------------


def _comparable(value: Any) -> Any:
    """A value as compared: empty is None, text without differences of spacing alone."""
    if value in (None, "") or value is False:  # an unset flag (plans.data_quality) is empty
        return None
    return " ".join(value.split()) if isinstance(value, str) else value


def _differing_excerpts(old: str, new: str) -> tuple[str, str]:
    """Excerpts of two long texts from a little before where they first differ (their starts
    may be alike beyond the length of an excerpt)."""
    first = next(
        (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
        min(len(old), len(new)),
    )
    start = max(0, first - EXCERPT_CHARS // 3)
    if not start:
        return excerpt(old), excerpt(new)
    return "…" + excerpt(old[start:]), "…" + excerpt(new[start:])


def _row_fields(
    model: type[models.Model], names: Iterable[str], old: Any | None, new: Any | None
) -> list[FieldChange]:
    """The fields that differ between two rows; every filled field when one side is missing."""
    changes = []
    for name in names:
        old_value = _comparable(getattr(old, name)) if old is not None else None
        new_value = _comparable(getattr(new, name)) if new is not None else None
        if old_value == new_value:  # also both empty on an added or removed row
            continue
        old_shown, new_shown = _shown(name, old_value), _shown(name, new_value)
        if old_shown == new_shown and isinstance(old_value, str) and isinstance(new_value, str):
            old_shown, new_shown = _differing_excerpts(old_value, new_value)
        changes.append(FieldChange(_label(model, name), old_shown, new_shown))
    return changes


def _compare_rows(
    model: type[models.Model],
    names: tuple[str, ...],
    old_rows: dict[Any, Any],
    new_rows: dict[Any, Any],
    label: Callable[[Any, Any], str],
    order: Callable[[Any, Any], Any],
) -> list[RowChange]:
    """Row changes over rows keyed alike, in the order `order(key, row)` gives."""
    changes: list[tuple[Any, RowChange]] = []
    for key in old_rows.keys() | new_rows.keys():
        old, new = old_rows.get(key), new_rows.get(key)
        fields = _row_fields(model, names, old, new)
        if old is None:
            kind: ChangeKind = "added"
        elif new is None:
            kind = "removed"
        elif fields:
            kind = "changed"
        else:
            continue
        row = new if new is not None else old
        changes.append((order(key, row), RowChange(kind, label(key, row), fields)))
    changes.sort(key=lambda item: item[0])
    return [change for _order, change in changes]


def _rows(page: AssessmentPage | None, relation: str) -> list[Any]:
    """A page's rows in their own order (fake querysets of revisions too, with no query)."""
    if page is None:
        return []
    rows = list(getattr(page, relation).all())
    return sorted(rows, key=lambda row: (row.sort_order is None, row.sort_order or 0))


def _action_changes(old: AssessmentPage | None, new: AssessmentPage) -> list[RowChange]:
    old_list, new_list = _rows(old, "action_rows"), _rows(new, "action_rows")
    ids = {row.action_id for row in [*old_list, *new_list] if row.action_id is not None}
    actions = {
        action.pk: action
        for action in ActionPage.objects.filter(pk__in=ids).only("id", "title", "code")
    }

    def key(position: int, row: ActionAssessment) -> Any:
        # A row whose action was deleted has no key of its own: its position stands in.
        return row.action_id if row.action_id in actions else ("deleted", position)

    old_rows = {key(i, row): row for i, row in enumerate(old_list)}
    new_rows = {key(i, row): row for i, row in enumerate(new_list)}

    def label(key: Any, row: ActionAssessment) -> str:
        action = actions.get(key)
        if action is None:
            return _("Silinmiş eylem")
        return f"{action.code} {action.title}".strip()

    def order(key: Any, row: ActionAssessment) -> Any:
        action = actions.get(key)
        if action is None:
            return (1, (), key[1])
        return (0, natural_sort_key(action.code), action.pk)

    return _compare_rows(ActionAssessment, ACTION_FIELDS, old_rows, new_rows, label, order)


def _value_key(value: IndicatorValue) -> tuple[int, date, str]:
    return (value.indicator_id, value.date, value.disaggregation)


def _value_changes(old: AssessmentPage | None, new: AssessmentPage) -> list[RowChange]:
    old_rows = {_value_key(row): row for row in _rows(old, "indicator_values")}
    new_rows = {_value_key(row): row for row in _rows(new, "indicator_values")}
    ids = {key[0] for key in old_rows.keys() | new_rows.keys()}
    indicators = {
        indicator.pk: indicator
        for indicator in indicator_model().objects.filter(pk__in=ids).only("id", "title", "code")
    }
    kinds = [choice.value for choice in Disaggregation]

    def label(key: tuple[int, date, str], row: IndicatorValue) -> str:
        indicator = indicators.get(key[0])
        name = f"{indicator.code} {indicator.title}".strip() if indicator else EMPTY
        return " · ".join((name, format_date(key[1]), _choice_label(Disaggregation, key[2])))

    def order(key: tuple[int, date, str], row: IndicatorValue) -> Any:
        indicator = indicators.get(key[0])
        code = natural_sort_key(indicator.code) if indicator else ((), "")
        kind = kinds.index(key[2]) if key[2] in kinds else len(kinds)
        return (code, key[0], key[1], kind)

    return _compare_rows(IndicatorValue, VALUE_FIELDS, old_rows, new_rows, label, order)


def _text_changes(old: AssessmentPage | None, new: AssessmentPage) -> list[FieldChange]:
    changes = []
    for name in PAGE_TEXT_FIELDS:
        if name == "summary":
            old_text = old.summary if old is not None else ""
            new_text = new.summary
            same = old is not None and _comparable(old_text) == _comparable(new_text)
        else:
            old_content = _stream_content(getattr(old, name)) if old is not None else []
            new_content = _stream_content(getattr(new, name))
            same = old is not None and old_content == new_content
            old_text, new_text = _stream_text(old_content), _stream_text(new_content)
        if same or (old is None and not new_text.strip()):
            continue
        old_shown, new_shown = excerpt(old_text), excerpt(new_text)
        if old_shown == new_shown and old_shown != EMPTY:
            old_shown, new_shown = _differing_excerpts(
                " ".join(old_text.split()), " ".join(new_text.split())
            )
        changes.append(FieldChange(_label(AssessmentPage, name), old_shown, new_shown))
    return changes


# Public API ---------------------------------------------------------------------------------


def assessment_changes(new: AssessmentPage, old: AssessmentPage | None) -> AssessmentChanges:
    """What `new` changes against `old` (None: nothing to compare with, every row is added)."""
    return AssessmentChanges(
        has_old=old is not None,
        actions=_action_changes(old, new),
        indicator_values=_value_changes(old, new),
        texts=_text_changes(old, new),
    )


def revision_version(page: AssessmentPage, revision: Revision) -> AssessmentPage:
    """The assessment as saved in one of its revisions, for comparing: what
    `revision.as_object()` gives, without modelcluster's check that each row's links still exist
    (three queries per row); a row whose action was deleted since shows as a deleted action."""
    version = AssessmentPage.from_serializable_data(revision.content, check_fks=False)
    version.id = version.pk = page.pk
    version.path, version.depth, version.locale_id = page.path, page.depth, page.locale_id
    version.live = page.live
    return version


def live_version(page: AssessmentPage) -> AssessmentPage | None:
    """The version of a page read from the database that is public now, or None when it is
    not live. Saving a draft writes only a revision: the page's row and its rows in the database
    are those of its last publication."""
    return page if page.live else None


def previous_period_assessment(page: AssessmentPage) -> AssessmentPage | None:
    """The same plan's live Turkish assessment of the latest period that ends before this page's
    period starts, or None."""
    source = source_of(page)
    if source.pk != page.pk:
        source = source.specific
    period = source.period
    return (
        AssessmentPage.objects.live()
        .filter(
            locale=default_locale(),
            path__startswith=plan_path(source.path),
            depth=source.depth,
            period__end_date__lt=period.start_date,
        )
        .exclude(pk=source.pk)
        .select_related("period")
        .order_by("-period__end_date", "-period__start_date", "-pk")
        .first()
    )
