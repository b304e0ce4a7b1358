"""Admin forms of plan pages: cross-row validation that needs the plan or the user.

Errors name the field and the row, and the page is not saved (Wagtail re-renders the form).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from portal.roles import EDITORS, MONITORING_BOARD
from portal.text import natural_sort_key

#: Fields of an assessment that carry the board's judgement; reporters may not set them.
BOARD_PAGE_FIELDS = ("summary", "narrative", "recommendations")
BOARD_ROW_FIELDS = ("rating", "board_comment", "recommendation")


#: Where can_write_board_text() keeps its answer on the user object (one query per request,
#: not one per row form).
_BOARD_WRITER_CACHE = "_yeep_can_write_board_text"


def can_write_board_text(user: Any) -> bool:
    """Board members, editors (typing for the board) and superusers write the assessment text."""
    if user is None or not user.is_authenticated:
        return False
    cached = getattr(user, _BOARD_WRITER_CACHE, None)
    if cached is None:
        cached = user.is_superuser or (
            user.groups.filter(name__in=[MONITORING_BOARD, EDITORS]).exists()
        )
        setattr(user, _BOARD_WRITER_CACHE, cached)
    return cached


class KeptValueWidget(forms.Widget):
    """The widget of a field disabled for its user and shown as text (plans.admin_panels).

    It reads nothing from the POST: Django asks a disabled field's widget for the posted data
    all the same (BoundField.data, for changed_data), and a StreamField's widget fails when the
    form has none of its inputs. It renders nothing."""

    def value_from_datadict(self, data: Any, files: Any, name: str) -> None:
        return None

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return True

    def render(self, *args: Any, **kwargs: Any) -> str:
        return ""


def disable_board_fields(form: Any, names: tuple[str, ...]) -> None:
    """Disables the named fields of `form` unless its user may write the board's text: Django
    then keeps the saved values whatever is posted, and the panels show them as text."""
    if can_write_board_text(getattr(form, "for_user", None)):
        return
    for name in names:
        if name in form.fields:
            form.fields[name].disabled = True
            form.fields[name].widget = KeptValueWidget()


def changed_board_fields(form: Any, names: tuple[str, ...]) -> list[str]:
    """The named fields whose posted value differs from the saved one (a disabled field keeps
    its saved value whatever is posted, so it never counts)."""
    return [
        name
        for name in names
        if name in form.fields and not form.fields[name].disabled and name in form.changed_data
    ]


class DisabledFieldsUnchangedMixin:
    """A disabled field never counts as changed (Django's rule, which a StreamField's
    BlockField does not follow: it compares the saved value with the absent posted one)."""

    @cached_property
    def changed_data(self) -> list[str]:
        changed = super().changed_data  # type: ignore[misc]
        return [name for name in changed if not self.fields[name].disabled]  # type: ignore[attr-defined]


class AssessmentRowForm(DisabledFieldsUnchangedMixin, WagtailAdminModelForm):
    """The form of an assessment's rows: the board's fields disabled for other users."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        disable_board_fields(self, BOARD_ROW_FIELDS)


class ActionPageForm(WagtailAdminPageForm):
    """Checks the objective code against the plan the action belongs to."""

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        code = cleaned_data.get("objective_code")
        plan = self.parent_page.specific if self.parent_page else None
        if code and plan is not None and hasattr(plan, "objectives"):
            codes = sorted(
                (objective.code for objective in plan.objectives.all()), key=natural_sort_key
            )
            if code not in codes:
                self.add_error(
                    "objective_code",
                    _("Planda “%(code)s” kodlu bir hedef yok. Geçerli kodlar: %(codes)s")
                    % {"code": code, "codes": ", ".join(codes) or "—"},
                )
        return cleaned_data


class AssessmentPageForm(DisabledFieldsUnchangedMixin, WagtailAdminPageForm):
    """One assessment per plan and period; rows refer to the plan's own actions, without
    duplicates; only the board (or editors for it) writes ratings, comments and recommendations.

    The board's fields are disabled for other users (here and in AssessmentRowForm), so what
    they post there is ignored; clean() still refuses any change to them (defence in depth)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        disable_board_fields(self, BOARD_PAGE_FIELDS)

    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        self._check_one_assessment_per_period(cleaned_data.get("period"))
        board_writer = can_write_board_text(getattr(self, "for_user", None))
        if not board_writer:
            for field in changed_board_fields(self, BOARD_PAGE_FIELDS):
                self.add_error(field, _("Bu alanı yalnızca İzleme Heyeti doldurabilir."))
        self._check_action_rows(board_writer)
        self._check_indicator_rows()
        return cleaned_data

    def _plan(self):  # type: ignore[no-untyped-def]
        return self.parent_page.specific if self.parent_page else None

    def _check_one_assessment_per_period(self, period: Any) -> None:
        from plans.models import AssessmentPage

        plan = self._plan()
        if period is None or plan is None:
            return
        others = AssessmentPage.objects.child_of(plan).filter(period=period)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            self.add_error(
                "period",
                _("Bu plan için “%(period)s” döneminin değerlendirmesi zaten var: %(title)s.")
                % {"period": period, "title": others.first().title},
            )

    def _live_row_forms(self, relation: str) -> list[Any]:
        formset = self.formsets.get(relation)
        if formset is None:
            return []
        forms = []
        for form in formset.forms:
            if not form.is_valid() or not form.cleaned_data:
                continue
            if formset.can_delete and form.cleaned_data.get("DELETE"):
                continue
            forms.append(form)
        return forms

    def _check_action_rows(self, board_writer: bool) -> None:
        plan = self._plan()
        plan_action_ids = set(plan.get_children().values_list("pk", flat=True)) if plan else None
        seen: set[int] = set()
        for number, form in enumerate(self._live_row_forms("action_rows"), start=1):
            action = form.cleaned_data.get("action")
            if action is not None:
                if plan_action_ids is not None and action.pk not in plan_action_ids:
                    form.add_error(
                        "action",
                        _("Satır %(row)s: “%(action)s” bu planın eylemi değil.")
                        % {"row": number, "action": action.title},
                    )
                elif action.pk in seen:
                    form.add_error(
                        "action",
                        _("Satır %(row)s: “%(action)s” için ikinci bir satır var.")
                        % {"row": number, "action": action.title},
                    )
                seen.add(action.pk)
            if not board_writer:
                for field in changed_board_fields(form, BOARD_ROW_FIELDS):
                    form.add_error(field, _("Bu alanı yalnızca İzleme Heyeti doldurabilir."))

    def _check_indicator_rows(self) -> None:
        seen: set[tuple[int, Any, str]] = set()
        for number, form in enumerate(self._live_row_forms("indicator_values"), start=1):
            data = form.cleaned_data
            indicator = data.get("indicator")
            if indicator is None:
                continue
            key = (indicator.pk, data.get("date"), data.get("disaggregation"))
            if key in seen:
                form.add_error(
                    "indicator",
                    _("Satır %(row)s: bu gösterge, tarih ve kırılım için ikinci bir değer var.")
                    % {"row": number},
                )
            seen.add(key)
