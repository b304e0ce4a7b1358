"""Switch off the work Wagtail does on every save that most tests never read: the reference index
and the search index. tests/conftest.py switches both off around each test unless it is marked
`reference_index` or `search_index`; tests/scenarios/shared.py does the same around a module's
shared build."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from django.db.models.signals import post_delete, post_save

from wagtail.signal_handlers import reference_index_auto_update_disabled


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


@functools.cache
def auto_indexed_models() -> list[type]:
    """The models whose saves modelsearch indexes (its own rule for connecting its handlers)."""
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


@contextlib.contextmanager
def search_index_off() -> Iterator[None]:
    """The search index (modelsearch, behind Wagtail's search) is not updated on save or delete
    inside the block."""
    models = auto_indexed_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
            post_delete.connect(post_delete_signal_handler, sender=model)


@contextlib.contextmanager
def indexes(*, references: bool, search: bool) -> Iterator[None]:
    """The reference and search indexes updated on save inside the block only where asked."""
    with contextlib.ExitStack() as stack:
        if not references:
            stack.enter_context(reference_index_off())
        if not search:
            stack.enter_context(search_index_off())
        yield
