"""The translator's path in a real browser: the board approves the Turkish assessment, an editor
has it translated in wagtail-localize's editor and publishes the English page without a second
approval; the English visitor reads it with the approved figures."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from wagtail.models import Locale

from plans.models import AssessmentPage
from tests.browser.conftest import log_in, new_page, screenshot
from tests.browser.site import draft_assessment

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

#: wagtail-localize's test translator (reverses the words), standing in for a translator's typing.
DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
ENGLISH_TITLE = "Progress period 3 (January–June 2026): Monitoring Board assessment"


def approve(board: Page, page_id: int) -> None:
    """The board publishes the page from its edit view (its approval)."""
    board.goto(f"/admin/pages/{page_id}/edit/")
    board.locator("footer .w-dropdown__toggle").first.click()
    board.locator('footer button[name="action-publish"]').click()
    board.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def test_translator_publishes_the_english_assessment_without_a_second_approval(
    browser: Browser,
    live_site: str,
    page: Page,
    settings: pytest.FixtureRequest,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    draft = draft_assessment()
    board = new_page(browser, live_site)
    translator = new_page(browser, live_site)
    log_in(board, "heyet", "/admin/login/")
    approve(board, draft.pk)

    log_in(translator, "editor", "/admin/login/")
    translator.goto(f"/admin/localize/submit/page/{draft.pk}/")
    translator.get_by_label("English").check()
    translator.locator('form:has(input[name="locales"]) input[type="submit"]').click()
    translator.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    english_id = int(re.search(r"/admin/pages/(\d+)/edit/", translator.url).group(1))
    message = translator.locator(".messages").inner_text()
    assert "ikinci bir onay gerekmez" in message  # the editor says why no approval is needed
    # wagtail-localize's section title, English in its bundle, is rewritten language-neutrally.
    translator.get_by_text("Türkçe → English").first.wait_for()
    assert " translation" not in translator.locator(".js-translation-editor").inner_text()
    screenshot(translator, "tr", "admin-translation-editor")

    with translator.expect_navigation():
        machine_translate = translator.locator('form[action*="/machine_translate/"] button')
        machine_translate.first.click()
    # The title in the translator's own words, through the editor's segment form.
    title = translator.locator("li.complete", has=translator.locator("p.title")).first
    title.get_by_role("button", name="Düzenle").click()
    title.locator("textarea").fill(ENGLISH_TITLE)
    with translator.expect_response(lambda response: "/strings/" in response.url) as saved:
        title.get_by_role("button", name="Kaydet").click()
    assert saved.value.ok
    # wagtail-localize publishes when the request's transaction commits. The live server shares
    # the test's connection, whose transaction is rolled back after the test: the callbacks are
    # run here.
    with django_capture_on_commit_callbacks(execute=True), translator.expect_navigation():
        translator.locator('button[name="action"][value="publish"]').click()

    english = AssessmentPage.objects.get(pk=english_id)
    assert english.live and english.title == ENGLISH_TITLE
    assert english.locale == Locale.objects.get(language_code="en")
    page.goto(english.url)
    assert page.locator("h1").inner_text() == ENGLISH_TITLE
    turkish_progress = [f"{row.progress}%" for row in draft.action_rows.order_by("sort_order")]
    shown = page.locator("table.data-table").nth(1).locator("tbody tr td:nth-child(3)")
    assert shown.all_inner_texts() == turkish_progress  # the approved Turkish figures
    screenshot(page, "en", "journey-translated-assessment")
    board.context.close()
    translator.context.close()
