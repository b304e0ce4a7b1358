"""IndicatorPage.measure: what kind of figure the indicator is (count, percentage, other).

Existing indicators get it from the rule that guessed it before (the unit text): a unit that
names people or things is a count, a unit with "%" a percentage, anything else "other". Every
copy of an indicator takes its source page's value (the field is synchronized), and so do the
pages' revisions: a revision without the field would bring back the default when an editor opens
or publishes it.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import migrations, models

from portal.text import turkish_casefold

#: The units (either language, Turkish case-folded) the unit-text rule read as counts.
COUNT_UNITS = frozenset(
    {"kişi", "adet", "sayı", "kontenjan", "kadın", "people", "persons", "places", "number", "count"}
)


def measure_of_unit(unit: str) -> str:
    """The measure the unit-text rule gives a unit."""
    if turkish_casefold(unit.strip()) in COUNT_UNITS:
        return "count"
    if "%" in unit:
        return "percentage"
    return "other"


def set_measure_from_unit(apps: Any, schema_editor: Any) -> None:
    IndicatorPage = apps.get_model("indicators", "IndicatorPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")

    source_locales = set(
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True)
    )
    pages = list(IndicatorPage.objects.only("pk", "unit", "locale_id", "translation_key"))
    own = {page.pk: measure_of_unit(page.unit) for page in pages}
    by_source = {
        page.translation_key: own[page.pk] for page in pages if page.locale_id in source_locales
    }
    measures = {page.pk: by_source.get(page.translation_key, own[page.pk]) for page in pages}
    for measure in ("count", "percentage"):
        chosen = [pk for pk, value in measures.items() if value == measure]
        IndicatorPage.objects.filter(pk__in=chosen).update(measure=measure)

    content_type = ContentType.objects.filter(app_label="indicators", model="indicatorpage")
    revisions = Revision.objects.filter(
        content_type__in=content_type, object_id__in=[str(pk) for pk in measures]
    )
    for revision in revisions.only("pk", "object_id", "content").iterator():
        if isinstance(revision.content, dict):
            revision.content["measure"] = measures[int(revision.object_id)]
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0002_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="indicatorpage",
            name="measure",
            field=models.CharField(
                choices=[
                    ("count", "Sayı (kişi, adet, kontenjan…)"),
                    ("percentage", "Yüzde"),
                    ("other", "Oran, puan veya diğer"),
                ],
                default="other",
                help_text=(
                    "Sayı seçilirse karşılaştırmada değerler 100.000 kişi başına da gösterilir; "
                    "yüzde, oran ve puanlar nüfusa bölünmez."
                ),
                max_length=20,
                verbose_name="Değer türü",
            ),
        ),
        migrations.RunPython(set_measure_from_unit, migrations.RunPython.noop),
    ]
