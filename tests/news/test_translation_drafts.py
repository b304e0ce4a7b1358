"""An editor's "Translate this page" makes an English draft: nothing reaches /en/ or the English
feeds before the translation is published."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db


def test_a_new_translation_stays_a_draft_until_published(
    news: NewsSite, editor: AbstractUser, django_capture_on_commit_callbacks
) -> None:
    item = news.publish(title="Kadıköy'de eşitlik buluşması")
    english_locale = news.tree.english
    admin = Client(HTTP_HOST="localhost")
    admin.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            f"/admin/localize/submit/page/{item.pk}/", {"locales": [english_locale.pk]}
        )
    assert response.status_code == 302
    english = item.get_translation(english_locale)
    assert not english.live

    public = Client(HTTP_HOST="localhost")
    english_index = news.english_index
    assert public.get(english.url).status_code == 404
    for feed in ("rss/", "atom/"):
        body = public.get(english_index.url + feed).content.decode()
        assert "Kadıköy&#x27;de eşitlik" not in body and "Kadıköy'de eşitlik" not in body
    assert "Kadıköy'de eşitlik" not in public.get(english_index.url).content.decode()
