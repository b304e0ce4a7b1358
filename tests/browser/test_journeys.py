"""Journeys through the demo site in a real browser: a visitor, a reporter and the board, a
training participant and a journalist."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from django.contrib.auth import get_user_model

from wagtail.documents import get_document_model
from wagtail.models import Locale

from indicators.models import IndicatorPage
from news.models import NewsKind, NewsPage
from plans.models import ActionPage, IndicatorValue, MunicipalityPage, PlanPage
from tests.browser.conftest import log_in, new_page, screenshot
from tests.browser.site import MUNICIPALITY, draft_assessment
from training.models import TrainingModulePage

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from wagtail.models import Page as WagtailPage

ATOM = "{http://www.w3.org/2005/Atom}"


def follow(page: Page, name: str, target: WagtailPage, within: str = "body") -> None:
    """Click the link named name (within the given part of the page) and wait for target."""
    page.locator(within).get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_url(f"**{target.url}")


def test_visitor_finds_a_plan_opens_an_indicator_reads_its_table_and_csv(page: Page) -> None:
    kadikoy = MunicipalityPage.objects.get(locale__language_code="tr", slug=MUNICIPALITY)
    index = kadikoy.get_parent()
    charted = IndicatorValue.objects.for_public().values("indicator")
    plan = PlanPage.objects.live().child_of(kadikoy).get()
    action = (
        ActionPage.objects.live()
        .child_of(plan)
        .filter(indicator_links__indicator__in=charted)
        .order_by("path")
        .first()
    )
    indicator = IndicatorPage.objects.filter(pk__in=charted, action_links__page=action).first()

    page.goto("/tr/")
    follow(page, index.title, index, within=".main-nav")
    follow(page, kadikoy.title, kadikoy, within="main")
    screenshot(page, "tr", "journey-municipality")
    follow(page, plan.title, plan, within="main")
    follow(page, action.title, action, within="main")
    follow(page, f"{indicator.code} {indicator.title}", indicator, within="main")

    assert page.locator("h1").inner_text() == indicator.title
    series = page.locator("section.chart-table", has=page.get_by_role("link", name=kadikoy.title))
    table = series.locator(".chart-table__table")
    assert series.locator("figure svg[role='img']").is_visible()
    assert table.bounding_box()["height"] <= 1
    series.get_by_role("radio", name="Tablo", exact=True).check()
    assert series.locator("figure").is_hidden()
    assert table.bounding_box()["height"] > 20
    assert table.locator("tbody tr").count() >= 2  # two approved assessments
    screenshot(page, "tr", "journey-indicator-table")

    with page.expect_download() as download:
        page.get_by_role("link", name="Tüm değerleri indir (CSV)").click()
    csv = download.value.path().read_bytes()
    assert csv.startswith(b"\xef\xbb\xbf")
    assert kadikoy.title in csv.decode("utf-8-sig")

    page.locator(".language-switcher").get_by_role("link", name="English").click()

    english = indicator.get_translation(Locale.objects.get(language_code="en"))
    assert page.url.endswith(english.url)
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").inner_text() == english.title
    assert page.locator("section.chart-table").count() >= 1


def status_rows(page: Page, action: ActionPage) -> dict[str, str]:
    """The action's public status history: period name → status."""
    page.goto(action.url)
    rows = page.locator("section[aria-labelledby='history-title'] tbody tr")
    return {
        row.locator("th").inner_text(): row.locator(".status").inner_text() for row in rows.all()
    }


def test_reporter_submits_a_draft_the_board_approves_and_the_visitor_sees_it(
    browser: Browser, live_site: str, page: Page
) -> None:
    draft = draft_assessment()
    period = draft.period.name
    visitor = page
    reporter = new_page(browser, live_site)
    board = new_page(browser, live_site)

    log_in(reporter, "kadikoy-raportor", "/admin/login/")
    reporter.goto(f"/admin/pages/{draft.pk}/edit/")
    action = ActionPage.objects.get(pk=reporter.input_value('input[name="action_rows-0-action"]'))
    assert period not in status_rows(visitor, action)  # not approved yet: not public
    reporter.select_option('select[name="action_rows-0-status"]', "completed")
    reporter.fill('input[name="action_rows-0-progress"]', "100")
    screenshot(reporter, "tr", "admin-assessment-edit")
    reporter.locator("footer .w-dropdown__toggle").first.click()
    reporter.locator('button[name="action-submit"]').click()
    reporter.wait_for_url(re.compile(r"/admin/pages/\d+/$"))  # back in the explorer
    assert period not in status_rows(visitor, action)  # in moderation: still not public

    log_in(board, "heyet", "/admin/login/")
    screenshot(board, "tr", "admin-dashboard")
    board.locator(f'a[href="/admin/pages/{draft.pk}/edit/"]').first.click()  # awaiting review
    board.wait_for_url(f"**/admin/pages/{draft.pk}/edit/")
    board.locator("footer .w-dropdown__toggle").first.click()
    board.locator('button[data-workflow-action-name="approve"]').click()
    # The confirmation says what becomes public, then approves.
    confirmation = board.locator(".modal-content")
    confirmation.get_by_text("herkese açık olur").wait_for()
    assert "Kadıköy Belediyesi" in confirmation.inner_text()
    screenshot(board, "tr", "admin-approve-confirmation")
    confirmation.get_by_role("button", name="Onaylıyorum, yayımla").click()
    # Back in the explorer once the approval and its after-commit work (content generation,
    # purges, e-mail notices) are done; the explorer's first load can be slow on a busy CI
    # machine (one 15 s timeout seen), so it gets more time than a plain navigation.
    board.wait_for_url(
        re.compile(r"/admin/pages/\d+/$"), wait_until="domcontentloaded", timeout=45_000
    )
    assert draft.title in board.locator(".messages").inner_text()

    assert status_rows(visitor, action)[period] == "Tamamlandı"
    screenshot(visitor, "tr", "journey-action-after-approval")
    reporter.context.close()
    board.context.close()


def test_participant_logs_in_and_downloads_a_private_material(
    browser: Browser, live_site: str, page: Page
) -> None:
    participant = get_user_model().objects.get(username="katilimci")
    module = (
        TrainingModulePage.objects.live()
        .filter(locale__language_code="tr", view_restrictions__groups__user=participant)
        .order_by("path")
        .first()
    )

    page.goto(module.url)
    assert "/_util/login/" in page.url  # participants only
    log_in(page, "katilimci")

    assert page.url.endswith(module.url)
    assert page.locator("h1").inner_text() == module.title
    screenshot(page, "tr", "training-module-private")
    documents = get_document_model().objects.filter(
        collection__view_restrictions__groups__user=participant
    )
    link = next(  # a participants-only material of the module
        link
        for link in page.locator(".material--document a").all()
        if documents.filter(
            pk=re.search(r"/documents/(\d+)/", link.get_attribute("href"))[1]
        ).exists()
    )
    href = link.get_attribute("href")
    with page.expect_download() as download:
        link.click()
    assert download.value.path().read_bytes().startswith(b"%PDF")

    page.goto("/tr/egitimler/katilimci/")
    assert page.locator(".participant-programme").count() == 2

    anonymous = new_page(browser, live_site)
    response = anonymous.request.get(href, max_redirects=0)
    assert response.status == 302
    assert "/_util/login/" in response.headers["location"]
    anonymous.context.close()


def test_journalist_reads_a_press_release_and_its_feeds(page: Page) -> None:
    press_release = (
        NewsPage.objects.live()
        .filter(locale__language_code="tr", kind=NewsKind.PRESS_RELEASE)
        .order_by("-date")
        .first()
    )

    page.goto("/tr/")
    index = press_release.get_parent()
    follow(page, index.title, index, within=".main-nav")
    page.select_option("#news-kind", NewsKind.PRESS_RELEASE.value)
    page.locator("form.filters button").click()
    page.wait_for_url(f"**{index.url}?*={NewsKind.PRESS_RELEASE.value}")
    tags = page.locator(".card .tag").all_inner_texts()
    assert tags and set(tags) == {"Basın bülteni"}
    follow(page, press_release.title, press_release, within="main")

    assert page.locator("h1").inner_text() == press_release.title
    screenshot(page, "tr", "journey-press-release")
    page.go_back()  # the press releases of the news index, with the feed links
    rss = page.request.get(page.get_by_role("link", name="RSS", exact=True).get_attribute("href"))
    atom = page.request.get(page.get_by_role("link", name="Atom", exact=True).get_attribute("href"))

    assert rss.ok and "rss" in rss.headers["content-type"]
    items = ElementTree.fromstring(rss.body()).findall("./channel/item")
    assert press_release.title in [item.findtext("title") for item in items]
    assert atom.ok and "atom" in atom.headers["content-type"]
    entries = ElementTree.fromstring(atom.body()).findall(f"{ATOM}entry")
    assert press_release.title in [entry.findtext(f"{ATOM}title") for entry in entries]
