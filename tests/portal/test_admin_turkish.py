"""wagtail-localize's admin reads as Turkish: the project's locale/tr completes the package's own
Turkish catalog (14 strings) for its views, templates and the translation editor's JavaScript."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.test import Client
from django.urls import reverse

import wagtail_localize
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

#: The package's English catalogs list every msgid of its Python, templates and JS bundle.
PACKAGE_LOCALE = Path(wagtail_localize.__file__).parent / "locale" / "en" / "LC_MESSAGES"
PROJECT_LOCALE = Path(settings.BASE_DIR) / "locale" / "tr" / "LC_MESSAGES"


def turkish_admin(user: AbstractUser) -> Client:
    """A client logged in as user, whose browser asks for Turkish (the admin's language)."""
    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="tr")
    client.force_login(user)
    return client


def text_of(response) -> str:  # type: ignore[no-untyped-def]
    """The response's HTML with entities decoded (messages escape the apostrophes)."""
    assert response.status_code == 200, response.status_code
    return html.unescape(response.content.decode())


def turkish_page(tree: SiteTree) -> Page:
    """A live Turkish page under the home page, not translated yet."""
    return StandardPageFactory(parent=tree.home, title="Yöntem", slug="yontem")


def submit_for_translation(client: Client, page: Page, tree: SiteTree):  # type: ignore[no-untyped-def]
    """wagtail-localize's "Translate this page" form, sent for English; follows to the editor."""
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [tree.english.pk]},
        follow=True,
    )


def js_catalog(client: Client) -> dict[str, str]:
    """The catalog that the translation editor's script loads (Django's JavaScriptCatalog)."""
    response = client.get(reverse("wagtail_localize:javascript_catalog"))
    assert response.status_code == 200
    match = re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)
    assert match, "the JavaScript catalog has no strings"
    return json.loads(match.group(1))


def test_translate_this_page_form_is_turkish(editor: AbstractUser, site_tree: SiteTree) -> None:
    page = turkish_page(site_tree)

    text = text_of(
        turkish_admin(editor).get(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        )
    )

    assert "Sayfayı çevir" in text  # "Translate page"
    assert "Diller" in text  # "Locales", the languages to translate into
    assert "Translate page" not in text


def test_submitting_opens_a_turkish_translation_editor(
    editor: AbstractUser, site_tree: SiteTree
) -> None:
    page = turkish_page(site_tree)

    response = submit_for_translation(turkish_admin(editor), page, site_tree)

    english = page.get_translation(site_tree.english)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[english.pk])
    text = text_of(response)
    assert "'Yöntem' sayfası çeviriye gönderildi: English" in text  # the success message
    assert "Yöntem (English çevirisi)" in text  # the editor's <title>
    assert "successfully submitted" not in text
    assert "Translation of" not in text


def test_sync_translated_pages_is_turkish(editor: AbstractUser, site_tree: SiteTree) -> None:
    page = turkish_page(site_tree)
    client = turkish_admin(editor)
    submit_for_translation(client, page, site_tree)

    edit_text = text_of(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    source = TranslationSource.objects.get_for_instance(page)
    sync_text = text_of(
        client.get(reverse("wagtail_localize:update_translations", args=[source.pk]))
    )

    assert "Çevrilmiş sayfaları eşitle" in edit_text  # the header button
    assert "Sync translated pages" not in edit_text
    assert "Sayfamı neden eşitlemeliyim?" in sync_text
    assert "Mevcut çevirileri güncelle" in sync_text
    assert "Why would I sync my page?" not in sync_text


def test_translation_editor_javascript_is_turkish(
    editor: AbstractUser, site_tree: SiteTree
) -> None:
    catalog = js_catalog(turkish_admin(editor))

    assert catalog["Download PO file"] == "PO dosyasını indir"
    assert catalog["Upload PO file"] == "PO dosyası yükle"
    assert catalog["Publish in "] == "Yayınla: "  # the editor adds the language's name
    assert catalog["Stop Synced translation"] == "Eşitlenmiş çeviriyi durdur"
    assert catalog["segments translated"] == "metin çevrildi"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_wagtail_localize_string_has_turkish(domain: str) -> None:
    """Fails after a wagtail-localize upgrade that adds strings: extract them into locale/tr."""
    catalog = PROJECT_LOCALE / f"{domain}.po"
    assert catalog.exists(), catalog
    ours = {entry.msgid for entry in polib.pofile(str(catalog)) if entry.translated()}

    missing = [
        entry.msgid
        for entry in polib.pofile(str(PACKAGE_LOCALE / f"{domain}.po"))
        if entry.msgid not in ours
    ]

    assert not missing
