"""Switch off the work Wagtail does on every save that most tests never read: the reference index
and the search index. tests/conftest.py switches both off around each test unless it is marked
`reference_index` or `search_index`; tests/scenarios/shared.py does the same around a module's
shared build."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from wagtail.signal_handlers import reference_index_auto_update_disabled

from portal.indexing import search_index_off

__all__ = ["indexes", "reference_index_off", "search_index_off"]


@contextlib.contextmanager
def reference_index_off() -> Iterator[None]:
    """Wagtail's reference index is not updated on save inside the block.

    Set and cleared by hand: Wagtail's own context manager is not reentrant, and the demo builder
    (tested here) uses it too."""
    reference_index_auto_update_disabled.value = True
    try:
        yield
    finally:
        with contextlib.suppress(AttributeError):
            del reference_index_auto_update_disabled.value


@contextlib.contextmanager
def indexes(*, references: bool, search: bool) -> Iterator[None]:
    """The reference and search indexes updated on save inside the block only where asked."""
    with contextlib.ExitStack() as stack:
        if not references:
            stack.enter_context(reference_index_off())
        if not search:
            stack.enter_context(search_index_off())
        yield
