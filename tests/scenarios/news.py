"""A bilingual news index, and helpers that publish and translate items as editors would."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.text import slugify

from news.models import NewsIndexPage, NewsPage
from portal.translation import publish_translation
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree


@dataclass
class NewsSite:
    """The Turkish news index under the home page and its English translation."""

    tree: SiteTree
    index: NewsIndexPage
    english_index: NewsIndexPage

    def publish(self, **kwargs: Any) -> NewsPage:
        """A Turkish item, published through a revision (so first_published_at is set)."""
        page = NewsPageFactory(parent=self.index, live=False, **kwargs)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    def translate(self, page: NewsPage, title: str, body: str = "<p>Details.</p>") -> NewsPage:
        """Publish the item's English translation; its intro is "<title>: introduction."."""
        english_body = [
            {"type": block.block_type, "value": body, "id": block.id} for block in page.body
        ]
        return publish_translation(
            page,
            self.tree.english,
            {
                "title": title,
                "slug": slugify(title),
                "intro": f"{title}: introduction.",
                "body": english_body,
            },
        )


@scenario
def news(site_tree: SiteTree) -> NewsSite:
    """/tr/haberler/ and /en/news/, both live and empty."""
    index = NewsIndexPageFactory(parent=site_tree.home)
    english_index = publish_translation(
        index,
        site_tree.english,
        {"title": "News and announcements", "slug": "news", "intro": "News from the project."},
    )
    return NewsSite(tree=site_tree, index=index, english_index=english_index)
