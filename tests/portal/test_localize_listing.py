"""portal.localize_listing: the explorer's translation buttons are wagtail-localize's own, read
for every listed page at once."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail import hooks
from wagtail.models import Page
from wagtail_localize.wagtail_hooks import page_listing_more_buttons

from plans.models import MunicipalityPage
from portal import localize_listing
from portal.localize_listing import (
    UNTRANSLATED_ANNOTATION,
    annotate_translation_buttons,
    listing_buttons,
)
from portal.translation import translate
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def described(buttons: object) -> list[tuple[str, str]]:
    """Label and URL of each button."""
    return [(str(button.label), button.url) for button in buttons]  # type: ignore[attr-defined]


def add_municipality(site_tree: SiteTree, name: str) -> MunicipalityPage:
    """A new, untranslated municipality under the index."""
    page = MunicipalityPage(
        title=f"{name} Belediyesi", kind="district", province="Ankara", plate_code="06"
    )
    return site_tree.index.add_child(instance=page)


def test_the_same_buttons_as_wagtail_localize_for_every_listed_page(
    site_tree: SiteTree, admin_user: AbstractUser
) -> None:
    translate(site_tree.kadikoy, site_tree.english, {"title": "Kadıköy Municipality"})
    untranslated = add_municipality(site_tree, "Deneme")
    pages = list(MunicipalityPage.objects.child_of(site_tree.index))
    assert len(pages) >= 2
    next_url = f"/admin/pages/{site_tree.index.pk}/"
    for page in pages:
        ours = described(listing_buttons(page, admin_user, next_url=next_url))
        theirs = described(page_listing_more_buttons(page, admin_user, next_url=next_url))
        assert ours == theirs, page.title
    kadikoy = described(listing_buttons(site_tree.kadikoy, admin_user, next_url=next_url))
    assert [label for label, _url in kadikoy] == [
        "Çevrilmiş sayfaları eşitle"
    ]  # translated already
    new = described(listing_buttons(untranslated, admin_user, next_url=next_url))
    assert [label for label, _url in new] == ["Bu sayfayı çevir"]  # no copy, no source yet


def test_the_explorer_rows_answer_as_wagtail_localize_does(
    site_tree: SiteTree, admin_user: AbstractUser
) -> None:
    """The annotations the explorer adds to its query (read through `.specific()`, as the
    explorer reads them) give wagtail-localize's buttons; an alias is no translation."""
    translate(site_tree.kadikoy, site_tree.english, {"title": "Kadıköy Municipality"})
    add_municipality(site_tree, "Deneme")
    aliased = add_municipality(site_tree, "Takma")
    aliased.create_alias(
        parent=site_tree.english_of(site_tree.index), update_locale=site_tree.english
    )
    pages = list(annotate_translation_buttons(Page.objects.child_of(site_tree.index).specific()))
    assert len(pages) >= 4
    next_url = f"/admin/pages/{site_tree.index.pk}/"
    for page in pages:
        assert UNTRANSLATED_ANNOTATION in page.__dict__, page.title
        ours = described(listing_buttons(page, admin_user, next_url=next_url))
        theirs = described(page_listing_more_buttons(page, admin_user, next_url=next_url))
        assert ours == theirs, page.title
    alias_row = next(page for page in pages if page.pk == aliased.pk)
    assert "Bu sayfayı çevir" in [
        label
        for label, _url in described(listing_buttons(alias_row, admin_user, next_url=next_url))
    ]


def test_the_explorer_reads_the_buttons_from_its_own_query(
    admin_client: Client, site_tree: SiteTree, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No read of all the parent's children: the listed rows carry the answers."""
    translate(site_tree.kadikoy, site_tree.english, {"title": "Kadıköy Municipality"})
    add_municipality(site_tree, "Deneme")

    def no_sibling_read(*args: object) -> None:
        raise AssertionError("the explorer read the siblings' translations")

    monkeypatch.setattr(localize_listing, "read_siblings", no_sibling_read)
    response = admin_client.get(f"/admin/pages/{site_tree.index.pk}/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bu sayfayı çevir" in html  # Deneme
    assert "Çevrilmiş sayfaları eşitle" in html  # Kadıköy


def test_wagtail_localize_hook_is_replaced() -> None:
    registered = hooks.get_hooks("register_page_listing_more_buttons")
    assert listing_buttons in registered
    assert page_listing_more_buttons not in registered


def test_explorer_queries_do_not_grow_with_the_municipalities(
    admin_client: Client, site_tree: SiteTree
) -> None:
    url = f"/admin/pages/{site_tree.index.pk}/"

    def queries() -> int:
        admin_client.get(url, HTTP_HOST="localhost")  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(url, HTTP_HOST="localhost")
        assert response.status_code == 200
        return len(captured.captured_queries)

    before = queries()
    for number in range(5):
        add_municipality(site_tree, f"Deneme {number}")
    assert queries() <= before + 1  # Wagtail's own per-row work may add none either
