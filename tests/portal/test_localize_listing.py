"""portal.localize_listing: the explorer's translation buttons are wagtail-localize's own, read
for every listed page at once."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail import hooks
from wagtail_localize.wagtail_hooks import page_listing_more_buttons

from plans.models import MunicipalityPage
from portal.localize_listing import listing_buttons
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
