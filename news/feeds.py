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

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import NewsIndexPage, NewsKind, NewsPage

#: Items per feed: readers poll often, so the newest are enough.
FEED_SIZE = 30


class NewsRssFeed(Feed):
    """RSS 2.0 feed of an index's live, public items, newest first.

    Built per request for one index (`NewsRssFeed(index, kind)(request)`), so each language's
    index serves its own language's items. RSS readers treat titles and descriptions as HTML, so
    the channel's and the items' are escaped once more (as Django's default item_title does);
    item descriptions are HTML in both formats.
    """

    feed_type = Rss201rev2Feed
    escape_titles = True

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
        title = self.index.title if self.kind is None else f"{self.index.title}: {self.kind.label}"
        return escape(title) if self.escape_titles else title

    def link(self) -> str:
        return self.index.get_full_url(self.request)

    def feed_url(self) -> str:
        return self.request.build_absolute_uri()

    def description(self) -> str:
        """The index's introduction; escaped in RSS, whose readers show it as HTML (the Atom
        subtitle is plain text)."""
        intro = self.index.intro or _(
            "YEEP İzleme Platformu'ndan haberler, basın bültenleri ve duyurular."
        )
        return escape(intro) if self.escape_titles else intro

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
        return escape(item.title) if self.escape_titles else item.title

    def item_description(self, item: NewsPage) -> str:
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
    """The same items as Atom 1.0; Atom titles are plain text, so they are not escaped."""

    feed_type = Atom1Feed
    escape_titles = False

    def subtitle(self) -> str:
        return self.description()
