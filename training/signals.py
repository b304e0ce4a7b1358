"""Enrollment keeps group membership in step; every served document adds one download."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest

from wagtail.documents.models import document_served

from portal.roles import TRAINING_PARTICIPANTS

from .models import Enrollment, MaterialDownload


def _programme_group(enrollment: Enrollment) -> Group:
    from .roles import ensure_programme_participants

    programme = enrollment.programme
    return programme.participants_group or ensure_programme_participants(programme)


def join_programme_group(sender: type, instance: Enrollment, **kwargs: Any) -> None:
    """An enrolled user is in the programme's group and in "Eğitim Katılımcıları"."""
    if kwargs.get("raw"):
        return
    participants, _ = Group.objects.get_or_create(name=TRAINING_PARTICIPANTS)
    instance.user.groups.add(_programme_group(instance), participants)


def leave_programme_group(sender: type, instance: Enrollment, **kwargs: Any) -> None:
    """Removing an enrollment closes the programme's private material to the user again."""
    instance.user.groups.remove(_programme_group(instance))
    if not Enrollment.objects.filter(user=instance.user).exists():
        instance.user.groups.remove(*Group.objects.filter(name=TRAINING_PARTICIPANTS))


def count_download(sender: type, instance: Any, request: HttpRequest, **kwargs: Any) -> None:
    """Count a GET of a document (sent only after Wagtail's privacy checks let it through)."""
    if request.method == "GET":
        MaterialDownload.record(instance.pk)


def connect() -> None:
    """Connect the handlers (called from TrainingConfig.ready)."""
    post_save.connect(join_programme_group, sender=Enrollment, dispatch_uid="training-join")
    post_delete.connect(leave_programme_group, sender=Enrollment, dispatch_uid="training-leave")
    document_served.connect(count_download, dispatch_uid="training-count-download")
