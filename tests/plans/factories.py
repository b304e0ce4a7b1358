"""Factories for municipality pages."""

from __future__ import annotations

from decimal import Decimal

import factory
import wagtail_factories

from plans.models import MunicipalityIndexPage, MunicipalityKind, MunicipalityPage


class MunicipalityIndexPageFactory(wagtail_factories.PageFactory):
    """The municipality index; pass parent=<home page>."""

    title = "Belediyeler"
    slug = "belediyeler"
    intro = "İzlenen belediyeler."
    show_in_menus = True

    class Meta:
        model = MunicipalityIndexPage


class MunicipalityPageFactory(wagtail_factories.PageFactory):
    """A district municipality in İstanbul unless told otherwise; pass parent=<index>."""

    title = factory.Sequence(lambda n: f"Örnek Belediyesi {n}")
    kind = MunicipalityKind.DISTRICT
    province = "İstanbul"
    plate_code = "34"
    latitude = Decimal("40.99")
    longitude = Decimal("29.03")
    summary = "Belediyenin kısa tanıtımı."
    website = "https://www.example.org/"

    class Meta:
        model = MunicipalityPage
