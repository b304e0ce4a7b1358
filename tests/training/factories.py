"""Factories for training pages, documents and enrollments."""

from __future__ import annotations

import factory
import wagtail_factories

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from training.models import (
    Enrollment,
    TrainingAudience,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingProgrammePage,
    TrainingTopic,
)


class TrainingIndexPageFactory(wagtail_factories.PageFactory):
    """The training index; pass parent=<home page>."""

    title = "Eğitimler"
    slug = "egitimler"
    intro = "Eğitim programları."

    class Meta:
        model = TrainingIndexPage


class TrainingProgrammePageFactory(wagtail_factories.PageFactory):
    """A programme; pass parent=<training index>. Its group and collection come from
    training.roles.ensure_programme_participants (see tests.training.conftest)."""

    title = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    intro = "Programın tanıtımı."
    topic = TrainingTopic.INDICATOR_MONITORING
    audience = TrainingAudience.MUNICIPAL_STAFF
    duration_hours = 12
    learning_outcomes = factory.LazyFunction(
        lambda: [{"type": "outcome", "value": "Göstergeleri ayırt eder."}]
    )

    class Meta:
        model = TrainingProgrammePage


class TrainingModulePageFactory(wagtail_factories.PageFactory):
    """A module; pass parent=<programme> and materials=[...] raw stream data."""

    title = factory.Sequence(lambda n: f"Modül {n}")
    slug = factory.Sequence(lambda n: f"modul-{n}")
    intro = "Modülün özeti."
    duration_minutes = 90
    objectives = factory.LazyFunction(lambda: [{"type": "objective", "value": "Bir hedef."}])

    class Meta:
        model = TrainingModulePage


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small PDF-named document; pass collection=<collection>."""

    title = factory.Sequence(lambda n: f"Materyal {n}")
    file = factory.LazyAttribute(
        lambda obj: ContentFile(b"%PDF-1.4 sample material", name=f"{obj.title}.pdf")
    )

    class Meta:
        model = get_document_model()


class UserFactory(factory.django.DjangoModelFactory):
    """A participant account without admin access."""

    username = factory.Sequence(lambda n: f"katilimci{n}")
    first_name = "Ayşe"
    last_name = factory.Sequence(lambda n: f"Yılmaz {n}")
    password = factory.django.Password("parola-123")

    class Meta:
        model = get_user_model()


class EnrollmentFactory(factory.django.DjangoModelFactory):
    """An enrollment; pass programme= and user=."""

    user = factory.SubFactory(UserFactory)

    class Meta:
        model = Enrollment
