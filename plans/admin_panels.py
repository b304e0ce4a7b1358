"""Admin panels of the assessment form: rows laid out one per line, and the board's own fields.

`RowTablePanel` is an InlinePanel whose rows are one compact line each (the row's subject, the
reporter's fields, then the board's fields in their own group), headed by what the row is about
instead of "Eylem 3". Its child forms know the user (`inherit_kwargs=["for_user"]`), so a form
can disable the fields that user may not write; `BoardFieldPanel` then shows such a field as
read-only text. `BoardSectionPanel` is a section collapsed for those who cannot write in it.

The markup keeps what Wagtail's InlinePanel script relies on (the `id_<prefix>-FORMS`,
`-EMPTY_FORM_TEMPLATE` and `-ADD` ids, `inline_child_<prefix>`, the DELETE and ORDER inputs and
the `data-inline-panel-child*` attributes), so adding, deleting and ordering rows still work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.template.loader import render_to_string
from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.admin.panels.base import get_form_for_model
from wagtail.admin.templatetags.wagtailadmin_tags import fieldtype, widgettype
from wagtail.models import Page

from plans.forms import can_write_board_text

__all__ = ["BoardFieldPanel", "BoardSectionPanel", "RowTablePanel", "render_row_cell"]

#: Wagtail's template of a field inside a group, for the cells render_row_cell leaves to it.
WAGTAIL_CELL_TEMPLATE = "wagtailadmin/panels/multi_field_panel_child.html"

#: Wagtail's mark of a required field's label.
REQUIRED_MARK = mark_safe('<span class="w-required-mark">*</span>')  # noqa: S308 - a constant

#: Wagtail's icon before a field's errors.
ERROR_ICON = mark_safe(  # noqa: S308 - a constant
    '<svg class="icon icon-warning w-field__errors-icon" aria-hidden="true">'
    '<use href="#icon-warning"></use></svg>'
)

#: What an empty read-only field shows.
EMPTY_VALUE = "—"


def _is_empty(value: Any) -> bool:
    """True for a value that says nothing (None, "", an empty StreamField)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


class BoardFieldPanel(FieldPanel):
    """A field the Monitoring Board writes: read-only text for a user whose form disabled it.

    The form decides (plans.forms disables the board's fields for users who may not write
    them, so Django ignores posted values); this panel only shows the saved value as text."""

    def format_value_for_display(self, value: Any) -> Any:
        """The value as text, a dash when there is none."""
        if _is_empty(value):
            return EMPTY_VALUE
        return super().format_value_for_display(value)

    class BoundPanel(FieldPanel.BoundPanel):
        """Read-only when the form field is disabled."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            if self.bound_field is not None and self.bound_field.field.disabled:
                self.read_only = True

        def js_opts(self) -> dict[str, Any]:
            """No widget on the client for read-only text (as Wagtail's read_only panels)."""
            opts = super().js_opts()
            if self.read_only:
                opts["widget"] = None
            return opts

        @property
        def comments_enabled(self) -> bool:
            """No comment button on read-only text (it has no content path to anchor to)."""
            return False if self.read_only else super().comments_enabled

        @property
        def is_empty(self) -> bool:
            """True when the saved value says nothing."""
            return _is_empty(self.value_from_instance)


class BoardSectionPanel(MultiFieldPanel):
    """A section of the board's text, collapsed for users who may not write it."""

    class BoundPanel(MultiFieldPanel.BoundPanel):
        """Adds Wagtail's "collapsed" class for readers of the board's text."""

        def classes(self) -> list[str]:
            classes = list(super().classes())
            user = getattr(self.request, "user", None)
            if "collapsed" not in classes and not can_write_board_text(user):
                classes.append("collapsed")
            return classes


def prime_chooser(form: Any, name: str, instances: dict[Any, models.Model]) -> None:
    """Let the chooser widget of the form's field `name` find its value among `instances`
    (loaded once for every row) instead of querying for it: Wagtail's choosers read their
    instance (and a page chooser its parent) on every render, two queries a row, 200 for the
    assessment form of a 40-action plan with 20 indicators. Other values are looked up as
    before."""
    field = form.fields.get(name) if name else None
    widget = getattr(field, "widget", None)
    if widget is None or not hasattr(widget, "get_instance"):
        return
    look_up = widget.get_instance

    def get_instance(value: Any) -> Any:
        try:
            return instances[int(value)]
        except (KeyError, TypeError, ValueError):
            return look_up(value)

    widget.get_instance = get_instance


def render_row_cell(panel: Any) -> SafeString:
    """One field of a row, in Wagtail's field markup without its per-field template chain.

    Wagtail renders every field through four templates (the panel wrapper, field_panel.html,
    shared/field.html, formatted_field.html) and a comment button: about 2 ms a field, most of
    the assessment form's time with 100 rows of six fields. This writes the same elements and
    classes (the label with the required mark, or a heading for read-only text; the error and
    help containers Wagtail's scripts fill; the widget or read-only text as FieldPanel renders
    them, with their aria attributes) directly; a group of fields (the data-quality flags) is its
    heading and its fields, each written so. Rows carry no comments (`data-contentpath-disabled`:
    Wagtail's comment buttons there did nothing), so nothing is lost. Any other panel keeps
    Wagtail's own rendering."""
    classes = " ".join(["w-panel__wrapper", *panel.classes()])
    if isinstance(panel, MultiFieldPanel.BoundPanel) and not panel.help_text and not panel.attrs:
        return format_html(
            '<div class="{}">{}{}</div>',
            classes,
            format_html('<h3 class="w-field__label">{}</h3>', panel.heading)
            if panel.heading
            else "",
            format_html_join(
                "", "{}", ((render_row_cell(child),) for child in panel.visible_children)
            ),
        )
    if not isinstance(panel, FieldPanel.BoundPanel) or not panel.heading or panel.attrs:
        return render_to_string(WAGTAIL_CELL_TEMPLATE, {"child": panel})
    for_id = panel.id_for_label()
    label_id = f"{for_id}-label"
    if panel.read_only:
        context = panel.get_read_only_context_data()
        label = format_html('<h3 class="w-field__label" id="{}">{}</h3>', label_id, panel.heading)
        errors: Any = []
        field_classes = ""
        error_id, wrapper_id = f"{panel.prefix}-errors", f"{panel.prefix}-wrapper"
    else:
        context = panel.get_editable_context_data()
        label = format_html(
            '<label class="w-field__label" for="{}" id="{}">{}{}</label>',
            for_id,
            label_id,
            panel.heading,
            REQUIRED_MARK if panel.is_required() else "",
        )
        errors = panel.bound_field.errors
        field = panel.bound_field
        field_classes = f" w-field--{fieldtype(field)} w-field--{widgettype(field)}"
        error_id, wrapper_id = context["error_message_id"], context["wrapper_id"]
    help_text = context["help_text"]
    return format_html(
        '<div class="{classes}">{label}'
        '<div class="w-field__wrapper" id="{wrapper_id}" data-field-wrapper>'
        '<div class="w-field{field_classes}{error_class}" data-field>'
        '<div class="w-field__errors" data-field-errors id="{error_id}">{errors}</div>'
        '<div class="w-field__help" id="{help_id}" data-field-help>{help}</div>'
        '<div class="w-field__input" data-field-input>{field}</div>'
        "</div></div></div>",
        classes=classes,
        label=label,
        wrapper_id=wrapper_id,
        field_classes=field_classes,
        error_class=" w-field--error" if errors else "",
        error_id=error_id,
        errors=format_html(
            '{}<p class="error-message">{}</p>',
            ERROR_ICON,
            format_html_join(" ", "{}", ((e,) for e in errors)),
        )
        if errors
        else "",
        help_id=context["help_text_id"],
        help=format_html('<div class="help">{}</div>', help_text) if help_text else "",
        field=context["rendered_field"],
    )


@dataclass
class Row:
    """One row of a RowTablePanel: its bound child panel, caption and fields by group."""

    child: Any
    caption: str
    subject: list[Any] = field(default_factory=list)
    fields: list[Any] = field(default_factory=list)
    board: list[Any] = field(default_factory=list)


class RowTablePanel(InlinePanel):
    """An InlinePanel laid out one row per line.

    subject: the name of the row's foreign key to what the row is about; the row's header shows
    that object's title, followed by the display values of the `details` fields.
    form_class: the base form of the rows (it receives `for_user`).
    Fields whose panel is a BoardFieldPanel form the board's group of the row."""

    def __init__(
        self,
        relation_name: str,
        *args: Any,
        subject: str = "",
        details: tuple[str, ...] = (),
        form_class: type[WagtailAdminModelForm] = WagtailAdminModelForm,
        **kwargs: Any,
    ) -> None:
        super().__init__(relation_name, *args, **kwargs)
        self.subject = subject
        self.details = details
        self.form_class = form_class

    def clone_kwargs(self) -> dict[str, Any]:
        kwargs = super().clone_kwargs()
        kwargs.update(subject=self.subject, details=self.details, form_class=self.form_class)
        return kwargs

    def get_form_options(self) -> dict[str, Any]:
        """The rows' form is form_class (with Wagtail's deferred required fields kept), and it
        receives the page form's `for_user`."""
        options = super().get_form_options()
        formset_options = options["formsets"][self.relation_name]
        child_options = self.child_edit_handler.get_form_options()
        meta: dict[str, Any] = {}
        if child_options.get("defer_required_on_fields"):
            meta["defer_required_on_fields"] = child_options["defer_required_on_fields"]
        formset_options["form"] = get_form_for_model(
            self.db_field.related_model, form_class=self.form_class, **meta
        )
        formset_options["inherit_kwargs"] = ["for_user"]
        return options

    def subject_model(self) -> type[models.Model] | None:
        """The model the subject foreign key points to."""
        if not self.subject:
            return None
        return self.db_field.related_model._meta.get_field(self.subject).related_model

    class BoundPanel(InlinePanel.BoundPanel):
        """The inline panel with each child split into a Row."""

        template_name = "plans/admin/row_table_panel.html"

        class Media:
            css = {"all": ["plans/admin/rows.css"]}
            js = ["plans/admin/rows.js"]

        @property
        def options_id(self) -> str:
            """The id of the JSON block holding InlinePanel's options (read by rows.js)."""
            return f"id_{self.formset.prefix}-ROW_TABLE_OPTIONS"

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            if self.form is None:
                return
            subjects = self._subjects([child.form.instance for child in self.children])
            for child in self.children:
                prime_chooser(child.form, self.panel.subject, subjects)
            self.rows = [self._row(child, subjects) for child in self.children]
            self.empty_row = self._row(self.empty_child, {})

        def _subjects(self, instances: list[models.Model]) -> dict[Any, models.Model]:
            """The rows' subjects in one query (by primary key), and for pages their parents in
            one more (the page chooser shows the parent)."""
            model = self.panel.subject_model()
            if model is None:
                return {}
            ids = {getattr(instance, f"{self.panel.subject}_id") for instance in instances}
            ids.discard(None)
            subjects = model._base_manager.in_bulk(ids) if ids else {}
            pages = [subject for subject in subjects.values() if isinstance(subject, Page)]
            if pages:
                parents = Page.objects.in_bulk(
                    {page.path[: -Page.steplen] for page in pages}, field_name="path"
                )
                for page in pages:
                    # treebeard's own cache of get_parent()
                    page._cached_parent_obj = parents.get(page.path[: -Page.steplen])
            return subjects

        def _caption(self, instance: models.Model, subjects: dict[Any, models.Model]) -> str:
            subject_id = getattr(instance, f"{self.panel.subject}_id", None)
            if subject_id is None or subject_id not in subjects:
                return ""
            parts = [str(subjects[subject_id])]
            for name in self.panel.details:
                value = getattr(instance, name, None)
                if _is_empty(value):
                    continue
                display = getattr(instance, f"get_{name}_display", None)
                parts.append(str(display()) if display else str(formats.localize(value)))
            return " · ".join(parts)

        def _row(self, child: Panel.BoundPanel, subjects: dict[Any, models.Model]) -> Row:
            row = Row(child=child, caption=self._caption(child.form.instance, subjects))
            subject = self.panel.subject
            for panel in child.visible_children:
                if isinstance(panel, BoardFieldPanel.BoundPanel):
                    row.board.append(panel)
                elif subject and getattr(panel, "field_name", None) == subject:
                    row.subject.append(panel)
                else:
                    row.fields.append(panel)
            # A reader of the board's fields sees them only once the board has written something.
            if row.board and all(panel.read_only and panel.is_empty for panel in row.board):
                row.board = []
            return row

        def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
            context = super().get_context_data(parent_context)
            context["relation_name"] = self.panel.relation_name
            return context
