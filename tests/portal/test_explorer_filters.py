"""portal.explorer_filters: the explorer's "Owner" and "Edited by" filters offer the same users as
Wagtail's own querysets, without a DISTINCT over every page (UPGRADING.md)."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.admin.views.pages.listing import GenericPageFilterSet, PageFilterSet
from wagtail.models import Page, PageLogEntry

from portal.explorer_filters import page_editors, page_owners
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def wagtails_owners() -> set[int]:
    """Wagtail 7.4's queryset of the "Owner" filter, as written in PageFilterSet."""
    owners = Page.objects.order_by().values_list("owner_id", flat=True).distinct()
    return set(get_user_model().objects.filter(pk__in=owners).values_list("pk", flat=True))


def wagtails_editors() -> set[int]:
    """Wagtail 7.4's queryset of the "Edited by" filter."""
    edits = PageLogEntry.objects.filter(action="wagtail.edit").order_by().values_list("user_id")
    return set(
        get_user_model().objects.filter(pk__in=edits.distinct()).values_list("pk", flat=True)
    )


def test_the_users_offered_are_wagtails(site_tree: SiteTree, admin_user: AbstractUser) -> None:
    users = get_user_model().objects
    owner = users.create_user("sahip", password="x")  # noqa: S106
    editor = users.create_user("duzenleyen", password="x")  # noqa: S106
    users.create_user("hicbiri", password="x")  # noqa: S106 - neither owns nor edited a page
    Page.objects.filter(pk=site_tree.index.pk).update(owner=owner)
    PageLogEntry.objects.log_action(site_tree.index, "wagtail.edit", user=editor)
    PageLogEntry.objects.log_action(site_tree.index, "wagtail.publish", user=admin_user)

    assert set(page_owners().values_list("pk", flat=True)) == wagtails_owners()
    assert owner.pk in wagtails_owners()
    assert set(page_editors().values_list("pk", flat=True)) == wagtails_editors() == {editor.pk}


def test_the_explorer_filters_use_them(admin_client: Client, site_tree: SiteTree) -> None:
    for filter_set in (PageFilterSet, GenericPageFilterSet):
        assert filter_set.base_filters["owner"].queryset is page_owners
        assert filter_set.base_filters["edited_by"].queryset is page_editors
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(f"/admin/pages/{site_tree.index.pk}/", HTTP_HOST="localhost")
    assert response.status_code == 200
    user_queries = [q["sql"] for q in captured.captured_queries if 'FROM "auth_user"' in q["sql"]]
    assert user_queries  # the filters were drawn
    assert not any("DISTINCT" in sql and "wagtailcore_page" in sql for sql in user_queries)
