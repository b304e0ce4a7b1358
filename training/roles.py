"""One participants group and one participants-only document collection per programme.

Enrolling a user in a programme puts them in its group (training.signals); the group is what the
programme's private modules (page privacy) and its private collection (collection privacy) admit.
Idempotent, like portal.roles.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction

from portal.locales import default_locale
from portal.roles import EDITORS, child_collection, grant_model_permissions, release_collection

from .models import TrainingProgrammePage

MATERIALS_COLLECTION = "Eğitim materyalleri"


def participants_group_name(programme: TrainingProgrammePage) -> str:
    """Group name shown in the admin, e.g. "Gösterge temelli izleme eğitimi katılımcıları"."""
    return f"{programme.title} katılımcıları"


def materials_collection() -> Collection:
    """The public "Eğitim materyalleri" collection; programmes' private collections nest in it."""
    return child_collection(MATERIALS_COLLECTION)


def private_collection_name(programme: TrainingProgrammePage) -> str:
    """Collection name shown in the admin's document chooser."""
    return f"{programme.title} (katılımcılara özel)"


@transaction.atomic
def ensure_programme_participants(programme: TrainingProgrammePage) -> Group:
    """Create (or repair) the programme's participants group and its restricted collection; both
    are stored on the programme and all its translations."""
    group = programme.participants_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=participants_group_name(programme))
    collection = programme.private_collection
    if collection is None:
        parent = materials_collection()
        name = private_collection_name(programme)
        collection = parent.get_children().filter(name=name).first() or parent.add_child(name=name)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=BaseViewRestriction.GROUPS
        )
    restriction.restriction_type = BaseViewRestriction.GROUPS
    restriction.save()
    restriction.groups.add(group)
    TrainingProgrammePage.objects.filter(translation_key=programme.translation_key).update(
        participants_group=group, private_collection=collection
    )
    programme.participants_group, programme.private_collection = group, collection
    return group


@transaction.atomic
def ensure_training_roles() -> list[Group]:
    """Editors manage enrollments and read download counts; every programme has its group."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    grant_model_permissions(
        editors,
        "training",
        [
            "add_enrollment",
            "change_enrollment",
            "delete_enrollment",
            "view_enrollment",
            "view_materialdownload",
        ],
    )
    release_collection(materials_collection(), "Herkese açık eğitim materyalleri")
    return [
        ensure_programme_participants(programme)
        for programme in TrainingProgrammePage.objects.filter(locale=default_locale())
    ]
