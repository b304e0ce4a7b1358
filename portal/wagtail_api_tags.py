"""Workaround: Wagtail's API v2 reads the tags of every listed image or document with a query of
its own (wagtail.api.v2.serializers.TagsField.to_representation runs
`value.all().order_by("name")` per object, which no prefetch can serve), so /api/v2/images/ and
/api/v2/documents/ ran one query per row. Here a list reads the tags of its whole page at once.

Delete this module (and its use in portal/headless.py) once Wagtail's TagsField reads tags a list
has prefetched; check on every Wagtail upgrade with
tests/api/test_query_counts.py::test_v2_list_queries_do_not_grow_with_the_page.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet

from taggit.models import CommonGenericTaggedItemBase
from wagtail.api.v2.serializers import TagsField
from wagtail.documents.api.v2.serializers import DocumentSerializer
from wagtail.images.api.v2.serializers import ImageSerializer

#: Attribute holding an object's tag names, set by attach_tag_names for one page of a list.
TAG_NAMES_ATTRIBUTE = "_api_tag_names"


def attach_tag_names(objects: list[Any]) -> None:
    """Give each listed image or document its tag names, in the order Wagtail's TagsField gives
    them (by name, in the database's order), from one query for the whole page of the list."""
    if not objects:
        return
    model = type(objects[0])
    through = model.tags.through
    if not issubclass(through, CommonGenericTaggedItemBase):
        return  # a custom tag model: TagsField reads each object's tags itself
    names: dict[Any, list[str]] = {obj.pk: [] for obj in objects}
    rows = (
        through.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=list(names),
        )
        .order_by("tag__name")
        .values_list("object_id", "tag__name")
    )
    for object_id, name in rows:
        names[object_id].append(name)
    for obj in objects:
        setattr(obj, TAG_NAMES_ATTRIBUTE, names[obj.pk])


class ListedTagsField(TagsField):
    """Wagtail's TagsField, reading the names attach_tag_names gave the object when it did
    (TagsField runs a query per object)."""

    def to_representation(self, value: Any) -> list[str]:
        names = getattr(value.instance, TAG_NAMES_ATTRIBUTE, None)
        return names if names is not None else super().to_representation(value)


class ListedTagsMixin:
    """A serializer whose tags are ListedTagsField."""

    def build_property_field(self, field_name: str, model_class: type[Any]) -> Any:
        field_class, kwargs = super().build_property_field(field_name, model_class)  # type: ignore[misc]
        return (ListedTagsField if field_class is TagsField else field_class), kwargs


class ImageListSerializer(ListedTagsMixin, ImageSerializer):
    """Wagtail's image serializer with tags read for the whole list at once."""


class DocumentListSerializer(ListedTagsMixin, DocumentSerializer):
    """Wagtail's document serializer with tags read for the whole list at once."""


class TagsPerListMixin:
    """A view set that reads the tags of a page of its list in one query."""

    def paginate_queryset(self, queryset: QuerySet) -> list[Any]:
        objects = list(super().paginate_queryset(queryset))  # type: ignore[misc]
        attach_tag_names(objects)
        return objects
