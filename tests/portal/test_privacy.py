"""Page privacy set in one language holds in every language (portal.privacy)."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import BaseViewRestriction, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def restrictions_of(page: Page) -> list[PageViewRestriction]:
    return list(PageViewRestriction.objects.filter(page=page))


def test_restricting_a_translated_page_restricts_its_translation(
    client: Client, site_tree: SiteTree
) -> None:
    english = site_tree.english_of(site_tree.kadikoy)
    group = Group.objects.create(name="Gizli grup")

    restriction = PageViewRestriction.objects.create(
        page=site_tree.kadikoy, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set([group])

    [copy] = restrictions_of(english)
    assert copy.restriction_type == BaseViewRestriction.GROUPS
    assert list(copy.groups.all()) == [group]
    assert not Page.objects.public().filter(pk=english.pk).exists()
    assert client.get(english.url).status_code == 302


def test_changing_and_removing_privacy_follows_into_every_language(
    client: Client, site_tree: SiteTree
) -> None:
    english = site_tree.english_of(site_tree.nilufer)
    restriction = PageViewRestriction.objects.create(
        page=english, restriction_type=BaseViewRestriction.PASSWORD, password="gizli"
    )
    [turkish_copy] = restrictions_of(site_tree.nilufer)
    assert turkish_copy.password == "gizli"

    restriction.restriction_type = BaseViewRestriction.LOGIN
    restriction.save()
    [turkish_copy] = restrictions_of(site_tree.nilufer)
    assert turkish_copy.restriction_type == BaseViewRestriction.LOGIN

    restriction.delete()
    assert restrictions_of(site_tree.nilufer) == []
    assert client.get(site_tree.nilufer.url).status_code == 200


def test_privacy_set_in_the_admin_reaches_the_translation(
    admin_client: Client, site_tree: SiteTree
) -> None:
    group = Group.objects.create(name="Admin grubu")

    response = admin_client.post(
        f"/admin/pages/{site_tree.kadikoy.pk}/privacy/",
        {"restriction_type": "groups", "groups": [group.pk]},
        HTTP_HOST="localhost",
    )

    assert response.status_code == 200
    [copy] = restrictions_of(site_tree.english_of(site_tree.kadikoy))
    assert list(copy.groups.all()) == [group]


@pytest.mark.parametrize("restricted", [False, True])
def test_the_searchable_public_pages_are_the_public_pages(
    site_tree: SiteTree, restricted: bool
) -> None:
    """portal.models.searchable_public_pages (the site search's form of the rule, in field
    lookups) keeps exactly the pages for_public() keeps: no restriction, or a restricted
    municipality and everything below it in both languages; an unpublished page either way."""
    from portal.models import public_pages, searchable_public_pages

    if restricted:
        PageViewRestriction.objects.create(
            page=site_tree.kadikoy, restriction_type=BaseViewRestriction.LOGIN
        )
    Page.objects.filter(pk=site_tree.nilufer.pk).update(live=False)

    searchable = set(searchable_public_pages().values_list("pk", flat=True))
    assert searchable == set(public_pages().values_list("pk", flat=True))
    wagtails = PageQuerySet(Page).live().public()  # the rule searchable_public_pages() follows
    assert searchable == set(wagtails.values_list("pk", flat=True))
    assert site_tree.nilufer.pk not in searchable
    assert (site_tree.kadikoy.pk in searchable) is not restricted
    english = site_tree.english_of(site_tree.kadikoy)
    assert (english.pk in searchable) is not restricted
