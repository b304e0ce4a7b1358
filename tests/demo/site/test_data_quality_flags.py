"""The demo's sample data-quality flags (demo.content.monitoring.SAMPLE_FLAGS) are on the values
they name and on no others, and the public pages show them."""

from __future__ import annotations

from django.test import Client

from demo.content.monitoring import SAMPLE_FLAGS
from plans.models import IndicatorValue, MonitoringPeriod, MunicipalityPage
from plans.tree import municipality_path
from portal.locales import default_locale

from .conftest import DemoBuild


def expected_flags(town: str, code: str, round_number: int) -> set[str]:
    return {
        flag
        for (key, code_of, round_of), flags in SAMPLE_FLAGS.items()
        if key == town and code_of in ("*", code) and round_of in (0, round_number)
        for flag in flags
    }


def test_the_sample_flags_are_where_the_demo_content_says(demo: DemoBuild, client: Client) -> None:
    periods = list(MonitoringPeriod.objects.filter(locale=default_locale()).order_by("start_date"))
    rounds = {period.pk: position for position, period in enumerate(periods, start=1)}
    values = IndicatorValue.objects.filter(assessment__locale=default_locale()).select_related(
        "assessment", "indicator"
    )
    towns = {
        page.path: page.slug for page in MunicipalityPage.objects.filter(locale=default_locale())
    }
    flagged = []
    for value in values:
        town = towns[municipality_path(value.assessment.path)]
        expected = expected_flags(town, value.indicator.code, rounds[value.assessment.period_id])
        assert {flag.value for flag in value.flags} == expected, (town, value.indicator.code)
        if expected and value.assessment.live:
            flagged.append(value)
    assert flagged, "the demo shows at least one flagged value"

    value = flagged[0]
    html = client.get(value.indicator.url).content.decode()
    assert 'class="flag-marker">' in html and 'class="flag-notes"' in html
