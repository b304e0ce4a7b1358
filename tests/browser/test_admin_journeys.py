"""Issue 17's admin journeys in a real browser, each also checked at a 360 px phone's width:

- the board reviews a reporter's correction of an assessment: the comparison against the live
  version and against the previous period, "Değişiklik iste" refused without a comment, the
  reporter reads the board's comment on the edit page, fixes the row and resubmits, the board
  approves through the confirmation and the visitor sees the new figure;
- an editor translates a published Turkish news item with "Bu sayfayı çevir": nothing reaches
  /en/ (the page, the news list, the RSS and Atom feeds) before the translation is published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import Locale
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, NewsKind, NewsPage
from plans.assessment_diff import ACTION_FIELDS, previous_period_assessment
from plans.models import ActionAssessment, ActionPage, AssessmentPage
from plans.scales import ActionStatus
from tests.browser.conftest import VIEWPORT, log_in, new_page, screenshot
from tests.browser.site import draft_assessment
from tests.browser.test_accessibility import PHONE
from tests.browser.test_journeys import ATOM, status_rows
from tests.browser.test_translation import DUMMY_TRANSLATOR

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from django.contrib.auth.models import AbstractUser

EXPLORER = re.compile(r"/admin/pages/\d+/$")
COMMENT = "Tamamlandı olarak işaretlenen eylemin ilerlemesi %100 olmalı; lütfen düzeltin."


def open_header_menu_link(page: Page, name: str) -> None:
    """Follow a link of the page header's "Eylemler" menu (Wagtail renders it when opened)."""
    page.locator("header .w-dropdown__toggle").first.click()
    page.get_by_role("link", name=name, exact=True).click()


def open_footer_action(page: Page, selector: str) -> None:
    """Click an action of the edit page's footer menu (the menu opens first)."""
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator(selector).click()


#: Text and controls cut off at a phone's right edge. Wagtail's admin scrolls inside
#: <main id="main">, whose overflow-x is hidden: what is wider is cut off there, and the document
#: itself never scrolls sideways. Left out: what scrolls inside its own region, and the chrome
#: (selectors) that lies past the edge by design.
CUT_OFF = """([width, chrome]) => {
    const inside = "#main, .modal.show";
    const scrolls = element => {
        for (let up = element.parentElement; up && !up.matches(inside); up = up.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return true;
        }
        return false;
    };
    const hidden = ".w-sr-only, .visuallyhidden";  // for screen readers only
    const shown = element => element.closest(inside) && !element.closest(chrome)
        && !element.closest(hidden)
        && getComputedStyle(element).visibility !== "hidden" && !scrolls(element);
    const cut = [];
    const note = (element, right, what) => {
        if (right > width + 0.5 && shown(element)) {
            const where = `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80);
            cut.push(`${what} in ${where} (right edge at ${Math.round(right)} px)`);
        }
    };
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (!text.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const rights = [...range.getClientRects()].map(box => box.right);
        const words = JSON.stringify(text.textContent.trim().slice(0, 30));
        note(text.parentElement, Math.max(0, ...rights), words);
    }
    const controls = "img, svg, input:not([type=hidden]), select, textarea, button";
    for (const element of document.querySelectorAll(controls)) {
        const box = element.getBoundingClientRect();
        if (box.width && box.height) note(element, box.right, element.tagName.toLowerCase());
    }
    return cut;
}"""
#: Wagtail 7.4's edit view past a 360 px edge: the closed side panel (off-canvas) and the
#: collapsed minimap, the comment buttons beside each field (12 px over), and the slim header's
#: title row (the page title and its status tag run past the edge, cut off).
WAGTAIL_CHROME = ".form-side, .w-minimap, .w-field__comment-button, .w-slim-header"
#: wagtail-localize 1.x's translation editor: the transparent file input over its "PO dosyası
#: yükle" button is wider than the button and runs 19 px past the edge (nothing visible is cut).
LOCALIZE_CHROME = f"{WAGTAIL_CHROME}, form[enctype='multipart/form-data'] input[type='file']"
#: Wagtail's sidebar slides away when the viewport narrows: wait until it has.
SETTLED = "() => document.getAnimations().every(animation => animation.playState !== 'running')"


def assert_fits_a_phone(
    page: Page, kind: str, chrome: str = WAGTAIL_CHROME, show: str | None = None
) -> None:
    """In a 360 px viewport the document does not scroll sideways and nothing of ours is cut
    off (screenshot <kind>-phone, scrolled to `show` when given); the viewport is the desktop
    one again afterwards."""
    page.set_viewport_size(PHONE)
    page.wait_for_function(SETTLED)
    if show is not None:
        page.locator(show).scroll_into_view_if_needed()
    width = page.evaluate("document.documentElement.scrollWidth")
    cut = page.evaluate(CUT_OFF, [PHONE["width"], chrome])
    screenshot(page, "tr", f"{kind}-phone")
    page.set_viewport_size(VIEWPORT)
    assert width <= PHONE["width"], f"{kind} is {width} px wide on a 360 px phone"
    assert not cut, f"{kind} at 360 px cuts off: {cut}"


# The board's review --------------------------------------------------------------------------


@dataclass(frozen=True)
class Review:
    """Kadıköy's period-3 assessment as the board approved it earlier, and two of its rows: the
    one the reporter corrects (position in the form) and one that equals the previous period's."""

    page: AssessmentPage
    previous: AssessmentPage
    position: int
    changed: ActionPage
    kept: ActionPage


def approved_assessment_to_correct(board: AbstractUser) -> Review:
    """Publish Kadıköy's period-3 draft as the board's earlier approval, with one row "Devam
    ediyor, 60 %" (the one to correct) and one row as in period 2 (unchanged against both)."""
    draft = draft_assessment()
    previous = previous_period_assessment(draft)
    assert previous is not None
    before = {row.action_id: row for row in previous.action_rows.all()}
    rows = list(draft.action_rows.order_by("sort_order"))
    position, changed = next(
        (i, row)
        for i, row in enumerate(rows)
        if before[row.action_id].status != ActionStatus.COMPLETED
    )
    changed.status, changed.progress = ActionStatus.IN_PROGRESS, 60
    changed.save()
    kept = next(row for row in rows if row.pk != changed.pk)
    for name in ACTION_FIELDS:
        setattr(kept, name, getattr(before[kept.action_id], name))
    kept.save()
    page = AssessmentPage.objects.get(pk=draft.pk)
    page.save_revision(user=board).publish(user=board)
    return Review(
        page=AssessmentPage.objects.get(pk=draft.pk),
        previous=previous,
        position=position,
        changed=ActionPage.objects.get(pk=changed.action_id),
        kept=ActionPage.objects.get(pk=kept.action_id),
    )


def action_label(action: ActionPage) -> str:
    """How the comparison names an action's row."""
    return f"{action.code} {action.title}"


def compared_rows(page: Page, caption: str) -> dict[str, tuple[str, dict[str, tuple[str, str]]]]:
    """The comparison's table with that caption: each row's label → its kind of change and its
    changed fields (label → old and new value)."""
    table = page.locator("table.listing", has=page.locator("caption", has_text=caption))
    rows = {}
    for body in table.locator("tbody").all():
        lines = [line.locator("td").all_inner_texts() for line in body.locator("tr").all()]
        kind = lines[0].pop(0)
        fields = {label: (old, new) for label, old, new in lines}
        rows[body.locator("th").inner_text()] = (kind, fields)
    return rows


def fill_row(page: Page, position: int, status: str, progress: int) -> None:
    """Set one row of the compact form (its status by its Turkish label)."""
    page.select_option(f'select[name="action_rows-{position}-status"]', label=status)
    page.fill(f'input[name="action_rows-{position}-progress"]', str(progress))


def submit_to_the_board(reporter: Page) -> None:
    """Submit (or resubmit) the page from its edit view and wait for the explorer."""
    open_footer_action(reporter, 'button[name="action-submit"]')
    reporter.wait_for_url(EXPLORER)


def test_board_compares_asks_for_changes_and_approves_the_reporters_correction(
    browser: Browser, live_site: str, page: Page
) -> None:
    users = get_user_model().objects.in_bulk(["heyet", "kadikoy-raportor"], field_name="username")
    review = approved_assessment_to_correct(users["heyet"])
    edit_url = f"/admin/pages/{review.page.pk}/edit/"
    period = review.page.period.name
    visitor = page
    reporter = new_page(browser, live_site)
    board = new_page(browser, live_site)
    assert status_rows(visitor, review.changed)[period] == "Devam ediyor"

    # The reporter marks the action completed, with a progress the board will question.
    log_in(reporter, "kadikoy-raportor", "/admin/login/")
    reporter.goto(edit_url)
    fill_row(reporter, review.position, "Tamamlandı", 80)
    row = f"#inline_child_action_rows-{review.position}"
    assert_fits_a_phone(reporter, "admin-review-compact-form", show=row)
    submit_to_the_board(reporter)
    assert status_rows(visitor, review.changed)[period] == "Devam ediyor"  # in review

    # The board compares the version under review with the live one …
    log_in(board, "heyet", "/admin/login/")
    board.goto(edit_url)
    open_header_menu_link(board, "Karşılaştır")
    board.wait_for_url(f"**/admin/plans/assessments/{review.page.pk}/compare/")
    assert board.locator("main h2.w-h3").inner_text() == "1 eylemde değişiklik"
    changed = action_label(review.changed)
    assert compared_rows(board, "Eylemlerin durumu") == {
        changed: (
            "Değişti",
            {"Durum": ("Devam ediyor", "Tamamlandı"), "İlerleme (%)": ("60", "80")},
        )
    }
    assert not compared_rows(board, "Gösterge değerleri")  # the reporter changed no value
    screenshot(board, "tr", "admin-review-compare-live")
    assert_fits_a_phone(board, "admin-review-compare-live")

    # … and with the previous period's approved assessment.
    board.get_by_role("link", name="Önceki dönemle", exact=True).click()
    board.wait_for_url("**?against=previous")
    assert review.previous.period.name in board.locator(".help-text").first.inner_text()
    rows = compared_rows(board, "Eylemlerin durumu")
    kind, fields = rows[changed]
    assert kind == "Değişti"
    assert fields["Durum"][1] == "Tamamlandı"
    assert action_label(review.kept) not in rows  # as in period 2: not a change
    screenshot(board, "tr", "admin-review-compare-previous")

    # Asking for changes needs a comment.
    board.get_by_role("link", name="Düzenleme sayfasına dön").click()
    board.wait_for_url(f"**{edit_url}")
    open_footer_action(board, 'button[data-workflow-action-name="reject"]')
    modal = board.locator(".modal-content")
    modal.locator("textarea[name='comment']").wait_for()
    modal.locator('button[type="submit"]').click()
    modal.locator(".error-message").wait_for()
    assert modal.locator(".error-message").inner_text().strip() == "Bu alan zorunludur."
    assert AssessmentPage.objects.get(pk=review.page.pk).workflow_in_progress  # still in review
    screenshot(board, "tr", "admin-review-request-changes-refused")
    modal.locator("textarea[name='comment']").fill(COMMENT)
    modal.locator('button[type="submit"]').click()
    board.wait_for_url(EXPLORER)

    # The reporter reads the board's comment, by whom, on the edit page and fixes the row.
    reporter.goto(edit_url)
    notice = reporter.locator(".messages").get_by_text("İzleme Heyeti değişiklik istedi")
    assert "Hale Heyet Üyesi" in notice.inner_text()
    assert COMMENT in notice.inner_text()
    screenshot(reporter, "tr", "admin-review-changes-requested")
    assert_fits_a_phone(reporter, "admin-review-changes-requested")
    fill_row(reporter, review.position, "Tamamlandı", 100)
    submit_to_the_board(reporter)

    # The board approves through the confirmation, which lists the changed figures.
    board.goto(edit_url)
    open_footer_action(board, 'button[data-workflow-action-name="approve"]')
    confirmation = board.locator(".modal-content")
    confirmation.get_by_text("herkese açık olur").wait_for()
    changes = confirmation.locator("#approval-changes-heading + ul li").all_inner_texts()
    assert changes == [f"{changed}: Durum Devam ediyor → Tamamlandı; İlerleme (%) 60 → 100"]
    screenshot(board, "tr", "admin-review-approve-confirmation")
    assert_fits_a_phone(board, "admin-review-approve-confirmation")
    confirmation.get_by_role("button", name="Onaylıyorum, yayımla").click()
    board.wait_for_url(EXPLORER)
    assert review.page.title in board.locator(".messages").inner_text()

    assert status_rows(visitor, review.changed)[period] == "Tamamlandı"
    row = ActionAssessment.objects.get(assessment=review.page, action=review.changed)
    assert (row.status, row.progress) == (ActionStatus.COMPLETED, 100)
    reporter.context.close()
    board.context.close()


# The editor's news translation ---------------------------------------------------------------


def published_news_item(editor: AbstractUser) -> NewsPage:
    """A Turkish news item, live, with no English translation yet."""
    index = NewsIndexPage.objects.get(locale__language_code="tr")
    item = NewsPage(
        title="Kadıköy'de kreş saatleri uzadı",
        slug="kadikoyde-kres-saatleri-uzadi",
        intro="Belediye kreşleri akşam yediye kadar açık.",
        kind=NewsKind.NEWS,
        body=[("paragraph", RichText("<p>Çalışan ebeveynler için yeni saatler.</p>"))],
    )
    index.add_child(instance=item)
    item.save_revision(user=editor).publish(user=editor)
    return item


def english_news_channels(visitor: Page) -> dict[str, list[str]]:
    """The titles /en/ shows an anonymous visitor: the news list, the RSS and the Atom feed."""
    index = NewsIndexPage.objects.get(locale__language_code="en")
    visitor.goto(index.url)
    listed = visitor.locator("main .card h2, main .card h3").all_inner_texts()
    rss = visitor.request.get(index.url + "rss/")
    atom = visitor.request.get(index.url + "atom/")
    assert rss.ok and atom.ok
    return {
        "list": [title.strip() for title in listed],
        "rss": [
            item.findtext("title")
            for item in ElementTree.fromstring(rss.body()).findall("./channel/item")
        ],
        "atom": [
            entry.findtext(f"{ATOM}title")
            for entry in ElementTree.fromstring(atom.body()).findall(f"{ATOM}entry")
        ],
    }


def appears_in(channels: dict[str, list[str]], title: str) -> dict[str, bool]:
    return {name: title in titles for name, titles in channels.items()}


ENGLISH_TITLE = "Nursery hours extended in Kadıköy"


def test_editor_translates_a_news_item_and_nothing_reaches_english_before_publishing(
    browser: Browser,
    live_site: str,
    page: Page,
    settings: pytest.FixtureRequest,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY_TRANSLATOR
    editor_user = get_user_model().objects.get(username="editor")
    item = published_news_item(editor_user)
    visitor = page
    nowhere = {"list": False, "rss": False, "atom": False}
    assert appears_in(english_news_channels(visitor), item.title) == nowhere

    editor = new_page(browser, live_site)
    log_in(editor, "editor", "/admin/login/")
    editor.goto(f"/admin/pages/{item.pk}/edit/")
    screenshot(editor, "tr", "admin-news-edit")
    assert_fits_a_phone(editor, "admin-news-edit")
    open_header_menu_link(editor, "Bu sayfayı çevir")
    editor.wait_for_url(f"**/admin/localize/submit/page/{item.pk}/")
    editor.get_by_label("English").check()
    screenshot(editor, "tr", "admin-news-translate-submit")
    editor.locator('form:has(input[name="locales"]) input[type="submit"]').click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    english = NewsPage.objects.get(pk=re.search(r"/admin/pages/(\d+)/edit/", editor.url)[1])
    assert english.locale == Locale.objects.get(language_code="en")
    assert not english.live  # a draft: WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off

    with editor.expect_navigation():
        editor.locator('form[action*="/machine_translate/"] button').first.click()
    title = editor.locator("li.complete", has=editor.locator("p.title")).first
    title.get_by_role("button", name="Düzenle").click()
    title.locator("textarea").fill(ENGLISH_TITLE)
    with editor.expect_response(lambda response: "/strings/" in response.url) as saved:
        title.get_by_role("button", name="Kaydet").click()
    assert saved.value.ok
    screenshot(editor, "tr", "admin-news-translation-editor")
    assert_fits_a_phone(editor, "admin-news-translation-editor", LOCALIZE_CHROME)

    # Translated but not published: nothing in English yet.
    english.refresh_from_db()
    assert visitor.request.get(english.url).status == 404
    channels = english_news_channels(visitor)
    assert appears_in(channels, ENGLISH_TITLE) == nowhere
    assert appears_in(channels, item.title) == nowhere

    # Publishing runs when the request's transaction commits: see test_translation.py.
    with django_capture_on_commit_callbacks(execute=True), editor.expect_navigation():
        editor.locator('button[name="action"][value="publish"]').click()
    english.refresh_from_db()
    assert english.live and english.title == ENGLISH_TITLE

    response = visitor.goto(english.url)
    assert response is not None and response.status == 200
    assert visitor.locator("h1").inner_text() == ENGLISH_TITLE
    screenshot(visitor, "en", "journey-translated-news")
    everywhere = {"list": True, "rss": True, "atom": True}
    assert appears_in(english_news_channels(visitor), ENGLISH_TITLE) == everywhere
    editor.context.close()
