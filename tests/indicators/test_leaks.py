"""Nothing from an unapproved assessment reaches the comparison of municipalities or its
downloads (chart as SVG and PNG, data as CSV): they read through IndicatorValue.for_public()."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

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
    before = responses(monitoring)
    # A municipality whose only assessment is a draft, and a later draft revision of
    # Kadıköy's approved assessment, both with a secret value in the period shown.
    town = MunicipalityPageFactory(parent=monitoring.tree.index, title="Gizli Belediyesi")
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
