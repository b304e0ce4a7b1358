"""A municipality created in the admin is set up like the others: short slug, English page
listed on /en/municipalities/, reporters with rights on both languages."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import nested_form_data

from plans.models import MunicipalityPage
from plans.new_municipality import english_title
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("turkish", "english"),
    [
        ("Seferihisar Belediyesi", "Seferihisar Municipality"),
        ("İzmir Büyükşehir Belediyesi", "İzmir Metropolitan Municipality"),
        ("Tunceli İl Özel İdaresi", "Tunceli İl Özel İdaresi"),
    ],
)
def test_english_title_by_rule(turkish: str, english: str) -> None:
    assert english_title(turkish) == english


def create_in_admin(site_tree: SiteTree, *, publish: bool) -> MunicipalityPage:
    admin = get_user_model().objects.create_superuser("kurucu", "kurucu@example.org", "x")
    client = Client(HTTP_HOST="localhost")
    client.force_login(admin)
    data = nested_form_data(
        {
            "title": "Seferihisar Belediyesi",
            "slug": "seferihisar-belediyesi",  # what the admin derives from the title
            "kind": "district",
            "province": "İzmir",
            "plate_code": "35",
            "summary": "",
            **({"action-publish": "1"} if publish else {}),
        }
    )
    response = client.post(f"/admin/pages/add/plans/municipalitypage/{site_tree.index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return MunicipalityPage.objects.get(locale=site_tree.turkish, title="Seferihisar Belediyesi")


def test_a_new_municipality_gets_its_english_page_and_reporters(
    site_tree: SiteTree, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        turkish = create_in_admin(site_tree, publish=True)
    assert turkish.slug == "seferihisar"
    english = turkish.get_translation(site_tree.english)
    assert english.title == "Seferihisar Municipality"
    assert english.live and english.url == "/en/municipalities/seferihisar/"
    assert (
        "Seferihisar Municipality"
        in Client(HTTP_HOST="localhost").get("/en/municipalities/").content.decode()
    )

    group = Group.objects.get(name="Seferihisar Belediyesi raportörleri")
    pages = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", flat=True))
    assert {turkish.pk, english.pk} <= pages


def test_a_draft_municipality_keeps_its_english_page_a_draft(site_tree: SiteTree) -> None:
    turkish = create_in_admin(site_tree, publish=False)
    english = turkish.get_translation(site_tree.english)
    assert not turkish.live and not english.live
    assert Client(HTTP_HOST="localhost").get("/en/municipalities/seferihisar/").status_code == 404
