"""Tree rules, the agenda block, translation settings and search of events."""

from __future__ import annotations

from datetime import time

import pytest

from django.template.loader import render_to_string

from wagtail_localize.fields import SynchronizedField, TranslatableField

from events.blocks import AgendaItemBlock
from events.models import EventIndexPage, EventPage
from portal.models import HomePage, StandardPage
from tests.scenarios.events import EventSite

pytestmark = pytest.mark.django_db


def test_tree_rules(events: EventSite) -> None:
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_subpage_models() == []
    assert EventPage.can_create_at(events.index)
    assert not EventPage.can_create_at(events.tree.home)
    assert not EventIndexPage.can_create_at(events.tree.home)  # one per home page
    assert not StandardPage.can_create_at(events.index)


def test_agenda_block_renders_a_table_row() -> None:
    block = AgendaItemBlock()
    for option in ("icon", "template", "description", "preview_value"):
        assert getattr(block.meta, option), option
    html = block.render(
        block.to_python({"time": "09:30", "item": "Açılış & tanışma", "speaker": ""})
    )
    assert '<th scope="row"><time datetime="09:30">09:30</time></th>' in html
    assert "<td>Açılış &amp; tanışma</td>" in html
    preview_value = block.get_preview_value()
    assert preview_value["time"] == time(10, 0)
    preview = render_to_string(
        block.get_preview_template(preview_value),
        {"bound_block": block.bind(preview_value), "block_def": block, "page_title": "Önizleme"},
    )
    assert "<table>" in preview and "<td>Açılış ve tanışma</td>" in preview


def test_translation_settings() -> None:
    fields = {field.field_name: type(field) for field in EventPage.override_translatable_fields}
    for name in (
        "kind",
        "start",
        "end",
        "online_link",
        "target_attendance",
        "actual_attendance",
        "is_sample_data",
        "related_municipalities",
    ):
        assert fields[name] is SynchronizedField, name
    for name in ("venue_name", "venue_address", "audience", "agenda", "body", "gallery"):
        assert fields[name] is TranslatableField, name


@pytest.mark.search_index
def test_search_finds_events_by_venue(events: EventSite) -> None:
    event = events.publish(venue_name="İzmir'de bir kongre merkezi")
    events.publish(title="Başka bir eğitim")
    assert list(EventPage.objects.live().search("kongre")) == [event]
