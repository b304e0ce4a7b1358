"""RSS 2.0 and Atom 1.0 feeds of one news index (so of one language), served by its routes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from portal.choices import KIND_PARAM

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import NewsIndexPage, NewsKind, NewsPage

#: Items per feed: readers poll often, so the newest are enough.
FEED_SIZE = 30


class NewsRssFeed(Feed):
    """RSS 2.0 feed of an index's live, public items, newest first.

    Built per request for one index (`NewsRssFeed(index, kind)(request)`), so each language's
    index serves its own language's items. Titles are plain text, escaped once by the XML writer
    only: escaping them once more, as Django's default item_title does, made readers show
    "Kadıköy&#x27;de" for "Kadıköy'de" (feedparser reads the text exactly,
    tests/news/test_feeds.py). Item descriptions and the RSS channel's description are HTML to
    readers, so the plain texts are escaped into HTML there.
    """

    feed_type = Rss201rev2Feed
    #: The index's route that serves this feed (NewsIndexPage.rss_feed).
    route_name = "rss"

    def __init__(self, index: NewsIndexPage, kind: NewsKind | None = None) -> None:
        self.index = index
        self.kind = kind
        self.language = index.locale.language_code

    def __call__(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        """Render in the index's language, whatever language the request activated."""
        self.request = request
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        if self.kind is None:
            return self.index.title
        return f"{self.index.title}: {self.kind.label}"

    def kind_query(self) -> str:
        """The `?tur=` of a feed of one kind; empty for every kind."""
        return f"?{KIND_PARAM}={self.kind.value}" if self.kind is not None else ""

    def link(self) -> str:
        """The listing the feed follows, filtered by the same kind; also the Atom feed's id, so
        the feed of one kind has an id of its own (RFC 4287 §4.2.6)."""
        return self.index.get_full_url(self.request) + self.kind_query()

    def feed_url(self) -> str:
        """The feed's own address (atom:link rel="self" in both formats), on the site's address
        like every other link of the feed, with the kind but no other query parameters."""
        route = self.index.reverse_subpage(self.route_name)
        return self.index.get_full_url(self.request) + route + self.kind_query()

    def plain_description(self) -> str:
        """The index's introduction, as plain text (the Atom subtitle)."""
        return self.index.intro or _(
            "YEEP İzleme Platformu'ndan haberler, basın bültenleri ve duyurular."
        )

    def description(self) -> str:
        """The RSS channel's description, which readers show as HTML: the plain introduction
        with <, > and & escaped (quotes and apostrophes stay as they are, so "Kadıköy'de" reads
        right and no markup an editor typed can run)."""
        text = self.plain_description()
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def author_name(self) -> str:
        """The publisher of every item: the platform (RFC 4287 wants an author for each Atom
        entry; RSS gets it as dc:creator)."""
        return _("YEEP İzleme Platformu")

    def author_link(self) -> str:
        """The home page of the feed's language (the index's parent)."""
        return self.index.get_parent().get_full_url(self.request)

    def items(self) -> QuerySet[NewsPage]:
        return self.index.news_items(self.kind)[:FEED_SIZE]

    def item_title(self, item: NewsPage) -> str:
        return item.title

    def item_description(self, item: NewsPage) -> str:
        """The plain intro as HTML (RSS description, Atom summary type="html")."""
        return escape(item.intro)

    def item_link(self, item: NewsPage) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item: NewsPage) -> str:
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item: NewsPage) -> datetime:
        return item.published_at

    def item_updateddate(self, item: NewsPage) -> datetime:
        return item.updated_at

    def item_author_name(self, item: NewsPage) -> str:
        return self.author_name()

    def item_author_link(self, item: NewsPage) -> str:
        return self.author_link()

    def item_categories(self, item: NewsPage) -> tuple[str, ...]:
        return (str(item.get_kind_display()),)


class NewsAtomFeed(NewsRssFeed):
    """The same items as Atom 1.0."""

    feed_type = Atom1Feed
    route_name = "atom"

    def subtitle(self) -> str:
        return self.plain_description()
