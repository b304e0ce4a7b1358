"""axe-core on each role's main admin screens, in Turkish (issue 17): the Monitoring Board's,
a Kadıköy reporter's and an editor's. No serious or critical violation is allowed, except the
ones listed in UPSTREAM (Wagtail's or wagtail-localize's own markup). Every screen is saved as
the screenshot admin-a11y-<role>-<screen>."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Locale

from news.models import NewsPage
from tests.browser.axe import describe, serious_violations
from tests.browser.conftest import log_in, new_page, screenshot
from tests.browser.site import draft_assessment

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import Browser, Page


@dataclass(frozen=True)
class Upstream:
    """A violation inside Wagtail's or wagtail-localize's own markup that this project cannot
    reasonably change: its rule, the screens it shows on and a part of the failing element's
    axe target selector or HTML."""

    rule: str
    screens: tuple[str, ...]
    element: str


#: Known upstream violations (each with its cause); the audits ignore exactly these elements.
UPSTREAM = (
    # Wagtail 7.4's minimap (client/src/components/Minimap) gives its links tabindex="-1" while
    # it is collapsed, so its list, which scrolls once a form has many panels (an assessment's
    # rows), holds nothing to focus.
    Upstream(
        "scrollable-region-focusable",
        ("assessment-edit", "approve-confirmation", "request-changes"),
        ".w-minimap__list",
    ),
    # Wagtail 7.4's wagtailadmin/shared/workflow_action_modal.html (the "Değişiklik iste" form)
    # puts each {% formattedfield %}, a <div>, straight into <ul class="fields">. (Our approval
    # confirmation, templates/plans/admin/approve_confirmation.html, wraps them in <li>.)
    Upstream("list", ("request-changes",), '<ul class="fields">'),
    # Wagtail 7.4's Draftail editor inside a StreamField block (the news body's paragraphs): its
    # contenteditable role="textbox" is described by its placeholder but has no name (a block
    # has no <label>).
    Upstream("aria-input-field-name", ("news-edit",), "public-DraftEditor-content"),
    # wagtail-localize 1.x's translation editor (its React bundle, styled-components): the
    # headings of the segments ("Başlık", "Giriş", "Metin") are #00b0b1 on white, 2.67:1 …
    Upstream("color-contrast", ("translation-editor",), '<h3 class="sc-'),
    # … and its "PO dosyası yükle" form's file input has no label.
    Upstream("label", ("translation-editor",), '<input type="file" name="file"'),
)


def upstream(screen: str, violation: dict[str, Any], node: dict[str, Any]) -> bool:
    """Whether one failing element of a violation on a screen is a known upstream one."""
    target = " ".join(str(part) for part in node["target"])
    return any(
        known.rule == violation["id"]
        and screen in known.screens
        and (known.element in target or known.element in node["html"])
        for known in UPSTREAM
    )


def ours(screen: str, violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The violations without their upstream elements (UPSTREAM); rules left with none drop."""
    kept = []
    for violation in violations:
        nodes = [node for node in violation["nodes"] if not upstream(screen, violation, node)]
        if nodes:
            kept.append({**violation, "nodes": nodes})
    return kept


@dataclass(frozen=True)
class Screen:
    """An admin screen: its name, address and what to do there before the audit."""

    name: str
    path: str
    then: Callable[[Page], None] | None = None


def open_approval_confirmation(page: Page) -> None:
    """The board's "Onayla…" confirmation, open over the edit page."""
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[data-workflow-action-name="approve"]').click()
    page.locator(".modal-content").get_by_text("herkese açık olur").wait_for()


def open_request_changes(page: Page) -> None:
    """The board's "Değişiklik iste" form, open over the edit page."""
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator('button[data-workflow-action-name="reject"]').click()
    page.locator(".modal-content textarea[name='comment']").wait_for()


def audit(browser: Browser, live_site: str, username: str, screens: list[Screen]) -> str:
    """Log in as username, visit each screen in Turkish and run axe there; the violations
    found, described (empty when none)."""
    tab = new_page(browser, live_site, bypass_csp=True)
    log_in(tab, username, "/admin/login/")
    found = []
    for screen in screens:
        response = tab.goto(screen.path)
        assert response is not None and response.ok, f"{screen.name}: {response}"
        assert tab.get_attribute("html", "lang") == "tr", screen.name
        if screen.then is not None:
            screen.then(tab)
        screenshot(tab, "tr", f"admin-a11y-{username}-{screen.name}")
        violations = ours(screen.name, serious_violations(tab))
        print(screen.name, [(v["id"], [n["html"][:200] for n in v["nodes"]]) for v in violations])
        if violations:
            found.append(f"{screen.name} ({screen.path}):\n{describe(violations)}")
    tab.context.close()
    return "\n".join(found)


def test_the_boards_screens(browser: Browser, live_site: str) -> None:
    draft = draft_assessment()
    reporter = get_user_model().objects.get(username="kadikoy-raportor")
    draft.get_workflow().start(draft, reporter)  # waiting for the board
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    compare = reverse("plans_assessment_compare", args=[draft.pk])
    screens = [
        Screen("dashboard", reverse("wagtailadmin_home")),
        Screen("assessment-edit", edit),
        Screen("compare-live", compare),
        Screen("compare-previous", f"{compare}?against=previous"),
        Screen("approve-confirmation", edit, open_approval_confirmation),
        Screen("request-changes", edit, open_request_changes),
    ]

    assert not (found := audit(browser, live_site, "heyet", screens)), found


def test_the_reporters_screens(browser: Browser, live_site: str) -> None:
    draft = draft_assessment()
    imports = reverse("plans_import:upload", args=[draft.get_parent().pk])
    screens = [
        Screen("dashboard", reverse("wagtailadmin_home")),
        Screen("assessment-edit", reverse("wagtailadmin_pages:edit", args=[draft.pk])),
        Screen("import-index", reverse("plans_import:index")),
        Screen("import", f"{imports}?donem={draft.period_id}"),
    ]

    assert not (found := audit(browser, live_site, "kadikoy-raportor", screens)), found


def test_the_editors_screens(browser: Browser, live_site: str) -> None:
    news = NewsPage.objects.filter(locale__language_code="tr").order_by("path").first()
    english = news.get_translation(Locale.objects.get(language_code="en"))
    screens = [
        Screen("dashboard", reverse("wagtailadmin_home")),
        Screen("news-edit", reverse("wagtailadmin_pages:edit", args=[news.pk])),
        # A synced translation's edit page is wagtail-localize's translation editor.
        Screen("translation-editor", reverse("wagtailadmin_pages:edit", args=[english.pk])),
    ]

    assert not (found := audit(browser, live_site, "editor", screens)), found
