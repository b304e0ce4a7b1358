"""A lead image needs alternative text unless the editor marks it decorative."""

from __future__ import annotations

import pytest

from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db


@pytest.fixture
def image() -> Image:
    return Image.objects.create(title="Toplantı fotoğrafı", file=get_test_image_file())


def test_lead_image_without_alt_is_rejected(news: NewsSite, image: Image) -> None:
    item = news.publish()
    item.lead_image = image
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert list(error.value.message_dict) == ["lead_image_alt"]
    assert "alternatif metin" in error.value.message_dict["lead_image_alt"][0]

    item.lead_image_alt = "   "
    with pytest.raises(ValidationError):
        item.full_clean()


def test_lead_image_with_alt_or_decorative_is_accepted(news: NewsSite, image: Image) -> None:
    item = news.publish()
    item.lead_image = image
    item.lead_image_alt = "Toplantıya katılanlar bir masa çevresinde."
    item.full_clean()
    item.lead_image_alt = ""
    item.lead_image_decorative = True
    item.full_clean()


def test_lead_image_renders_with_its_alt_or_empty_alt(
    client: Client, news: NewsSite, image: Image
) -> None:
    described = news.publish(lead_image=image, lead_image_alt="Toplantıya katılanlar.")
    decorative = news.publish(lead_image=image, lead_image_decorative=True)
    assert 'alt="Toplantıya katılanlar."' in client.get(described.url).content.decode()
    html = client.get(decorative.url).content.decode()
    assert 'alt=""' in html and "Toplantı fotoğrafı" not in html


def test_admin_names_the_alt_field(admin_client: Client, news: NewsSite, image: Image) -> None:
    item = news.publish()
    data = nested_form_data(
        {
            "title": item.title,
            "slug": item.slug,
            "intro": item.intro,
            "kind": "news",
            "date": "2025-05-01",
            "lead_image": image.pk,
            "lead_image_alt": "",
            "body": streamfield([]),
            "related_municipalities": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    response = admin_client.post(f"/admin/pages/{item.pk}/edit/", data)
    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors
    assert list(errors) == ["lead_image_alt"]
    item.refresh_from_db()
    assert item.lead_image is None
