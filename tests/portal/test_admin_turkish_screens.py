"""Every role's main admin screens read as Turkish (issue 17): the project's locale/tr completes
Wagtail's, wagtail-localize's and wagtail-2fa's Turkish and replaces the wrong strings of Wagtail's
own catalog. Each screen is rendered for the editor, a member of the Monitoring Board and a
Kadıköy reporter; its visible text (no <script>, <style> or attribute values) and the labels of
its menu must hold no English words of the admin and none of the wrong Turkish the issue lists."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.text import capfirst

from tests.scenarios.monitoring import Monitoring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

#: English words and phrases of the admin's UI that showed through the Turkish admin. Whole
#: words, case-sensitive. "English" (the language's own name in language pickers) and proper
#: names (time zones, "Wagtail") are allowed.
ENGLISH_UI = (
    "Account",
    "Action",
    "Add",
    "Aging pages",
    "Approve",
    "Autosave",
    "Cancel",
    "Choose",
    "Collapse all",
    "Comments",
    "Content",
    "Create",
    "Dashboard",
    "Date",
    "Delete",
    "Documents",
    "Draft",
    "Edit",
    "Expand all",
    "Filter",
    "History",
    "Images",
    "Live",
    "Locked",
    "Log out",
    "Manage",
    "Notifications",
    "Page types usage",
    "Pages",
    "Preview",
    "Privacy",
    "Promote",
    "Publish",
    "Published",
    "Reports",
    "Request changes",
    "Save",
    "Save draft",
    "Search",
    "Set schedule",
    "Settings",
    "Sign in",
    "Sign out",
    "Site history",
    "Sorry",
    "Status",
    "Submit",
    "Title",
    "Unpublish",
    "Update",
    "View details",
    "Workflow",
    "Yes",
    "has been",
    "the",
    "this",
)

#: Wrong Turkish of Wagtail's catalog the issue lists (the last one is Python's capitalisation of
#: a lowercase "i…" label: Turkish needs "İ").
WRONG_TURKISH = (
    "Gönderildi İzleme Heyeti onayı",
    "Başla",
    "Tanıtımını yap",
    "sayfa'yi",
    "sayfa'yı",
    "Bu sayfa' herkes",
    "ENGLİSH",
    "Istek",
)


def whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of the words, not inside a longer word."""
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")


ENGLISH_PATTERN = whole_words(ENGLISH_UI)
WRONG_PATTERN = whole_words(WRONG_TURKISH)

#: Wagtail builds a snippet chooser's button texts ("Choose another %(object)s", …) once, when its
#: admin URLs are first loaded, in the language active then (Turkish in a server process, whose
#: default language is tr; English in the test session). Their Turkish is checked in the catalog
#: below (test_snippet_chooser_texts_are_turkish); the screens ignore them.
FROZEN_CHOOSER_TEXT = re.compile(r"^(Choose|Choose another|Edit this) \w")


class VisibleText(HTMLParser):
    """The text a reader sees: data outside <script> and <style>; attributes are skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def menu_labels(page: str) -> list[str]:
    """The labels of the sidebar menu, which the admin's script renders from a JSON island."""
    match = re.search(
        r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', page, re.S
    )
    if not match:
        return []
    found = re.findall(r'"label": ("(?:[^"\\]|\\.)*")', match.group(1))
    return [json.loads(label) for label in found]


def read(client: Client, url: str) -> list[str]:
    """The visible lines of the admin screen at url, with its menu's labels; it must open."""
    response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    page = response.content.decode()
    parser = VisibleText()
    parser.feed(page)
    return parser.parts + menu_labels(page)


def untranslated(lines: list[str]) -> list[str]:
    """The lines that hold English UI words or the wrong Turkish."""
    return [
        line
        for line in lines
        if (ENGLISH_PATTERN.search(line) or WRONG_PATTERN.search(line))
        and not FROZEN_CHOOSER_TEXT.match(line)
    ]


def turkish_admin(user: AbstractUser) -> Client:
    """A client logged in as user, whose browser asks for Turkish."""
    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="tr")
    client.force_login(user)
    return client


@dataclass(frozen=True)
class Screen:
    """An admin screen: its name and its URL in the monitoring scenario for a user."""

    name: str
    url: Callable[[Monitoring, AbstractUser], str]


def _assessment(m: Monitoring) -> int:
    return m.assessments[0].pk


SCREENS = {
    "dashboard": Screen("dashboard", lambda m, u: "/admin/"),
    "explore_home": Screen("explore_home", lambda m, u: f"/admin/pages/{m.tree.home.pk}/"),
    "explore_municipality": Screen(
        "explore_municipality", lambda m, u: f"/admin/pages/{m.tree.kadikoy.pk}/"
    ),
    "explore_plan": Screen("explore_plan", lambda m, u: f"/admin/pages/{m.plan.pk}/"),
    "edit_assessment": Screen(
        "edit_assessment", lambda m, u: f"/admin/pages/{_assessment(m)}/edit/"
    ),
    "add_subpage": Screen("add_subpage", lambda m, u: f"/admin/pages/{m.plan.pk}/add_subpage/"),
    "add_action": Screen(
        "add_action", lambda m, u: f"/admin/pages/add/plans/actionpage/{m.plan.pk}/"
    ),
    "add_assessment": Screen(
        "add_assessment", lambda m, u: f"/admin/pages/add/plans/assessmentpage/{m.plan.pk}/"
    ),
    "page_history": Screen("page_history", lambda m, u: f"/admin/pages/{_assessment(m)}/history/"),
    "workflow_history": Screen(
        "workflow_history", lambda m, u: f"/admin/pages/{_assessment(m)}/workflow_history/"
    ),
    "search": Screen("search", lambda m, u: "/admin/pages/search/?q=kre%C5%9F"),
    "documents": Screen("documents", lambda m, u: "/admin/documents/"),
    "images": Screen("images", lambda m, u: "/admin/images/"),
    "account": Screen("account", lambda m, u: "/admin/account/"),
    "two_factor_devices": Screen("two_factor_devices", lambda m, u: f"/admin/2fa/devices/{u.pk}"),
    "two_factor_sign_in": Screen("two_factor_sign_in", lambda m, u: "/admin/2fa/auth"),
    "two_factor_new_device": Screen("two_factor_new_device", lambda m, u: "/admin/2fa/devices/new"),
}

#: The screens each role opens besides the reports (the board has no media rights; each explores
#: its own part of the tree).
COMMON = [
    "dashboard",
    "edit_assessment",
    "add_subpage",
    "add_action",
    "add_assessment",
    "page_history",
    "workflow_history",
    "search",
    "account",
    "two_factor_devices",
    "two_factor_new_device",
    "two_factor_sign_in",
]
ROLE_SCREENS = {
    "editor": [*COMMON, "explore_home", "documents", "images"],
    "board_member": [*COMMON, "explore_plan"],
    "kadikoy_reporter": [*COMMON, "explore_municipality", "documents", "images"],
}


@pytest.mark.parametrize(
    ("role", "screen"),
    [(role, screen) for role, screens in ROLE_SCREENS.items() for screen in screens],
)
def test_admin_screen_is_turkish(
    role: str, screen: str, monitoring: Monitoring, request: pytest.FixtureRequest
) -> None:
    user = request.getfixturevalue(role)
    lines = read(turkish_admin(user), SCREENS[screen].url(monitoring, user))

    assert untranslated(lines) == []


def report_urls(page: str) -> list[str]:
    """The URLs of the Reports menu's items in the sidebar's JSON island."""
    return sorted(set(re.findall(r'"url": "(/admin/reports/[^"]*)"', page)))


@pytest.mark.parametrize("role", list(ROLE_SCREENS))
def test_reports_the_role_may_open_are_turkish(
    role: str, monitoring: Monitoring, request: pytest.FixtureRequest
) -> None:
    client = turkish_admin(request.getfixturevalue(role))
    urls = report_urls(client.get("/admin/").content.decode())

    assert "/admin/reports/site-history/" in urls
    assert {url: untranslated(read(client, url)) for url in urls} == dict.fromkeys(urls, [])


def test_snippet_chooser_texts_are_turkish() -> None:
    with translation.override("tr"):
        texts = [
            translation.gettext(text) % {"object": "İzleme dönemi"}
            for text in ("Choose %(object)s", "Choose another %(object)s", "Edit this %(object)s")
        ]

    assert texts == [
        "Seç: İzleme dönemi",
        "Başkasını seç: İzleme dönemi",
        "Düzenle: İzleme dönemi",
    ]


def test_edit_screen_offers_the_boards_workflow_in_turkish(
    kadikoy_reporter: AbstractUser, monitoring: Monitoring
) -> None:
    lines = read(
        turkish_admin(kadikoy_reporter),
        SCREENS["edit_assessment"].url(monitoring, kadikoy_reporter),
    )
    text = "\n".join(lines)

    assert "İzleme Heyeti onayı için gönder" in text  # Wagtail's "Submit to %(workflow_name)s"
    assert "Yayın ayarları" in text  # the "Promote" tab
    assert "Taslağı kaydet" in text


def test_workflow_email_to_the_board_is_turkish(
    kadikoy_reporter: AbstractUser, board_member: AbstractUser, monitoring: Monitoring
) -> None:
    board_member.email = "heyet@example.org"
    board_member.save()
    page = monitoring.assessments[0]
    page.save_revision(user=kadikoy_reporter)

    page.get_workflow().start(page, kadikoy_reporter)

    [message] = [m for m in mail.outbox if board_member.email in m.to]
    lines = [message.subject, *message.body.splitlines()]
    assert untranslated(lines) == []
    assert "Merhaba" in message.body


def test_two_factor_sign_in_is_turkish(editor: AbstractUser) -> None:
    text = "\n".join(read(turkish_admin(editor), "/admin/2fa/auth"))

    assert "İki adımlı doğrulama kodunuzu girin" in text


def test_wrong_turkish_of_wagtail_is_replaced() -> None:
    with translation.override("tr"):
        submit = translation.gettext("Submit to %(workflow_name)s") % {
            "workflow_name": "İzleme Heyeti onayı"
        }
        unpublish = translation.gettext(
            "Are you sure you want to unpublish this %(model_name)s?"
        ) % {"model_name": "sayfa"}
        anyone = translation.gettext("Anyone can edit this %(model_name)s") % {
            "model_name": "sayfa"
        }
        promote = translation.gettext("Promote")
        title = capfirst(translation.gettext("title"))
        requested_by = capfirst(translation.gettext("requested by"))

    assert submit == "İzleme Heyeti onayı için gönder"
    assert unpublish == "Bu sayfa yayından kaldırılsın mı?"
    assert anyone == "Bu sayfa herkes tarafından düzenlenebilir."
    assert (promote, title, requested_by) == ("Yayın ayarları", "Başlık", "Talep eden")


def test_overlay_puts_no_suffix_on_a_placeholder() -> None:
    """Turkish suffixes depend on the word a placeholder becomes ("sayfa'yı", "belge'yi"): the
    overlay's Turkish is written so that no suffix follows a placeholder."""
    catalog = polib.pofile(str(Path(settings.BASE_DIR) / "locale/tr/LC_MESSAGES/django.po"))
    suffixed = re.compile(r"(%\(\w+\)s|\{\w+\})'\w")
    texts = [
        (entry.msgid, text)
        for entry in catalog
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if suffixed.search(text)
    ]

    assert texts == []
