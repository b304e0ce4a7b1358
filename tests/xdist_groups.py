"""Groups of tests that pytest-xdist must run on one worker, one after the other.

A group shares an expensive package-scoped fixture (the demo build, the browser tests' live
site): split between two workers, each would build it. `--dist loadgroup` (pyproject's addopts)
keeps the tests of one `xdist_group` mark together, but xdist 3.8 does not under pytest 9.2
(pytest-xdist#1386): xdist appends the group to the old `_nodeid`, while pytest 9.2 reads a node
id from `Node._id`, so every group was silently ignored. `put_in_group` appends it there, in the
worker, as xdist's fix (pytest-xdist PR #1388) does. Once a pytest-xdist release has the fix,
`pytest tests/demo/site -n 2 -v` prints ids ending in "@demo-site" without that part of it.
"""

from __future__ import annotations

import pytest
from _pytest.nodeid import NodeId


def put_in_group(config: pytest.Config, item: pytest.Item, group: str) -> None:
    """Mark item as a test of group and, in an xdist worker of `--dist loadgroup`, give it the
    node id by which xdist's scheduler keeps the group on one worker."""
    if item.get_closest_marker("xdist_group") is None:
        item.add_marker(pytest.mark.xdist_group(group))
    if getattr(config.option, "loadgroup", False) and "@" not in item.nodeid:
        item._id = NodeId.parse(f"{item.nodeid}@{group}")
