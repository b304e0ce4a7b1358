"""The admin lists subscriptions in Turkish and erases an address; nobody adds or edits one."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from subscriptions.models import Notice, Subscription, Topic

pytestmark = pytest.mark.django_db

BASE = "/admin/snippets/subscriptions/subscription/"


def test_an_address_is_listed_and_erased(client: Client, site_tree) -> None:
    subscription = Subscription.objects.create(
        email="silinecek@example.org",
        topic=Topic.NEWS,
        language="tr",
        confirmed_at=timezone.now(),
    )
    Notice.objects.create(subscription=subscription, page_key=site_tree.home.translation_key)
    admin = get_user_model().objects.create_superuser("yonetici-abonelik", password="x")
    client.force_login(admin)

    listing = client.get(BASE, {"q": "silinecek"})
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "silinecek@example.org" in html and "E-posta abonelikleri" in html
    assert client.get(f"{BASE}add/").status_code in (302, 403)
    assert client.get(f"{BASE}edit/{subscription.pk}/").status_code in (302, 403)

    response = client.post(f"{BASE}delete/{subscription.pk}/")
    assert response.status_code == 302
    assert not Subscription.objects.exists()
    assert not Notice.objects.exists()


def test_editors_and_the_board_erase_an_address_and_reporters_never_see_one(
    client: Client, site_tree, editor, board_member, kadikoy_reporter
) -> None:
    """setup_roles (subscriptions.roles) lets the editors and the board view and delete
    subscriptions, not add or change them; a municipality's reporter gets nothing."""
    for user in (editor, board_member):
        subscription = Subscription.objects.create(
            email="istek@example.org", topic=Topic.NEWS, language="tr"
        )
        client.force_login(user)
        assert "istek@example.org" in client.get(BASE).content.decode()
        assert client.get(f"{BASE}edit/{subscription.pk}/").status_code in (302, 403)
        assert client.post(f"{BASE}delete/{subscription.pk}/").status_code == 302
        assert not Subscription.objects.exists()

    Subscription.objects.create(email="gizli@example.org", topic=Topic.NEWS, language="tr")
    client.force_login(kadikoy_reporter)
    response = client.get(BASE)
    assert response.status_code in (302, 403)
    assert "gizli@example.org" not in response.content.decode()
