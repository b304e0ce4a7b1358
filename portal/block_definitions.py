"""Workaround: a StreamField's block definition is packed for the editor once per process and
language, not on every edit form.

Wagtail 7.4's `BlockWidget` (wagtail/blocks/base.py) packs the definition of every block a
StreamField may hold (labels, help texts, icons, child widgets, their options) into the JSON the
editor's JavaScript builds the blocks from, and keeps it on the widget. Django copies a form's
widgets for every form it builds, so the packing runs on every edit form: ~50 ms of a 150 ms
edit form for the portal's StandardPage, whose body offers the shared content blocks. The packed
definition depends only on the block definition and the language of its labels, so
`patch()` (from PortalConfig.ready) keeps it on the block definition (one per StreamField of a
model, living as long as the process) per language; the widget, its markup and its media are
Wagtail's.

Delete this module when Wagtail keeps the packed definition itself (check on each upgrade:
UPGRADING.md; `tests/portal/test_block_definitions.py` compares the markup with Wagtail's own).
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import get_language

from wagtail.blocks.base import BlockWidget

from portal.memo import remembered

_wagtail_build_block_json = BlockWidget._build_block_json


def packed_definition(widget: BlockWidget) -> tuple[Any, str]:
    """The widget's block definition packed by Wagtail: its telepath context (which holds the
    media the editor needs) and the JSON."""
    _wagtail_build_block_json(widget)
    return widget._js_context, widget._block_json


def packed_attribute(language: str) -> str:
    """The name the block definition keeps its packing in that language under."""
    return f"_portal_packed_definition_{language}"


def build_block_json_once(widget: BlockWidget) -> None:
    """Wagtail's `_build_block_json`, remembered on the block definition per language."""
    widget._js_context, widget._block_json = remembered(
        widget.block_def, packed_attribute(get_language()), lambda: packed_definition(widget)
    )


def patch() -> None:
    """Make Wagtail's BlockWidget pack each definition once per language (idempotent)."""
    BlockWidget._build_block_json = build_block_json_once


def unpatch() -> None:
    """Wagtail's own packing again (for the test that compares the two)."""
    BlockWidget._build_block_json = _wagtail_build_block_json
