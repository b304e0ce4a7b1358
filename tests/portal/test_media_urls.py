"""In development (DEBUG) images are served from disk, documents never: they go through
Wagtail's serve view, which checks collection privacy and counts downloads."""

from __future__ import annotations

import importlib

import pytest

from django.urls import Resolver404, URLResolver
from django.urls.resolvers import RegexPattern

import portal.urls


@pytest.fixture
def debug_urls(settings):  # type: ignore[no-untyped-def]
    settings.DEBUG = True
    module = importlib.reload(portal.urls)
    yield URLResolver(RegexPattern(r"^/"), module.urlpatterns)
    settings.DEBUG = False
    importlib.reload(portal.urls)


def test_debug_serves_images_but_not_documents(debug_urls: URLResolver) -> None:
    assert debug_urls.resolve("/media/images/photo.width-400.jpg")
    assert debug_urls.resolve("/media/original_images/photo.jpg")
    with pytest.raises(Resolver404):
        debug_urls.resolve("/media/documents/participants-only.pdf")
    assert debug_urls.resolve("/documents/1/participants-only.pdf").url_name == (
        "wagtaildocs_serve"
    )
