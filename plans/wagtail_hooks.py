"""Admin hooks of plans/: give every new municipality its reporters group and collection."""

from __future__ import annotations

from django.http import HttpRequest

from wagtail import hooks
from wagtail.models import Page

from .models import MunicipalityPage
from .roles import ensure_municipality_reporters


@hooks.register("after_create_page")
def create_reporters_for_new_municipality(request: HttpRequest, page: Page) -> None:
    """A municipality created in the admin gets its reporters group and collection at once."""
    if isinstance(page.specific, MunicipalityPage):
        ensure_municipality_reporters(page.specific)
