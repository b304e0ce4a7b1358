"""axe-core on one page of every public kind in Turkish and English, no sideways scrolling at
1280 px nor on a 360 px phone (menu closed and open), keyboard use, focus, `lang` and charts
described in text. Every page is saved as a screenshot at both widths (conftest.screenshot):
test-artifacts/screenshots/<tr|en>/<kind>.png and <kind>-phone.png."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.browser.axe import describe, serious_violations
from tests.browser.conftest import VIEWPORT, log_in, new_page, screenshot
from tests.browser.site import LANGUAGES, PAGE_KINDS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

# Name of each chart (role="img", named by its <title> and <desc>) and rows of the table beside it.
CHARTS = """() => [...document.querySelectorAll('svg[role="img"]')].map(svg => ({
    name: (svg.getAttribute("aria-labelledby") || "").split(" ")
        .map(id => (document.getElementById(id) || {}).textContent || "").join(" ").trim(),
    rows: svg.closest(".chart-table")?.querySelectorAll("table tbody tr").length || 0,
}))"""
#: The narrowest phone the site is checked at, and the desktop width (the contexts' viewport).
PHONE = {"width": 360, "height": 800}
DESKTOP = VIEWPORT
#: How wide the page is: wider than the viewport means scrolling sideways.
SCROLL_WIDTH = "document.documentElement.scrollWidth"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_accessibility_violations(
    audit_page: Page, kinds: dict[str, dict[str, str]], kind: str, language: str
) -> None:
    response = audit_page.goto(kinds[kind][language])

    assert response is not None
    assert response.status == (404 if kind == "not-found" else 200)
    assert audit_page.get_attribute("html", "lang") == language
    width = audit_page.evaluate(SCROLL_WIDTH)
    screenshot(audit_page, language, kind)
    assert width <= DESKTOP["width"], f"{kind} ({language}) is {width} px wide at 1280 px"
    violations = serious_violations(audit_page)
    assert not violations, f"{kind} ({language}):\n{describe(violations)}"

    audit_page.set_viewport_size(PHONE)
    width = audit_page.evaluate(SCROLL_WIDTH)
    screenshot(audit_page, language, f"{kind}-phone")
    assert width <= PHONE["width"], f"{kind} ({language}) is {width} px wide on a 360 px phone"
    # The menu opened on the phone does not widen the page either.
    menu = audit_page.locator(".main-nav__toggle")
    if menu.count():
        menu.click()
        assert audit_page.evaluate(SCROLL_WIDTH) <= PHONE["width"], f"{kind} ({language}): menu"


def test_participant_page_has_no_serious_accessibility_violations(
    browser: Browser, live_site: str
) -> None:
    """The one page kind behind the site's login: a participant's own page."""
    tab = new_page(browser, live_site, bypass_csp=True)
    log_in(tab, "katilimci", "/tr/_util/login/?next=/tr/")
    for language, path in (("tr", "/tr/egitimler/katilimci/"), ("en", "/en/training/participant/")):
        tab.goto(path)

        assert tab.locator(".participant-programme").count() == 2
        assert tab.get_attribute("html", "lang") == language
        screenshot(tab, language, "training-participant")
        violations = serious_violations(tab)
        assert not violations, f"participant page ({language}):\n{describe(violations)}"
    tab.context.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_charts_are_described_in_text(
    audit_page: Page, kinds: dict[str, dict[str, str]], language: str
) -> None:
    for kind in ("indicator", "embed", "municipality-report"):
        audit_page.goto(kinds[kind][language])
        charts = audit_page.evaluate(CHARTS)

        assert charts, kind
        for chart in charts:
            assert chart["name"], f"{kind}: a chart without an accessible name"
            assert chart["rows"] > 0, f"{kind}: chart {chart['name']!r} has no data table"


# The focused element: its start tag, whether it is `wanted` and whether its focus ring shows.
FOCUSED = """wanted => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
        tag: element.outerHTML.slice(0, element.outerHTML.indexOf(">") + 1),
        wanted: element === wanted,
        ring: outline || style.boxShadow !== "none",
    };
}"""


def tab_to(page: Page, target: Locator, limit: int = 60) -> None:
    """Press Tab until target has the focus, checking that every element on the way shows a
    focus ring."""
    wanted = target.element_handle()
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED, wanted)
        assert focused["ring"], f"no visible focus ring on {focused['tag']} after {seen}"
        seen.append(focused["tag"])
        if focused["wanted"]:
            return
    raise AssertionError(f"{limit} presses of Tab did not reach {target}; focused: {seen}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_menu_language_switcher_and_chart_table_toggle(
    page: Page, kinds: dict[str, dict[str, str]], language: str
) -> None:
    page.goto(kinds["indicator"][language])

    skip = page.locator(".skip-link")
    tab_to(page, skip, limit=1)
    assert skip.is_visible()
    # In the order of the page: the language switcher sits in the header above the main menu.
    for link in page.locator(".language-switcher a").all() + page.locator(".main-nav a").all():
        tab_to(page, link)
    series = page.locator("section.chart-table").first
    chart_radio = series.locator('input[value="chart"]')
    tab_to(page, chart_radio)
    assert chart_radio.is_checked()
    table = series.locator(".chart-table__table")
    assert table.bounding_box()["height"] <= 1  # the chart view keeps it for screen readers only

    page.keyboard.press("ArrowRight")

    assert series.locator('input[value="table"]').is_checked()
    assert series.locator("figure").is_hidden()
    assert table.bounding_box()["height"] > 20
    screenshot(page, language, "indicator-table-view")
