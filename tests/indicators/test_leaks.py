"""Nothing from an unapproved assessment reaches the comparison of municipalities or its
downloads (chart as SVG and PNG, data as CSV), counts per 100,000 inhabitants included: they read
through IndicatorValue.for_public() and the live municipality pages' population."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

from indicators.models import IndicatorPage, Measure
from plans.models import MunicipalityPage
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db

SECRET_VALUE = "987.65"
SECRET_SHOWN = ("987,65", "987.65")


def channels(monitoring: Monitoring) -> dict[str, str]:
    """The comparison and each download, for the scenario's first period."""
    indicator, period = monitoring.indicator, monitoring.periods[0]
    query = f"?donem={period.pk}"
    return {
        "page": f"{indicator.url}karsilastirma/{query}",
        "svg": f"{indicator.url}karsilastirma/grafik/svg/{query}",
        "png": f"{indicator.url}karsilastirma/grafik/png/{query}",
        "csv": f"{indicator.url}karsilastirma/veri/csv/{query}",
    }


def responses(monitoring: Monitoring) -> dict[str, bytes]:
    client = Client(HTTP_HOST="localhost")
    found = {}
    for name, url in channels(monitoring).items():
        response = client.get(url)
        assert response.status_code == 200, url
        found[name] = response.content
    return found


def assert_no_secret(found: dict[str, bytes]) -> None:
    for name in ("page", "svg", "csv"):
        body = found[name].decode("utf-8-sig")
        for shown in SECRET_SHOWN:
            assert shown not in body, name


def test_draft_values_reach_no_chart_table_or_download(monitoring: Monitoring) -> None:
    # A public municipality (a "no data" row of the chart's page before and after) whose only
    # assessment is a draft, and a later draft revision of Kadıköy's approved assessment, both
    # with a secret value in the period shown.
    town = MunicipalityPageFactory(parent=monitoring.tree.index, title="Gizli Belediyesi")
    before = responses(monitoring)
    make_assessment(
        PlanPageFactory(parent=town),
        monitoring.periods[0],
        rows=[],
        values=[(monitoring.indicator, date(2025, 6, 30), "total", SECRET_VALUE)],
        publish=False,
    )
    draft = monitoring.assessments[0].get_latest_revision_as_object()
    values = list(draft.indicator_values.all())
    for value in values:
        value.value = SECRET_VALUE
    draft.indicator_values = values
    revision = draft.save_revision()
    assert SECRET_VALUE in str(revision.content)  # the secret is really there

    after = responses(monitoring)
    assert_no_secret(after)
    # The chart draws exactly what it drew before: the PNG is the same image.
    assert after["png"] == before["png"]
    csv_text = after["csv"].decode("utf-8-sig")
    assert "Gizli Belediyesi" in csv_text and "Bu dönem için onaylanmış değer yok." in csv_text


def test_an_unpublished_assessment_leaves_the_downloads(monitoring: Monitoring) -> None:
    shown = responses(monitoring)
    assert "31,5" in shown["svg"].decode()
    monitoring.assessments[0].unpublish()
    found = responses(monitoring)
    for name in ("page", "svg", "csv"):
        body = found[name].decode("utf-8-sig")
        assert "31,5" not in body and "31.5" not in body, name
    assert found["png"] != shown["png"]


def test_per_capita_chart_and_csv_show_no_draft_value_or_population(
    monitoring: Monitoring,
) -> None:
    """Per 100,000 inhabitants, neither a draft value nor a draft population figure of a live
    municipality reaches the chart or the data."""
    indicator = monitoring.indicator
    IndicatorPage.objects.filter(pk=indicator.pk).update(measure=Measure.COUNT)
    kadikoy = monitoring.tree.kadikoy
    MunicipalityPage.objects.filter(pk=kadikoy.pk).update(population=100_000)
    query = f"?donem={monitoring.periods[0].pk}&olcu=100-bin-kisi-basina"
    urls = {
        "page": f"{indicator.url}karsilastirma/{query}",
        "svg": f"{indicator.url}karsilastirma/grafik/svg/{query}",
        "png": f"{indicator.url}karsilastirma/grafik/png/{query}",
        "csv": f"{indicator.url}karsilastirma/veri/csv/{query}",
    }
    client = Client(HTTP_HOST="localhost")

    def fetch() -> dict[str, str | bytes]:
        found: dict[str, str | bytes] = {}
        for name, url in urls.items():
            response = client.get(url)
            assert response.status_code == 200, url
            found[name] = (
                response.content if name == "png" else response.content.decode("utf-8-sig")
            )
        return found

    # A municipality (a "no data" row before and after) whose only assessment will be a draft.
    hidden = MunicipalityPageFactory(
        parent=monitoring.tree.index, title="Gizli Belediyesi", population=50_000
    )
    before = fetch()
    assert "1. Kadıköy Belediyesi" in before["svg"]  # 30 per 100,000: drawn per capita

    # A draft revision of Kadıköy's approved assessment with a secret value (per capita the
    # same number: the population is 100,000) …
    draft = monitoring.assessments[0].get_latest_revision_as_object()
    values = list(draft.indicator_values.all())
    for value in values:
        value.value = SECRET_VALUE
    draft.indicator_values = values
    draft.save_revision()
    # … a draft of the municipality's page with another population …
    town = MunicipalityPage.objects.get(pk=kadikoy.pk)
    town.population = 7_654_321
    town.save_revision()
    # … and the hidden municipality's draft assessment.
    make_assessment(
        PlanPageFactory(parent=hidden),
        monitoring.periods[0],
        rows=[],
        values=[(indicator, date(2025, 6, 30), "total", SECRET_VALUE)],
        publish=False,
    )

    after = fetch()
    for name in ("page", "svg", "csv"):
        body = after[name]
        for shown in (*SECRET_SHOWN, "1975,3", "1.975,3", "1975.3", "7654321", "7.654.321"):
            assert shown not in body, (name, shown)
    # The downloads are exactly what they were.
    for name in ("svg", "png", "csv"):
        assert after[name] == before[name], name
    assert "Gizli Belediyesi" in after["csv"]
