"""Browser tests: Playwright drives Debian's Chromium through the demo site on a live server.

Skipped when /usr/bin/chromium or the playwright package is missing, unless the environment
variable YEEP_BROWSER_TESTS=required (set by .ci/run): then they fail. A browser is never
downloaded (no `playwright install`).

The demo content is committed (the live server's requests must see it), so these tests run as one
block, first: before any test that empties the database (the transactional ones), and as one xdist
group ("browser", tests/xdist_groups.py), so that one worker takes the whole block while the other
workers run the rest of the suite (split between two workers, each built the live site, about 45 s).
The package-scoped `live_site` builds the demo site once for the block and puts the database back
afterwards (tests/browser/site.py).
"""

from __future__ import annotations

import base64
import importlib.util
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connections

from tests.browser.site import USER_PASSWORD, build_site, page_kinds, replacing_database
from tests.xdist_groups import put_in_group

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page
    from pytest_django import DjangoDbBlocker

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
REQUIRED = os.environ.get("YEEP_BROWSER_TESTS") == "required"
TURNED_OFF = os.environ.get("YEEP_BROWSER_TESTS") == "off"  # a quicker local run
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"
HERE = Path(__file__).parent
VIEWPORT = {"width": 1280, "height": 800}
ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


def missing_tools() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if TURNED_OFF:
        return "YEEP_BROWSER_TESTS=off"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright package is missing (pip install -e '.[dev]')"
    return None


def _is_browser_test(item: pytest.Item) -> bool:
    return HERE in Path(str(item.path)).parents


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the browser tests first and together (see above)."""
    browser = [item for item in items if _is_browser_test(item)]
    if not browser:
        return
    reason = missing_tools()
    for item in browser:
        # Each test runs in a transaction that is rolled back, as other database tests do;
        # the live server shares that connection (serving_in_the_tests_transaction).
        item.add_marker(pytest.mark.django_db)
        put_in_group(config, item, "browser")
        if reason and not REQUIRED:
            item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))
    items[:] = browser + [item for item in items if not _is_browser_test(item)]


@pytest.fixture(scope="package")
def sync_django_beside_playwright() -> Iterator[None]:
    """Playwright's synchronous API keeps an asyncio loop running in the main thread, which
    Django takes for an async context and refuses database access in; the tests are
    synchronous, so Django's check is off while they run."""
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    yield
    if previous is None:
        del os.environ[ASYNC_UNSAFE]
    else:
        os.environ[ASYNC_UNSAFE] = previous


@pytest.fixture(scope="package")
def browser(sync_django_beside_playwright: None) -> Iterator[Browser]:
    """Headless Chromium from Debian, launched once for the browser tests."""
    reason = missing_tools()
    if reason:
        pytest.fail(f"YEEP_BROWSER_TESTS=required but {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


def serving_in_the_tests_transaction() -> Any:
    """pytest-django's live server, whose requests use this thread's database connection on
    every database (pytest-django shares it only for in-memory SQLite): what the browser does in
    a test is then rolled back with the test's transaction, on PostgreSQL as on SQLite, and no
    test sees what an earlier one approved or published (on PostgreSQL the server's own
    connection committed, and the translator's test found the draft the reporter's journey had
    had approved)."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost", start=False)
    server.thread.connections_override["default"] = connections["default"]
    server.start()
    # Django's threaded server closes the thread's connections after each request: not this one.
    server.thread.httpd._close_connections = lambda: None
    GATE.serve(server)
    return server


@contextmanager
def connections_kept_open() -> Iterator[None]:
    """Requests leave the shared connection open, as in Django's test client: at a request's
    start and end Django closes a connection not in autocommit, which the test's transaction
    never is (SQLite's in-memory database ignores the close; PostgreSQL's would end it)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


class RequestGate:
    """The live server's door. Its request threads share one database connection, which two
    requests cannot use at once (the admin's background requests beside a form's POST ended in
    "no such savepoint"), so requests are handled one at a time (responses stream outside the
    lock). Between two tests the door is shut: a late request of the last test's tabs (a ping of
    Wagtail's editing session, say) would otherwise run while that test's transaction is rolled
    back or inside the next test's, and a failed save there broke the next test's transaction
    ("An error occurred in the current transaction", on PostgreSQL)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = False

    def serve(self, server: Any) -> None:
        """Put the gate in front of the server's WSGI application."""
        httpd = server.thread.httpd
        application = httpd.get_app()

        def gated(environ: dict[str, Any], start_response: Any) -> Any:
            with self.lock:
                if not self.open:
                    start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                    return [b"between two tests"]
                return application(environ, start_response)

        httpd.set_app(gated)

    def shut(self) -> None:
        """Wait for the request being handled, then refuse the next ones."""
        with self.lock:
            self.open = False

    def reopen(self) -> None:
        """Serve requests again (a test begins)."""
        with self.lock:
            self.open = True


GATE = RequestGate()
#: Browser contexts kept for the whole block (the audits' anonymous one); every other context
#: is closed when its test ends.
SHARED_CONTEXTS: list[BrowserContext] = []


@pytest.fixture(autouse=True)
def one_test_at_a_time(db: None, browser: Browser) -> Iterator[None]:
    """Open the live server to this test only: when it ends (before its transaction is rolled
    back: this fixture needs `db`, so it is torn down first), close its browser contexts and shut
    the gate (RequestGate)."""
    GATE.reopen()
    yield
    for context in browser.contexts:
        if context not in SHARED_CONTEXTS:
            context.close()
    GATE.shut()


@pytest.fixture(scope="package")
def live_site(
    browser: Browser, django_db_setup: None, django_db_blocker: DjangoDbBlocker
) -> Iterator[str]:
    """The demo site served by pytest-django's live server; its base URL.

    Built once Playwright's loop runs: Django then keeps this thread's database connection in a
    context variable (asgiref.local), a connection of its own, which the tests and the server
    share and which is closed here.
    """
    with django_db_blocker.unblock():
        try:
            with replacing_database(), connections_kept_open():
                build_site()
                server = serving_in_the_tests_transaction()
                try:
                    yield server.url
                finally:
                    # The server's request threads share this thread's connection:
                    # let the browser hang up and those threads end before sharing stops.
                    for context in browser.contexts:
                        context.close()
                    for thread in threading.enumerate():
                        if "process_request_thread" in thread.name:
                            thread.join(timeout=5)
                    server.stop()
        finally:
            connections.close_all()  # this context's own connection (see above)


@pytest.fixture(scope="package")
def kinds(live_site: str, django_db_blocker: DjangoDbBlocker) -> dict[str, dict[str, str]]:
    """One page of every public kind: its address in each language."""
    with django_db_blocker.unblock():
        return page_kinds()


def new_context(browser: Browser, live_site: str, **options: object) -> BrowserContext:
    """A fresh browser context (its own cookies) on the live site, asking for Turkish."""
    context = browser.new_context(
        base_url=live_site, viewport=VIEWPORT, locale="tr-TR", accept_downloads=True, **options
    )
    context.set_default_timeout(15_000)
    return context


def new_page(browser: Browser, live_site: str, **options: object) -> Page:
    """A tab in a fresh browser context (see new_context)."""
    return new_context(browser, live_site, **options).new_page()


@pytest.fixture
def page(browser: Browser, live_site: str) -> Iterator[Page]:
    """A browser tab as a visitor would have it (the site's Content-Security-Policy applies)."""
    tab = new_page(browser, live_site)
    yield tab
    tab.context.close()


@pytest.fixture(scope="package")
def audit_context(browser: Browser, live_site: str) -> Iterator[BrowserContext]:
    """Anonymous tabs that may inject axe-core: a script tag of our own would break the site's
    Content-Security-Policy, so this context bypasses it. Shared by the audits (one cache)."""
    context = new_context(browser, live_site, bypass_csp=True)
    SHARED_CONTEXTS.append(context)
    yield context
    SHARED_CONTEXTS.remove(context)
    context.close()


@pytest.fixture
def audit_page(audit_context: BrowserContext) -> Iterator[Page]:
    """A tab of the audit context."""
    tab = audit_context.new_page()
    yield tab
    tab.close()


def screenshot(page: Page, language: str, kind: str) -> None:
    """Save the whole page as test-artifacts/screenshots/<language>/<kind>.png.

    Through Chromium's own call with its faster PNG encoding (optimizeForSpeed): about half the
    time of Playwright's full-page screenshot, which counts with some seventy of them.
    """
    from playwright.sync_api import Error as PlaywrightError

    folder = SCREENSHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    width, height = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    )
    target = folder / f"{kind}.png"
    session = page.context.new_cdp_session(page)
    try:
        shot = session.send(
            "Page.captureScreenshot",
            {
                "format": "png",
                "optimizeForSpeed": True,
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
            },
        )
    except PlaywrightError as error:
        # Chromium now and then answers "Unable to capture screenshot" when no frame has been
        # drawn yet (seen once in CI, on the small login page). The screenshot is a record
        # for people, not what a test asserts: wait for a frame and take Playwright's own.
        if "Unable to capture screenshot" not in str(error):
            raise
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => done()))")
        page.screenshot(path=str(target), full_page=True)
        return
    finally:
        session.detach()
    target.write_bytes(base64.b64decode(shot["data"]))


def log_in(page: Page, username: str, path: str | None = None) -> None:
    """Fill in the login form (the admin's or the site's), at path or where the page is, and
    wait until it has taken the user on."""
    if path:
        page.goto(path)
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', USER_PASSWORD)
    page.locator('form button[type="submit"]').last.click()
    page.wait_for_url(lambda url: "login/" not in url)
