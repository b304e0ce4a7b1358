"""One reporters group and one media collection per municipality.

A reporter edits and submits drafts only under their own MunicipalityPage (in every language) and
uploads documents and images only into their municipality's collection, which no other reporter
group can see.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from portal.locales import default_locale
from portal.roles import (
    MEDIA_EDIT_PERMISSIONS,
    REPORTER_PAGE_PERMISSIONS,
    child_collection,
    grant_admin_access,
    grant_collection_permissions,
    grant_page_permissions,
)

from .models import MunicipalityPage

MUNICIPALITIES_COLLECTION = "Belediyeler"


def reporters_group_name(municipality: MunicipalityPage) -> str:
    """Group name shown in the admin, e.g. "Kadıköy Belediyesi raportörleri"."""
    return f"{municipality.title} raportörleri"


@transaction.atomic
def ensure_municipality_reporters(municipality: MunicipalityPage) -> Group:
    """Create (or repair) the municipality's reporters group, collection and permissions.

    The group and collection are stored on the page and on all its translations; page permissions
    are granted on every translation, so the English page is covered too.
    """
    group = municipality.reporters_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=reporters_group_name(municipality))
    collection = municipality.collection
    if collection is None:
        collection = child_collection(
            municipality.title, child_collection(MUNICIPALITIES_COLLECTION)
        )
    MunicipalityPage.objects.filter(translation_key=municipality.translation_key).update(
        reporters_group=group, collection=collection
    )
    municipality.reporters_group, municipality.collection = group, collection

    grant_admin_access(group)
    grant_page_permissions(
        group, municipality.get_translations(inclusive=True), REPORTER_PAGE_PERMISSIONS
    )
    grant_collection_permissions(group, collection, MEDIA_EDIT_PERMISSIONS)
    return group


def ensure_all_municipality_reporters() -> list[Group]:
    """Reporters groups for every municipality (one per page in the default language)."""
    return [
        ensure_municipality_reporters(municipality)
        for municipality in MunicipalityPage.objects.filter(locale=default_locale())
    ]
