"""A municipality's Atom feed: its approved assessments, and the reports, news items and events that
name it (plans/models/links.py), newest first, in the municipality page's language.

Served by MunicipalityPage's `atom/` route, so Wagtail's serving applies first (a draft or private
municipality has no feed). Every item is read through the public-read rule (for_public(); the
assessments of record, then their copy in the feed's language by the language rule), so a draft,
a private page or a rejected revision never appears. A constant number of queries: one per kind
of item, whatever their number.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.models import Page

from plans.models import AssessmentPage, MunicipalityPage
from plans.tree import municipality_prefix
from portal.languages import in_visitor_language, shown_by_key
from portal.locales import default_locale

if TYPE_CHECKING:
    from django.db.models import QuerySet

#: Items per feed: readers poll often, so the newest are enough.
FEED_SIZE = 30

#: The page types that name municipalities through MunicipalityLink rows, and those rows' name.
LINKED_MODELS = (
    ("reports.ReportPage", "covered_municipalities"),
    ("news.NewsPage", "related_municipalities"),
    ("events.EventPage", "related_municipalities"),
)


def source_municipality(page: MunicipalityPage) -> MunicipalityPage:
    """The municipality's Turkish page (its tree holds the assessments of record)."""
    if page.locale_id == default_locale().pk:
        return page
    return MunicipalityPage.objects.get(
        translation_key=page.translation_key, locale=default_locale()
    )


def approved_assessments(page: MunicipalityPage) -> list[Page]:
    """The municipality's approved assessments, each in the active language where public. Two
    queries."""
    source = source_municipality(page)
    keys = (
        AssessmentPage.objects.of_record()
        .annotate(municipality_path=municipality_prefix("path"))
        .filter(municipality_path=source.path)
        .order_by("-first_published_at")
        .values_list("translation_key", flat=True)[:FEED_SIZE]
    )
    return list(shown_by_key(AssessmentPage.objects.for_public(), list(keys)).values())


def linked_pages(page: MunicipalityPage) -> list[Page]:
    """Public reports, news items and events naming the municipality (in either language's
    copy), in the active language where public. One query per page type."""
    found: list[Page] = []
    for label, relation in LINKED_MODELS:
        model = apps.get_model(label)
        queryset: QuerySet = model.objects.for_public().filter(
            **{f"{relation}__municipality__translation_key": page.translation_key}
        )
        found.extend(
            in_visitor_language(queryset).distinct().order_by("-first_published_at")[:FEED_SIZE]
        )
    return found


def published(page: Page) -> datetime:
    """When a page was first published (pages made without a revision have no date)."""
    return page.first_published_at or page.last_published_at or datetime.min.replace(tzinfo=UTC)


class MunicipalityAtomFeed(Feed):
    """Atom 1.0 feed of one municipality page, built per request
    (`MunicipalityAtomFeed(page)(request)`)."""

    feed_type = Atom1Feed

    def __init__(self, page: MunicipalityPage) -> None:
        self.page = page
        self.language = page.locale.language_code

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Render in the page's language, whatever language the request activated."""
        self.request = request
        with translation.override(self.language):
            return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return _("%(municipality)s: onaylı değerlendirmeler ve yayınlar") % {
            "municipality": self.page.title
        }

    def subtitle(self) -> str:
        return _(
            "İzleme Heyeti'nin onayladığı değerlendirmeler ve belediyeyi anan raporlar, "
            "haberler ve etkinlikler."
        )

    def link(self) -> str:
        """The municipality page (also the feed's Atom id)."""
        return self.page.get_full_url(self.request)

    def feed_url(self) -> str:
        return self.page.get_full_url(self.request) + self.page.reverse_subpage("atom")

    def author_name(self) -> str:
        return _("YEEP İzleme Platformu")

    def items(self) -> list[Page]:
        pages = approved_assessments(self.page) + linked_pages(self.page)
        pages.sort(key=published, reverse=True)
        return pages[:FEED_SIZE]

    def item_title(self, item: Page) -> str:
        return f"{item._meta.verbose_name}: {item.title}"

    def item_description(self, item: Page) -> str:
        """The item's plain introduction or summary, as HTML."""
        text = getattr(item, "intro", "") or getattr(item, "summary", "") or ""
        return escape(text)

    def item_link(self, item: Page) -> str:
        return item.get_full_url(self.request)

    def item_guid(self, item: Page) -> str:
        return item.get_full_url(self.request)

    def item_pubdate(self, item: Page) -> datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: Page) -> datetime | None:
        return item.last_published_at

    def item_categories(self, item: Page) -> tuple[str, ...]:
        return (str(item._meta.verbose_name),)
