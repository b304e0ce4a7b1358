"""Workaround: the page explorer's "Owner" and "Edited by" filters ask which users to offer with
an EXISTS per user instead of a DISTINCT over every page.

Wagtail 7.4's `PageFilterSet` (wagtail/admin/views/pages/listing.py) offers as owners the users
`pk IN (SELECT DISTINCT owner_id FROM wagtailcore_page)`: PostgreSQL reads and hashes all pages
for it, 16 ms of each explorer request at national scale (72,000 pages), whichever folder is
open. "Edited by" does the same over every edit in the page log, which grows with each save.
Asked per user (a few dozen) with the foreign keys' indexes, the same sets cost a fraction of a
millisecond. `patch()` (from PortalConfig.ready) replaces both filters' user querysets; the
filters, their widget and what they filter are Wagtail's.

Delete this module when Wagtail asks for these users without reading every page (check on each
upgrade: UPGRADING.md; `tests/portal/test_explorer_filters.py` compares the users offered with
Wagtail's own querysets).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, QuerySet

from wagtail.models import Page, PageLogEntry


def page_owners(request: Any = None) -> QuerySet:
    """The users who own a page (Wagtail's choices of the "Owner" filter)."""
    return get_user_model().objects.filter(Exists(Page.objects.filter(owner=OuterRef("pk"))))


def page_editors(request: Any = None) -> QuerySet:
    """The users who have edited a page (Wagtail's choices of the "Edited by" filter)."""
    edits = PageLogEntry.objects.filter(action="wagtail.edit", user=OuterRef("pk"))
    return get_user_model().objects.filter(Exists(edits))


def patch() -> None:
    """Give the explorer's filter sets these querysets (idempotent)."""
    from wagtail.admin.views.pages.listing import GenericPageFilterSet, PageFilterSet

    for filter_set in (PageFilterSet, GenericPageFilterSet):
        filter_set.base_filters["owner"].queryset = page_owners
        filter_set.base_filters["edited_by"].queryset = page_editors
