"""portal.admin_markup: the admin's `{% icon %}` tag and plain link buttons write the same markup
as Wagtail's templates, without rendering them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from django.template import Context, Template
from django.test import Client

from wagtail.admin.widgets.button import (
    Button,
    ButtonWithDropdown,
    HeaderButton,
    ListingButton,
)

from portal import admin_markup

#: The tag as templates use it: name only, with a class, a title, wrapped, and values to escape.
ICON_USES = [
    '{% icon name="folder" %}',
    '{% icon name="arrow-right" classname="default" %}',
    '{% icon name="lock" classname="initial" title="Kilitli sayfa" %}',
    '{% icon name="site" wrapped=1 %}',
    "{% icon name=name classname=classname title=title wrapped=True %}",
    "{% icon name=name %}",
]
CONTEXT = {"name": 'x"><b>', "classname": "a&b", "title": "<Başlık & İçerik>"}


def buttons() -> list[Button]:
    """Buttons as the explorer and the headers make them: with and without an icon, with
    attributes and a label to escape, and a dropdown (which keeps Wagtail's own template)."""
    return [
        Button("Düzenle", "/admin/pages/3/edit/", icon_name="edit", priority=10),
        Button("Geçmiş", "/admin/pages/3/history/", classname="w-link"),
        ListingButton("Çevir <ı>", "/admin/çevir/?next=/a&b", attrs={"aria-label": "“İzmir” & Ş"}),
        HeaderButton("Ekle", "/admin/pages/add/", icon_name="plus", icon_only=True),
        Button("Bağlantısız"),
        ButtonWithDropdown("Diğer", buttons=[Button("Taşı", "/admin/move/", icon_name="arrow")]),
    ]


def rendered_icon(source: str) -> str:
    """The tag's output, compiled now (so with whichever tag is registered now)."""
    return Template("{% load wagtailadmin_tags %}" + source).render(Context(CONTEXT))


def markup(render_button: Callable[[Button], str]) -> dict[str, str]:
    """Every icon use and button, rendered."""
    icons = {source: rendered_icon(source) for source in ICON_USES}
    return icons | {repr(button): render_button(button) for button in buttons()}


@pytest.fixture
def wagtail_rendering() -> Iterator[None]:
    """Wagtail's own rendering for the test, the portal's again after it."""
    admin_markup.unpatch()
    yield
    admin_markup.patch()


@pytest.fixture
def wagtail_markup(wagtail_rendering: None) -> dict[str, str]:
    """Each icon use and button rendered by Wagtail's templates."""
    return markup(lambda button: button.render_html({}))


def test_icons_and_buttons_are_written_as_wagtails_templates_write_them(
    wagtail_markup: dict[str, str],
) -> None:
    admin_markup.patch()
    assert markup(lambda button: button.render_html({})) == wagtail_markup
    assert "&lt;Başlık &amp; İçerik&gt;" in wagtail_markup[ICON_USES[4]]
    assert 'class="icon-wrapper"' in wagtail_markup[ICON_USES[3]]
    listing = wagtail_markup[repr(buttons()[2])]
    assert "Çevir &lt;ı&gt;" in listing and "/a&amp;b" in listing


def test_only_buttons_with_wagtails_plain_template_and_context_are_written_in_python() -> None:
    assert all(admin_markup.written_in_python(button) for button in buttons()[:5])
    assert not admin_markup.written_in_python(buttons()[5])


def test_an_icon_without_a_name_is_refused_as_by_wagtail() -> None:
    with pytest.raises(ValueError, match="You must supply an icon name"):
        rendered_icon('{% icon classname="x" %}')


def test_the_portals_rendering_is_the_one_in_use() -> None:
    from wagtail.admin.templatetags.wagtailadmin_tags import register
    from wagtail.admin.widgets.button import BaseButton

    assert register.tags["icon"].__wrapped__ is admin_markup.icon_html  # type: ignore[attr-defined]
    assert BaseButton.render_html is admin_markup.render_button


@pytest.mark.django_db
def test_the_explorer_draws_its_icons_and_buttons_with_the_portals_markup(
    admin_client: Client,
) -> None:
    html = admin_client.get("/admin/pages/").content.decode()
    # A row's "more" menu (Wagtail's dropdown template, holding the portal's icon) and its
    # buttons, as Wagtail's templates write them.
    assert '<svg class="icon icon-dots-horizontal w-dropdown__toggle-icon" aria-hidden="true">' in (
        html
    )
    edit_icon = '<svg class="icon icon-edit icon" aria-hidden="true"><use href="#icon-edit"></use>'
    assert f"\n        {edit_icon}</svg>\n    \n    " in html
