"""Editors keep the targets; a target's second number is whole or absent; an enrollment's
organisation agrees with its kind; the defaults are added once and never overwrite an edit."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.forms import modelform_factory

from portal.roles import EDITORS
from results.measures import Measure
from results.models import ProjectTarget
from results.targets import DEFAULT_TARGETS, ensure_default_targets
from tests.scenarios.site import SiteTree
from tests.training.factories import (
    EnrollmentFactory,
    TrainingIndexPageFactory,
    TrainingProgrammePageFactory,
)
from training.models import Enrollment, OrganisationKind

pytestmark = pytest.mark.django_db


def test_editors_may_keep_the_targets() -> None:
    codenames = set(Group.objects.get(name=EDITORS).permissions.values_list("codename", flat=True))
    assert {"add_projecttarget", "change_projecttarget", "delete_projecttarget"} <= codenames


def test_defaults_are_the_eight_targets_added_once(site_tree: SiteTree) -> None:
    assert len(DEFAULT_TARGETS) == 8
    pairs = ensure_default_targets(site_tree.turkish)
    first = pairs[0][0]
    first.target = 12
    first.save()
    ensure_default_targets(site_tree.turkish)
    assert ProjectTarget.objects.filter(locale=site_tree.turkish).count() == 8
    first.refresh_from_db()
    assert first.target == 12


def test_second_number_is_whole_or_absent(site_tree: SiteTree) -> None:
    target = ProjectTarget(
        locale=site_tree.turkish,
        key="deneme",
        label="Deneme",
        target=5,
        unit="kişi",
        measure=Measure.STAFF_TRAINED,
        second_target=3,
    )
    with pytest.raises(ValidationError) as raised:
        target.full_clean()
    assert set(raised.value.message_dict) == {"second_unit", "second_measure"}
    target.second_unit, target.second_measure = "belediye", Measure.STAFF_MUNICIPALITIES
    target.full_clean()


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        (
            {"organisation_kind": OrganisationKind.BOARD_NGO, "with_municipality": True},
            "municipality",
        ),
        ({"organisation_kind": OrganisationKind.MUNICIPALITY}, "organisation"),
        ({"organisation": "Bir vakıf"}, "organisation_kind"),
        (
            {
                "organisation_kind": OrganisationKind.MUNICIPALITY,
                "organisation": "Tepebaşı",
                "with_municipality": True,
            },
            "organisation",
        ),
    ],
)
def test_enrollment_organisation_agrees_with_its_kind(
    site_tree: SiteTree, fields: dict, field_in_error: str
) -> None:
    index = TrainingIndexPageFactory(parent=site_tree.home)
    programme = TrainingProgrammePageFactory(parent=index)
    fields = dict(fields)
    if fields.pop("with_municipality", False):
        fields["municipality"] = site_tree.kadikoy
    enrollment = EnrollmentFactory.build(programme=programme, **fields)
    enrollment.user.save()
    enrollment.user_id = enrollment.user.pk
    with pytest.raises(ValidationError) as raised:
        enrollment.full_clean()
    assert field_in_error in raised.value.message_dict


def test_enrollment_with_a_chosen_or_named_municipality_is_valid(site_tree: SiteTree) -> None:
    index = TrainingIndexPageFactory(parent=site_tree.home)
    programme = TrainingProgrammePageFactory(parent=index)
    for fields in (
        {"organisation_kind": OrganisationKind.MUNICIPALITY, "municipality": site_tree.kadikoy},
        {"organisation_kind": OrganisationKind.MUNICIPALITY, "organisation": "Tepebaşı Belediyesi"},
        {"organisation_kind": OrganisationKind.OTHER, "organisation": "Bir üniversite"},
        {},
    ):
        enrollment = EnrollmentFactory(programme=programme, **fields)
        enrollment.full_clean()
    assert Enrollment.objects.filter(programme=programme).count() == 4


def test_the_municipality_choice_is_the_source_language_page(site_tree: SiteTree) -> None:
    form = modelform_factory(Enrollment, fields=["municipality"])()
    choices = form.fields["municipality"].queryset
    assert site_tree.kadikoy in choices
    assert site_tree.english_of(site_tree.kadikoy) not in choices


def test_editor_enrolls_with_the_organisation_in_the_admin(
    site_tree: SiteTree, client, admin_user
) -> None:  # type: ignore[no-untyped-def]
    index = TrainingIndexPageFactory(parent=site_tree.home)
    programme = TrainingProgrammePageFactory(parent=index)
    participant = EnrollmentFactory.build().user
    participant.save()
    client.force_login(admin_user)
    form = client.get("/admin/snippets/training/enrollment/add/").content.decode()
    for name in ("organisation_kind", "municipality", "organisation"):
        assert f'name="{name}"' in form
    assert "Katılımcının kurumu" in form
    response = client.post(
        "/admin/snippets/training/enrollment/add/",
        {
            "programme": programme.pk,
            "user": participant.pk,
            "enrolled_on": "2025-05-01",
            "completed_on": "",
            "organisation_kind": OrganisationKind.MUNICIPALITY,
            "municipality": site_tree.nilufer.pk,
            "organisation": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    enrollment = Enrollment.objects.get(programme=programme, user=participant)
    assert enrollment.municipality == site_tree.nilufer
    assert client.get("/admin/snippets/results/projecttarget/").status_code == 200
