"""The form renderer (settings.FORM_RENDERER): Django's, with the plainest widgets written in
Python.

Django renders every widget through its template engine: an `<input>` is `input.html` including
`attrs.html`, a `<select>` is `select.html` including `select_option.html` (itself including
`attrs.html`) once per option. The assessment form of a 40-action plan draws about 900 inputs,
140 selects with 630 options and 130 text areas: ~1,800 renderings of `attrs.html` alone, about
a quarter of the form's time at national scale. `PortalFormRenderer` writes those widgets with
the same markup, byte for byte, escaped and localised as the templates escape and localise;
every other template (forms, fields, Wagtail's widgets, which include Django's templates
themselves) is rendered as Django renders it.

A widget is written in Python only while its template's source is the one the writer mirrors
(`WIDGET_SOURCES`, Django 5.2's): a template the project overrides, or one a Django upgrade
changes, is rendered by the engine again (`tests/portal/test_form_renderer.py` compares the
markup with the templates' and fails when a writer falls out of use; UPGRADING.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.functional import cached_property
from django.utils.safestring import SafeData, SafeString, mark_safe

INPUT = "django/forms/widgets/input.html"
SELECT = "django/forms/widgets/select.html"
SELECT_OPTION = "django/forms/widgets/select_option.html"
TEXTAREA = "django/forms/widgets/textarea.html"
ATTRS = "django/forms/widgets/attrs.html"
#: Widget templates that are `input.html` and a new line (text.html, number.html, …).
INPUT_INCLUDE = '{% include "django/forms/widgets/input.html" %}\n'
INPUT_FAMILY = [
    f"django/forms/widgets/{name}.html"
    for name in [
        "text",
        "checkbox",
        "date",
        "datetime",
        "email",
        "hidden",
        "number",
        "password",
        "search",
        "tel",
        "time",
        "url",
        "color",
    ]
]

#: The sources the writers mirror (Django 5.2's widget templates).
WIDGET_SOURCES: dict[str, str] = {
    INPUT: (
        '<input type="{{ widget.type }}" name="{{ widget.name }}"{% if widget.value != None %} '
        "value=\"{{ widget.value|stringformat:'s' }}\"{% endif %}"
        '{% include "django/forms/widgets/attrs.html" %}>\n'
    ),
    ATTRS: (
        "{% for name, value in widget.attrs.items %}{% if value is not False %} {{ name }}"
        "{% if value is not True %}=\"{{ value|stringformat:'s' }}\"{% endif %}{% endif %}"
        "{% endfor %}"
    ),
    SELECT: (
        '<select name="{{ widget.name }}"{% include "django/forms/widgets/attrs.html" %}>'
        "{% for group_name, group_choices, group_index in widget.optgroups %}{% if group_name %}"
        '\n  <optgroup label="{{ group_name }}">{% endif %}{% for option in group_choices %}'
        "\n  {% include option.template_name with widget=option %}{% endfor %}"
        "{% if group_name %}\n  </optgroup>{% endif %}{% endfor %}\n</select>\n"
    ),
    SELECT_OPTION: (
        "<option value=\"{{ widget.value|stringformat:'s' }}\""
        '{% include "django/forms/widgets/attrs.html" %}>{{ widget.label }}</option>\n'
    ),
    TEXTAREA: (
        '<textarea name="{{ widget.name }}"{% include "django/forms/widgets/attrs.html" %}>\n'
        "{% if widget.value %}{{ widget.value }}{% endif %}</textarea>\n"
    ),
    **dict.fromkeys(INPUT_FAMILY, INPUT_INCLUDE),
}
#: The templates each writer stands for, besides the widget's own.
INCLUDED = {
    INPUT: [ATTRS],
    SELECT: [ATTRS, SELECT_OPTION],
    TEXTAREA: [ATTRS],
    **dict.fromkeys(INPUT_FAMILY, [INPUT, ATTRS]),
}

#: Context of a template variable as the renderer's templates see it (autoescape on, the
#: active time zone and localisation): render_value_in_context() reads only these.
_VARIABLE_CONTEXT = Context()


class Unwritten(Exception):
    """A widget a writer does not mirror (a value the template would call, an option with its
    own template): the engine renders it."""


def text(value: Any) -> str:
    """`{{ value }}`: localised and escaped as a template writes it."""
    if callable(value):
        raise Unwritten
    return render_value_in_context(value, _VARIABLE_CONTEXT)


def string_format(value: Any) -> str:
    """`{{ value|stringformat:'s' }}`: the value as "%s" formats it, escaped unless safe."""
    if callable(value):
        raise Unwritten
    formatted = "%s" % (str(value) if isinstance(value, tuple) else value)
    # The filter is is_safe: formatting a safe value keeps it safe, as the template does.
    return text(mark_safe(formatted) if isinstance(value, SafeData) else formatted)  # noqa: S308


def attrs_html(attrs: Mapping[str, Any]) -> str:
    """attrs.html: ` name="value"` per attribute, ` name` for True, nothing for False."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(
            f" {text(name)}" if value is True else f' {text(name)}="{string_format(value)}"'
        )
    return "".join(parts)


def input_html(widget: Mapping[str, Any]) -> str:
    """input.html (and text.html, number.html, … which include it)."""
    value = widget["value"]
    value_html = "" if value == None else f' value="{string_format(value)}"'  # noqa: E711 (as the template compares)
    return (
        f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value_html}'
        f"{attrs_html(widget['attrs'])}>"
    )


def option_html(option: Mapping[str, Any]) -> str:
    """select_option.html."""
    if option["template_name"] != SELECT_OPTION:
        raise Unwritten
    return (
        f'<option value="{string_format(option["value"])}"{attrs_html(option["attrs"])}>'
        f"{text(option['label'])}</option>\n"
    )


def select_html(widget: Mapping[str, Any]) -> str:
    """select.html, with its options."""
    parts = [f'<select name="{text(widget["name"])}"{attrs_html(widget["attrs"])}>']
    for group_name, group_choices, _group_index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{text(group_name)}">')
        parts.extend(f"\n  {option_html(option)}" for option in group_choices)
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def textarea_html(widget: Mapping[str, Any]) -> str:
    """textarea.html."""
    value = widget["value"]
    shown = text(value) if value else ""  # text() refuses a callable, which is always true
    return (
        f'<textarea name="{text(widget["name"])}"{attrs_html(widget["attrs"])}>\n{shown}</textarea>'
    )


WRITERS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    SELECT: select_html,
    TEXTAREA: textarea_html,
    INPUT: input_html,
    **dict.fromkeys(INPUT_FAMILY, input_html),
}


class PortalFormRenderer(DjangoTemplates):
    """Django's template form renderer; the widgets of `WRITERS` whose templates are Django's
    own are written in Python (the markup of `render()`, which strips the template's outer
    white space)."""

    @cached_property
    def writers(self) -> dict[str, Callable[[Mapping[str, Any]], str]]:
        """The writers whose template, and every template it includes, this renderer's engine
        loads with the source the writer mirrors."""
        return {
            name: writer
            for name, writer in WRITERS.items()
            if all(self.source(each) == WIDGET_SOURCES[each] for each in [name, *INCLUDED[name]])
        }

    def source(self, template_name: str) -> str:
        """The source of a template as this renderer's engine finds it."""
        return self.get_template(template_name).template.source

    def render(self, template_name: str, context: dict[str, Any], request: Any = None) -> str:
        writer = self.writers.get(template_name)
        if writer is not None and "widget" in context:
            try:
                return SafeString(writer(context["widget"]))
            except Unwritten:
                pass
        return super().render(template_name, context, request)
