"""portal.form_renderer: the plainest widgets are written in Python with the markup, escaping and
localisation of Django's templates; every other template is Django's."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from django import forms
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.utils import translation
from django.utils.safestring import mark_safe

from portal.form_renderer import INPUT_FAMILY, WRITERS, PortalFormRenderer

CHOICES = [
    ("", "---------"),
    (1, "Çankaya <Ankara>"),
    ("Gruplar", [("a&b", "İzmir & Ş"), (Decimal("2.5"), 1234567)]),
    ((3, 4), mark_safe("<b>güvenli</b>")),
]


def widgets() -> list[tuple[forms.Widget, object, dict[str, object]]]:
    """(widget, value, attrs) as forms render them: empty, escaped, safe, numbers, booleans."""
    attrs = {"id": "id_x", "class": 'a"b', "required": True, "disabled": False, "data-n": 0}
    return [
        (forms.TextInput(), None, {}),
        (forms.TextInput(), 'Kadıköy "<script>" & İ', attrs),
        (forms.TextInput(), mark_safe("<i>güvenli</i>"), {}),
        (forms.TextInput(), ("demet", 1), {}),
        (forms.NumberInput(), Decimal("12.50"), {"step": Decimal("0.01"), "min": 0}),
        (forms.NumberInput(), 1234567, {}),
        (forms.HiddenInput(), "gizli", {"id": "id_h"}),
        (forms.EmailInput(), "a@ö.com.tr", {}),
        (forms.URLInput(), "https://x.tr/?a=1&b=2", {}),
        (forms.PasswordInput(render_value=True), "gizli", {}),
        (forms.DateInput(), datetime.date(2026, 12, 7), {}),
        (forms.DateTimeInput(), datetime.datetime(2026, 12, 7, 14, 30), {}),
        (forms.TimeInput(), datetime.time(9, 5), {}),
        (forms.CheckboxInput(), True, {"id": "id_c"}),
        (forms.CheckboxInput(), False, {}),
        (forms.Select(choices=CHOICES), 1, attrs),
        (forms.Select(choices=CHOICES), "a&b", {}),
        (forms.Select(choices=CHOICES), None, {}),
        (forms.SelectMultiple(choices=CHOICES), [1, "a&b"], {}),
        (forms.NullBooleanSelect(), True, {}),
        (forms.Textarea(), "", {}),
        (forms.Textarea(), "Satır 1\n<b>Satır 2</b> & İ", {"rows": 3, "cols": 40}),
        (forms.Textarea(), 1234567, {}),
    ]


@pytest.mark.parametrize("language", ["tr", "en"])
def test_widgets_are_written_as_djangos_templates_write_them(language: str) -> None:
    portal, django = PortalFormRenderer(), DjangoTemplates()
    with translation.override(language):
        for widget, value, attrs in widgets():
            written = widget.render("alan", value, attrs, renderer=portal)
            templated = widget.render("alan", value, attrs, renderer=django)
            assert written == templated, (widget, value)


def test_every_writer_is_in_use_with_djangos_templates() -> None:
    """A writer falls out of use when its template changes (a Django upgrade): re-read it."""
    assert set(PortalFormRenderer().writers) == set(WRITERS)
    assert set(INPUT_FAMILY) < set(WRITERS)


def test_the_site_uses_the_portal_renderer() -> None:
    assert isinstance(get_default_renderer(), PortalFormRenderer)


def test_a_changed_template_is_rendered_by_the_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = PortalFormRenderer()
    original = renderer.source
    monkeypatch.setattr(
        renderer,
        "source",
        lambda name: "changed" if name.endswith("select_option.html") else original(name),
    )
    assert forms.Select.template_name not in renderer.writers
    assert forms.TextInput.template_name in renderer.writers


def test_a_widget_the_writers_do_not_mirror_is_rendered_by_the_engine() -> None:
    """The template would call a callable (widgets format their value as a string first, but an
    attribute reaches the template as it is)."""
    portal, django = PortalFormRenderer(), DjangoTemplates()
    for widget, value, attrs in [
        (forms.TextInput(), lambda: "çağrılan", {}),
        (forms.Textarea(), lambda: "çağrılan", {}),
        (forms.TextInput(), "x", {"title": lambda: "çağrılan"}),
    ]:
        written = widget.render("alan", value, attrs, renderer=portal)
        assert written == widget.render("alan", value, attrs, renderer=django)
    attribute = forms.TextInput().render("alan", "x", {"title": lambda: "çağrılan"}, portal)
    assert 'title="çağrılan"' in attribute
