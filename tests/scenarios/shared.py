"""Scenarios built once per test module instead of once per test, for modules that opt in.

A module whose tests ask for the same costly scenarios (`api_site`, `monitoring`, …) opts in with
`pytest.mark.usefixtures("shared_scenarios")` in its `pytestmark`. The scenarios any of its tests
ask for are then built once, in a transaction around the module's tests, and each test gets a
deep copy of their Python objects; each test's own transaction is a savepoint inside that one
(as for Django's TestCase.setUpTestData), so what a test changes is rolled back before the next.
Consequences for such a module: every test sees every scenario any test of the module asks for;
no test may be transactional (`transactional_db`, `live_server`).

A module-local fixture can share its build the same way through `module_transaction`:

    @pytest.fixture(scope="module")
    def shared_thing(module_transaction: ModuleTransaction) -> Thing:
        return module_transaction.build(build_thing)  # build_thing(site_tree) -> Thing

Scenario modules declare such fixtures with `@scenario`: the decorated function builds the
scenario from the fixtures its parameters name (`site_tree` or other scenarios), and the fixture
returns either that build or the test's copy of the module's shared one.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from pytest_django import DjangoDbBlocker

from django.db import transaction

from tests.commits import commit_pending
from tests.indexing import indexes
from tests.scenarios.site import SiteTree, read_site_tree

T = TypeVar("T")


class Scenarios:
    """The scenarios of one shared build, built on first use (a builder may use others)."""

    def __init__(self, tree: SiteTree) -> None:
        self.tree = tree
        self.built: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        """The named scenario of this build (`site_tree`: the tree it is built on)."""
        if name == "site_tree":
            return self.tree
        if name not in self.built:
            self.built[name] = BUILDERS[name](self)
        return self.built[name]


#: Builders of the shareable scenarios, by fixture name.
BUILDERS: dict[str, Callable[[Scenarios], Any]] = {}


def scenario(build: Callable[..., T]) -> Any:
    """The scenario fixture named after `build`, whose parameters name the fixtures it is built
    from; shared by the modules that opt in (see the module docstring)."""
    name = build.__name__
    needs = tuple(inspect.signature(build).parameters)
    BUILDERS[name] = lambda scenarios: build(*(scenarios.get(need) for need in needs))

    def fixture(request: pytest.FixtureRequest) -> T:
        if "shared_scenarios" in request.fixturenames:
            return request.getfixturevalue("shared_copy")[name]
        built = build(*(request.getfixturevalue(need) for need in needs))
        commit_pending()  # the scenario's publications count as committed (tests/commits.py)
        return built

    fixture.__name__ = name
    fixture.__doc__ = build.__doc__
    return pytest.fixture(name=name)(fixture)


class ModuleTransaction:
    """A transaction open around one module's tests; builds inside it stay for all of them."""

    def __init__(self, items: list[pytest.Item]) -> None:
        self.items = items

    def build(self, builder: Callable[[SiteTree], T]) -> T:
        """builder(site tree), with the indexes updated as the module's tests have them (on if
        any of its tests is marked `reference_index` or `search_index`)."""
        with indexes(
            references=self._marked("reference_index"), search=self._marked("search_index")
        ):
            built = builder(read_site_tree())
        commit_pending()  # the scenario's publications count as committed (tests/commits.py)
        return built

    def _marked(self, name: str) -> bool:
        return any(item.get_closest_marker(name) for item in self.items)


@pytest.fixture(scope="module")
def module_transaction(
    request: pytest.FixtureRequest, django_db_setup: None, django_db_blocker: DjangoDbBlocker
) -> Iterator[ModuleTransaction]:
    """A transaction around the module's tests, rolled back after the last one.

    The database stays unblocked for the module (its fixtures build in it)."""
    items = [
        item
        for item in request.session.items
        if item.nodeid.split("::", 1)[0] == request.node.nodeid
    ]
    django_db_blocker.unblock()
    atomic = transaction.atomic()
    atomic.__enter__()
    try:
        yield ModuleTransaction(items)
    finally:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
        django_db_blocker.restore()


@pytest.fixture(scope="module")
def shared_scenarios(module_transaction: ModuleTransaction) -> dict[str, Any]:
    """The scenarios the module's tests ask for, built once (see the module docstring)."""
    wanted = sorted(
        {name for item in module_transaction.items for name in item.fixturenames} & BUILDERS.keys()
    )

    def build_all(tree: SiteTree) -> dict[str, Any]:
        scenarios = Scenarios(tree)
        for name in wanted:
            scenarios.get(name)
        return scenarios.built

    return module_transaction.build(build_all)


@pytest.fixture
def shared_copy(shared_scenarios: dict[str, Any], db: None) -> dict[str, Any]:
    """This test's copy of the module's shared scenarios (one copy: references between them,
    such as `api_site.monitoring` and `monitoring`, stay the same object)."""
    return copy.deepcopy(shared_scenarios)
