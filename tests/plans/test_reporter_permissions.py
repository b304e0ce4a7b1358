"""A municipality's reporters edit their own municipality only, and never publish."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.models import Collection

from plans.models import MunicipalityPage
from plans.permissions import reporter_municipalities
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


@pytest.fixture
def kadikoy_reporter(site_tree: SiteTree) -> AbstractUser:
    user = get_user_model().objects.create_user("kadikoy-raportor", password="x-secret-123")
    user.groups.add(site_tree.kadikoy.reporters_group)
    return user


@pytest.fixture
def reporter_client(kadikoy_reporter: AbstractUser) -> Client:
    client = Client(HTTP_HOST="localhost")
    client.force_login(kadikoy_reporter)
    return client


def edit_form_data(page: MunicipalityPage, **changes: str) -> dict[str, str]:
    data = {
        "title": page.title,
        "slug": page.slug,
        "intro": page.intro,
        "kind": page.kind,
        "province": page.province,
        "plate_code": page.plate_code,
        "latitude": str(page.latitude),
        "longitude": str(page.longitude),
        "summary": page.summary,
        "website": page.website,
        "contact_email": "",
        "contact_phone": "",
        "address": "",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_reporter_cannot_open_or_change_another_municipality(
    reporter_client: Client, site_tree: SiteTree
) -> None:
    nilufer = site_tree.nilufer
    url = f"/admin/pages/{nilufer.pk}/edit/"

    response = reporter_client.get(url)
    # Wagtail answers "permission denied" with a redirect to the dashboard (403 for AJAX).
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response.url == "/admin/"

    response = reporter_client.post(url, edit_form_data(nilufer, summary="Ele geçirildi"))
    assert response.status_code in (302, 403)
    nilufer.refresh_from_db()
    assert nilufer.summary != "Ele geçirildi"
    assert all(rev.content["summary"] != "Ele geçirildi" for rev in nilufer.revisions.all())


def test_reporter_edits_own_municipality_as_a_draft(
    reporter_client: Client, site_tree: SiteTree
) -> None:
    kadikoy = site_tree.kadikoy
    url = f"/admin/pages/{kadikoy.pk}/edit/"
    assert reporter_client.get(url).status_code == 200

    response = reporter_client.post(url, edit_form_data(kadikoy, summary="Yeni özet taslağı"))
    assert response.status_code == 302, response.content.decode()[:2000]

    kadikoy.refresh_from_db()
    assert kadikoy.has_unpublished_changes
    assert kadikoy.get_latest_revision().content["summary"] == "Yeni özet taslağı"
    assert kadikoy.summary != "Yeni özet taslağı"  # the live page is unchanged


def test_reporter_cannot_publish(reporter_client: Client, site_tree: SiteTree) -> None:
    kadikoy = site_tree.kadikoy
    response = reporter_client.post(
        f"/admin/pages/{kadikoy.pk}/edit/",
        {**edit_form_data(kadikoy, summary="Yayımlanmamalı"), "action-publish": "action-publish"},
    )
    assert response.status_code in (200, 302, 403)
    kadikoy.refresh_from_db()
    assert kadikoy.summary != "Yayımlanmamalı"
    perms = kadikoy.permissions_for_user(get_user_model().objects.get(username="kadikoy-raportor"))
    assert perms.can_edit()
    assert not perms.can_publish()


def test_reporter_cannot_edit_others_or_add_municipalities(
    kadikoy_reporter: AbstractUser, site_tree: SiteTree
) -> None:
    assert not site_tree.nilufer.permissions_for_user(kadikoy_reporter).can_edit()
    assert not site_tree.index.permissions_for_user(kadikoy_reporter).can_add_subpage()


def test_reporter_uploads_only_into_own_collection(
    kadikoy_reporter: AbstractUser, site_tree: SiteTree
) -> None:
    from wagtail.documents.permissions import permission_policy

    collections = set(
        permission_policy.collections_user_has_permission_for(kadikoy_reporter, "add")
    )
    assert collections == {site_tree.kadikoy.collection}
    assert site_tree.nilufer.collection not in collections
    assert Collection.get_first_root_node() not in collections


def test_reporter_can_edit_own_english_translation_too(
    kadikoy_reporter: AbstractUser, site_tree: SiteTree
) -> None:
    english = site_tree.english_of(site_tree.kadikoy)
    assert english.permissions_for_user(kadikoy_reporter).can_edit()
    assert (
        not site_tree.english_of(site_tree.nilufer)
        .permissions_for_user(kadikoy_reporter)
        .can_edit()
    )


def test_new_municipality_in_admin_gets_its_reporters_group(
    admin_client: Client, site_tree: SiteTree
) -> None:
    url = f"/admin/pages/add/plans/municipalitypage/{site_tree.index.pk}/"
    data = edit_form_data(site_tree.kadikoy, title="Atakum Belediyesi", slug="atakum")
    data.update(province="Samsun", plate_code="55", latitude="41.33", longitude="36.27")
    response = admin_client.post(url, data, HTTP_HOST="localhost")
    assert response.status_code == 302, response.content.decode()[:3000]
    atakum = MunicipalityPage.objects.get(slug="atakum", locale=site_tree.turkish)
    assert atakum.get_translation(site_tree.english).reporters_group == atakum.reporters_group
    assert atakum.reporters_group.name == "Atakum Belediyesi raportörleri"
    assert atakum.collection.name == "Atakum Belediyesi"


def test_a_reporters_municipalities_are_read_once_per_user_object(
    kadikoy_reporter: AbstractUser, site_tree: SiteTree, django_assert_num_queries: object
) -> None:
    """An admin page asks several times (menu, hooks): one read per request's user object, as
    Django keeps the user's permissions; a new object (the next request) reads again."""
    user = get_user_model().objects.get(pk=kadikoy_reporter.pk)
    own = reporter_municipalities(user)
    assert own is not None and site_tree.kadikoy.pk in {p.pk for p in own}
    with django_assert_num_queries(0):  # type: ignore[operator]
        assert reporter_municipalities(user) == own
    fresh = get_user_model().objects.get(pk=kadikoy_reporter.pk)
    with django_assert_num_queries(1):  # type: ignore[operator]
        assert reporter_municipalities(fresh) == own
