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
