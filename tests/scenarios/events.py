"""A bilingual events index, and helpers that publish and translate events as editors would."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.text import slugify

from events.models import EventIndexPage, EventPage
from portal.translation import publish_translation
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree


@dataclass
class EventSite:
    """The Turkish events index under the home page and its English translation."""

    tree: SiteTree
    index: EventIndexPage
    english_index: EventIndexPage

    def publish(self, **kwargs: Any) -> EventPage:
        """A Turkish event, published through a revision (so last_published_at is set)."""
        page = EventPageFactory(parent=self.index, live=False, **kwargs)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    def translate(self, page: EventPage, title: str) -> EventPage:
        """Publish the event's English translation; its intro is "<title>: introduction."."""
        return publish_translation(
            page,
            self.tree.english,
            {"title": title, "slug": slugify(title), "intro": f"{title}: introduction."},
        )


@scenario
def events(site_tree: SiteTree) -> EventSite:
    """/tr/etkinlikler/ and /en/events/, both live and empty."""
    index = EventIndexPageFactory(parent=site_tree.home)
    english_index = publish_translation(
        index,
        site_tree.english,
        {"title": "Events", "slug": "events", "intro": "Project meetings and training."},
    )
    return EventSite(tree=site_tree, index=index, english_index=english_index)
