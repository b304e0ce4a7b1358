"""Pausing the search index's updates on save, for bulk builds that index everything once at the
end (the demo, `manage.py setup_demo`) and for tests that never search (tests/indexing.py)."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from django.db.models.signals import post_delete, post_save


@functools.cache
def auto_indexed_models() -> list[type]:
    """The models whose saves modelsearch indexes (its own rule for connecting its handlers)."""
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


#: How many search_index_off() blocks are open (they nest: the demo's build inside a test's).
_paused = 0


@contextlib.contextmanager
def search_index_off() -> Iterator[None]:
    """The search index (modelsearch, behind Wagtail's search) is not updated on save or delete
    inside the block. Blocks nest: the handlers are connected again when the outermost ends."""
    global _paused
    models = auto_indexed_models()
    if _paused == 0:
        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
            post_delete.disconnect(post_delete_signal_handler, sender=model)
    _paused += 1
    try:
        yield
    finally:
        _paused -= 1
        if _paused == 0:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
                post_delete.connect(post_delete_signal_handler, sender=model)
