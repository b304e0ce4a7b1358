"""Serializers shared by the endpoints: batch loading, the common page fields and references."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import Manager
from django.utils.functional import cached_property
from django.utils.translation import get_language

from wagtail.models import Page

from .language import language_code_of
from .page_urls import page_urls
from .public import PageRow

#: Schema of a method field holding an absolute URL or null.
NULLABLE_URL = serializers.URLField(allow_null=True, read_only=True)


class BatchedListSerializer(serializers.ListSerializer):
    """Lets the item serializer load what all items of the page refer to at once."""

    def to_representation(self, data: Any) -> list[dict[str, Any]]:
        items = list(data.all() if isinstance(data, Manager) else data)
        self.child.batch = self.child.load_batch(items)
        return [self.child.to_representation(item) for item in items]


class BatchedSerializer(serializers.Serializer):
    """A read-only serializer whose rows refer to other objects loaded in a fixed number of
    queries: `load_batch(items)` returns whatever `to_representation` needs (``self.batch``),
    for one page of a list or for a single object."""

    batch: Any = None

    class Meta:
        list_serializer_class = BatchedListSerializer

    def load_batch(self, items: list[Any]) -> Any:
        """What the given items refer to (override); None when nothing is needed."""
        return None

    def to_representation(self, instance: Any) -> dict[str, Any]:
        if self.batch is None and not isinstance(self.parent, BatchedListSerializer):
            self.batch = self.load_batch([instance])
        return super().to_representation(instance)

    @property
    def request(self) -> Any:
        return self.context["request"]

    def nested(self, serializer_class: type[serializers.Serializer], instance: Any) -> Any:
        """`instance` as `serializer_class` shows it (None for None), by one serializer of that
        class per list, bound to this serializer's context.

        DRF builds a serializer's fields anew (deep copies) each time one is made; made per
        reference, that cost more than all the queries of a page of a list."""
        if instance is None:
            return None
        made: dict[type, serializers.Serializer] = self.__dict__.setdefault("_nested", {})
        serializer = made.get(serializer_class)
        if serializer is None:
            serializer = made[serializer_class] = serializer_class(context=self.context)
        return serializer.to_representation(instance)

    def nested_many(
        self, serializer_class: type[serializers.Serializer], instances: Iterable[Any]
    ) -> list[Any]:
        """Each of `instances` as `serializer_class` shows it (see nested)."""
        return [self.nested(serializer_class, instance) for instance in instances]


class RowSerializer(serializers.Serializer):
    """A serializer of plain dicts that an endpoint builds, with a key for each field's source.

    Each value goes straight to its field's to_representation (None stays None), without DRF's
    attribute lookup: a page of assessments has 300 rows of ten fields each."""

    def to_representation(self, row: dict[str, Any]) -> dict[str, Any]:
        return {
            name: None if row[source] is None else field.to_representation(row[source])
            for name, source, field in self._plain_fields
        }

    @cached_property
    def _plain_fields(self) -> list[tuple[str, str, serializers.Field]]:
        return [(field.field_name, field.source, field) for field in self._readable_fields]


def absolute_url(serializer: serializers.Field, page: PageRow) -> str | None:
    """The page's absolute HTML URL (page.full_url), built as api.base.page_urls does."""
    return page_urls(serializer.context.get("request")).full_url(page)


@extend_schema_field(OpenApiTypes.STR)
class LocaleField(serializers.Field):
    """The language code (`tr`, `en`) of the copy shown (from its `locale_id`)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        kwargs.setdefault("source", "locale_id")
        super().__init__(**kwargs)

    def to_representation(self, value: int) -> str:
        return language_code_of(value)


#: What a reference's `locale` says (the portal's language rule, portal.languages).
REF_LOCALE_HELP = (
    "Language of the copy referred to (`tr` or `en`): `tr` in an English response when it has "
    "no public English copy."
)


class PageRefSerializer(serializers.Serializer):
    """A reference to another public page, in the response's language where it has a public
    copy in it, else its public Turkish page."""

    id = serializers.IntegerField(help_text="Page id (stable).")
    locale = LocaleField(help_text=REF_LOCALE_HELP)
    slug = serializers.CharField(help_text="URL slug of the page.")
    title = serializers.CharField(help_text="Title in the response's language.")
    url = serializers.SerializerMethodField(help_text="Absolute URL of the HTML page.")

    @extend_schema_field(NULLABLE_URL)
    def get_url(self, page: Page) -> str | None:
        return absolute_url(self, page)

    def to_representation(self, page: PageRow) -> dict[str, Any]:
        """The fields above written directly, then any a subclass adds (field by field); from a
        page or a reference row (api.base.public.PageRefs).

        A page of a list refers to hundreds of pages (an assessment's actions), and DRF's way,
        field by field, cost as much as their URLs."""
        ref = {
            "id": page.id,
            "locale": language_code_of(page.locale_id),
            "slug": page.slug,
            "title": page.title,
            "url": absolute_url(self, page),
        }
        for field in self._added_fields:
            ref[field.field_name] = field.to_representation(field.get_attribute(page))
        return ref

    @cached_property
    def _added_fields(self) -> list[serializers.Field]:
        """Readable fields a subclass declares beyond the reference's own."""
        own = PageRefSerializer._declared_fields
        return [field for field in self._readable_fields if field.field_name not in own]


class PortalPageSerializer(BatchedSerializer):
    """Fields every page endpoint shares."""

    id = serializers.IntegerField(help_text="Page id (stable; differs between translations).")
    translation_key = serializers.UUIDField(
        help_text="Shared by a page and its translations: the same item in every language."
    )
    locale = LocaleField(
        help_text=(
            "Language of this copy (`tr` or `en`). A Turkish copy in an English response means "
            "the item has no published English translation yet."
        )
    )
    slug = serializers.CharField(help_text="URL slug of the page.")
    title = serializers.CharField(help_text="Title (başlık).")
    intro = serializers.CharField(help_text="Short plain-text introduction (giriş).")
    url = serializers.SerializerMethodField(
        help_text="Absolute URL of the HTML page, for linking (tam adres)."
    )
    is_sample_data = serializers.BooleanField(
        help_text="True for invented demo content (örnek veri); never a real assessment."
    )

    @extend_schema_field(NULLABLE_URL)
    def get_url(self, page: Page) -> str | None:
        return absolute_url(self, page)


class ThematicAreaRefSerializer(serializers.Serializer):
    """A thematic area (tematik alan), in the response's language."""

    id = serializers.IntegerField(help_text="Id of this language's copy of the area.")
    locale = LocaleField(help_text=REF_LOCALE_HELP)
    code = serializers.CharField(help_text="Area code, the same in every language (e.g. A3).")
    name = serializers.CharField(help_text="Name (ad).")


class MonitoringPeriodRefSerializer(serializers.Serializer):
    """A monitoring period (izleme dönemi), in the response's language."""

    id = serializers.IntegerField(help_text="Id of this language's copy of the period.")
    locale = LocaleField(help_text=REF_LOCALE_HELP)
    name = serializers.CharField(help_text="Name (ad).")
    start_date = serializers.DateField(help_text="First day of the period.")
    end_date = serializers.DateField(help_text="Last day of the period.")


@extend_schema_field(OpenApiTypes.STR)
class LabelField(serializers.Field):
    """The readable label of a choice field's value, in the response's language."""

    def __init__(self, choices: Any, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.labels = dict(choices)
        self._translated: dict[str, dict[Any, str]] = {}

    def to_representation(self, value: Any) -> str | None:
        if value is None or value == "":
            return None
        # Translated once per language: a list has hundreds of labels, and each gettext walks
        # every catalogue of the fallback chain.
        language = get_language()
        labels = self._translated.get(language)
        if labels is None:
            labels = self._translated[language] = {k: str(v) for k, v in self.labels.items()}
        return labels.get(value, str(value))
