"""Assessment rows, indicator values and plan objectives become translatable with their page.

Each existing row gets its own translation_key and its page's locale. A row of a translated page
(the English copy of an assessment or a plan) gets the key of the matching row of the source
page, so wagtail-localize pairs them: action rows by action, indicator values by indicator, date
and disaggregation, objectives by code; the n-th remaining row by position otherwise.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

#: (row model, its parental key to the page, the fields that pair a copy with its source row)
ROW_MODELS = (
    ("ActionAssessment", "assessment", ("action_id",)),
    ("IndicatorValue", "assessment", ("indicator_id", "date", "disaggregation")),
    ("PlanObjective", "page", ("code",)),
)


def pair_rows(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if source_locale is None:
        return
    for model_name, parent, pairing in ROW_MODELS:
        model = apps.get_model("plans", model_name)
        rows = list(model.objects.order_by(f"{parent}_id", "sort_order", "pk"))
        if not rows:
            continue
        pages = dict(
            Page.objects.filter(pk__in={getattr(row, f"{parent}_id") for row in rows}).values_list(
                "pk", "translation_key"
            )
        )
        page_locales = dict(Page.objects.filter(pk__in=pages).values_list("pk", "locale_id"))
        by_page: dict[int, list] = defaultdict(list)
        for row in rows:
            by_page[getattr(row, f"{parent}_id")].append(row)
        sources = {
            pages[page_id]: page_id
            for page_id in by_page
            if page_locales[page_id] == source_locale.pk
        }
        for page_id, page_rows in by_page.items():
            for row in page_rows:
                row.locale_id = page_locales[page_id]
                row.translation_key = uuid.uuid4()
        for page_id, page_rows in by_page.items():
            source_id = sources.get(pages[page_id])
            if page_locales[page_id] == source_locale.pk or source_id is None:
                continue
            source_rows = list(by_page[source_id])
            unpaired = []
            for row in page_rows:
                match = next(
                    (
                        source
                        for source in source_rows
                        if all(getattr(source, name) == getattr(row, name) for name in pairing)
                    ),
                    None,
                )
                if match is None:
                    unpaired.append(row)
                else:
                    source_rows.remove(match)
                    row.translation_key = match.translation_key
            for row, source in zip(unpaired, source_rows, strict=False):
                row.translation_key = source.translation_key
        model.objects.bulk_update(rows, ["locale_id", "translation_key"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0003_opendatapage"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        *(
            operation
            for model_name, _parent, _pairing in ROW_MODELS
            for operation in (
                migrations.AddField(
                    model_name=model_name.lower(),
                    name="locale",
                    field=models.ForeignKey(
                        null=True,
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AddField(
                    model_name=model_name.lower(),
                    name="translation_key",
                    field=models.UUIDField(null=True, editable=False),
                ),
            )
        ),
        migrations.RunPython(pair_rows, migrations.RunPython.noop),
        *(
            operation
            for model_name, _parent, _pairing in ROW_MODELS
            for operation in (
                migrations.AlterField(
                    model_name=model_name.lower(),
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AlterField(
                    model_name=model_name.lower(),
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterUniqueTogether(
                    name=model_name.lower(), unique_together={("translation_key", "locale")}
                ),
            )
        ),
    ]
