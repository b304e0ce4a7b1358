"""Test transactions stand for committed ones: a scenario's publications are committed before
the test starts. Inside a test's transaction (rolled back at its end) Django keeps every
on-commit callback waiting, so `portal.caching.uncommitted_change` would hold for the whole
test and nothing would ever be cached."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection


def commit_pending() -> None:
    """Run the on-commit callbacks waiting on the default connection, as a commit would (a new
    content generation, the purge), and forget them; callbacks they add run too."""
    while connection.run_on_commit:
        pending, connection.run_on_commit = connection.run_on_commit, []
        for _savepoints, callback, _robust in pending:
            callback()


@contextmanager
def committed() -> Iterator[None]:
    """`with committed(): …`: what the block changed is committed, as a request's transaction
    would be: its on-commit callbacks (a new content generation, the purge) run and are gone.
    (Django's `captureOnCommitCallbacks(execute=True)` runs them but leaves them waiting.)"""
    commit_pending()
    yield
    commit_pending()
