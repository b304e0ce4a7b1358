"""The main menu on a phone: behind a button with the keyboard, a plain list without JavaScript,
and the language switcher and the search box within reach of the first screen; on a desktop the
menu is the visible list it always was, with no button."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import VIEWPORT, new_page, screenshot
from tests.browser.site import LANGUAGES
from tests.browser.test_accessibility import PHONE, SCROLL_WIDTH, tab_to

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

BUTTON_NAME = {"tr": "Menü", "en": "Menu"}


def phone_page(browser: Browser, live_site: str, **options: object) -> Page:
    """A tab as a 360 px phone has it (the site's Content-Security-Policy applies)."""
    tab = new_page(browser, live_site, **options)
    tab.set_viewport_size(PHONE)
    return tab


def within_first_screen(page: Page, selector: str) -> bool:
    """Whether the element is visible and starts on the first screen of the phone."""
    element = page.locator(selector)
    box = element.bounding_box()
    return element.is_visible() and box is not None and box["y"] < PHONE["height"] / 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_button_opens_and_closes_with_the_keyboard(
    browser: Browser, live_site: str, kinds: dict[str, dict[str, str]], language: str
) -> None:
    tab = phone_page(browser, live_site)
    tab.goto(kinds["municipality"][language])
    button = tab.locator(".main-nav__toggle")
    links = tab.locator(".main-nav__list a")

    # Collapsed: the button says so and the links are out of sight and out of the Tab order.
    assert button.get_attribute("aria-expanded") == "false"
    assert button.get_attribute("aria-controls") == "main-nav-list"
    assert tab.get_by_role("button", name=BUTTON_NAME[language]).count() == 1
    assert links.first.is_hidden()
    for selector in (".site-search input[type='search']", ".language-switcher"):
        assert within_first_screen(tab, selector), selector
    screenshot(tab, language, "navigation-phone-closed")

    tab_to(tab, button)  # every stop on the way shows its focus ring
    tab.keyboard.press("Enter")

    assert button.get_attribute("aria-expanded") == "true"
    assert links.count() > 5
    assert all(link.is_visible() for link in links.all())
    assert tab.evaluate(SCROLL_WIDTH) <= PHONE["width"]
    screenshot(tab, language, "navigation-phone-open")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.closest('.main-nav__list') !== null")

    tab.keyboard.press("Escape")

    assert button.get_attribute("aria-expanded") == "false"
    assert links.first.is_hidden()
    assert tab.evaluate("document.activeElement.classList.contains('main-nav__toggle')")
    tab.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true"
    tab.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_javascript_the_menu_is_a_plain_list(
    browser: Browser, live_site: str, kinds: dict[str, dict[str, str]], language: str
) -> None:
    tab = phone_page(browser, live_site, java_script_enabled=False)
    tab.goto(kinds["municipality"][language])

    assert tab.locator(".main-nav__toggle").is_hidden()
    links = tab.locator(".main-nav__list a").all()
    assert len(links) > 5
    assert all(link.is_visible() for link in links)
    assert tab.evaluate(SCROLL_WIDTH) <= PHONE["width"]
    screenshot(tab, language, "navigation-phone-no-javascript")
    tab.context.close()


def test_desktop_menu_is_a_visible_list_without_a_button(
    browser: Browser, live_site: str, kinds: dict[str, dict[str, str]]
) -> None:
    tab = new_page(browser, live_site)
    tab.goto(kinds["home"]["tr"])

    assert tab.locator(".main-nav__toggle").is_hidden()
    assert all(link.is_visible() for link in tab.locator(".main-nav__list a").all())
    # Widening a phone whose menu is closed shows the whole menu again.
    tab.set_viewport_size(PHONE)
    assert tab.locator(".main-nav__list a").first.is_hidden()
    tab.set_viewport_size(VIEWPORT)
    assert tab.locator(".main-nav__list a").first.is_visible()
    tab.context.close()
