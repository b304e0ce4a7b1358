"""The demo site, built once for all the tests of this package: `setup_demo --plans 1`.

Building it takes most of a minute, so it is built once, inside a transaction that stays open while
this package's tests run and is rolled back after the last one (what Django's setUpTestData does for
a class); each test runs in a savepoint inside it, so a test's own changes are undone before the
next. Every test here is in the xdist group "demo-site" (tests/xdist_groups.py): they all run on one
worker, one after the other, and the demo is built once per test run.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest
from pytest_django import DjangoDbBlocker

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction

from wagtail.models import Collection, GroupPagePermission, Page, Revision

from tests.indexing import search_index_off
from tests.xdist_groups import put_in_group

#: The xdist group of every test here (they all read the demo build).
DEMO_GROUP = "demo-site"
HERE = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Keep this package's tests together on one worker (tests/xdist_groups.py), first: xdist
    hands out groups in collection order, and the other worker's tests then balance the demo
    group instead of waiting for it at the end."""
    for item in items:
        if HERE in item.path.parents:
            put_in_group(config, item, DEMO_GROUP)
    items.sort(key=lambda item: HERE not in item.path.parents)


def counts() -> dict[str, int]:
    """What a second run of setup_demo must leave as it is."""
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
    }


@dataclass(frozen=True)
class DemoBuild:
    """The demo site's build: what setup_demo printed and what it left in the database."""

    output: str
    counts: dict[str, int]


@pytest.fixture(scope="package")
def demo_build(django_db_setup: None, django_db_blocker: DjangoDbBlocker) -> Iterator[DemoBuild]:
    """Build the demo site once, from an empty site as on a fresh install; roll it back after.

    Without updating the search index (no test here searches)."""
    with django_db_blocker.unblock(), transaction.atomic(), search_index_off():
        try:
            Page.objects.filter(depth=2).delete()  # the session's site tree
            output = StringIO()
            call_command("setup_demo", plans=1, no_search_index=True, stdout=output)
            yield DemoBuild(output.getvalue(), counts())
        finally:
            transaction.set_rollback(True)


@pytest.fixture
def demo(demo_build: DemoBuild, db: None) -> DemoBuild:
    """The demo build, for one test in its own savepoint."""
    return demo_build
