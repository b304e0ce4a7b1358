"""`{% row_cell field_panel %}`: one field of the assessment form's compact rows
(plans.admin_panels.render_row_cell)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from plans.admin_panels import render_row_cell

register = template.Library()


@register.simple_tag
def row_cell(panel: Any) -> SafeString:
    """The field's label, errors, help and widget."""
    return render_row_cell(panel)
