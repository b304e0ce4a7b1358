"""Factories for municipality, plan, action, assessment and indicator pages and the snippets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import factory
import wagtail_factories

from indicators.models import IndicatorIndexPage, IndicatorPage
from plans.models import (
    ActionPage,
    AssessmentPage,
    MonitoringPeriod,
    MunicipalityIndexPage,
    MunicipalityKind,
    MunicipalityPage,
    PlanPage,
    ThematicArea,
)
from plans.scales import MonitoringPeriodKind


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


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    """A thematic area in the default (Turkish) locale."""

    code = factory.Sequence(lambda n: f"A{n}")
    name = factory.Sequence(lambda n: f"Bakım hizmetleri {n}")

    class Meta:
        model = ThematicArea


class MonitoringPeriodFactory(factory.django.DjangoModelFactory):
    """A six-month monitoring period; pass start_date/end_date for others."""

    name = factory.Sequence(lambda n: f"{n}. İlerleme dönemi")
    kind = MonitoringPeriodKind.PROGRESS_1
    start_date = date(2025, 1, 1)
    end_date = date(2025, 6, 30)

    class Meta:
        model = MonitoringPeriod


class PlanPageFactory(wagtail_factories.PageFactory):
    """A plan; pass parent=<municipality>."""

    title = "YEEP 2024–2028"
    slug = "yeep-2024-2028"
    start_year = 2024
    end_year = 2028
    council_decision_number = "2024/117"
    summary = "Planın özeti."

    class Meta:
        model = PlanPage


class ActionPageFactory(wagtail_factories.PageFactory):
    """An action; pass parent=<plan>."""

    title = factory.Sequence(lambda n: f"Kreş kapasitesinin artırılması {n}")
    code = factory.Sequence(lambda n: f"1.{n + 1}")
    objective_code = "1"
    responsible_unit = "Kadın ve Aile Hizmetleri Müdürlüğü"

    class Meta:
        model = ActionPage


class AssessmentPageFactory(wagtail_factories.PageFactory):
    """An assessment; pass parent=<plan> and period=<MonitoringPeriod>."""

    title = factory.LazyAttribute(lambda obj: f"Değerlendirme: {obj.period.name}")
    summary = "Heyetin özeti."

    class Meta:
        model = AssessmentPage


class IndicatorIndexPageFactory(wagtail_factories.PageFactory):
    """The indicator index; pass parent=<home>."""

    title = "Göstergeler"
    slug = "gostergeler"

    class Meta:
        model = IndicatorIndexPage


class IndicatorPageFactory(wagtail_factories.PageFactory):
    """A sex-disaggregated percentage indicator; pass parent=<indicator index>."""

    title = factory.Sequence(lambda n: f"Kadın meclis üyesi oranı {n}")
    code = factory.Sequence(lambda n: f"G{n:02d}")
    ohchr_type = "outcome"
    unit = "%"
    measure = "percentage"
    direction = "higher"
    disaggregated_by_sex = True

    class Meta:
        model = IndicatorPage
