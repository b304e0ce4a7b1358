"""Users in the roles `setup_roles` creates (it runs with the session's site tree)."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group

from portal.roles import EDITORS, MONITORING_BOARD
from tests.scenarios.site import SiteTree

#: The password of every user made here.
PASSWORD = "x-secret-123"  # noqa: S105


def user_in(group_name: str, username: str) -> AbstractUser:
    """A user in the named group."""
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def board_member(site_tree: SiteTree) -> AbstractUser:
    """A member of the Monitoring Board (İzleme Heyeti)."""
    return user_in(MONITORING_BOARD, "heyet-uyesi")


@pytest.fixture
def editor(site_tree: SiteTree) -> AbstractUser:
    """A member of the editors (Editörler)."""
    return user_in(EDITORS, "editor-1")


@pytest.fixture
def kadikoy_reporter(site_tree: SiteTree) -> AbstractUser:
    """A reporter of Kadıköy (its municipality's reporters group)."""
    user = get_user_model().objects.create_user("kadikoy-raportor", password=PASSWORD)
    user.groups.add(site_tree.kadikoy.reporters_group)
    return user
