"""Workaround: the admin's icons and plain link buttons are written in Python, not rendered
through a template each.

Wagtail 7.4 renders every `{% icon %}` (wagtail/admin/templatetags/wagtailadmin_tags.py, an
inclusion tag: `wagtailadmin/shared/icon.html` inside a `{% spaceless %}`) and every plain link
button (`wagtail.admin.widgets.button.BaseButton`, a component rendering
`wagtailadmin/shared/button.html`) through the template engine. The page explorer draws about
650 icons and 460 buttons (each row's "more" menu holds nine): writing them here spares 16 % of
its Python calls at national scale (cProfile), an edit form 7 % (about 100 icons).

`patch()` (from PortalConfig.ready) registers `icon_html` under the same tag name in the same
library, with the same arguments, and renders a button whose template and context are
BaseButton's own with `button_html`: the same markup, byte for byte, escaped as the templates
escape. A button class with its own template or context keeps Wagtail's rendering. `{% load %}`
copies tags when a template is compiled, so the patch must run before any admin template is
(app loading).

Delete this module when Wagtail writes icons and buttons without a template (check on each
upgrade: UPGRADING.md; `tests/portal/test_admin_markup.py` compares the markup with Wagtail's
templates).
"""

from __future__ import annotations

from typing import Any

from django.utils.html import format_html
from django.utils.safestring import SafeString

from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.admin.widgets.button import BaseButton

#: Wagtail's inclusion tag and button rendering, kept for unpatch().
_wagtail_icon_tag = wagtailadmin_tags.register.tags["icon"]
_wagtail_button_render_html = BaseButton.render_html
#: The template a button is written in Python for, with BaseButton's context.
BUTTON_TEMPLATE = "wagtailadmin/shared/button.html"


def icon_html(
    name: str | None = None,
    classname: str | None = None,
    title: str | None = None,
    wrapped: bool = False,
) -> SafeString:
    """The markup of `wagtailadmin/shared/icon.html` (after its `{% spaceless %}`) for Wagtail's
    `icon(name, classname, title, wrapped)`."""
    if not name:
        raise ValueError("You must supply an icon name")
    html = format_html(
        '<svg class="icon icon-{} {}" aria-hidden="true"><use href="#icon-{}"></use></svg>',
        name,
        classname or "icon",
        name,
    )
    if title:
        html += format_html('<span class="w-sr-only">\n            {}\n        </span>', title)
    if wrapped:
        html = format_html('<span class="icon-wrapper">{}</span>', html)
    return html


def button_html(button: BaseButton) -> SafeString:
    """The markup of `wagtailadmin/shared/button.html` for a button."""
    icon = (
        format_html("\n        {}\n    ", icon_html(button.icon_name)) if button.icon_name else ""
    )
    return format_html(
        '\n<a href="{}" class="{}" {}>\n    {}\n    {}\n</a>\n',
        button.url,
        button.classname,
        button.base_attrs_string,
        icon,
        button.label,
    )


def written_in_python(button: BaseButton) -> bool:
    """Whether the button renders BaseButton's template with BaseButton's context."""
    return (
        button.template_name == BUTTON_TEMPLATE
        and type(button).get_context_data is BaseButton.get_context_data
    )


def render_button(button: BaseButton, parent_context: Any = None) -> SafeString:
    """BaseButton.render_html: button_html() where it writes the same, else Wagtail's."""
    if written_in_python(button):
        return button_html(button)
    return _wagtail_button_render_html(button, parent_context)


def patch() -> None:
    """Write the admin's icons and plain buttons in Python (idempotent)."""
    wagtailadmin_tags.register.simple_tag(icon_html, name="icon")
    BaseButton.render_html = render_button


def unpatch() -> None:
    """Wagtail's own rendering again (for the tests that compare the two)."""
    wagtailadmin_tags.register.tags["icon"] = _wagtail_icon_tag
    BaseButton.render_html = _wagtail_button_render_html
