"""What kind of figure an indicator is (IndicatorPage.measure): an explicit field that decides
whether the comparison offers values per 100,000 inhabitants, set for existing indicators by the
migration from the rule that guessed it from the unit text before; synchronized to translations
and shown beside the unit in the admin."""

from __future__ import annotations

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from indicators.models import IndicatorPage, Measure
from portal.translation import publish_translation
from tests.plans.factories import IndicatorPageFactory
from tests.scenarios.monitoring import Monitoring

pytestmark = pytest.mark.django_db

migration = importlib.import_module("indicators.migrations.0003_measure")


@pytest.mark.parametrize(
    ("unit", "measure"),
    [
        ("kişi", "count"),
        (" KİŞİ ", "count"),  # Turkish case folding: İ → i
        ("Kontenjan", "count"),
        ("people", "count"),
        ("%", "percentage"),
        ("% (oran)", "percentage"),
        ("puan (0–3)", "other"),
        ("var (1) / yok (0)", "other"),
        ("TL", "other"),
    ],
)
def test_the_migration_rule_reads_the_unit_text(unit: str, measure: str) -> None:
    assert migration.measure_of_unit(unit) == measure


def test_the_migration_sets_pages_their_copies_and_revisions(monitoring: Monitoring) -> None:
    index = monitoring.indicator.get_parent()
    people = IndicatorPageFactory(parent=index, unit="kişi")
    score = IndicatorPageFactory(parent=index, unit="puan")
    # The English copy's unit is not in the list: it takes its source's measure.
    english = publish_translation(people, monitoring.tree.english, {"unit": "participants"})
    people.save_revision()  # a revision whose content has the field at its default
    IndicatorPage.objects.update(measure=Measure.OTHER)  # as the column's default left it

    migration.set_measure_from_unit(apps, None)

    measures = dict(IndicatorPage.objects.values_list("pk", "measure"))
    assert measures[people.pk] == measures[english.pk] == "count"
    assert measures[monitoring.indicator.pk] == "percentage"  # the factory's "%"
    assert measures[score.pk] == "other"
    latest = IndicatorPage.objects.get(pk=people.pk).get_latest_revision_as_object()
    assert latest.measure == "count" and latest.is_count


def test_is_count_reads_the_field_not_the_unit(monitoring: Monitoring) -> None:
    index = monitoring.indicator.get_parent()
    assert IndicatorPageFactory(parent=index, unit="TL", measure=Measure.COUNT).is_count
    assert not IndicatorPageFactory(parent=index, unit="kişi", measure=Measure.OTHER).is_count
    assert IndicatorPage._meta.get_field("measure").default == Measure.OTHER


def test_translations_keep_the_source_measure(monitoring: Monitoring) -> None:
    fields = {field.field_name: field for field in get_translatable_fields(IndicatorPage)}
    assert isinstance(fields["measure"], SynchronizedField)


def test_the_admin_form_shows_the_measure_beside_the_unit(
    client: Client, monitoring: Monitoring, admin_user: AbstractUser
) -> None:
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{monitoring.indicator.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="measure"' in html and "Değer türü" in html
    assert "Sayı (kişi, adet, kontenjan…)" in html
    # One row of the form holds both fields, the unit first.
    row_start = html.rindex('class="w-field-row', 0, html.index('name="unit"'))
    row = html[row_start : html.index('name="measure"')]
    assert 'name="unit"' in row and 'name="periodicity"' not in row
