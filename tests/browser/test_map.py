"""The municipality map in a real browser (issue 18 §3): markers shaped by progress band, labelled
on hover and keyboard focus, opened with Enter; Ankara's three municipalities reachable through
their cluster; the legend on the map; the whole of Türkiye at 360 px without sideways scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from plans.map_data import LEGEND, map_entries
from plans.models import MunicipalityIndexPage, MunicipalityPage
from tests.browser.conftest import screenshot
from tests.browser.site import MUNICIPALITY

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

INDEX = {"tr": "/tr/belediyeler/", "en": "/en/municipalities/"}
ANKARA = ("ankara-buyuksehir", "yenimahalle", "cankaya")


def municipality(slug: str, language: str = "tr") -> MunicipalityPage:
    return MunicipalityPage.objects.get(locale__language_code=language, slug__startswith=slug)


def open_map(page: Page, language: str = "tr") -> Locator:
    """The map of the index, once its markers and the country's outline are drawn."""
    page.goto(INDEX[language])
    page.wait_for_selector("#municipality-map .leaflet-marker-icon")
    page.wait_for_selector("#municipality-map .leaflet-overlay-pane path")
    container = page.locator("#municipality-map")
    # In view (elementFromPoint sees only the viewport), at once (the site scrolls smoothly).
    container.evaluate("el => el.scrollIntoView({block: 'center', behavior: 'instant'})")
    return container


def marker(page: Page, name: str) -> Locator:
    """A municipality's marker, found by the start of its accessible name."""
    return page.locator(f'.map-marker-icon[aria-label^="{name} — "]')


def wait_for_map_to_settle(page: Page) -> None:
    page.wait_for_function("() => !document.querySelector('#municipality-map .leaflet-zoom-anim')")
    page.wait_for_timeout(400)  # markercluster's own animation (250 ms)


def is_on_top(page: Page, element: Locator) -> bool:
    """Whether the element's centre shows the element itself (no marker hides it)."""
    return element.evaluate(
        """el => { const r = el.getBoundingClientRect();
                   const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                   return el === top || el.contains(top); }"""
    )


def test_markers_are_labelled_on_focus_and_open_with_enter(page: Page) -> None:
    kadikoy = municipality(MUNICIPALITY)
    expected = map_entries([kadikoy])[0].progress.band  # approved only: the draft is ignored
    open_map(page)

    legend = page.locator("#municipality-map .map-legend--on-map")
    assert legend.is_visible()
    assert legend.locator("[data-band]").count() == len(LEGEND)

    pin = marker(page, kadikoy.title)
    assert pin.count() == 1
    assert pin.get_attribute("aria-label") == f"{kadikoy.title} — {expected.label}"
    assert pin.get_attribute("tabindex") == "0" and pin.get_attribute("role") == "button"
    assert pin.locator(f".map-shape--{expected.shape}").count() == 1

    pin.focus()
    tooltip = page.locator(".leaflet-tooltip")
    assert tooltip.inner_text() == f"{kadikoy.title} — {expected.label}"
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup").get_by_role("link", name=kadikoy.title)
    link.wait_for()
    assert link.evaluate("el => el === document.activeElement")
    page.wait_for_timeout(400)  # panned clear of the legend
    assert is_on_top(page, link)
    assert link.get_attribute("href").endswith(kadikoy.url)
    screenshot(page, "tr", "map-popup")
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")
    assert pin.evaluate("el => el === document.activeElement")

    page.keyboard.press("Tab")  # on to the next marker or cluster, each labelled on focus
    assert page.evaluate("() => document.activeElement.matches('.map-marker-icon, .map-cluster')")
    page.wait_for_timeout(300)  # the last label fades out
    label = page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    tooltip = page.locator(".leaflet-tooltip")
    assert tooltip.count() == 1
    if label:  # a marker (a cluster is named by its text, the same as its label)
        assert tooltip.inner_text() == label


def test_ankaras_three_municipalities_can_each_be_reached(page: Page) -> None:
    names = [municipality(slug).title for slug in ANKARA]
    open_map(page)
    for name in names:  # clustered: not one of them hides behind another
        assert marker(page, name).count() == 0

    cluster = page.locator(".map-cluster", has_text="3").first
    cluster.focus()
    assert page.locator(".leaflet-tooltip").inner_text().startswith("3 belediye")
    page.keyboard.press("Enter")
    wait_for_map_to_settle(page)
    assert page.evaluate("() => document.activeElement.matches('.map-marker-icon')")

    for name in names:
        pin = marker(page, name)
        pin.wait_for()
        assert is_on_top(page, pin), name
        pin.click()
        popup = page.locator(".leaflet-popup")
        assert popup.get_by_role("link", name=name).is_visible()
        page.keyboard.press("Escape")
        popup.wait_for(state="detached")
    screenshot(page, "tr", "map-ankara")

    page.get_by_role("button", name="Türkiye’nin tamamını göster").click()
    wait_for_map_to_settle(page)
    assert marker(page, names[0]).count() == 0  # clustered again


@pytest.mark.parametrize("language", ["tr", "en"])
@pytest.mark.parametrize("width", [360, 1280])
def test_the_whole_of_turkiye_is_shown_without_sideways_scrolling(
    page: Page, language: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    container = open_map(page, language)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width

    box = container.bounding_box()
    outline = page.locator("#municipality-map .leaflet-overlay-pane path").first.bounding_box()
    assert outline["x"] >= box["x"] and outline["y"] >= box["y"]
    assert outline["x"] + outline["width"] <= box["x"] + box["width"]
    assert outline["y"] + outline["height"] <= box["y"] + box["height"]
    assert outline["width"] >= box["width"] * 0.6  # the country fills the map's width

    # Every marker and cluster is inside the map and none is under a control or the legend.
    shown = page.locator("#municipality-map .leaflet-marker-icon")
    for index in range(shown.count()):
        assert is_on_top(page, shown.nth(index)), shown.nth(index).get_attribute("aria-label")

    legend = page.locator("#municipality-map-legend")
    assert legend.is_visible()
    on_map = legend.evaluate("el => !!el.closest('#municipality-map')")
    assert on_map == (width >= 560)  # under the map on a phone, so it covers nothing

    index = MunicipalityIndexPage.objects.get(locale__language_code=language)
    cards = page.locator(".municipality-group .card")
    assert cards.count() == len(index.municipalities())
    assert cards.locator(".map-band").count() == cards.count()  # the list names each band
    screenshot(page, language, f"map-{width}")
