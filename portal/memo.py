"""Values remembered on an object for as long as it lives, as Django keeps a user's permissions
(`_perm_cache`) and `cached_property` its values: in the object's `__dict__`, under a name.

The request's user object lives as long as the request and reaches every admin hook (Wagtail
passes it to each listing button and menu item), so a value remembered on it is read once per
request: the explorer's translation answers and site root paths, a reporter's municipalities.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def remembered(obj: object, name: str, build: Callable[[], T]) -> T:
    """`build()`'s value, computed the first time it is asked for on `obj` and kept there."""
    values = obj.__dict__
    if name not in values:
        values[name] = build()
    return values[name]
