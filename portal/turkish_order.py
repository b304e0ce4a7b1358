"""Groups and collections listed in Turkish alphabetical order in the admin.

The database orders names by code point, which puts "Çankaya" after "Yenimahalle" and
"İzleme Heyeti" last. Two places fix that:

- `turkish_name_order(field)`, an expression that sorts a name column as `portal.text.
  turkish_sort_key` does (ç after c, ı before i, ğ, ö, ş, ü after g, o, s, u; â, î, û as a, i, u;
  case ignored), on SQLite and PostgreSQL alike. The admin's group listing, the user form's group
  check boxes and the user listing's group filter order by it (`TurkishGroupViewSet`,
  `TurkishUserViewSet`).
- Collections are a tree whose siblings Wagtail keeps sorted by name (treebeard's
  `node_order_by`) through a database comparison; `use_turkish_collection_order()` makes that
  comparison Turkish, so a collection created or renamed in the admin takes its Turkish place
  and every list of collections (the collections page, the choosers, the upload forms, all in
  tree order) follows. `sort_collections()` puts an existing tree in that order (setup_roles).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import Expression, F, QuerySet, Value
from django.db.models.functions import Collate, Lower, Replace
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import TitleColumn
from wagtail.models import Collection
from wagtail.users.views.groups import GroupViewSet
from wagtail.users.views.groups import IndexView as GroupIndexView
from wagtail.users.views.users import UserFilterSet, UserViewSet

from .text import turkish_sort_key

__all__ = [
    "TurkishGroupViewSet",
    "TurkishUserViewSet",
    "sort_collections",
    "turkish_name_order",
    "turkish_ordered_groups",
    "use_turkish_collection_order",
]

#: Letters replaced before lower-casing, in this order: the Turkish letters that follow a Latin
#: one sort as that letter followed by "~" (after every ASCII letter), the dotless I before i;
#: â, î, û as their base letter. Capital I is the dotless one in Turkish.
_SORTABLE_LETTERS = (
    ("I", "h~"),
    ("ı", "h~"),
    ("İ", "i"),
    ("Ç", "c~"),
    ("ç", "c~"),
    ("Ğ", "g~"),
    ("ğ", "g~"),
    ("Ö", "o~"),
    ("ö", "o~"),
    ("Ş", "s~"),
    ("ş", "s~"),
    ("Ü", "u~"),
    ("ü", "u~"),
    ("Â", "a"),
    ("â", "a"),
    ("Î", "i"),
    ("î", "i"),
    ("Û", "u"),
    ("û", "u"),
)


def turkish_name_order(field: str) -> Expression:
    """An expression sorting `field` in Turkish alphabetical order (compared byte by byte, so
    that PostgreSQL's language collation does not skip the "~")."""
    expression: Any = F(field)
    for letter, sortable in _SORTABLE_LETTERS:
        expression = Replace(expression, Value(letter), Value(sortable))
    return Collate(Lower(expression), "C" if connection.vendor == "postgresql" else "BINARY")


def turkish_ordered_groups() -> QuerySet[Group]:
    """Every group, in Turkish order of their names."""
    return Group.objects.order_by(turkish_name_order("name"), "pk")


# Groups and users in the admin -------------------------------------------------------------


class TurkishGroupIndexView(GroupIndexView):
    """Wagtail's group listing, sorted by the Turkish order of the names."""

    columns = [
        TitleColumn(
            "name",
            label=_("Name"),
            sort_key="name_order",
            url_name="wagtailusers_groups:edit",
        ),
    ]

    def get_base_queryset(self) -> QuerySet[Group]:
        return super().get_base_queryset().annotate(name_order=turkish_name_order("name"))


class TurkishGroupViewSet(GroupViewSet):
    """Wagtail's groups in Turkish order (registered with `register_group_viewset`)."""

    ordering = ["name_order"]
    index_view_class = TurkishGroupIndexView


class TurkishUserFilterSet(UserFilterSet):
    """The user listing's group filter in Turkish order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["group"].queryset = turkish_ordered_groups()


class TurkishUserViewSet(UserViewSet):
    """Wagtail's users with the group check boxes and filter in Turkish order."""

    filterset_class = TurkishUserFilterSet

    def get_form_class(self, for_update: bool = False) -> type:
        base = super().get_form_class(for_update)

        class GroupsInTurkishOrder(base):  # type: ignore[misc, valid-type]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                if "groups" in self.fields:
                    self.fields["groups"].queryset = turkish_ordered_groups()

        GroupsInTurkishOrder.__name__ = base.__name__
        return GroupsInTurkishOrder


# Collections ---------------------------------------------------------------------------------


def _turkish_sorted_pos_queryset(
    self: Collection, siblings: QuerySet[Collection], newobj: Collection
) -> QuerySet[Collection]:
    """treebeard's hook for sorted trees: the siblings that must move right of `newobj`, i.e.
    from the first one (in tree order) whose name comes after newobj's in Turkish order."""
    key = turkish_sort_key(newobj.name)
    for sibling in siblings.order_by("path").only("pk", "path", "name"):
        if sibling.pk != newobj.pk and turkish_sort_key(sibling.name) > key:
            return siblings.filter(path__gte=sibling.path)
    return siblings.none()


def use_turkish_collection_order() -> None:
    """Collections keep their siblings in Turkish order (called once, by PortalConfig.ready)."""
    Collection.get_sorted_pos_queryset = _turkish_sorted_pos_queryset


def _children_in_order(parent: Collection) -> bool:
    names = list(parent.get_children().values_list("name", flat=True))
    return names == sorted(names, key=turkish_sort_key)


@transaction.atomic
def sort_collections() -> int:
    """Puts every collection's children in Turkish order; returns how many were moved.

    Each child, smallest name first, is moved before the first sibling whose name comes after
    it (treebeard's sorted move, made Turkish above), which leaves the smallest ones in order
    at the front; a child already in its place is not moved."""
    moved = 0
    parents = [node for node in Collection.objects.all() if not node.is_leaf()]
    for parent in parents:
        parent.refresh_from_db()
        if _children_in_order(parent):
            continue
        names = sorted(
            parent.get_children().values_list("pk", "name"), key=lambda c: turkish_sort_key(c[1])
        )
        for pk, _name in names:
            child = Collection.objects.get(pk=pk)
            before = child.path
            child.move(Collection.objects.get(pk=parent.pk), "sorted-child")
            moved += Collection.objects.get(pk=pk).path != before
    return moved
