"""Groups and collections are listed in Turkish alphabetical order in the admin."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from treebeard.mp_tree import MP_Node

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from wagtail.models import Collection

from portal.text import turkish_sorted
from portal.turkish_order import sort_collections, turkish_ordered_groups

pytestmark = pytest.mark.django_db

#: Names whose code-point order differs from the Turkish one.
NAMES = [
    "Yenimahalle raportörleri",
    "Çankaya raportörleri",
    "Cizre raportörleri",
    "İzmir raportörleri",
    "Iğdır raportörleri",
    "ılgaz raportörleri",
    "Izmit raportörleri",
    "Eskişehir raportörleri",
    "Eğitim katılımcıları",
    "Ödemiş raportörleri",
    "Orhangazi raportörleri",
    "Şile raportörleri",
    "Sinop raportörleri",
    "Üsküdar raportörleri",
    "Uşak raportörleri",
    "Kâhta raportörleri",
    "Kadıköy raportörleri",
    "Zile raportörleri",
]


def admin_client() -> Client:
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("sira", password="x" * 12))
    return client


def positions(html: str, names: list[str]) -> list[str]:
    """The names in the order they appear in html."""
    found = {name: html.find(name) for name in names}
    assert all(place >= 0 for place in found.values()), found
    return sorted(names, key=found.__getitem__)


def test_the_database_order_is_the_turkish_order() -> None:
    Group.objects.bulk_create(Group(name=name) for name in NAMES)
    expected = turkish_sorted(NAMES)
    assert expected[:3] == ["Cizre raportörleri", "Çankaya raportörleri", "Eğitim katılımcıları"]
    ordered = list(turkish_ordered_groups().values_list("name", flat=True))
    assert [name for name in ordered if name in NAMES] == expected


def test_the_group_listing_and_the_users_group_boxes_follow_it() -> None:
    Group.objects.bulk_create(Group(name=name) for name in NAMES)
    client = admin_client()
    expected = turkish_sorted(NAMES)

    every_group = turkish_sorted(Group.objects.values_list("name", flat=True))
    for page, first in ((1, 0), (2, 20)):
        listing = client.get("/admin/groups/", {"p": page})
        assert listing.status_code == 200
        expected_page = every_group[first : first + 20]
        assert positions(listing.content.decode(), expected_page) == expected_page

    found = client.get("/admin/groups/", {"q": "Çankaya"}).content.decode()
    assert "Çankaya raportörleri" in found and "Yenimahalle raportörleri" not in found

    user = get_user_model().objects.create_user("raportor", password="x" * 12)
    form = client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    assert positions(form, NAMES) == expected


def test_a_new_collection_takes_its_turkish_place() -> None:
    parent = Collection.get_first_root_node().add_child(name="Belediyeler")
    for name in ("Yenimahalle", "Cizre", "İzmir", "Denizli", "Ilgaz"):
        parent.add_child(name=name)
    client = admin_client()
    response = client.post("/admin/collections/add/", {"name": "Çorum", "parent": parent.pk})
    assert response.status_code == 302
    children = list(parent.get_children().values_list("name", flat=True))
    assert children == ["Cizre", "Çorum", "Denizli", "Ilgaz", "İzmir", "Yenimahalle"]

    listing = client.get("/admin/collections/").content.decode()
    rows = re.findall(r"&#x21b3 ([^<]+?)\s*<", listing)  # each collection's row, indented
    assert [name for name in rows if name in children] == children


def test_setup_roles_puts_an_existing_tree_in_turkish_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with monkeypatch.context() as database_order:
        # As Wagtail left the tree before: siblings in code-point order.
        database_order.setattr(
            Collection, "get_sorted_pos_queryset", MP_Node.get_sorted_pos_queryset
        )
        parent = Collection.get_first_root_node().add_child(name="Belediyeler")
        for name in ("Yenimahalle", "Çankaya", "Ankara", "İzmir", "Ödemiş", "Osmaniye"):
            parent.add_child(name=name).add_child(name=f"{name} arşivi")
        assert list(parent.get_children().values_list("name", flat=True))[-3:] == [
            "Çankaya",
            "Ödemiş",
            "İzmir",
        ]

    output = StringIO()
    call_command("setup_roles", stdout=output)
    assert "collections put in Turkish order" in output.getvalue()
    parent.refresh_from_db()
    children = parent.get_children()
    assert list(children.values_list("name", flat=True)) == [
        "Ankara",
        "Çankaya",
        "İzmir",
        "Osmaniye",
        "Ödemiş",
        "Yenimahalle",
    ]
    # Each moved collection kept its own child.
    for child in children:
        assert list(child.get_children().values_list("name", flat=True)) == [f"{child.name} arşivi"]
    assert sort_collections() == 0
