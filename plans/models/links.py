"""Links from editorial pages (news items, events, reports) to the municipalities they concern.

Each of those page types has its own inline rows (a concrete MunicipalityLink with a ParentalKey
to the page, so wagtail-localize synchronises them into every language) and reads them through
MunicipalityLinksMixin, the one way to list a page's public municipalities: by the portal's
language rule (portal.languages.shown_pages), so an English page links to the English municipality
page when that is public and to the public Turkish page otherwise, and never to a draft or private
one.
"""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from portal.languages import shown_pages

from .municipality import MunicipalityPage

__all__ = ["MunicipalityLink", "MunicipalityLinksMixin", "municipality_field"]


def municipality_field(related_name: str = "+") -> models.ForeignKey:
    """The link's foreign key to the municipality page (a subclass redeclares it only to keep
    the reverse name it has always had)."""
    return models.ForeignKey(
        "plans.MunicipalityPage",
        verbose_name=_("Belediye"),
        on_delete=models.CASCADE,
        related_name=related_name,
    )


class MunicipalityLink(Orderable):
    """One municipality a page concerns (an inline row of the page; subclasses add the
    ParentalKey `page` and their Meta)."""

    municipality = municipality_field()

    panels = [FieldPanel("municipality")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self) -> str:
        return str(self.municipality)


class MunicipalityLinksMixin:
    """For a page type with MunicipalityLink rows: `municipality_links` names their relation
    (the ParentalKey's related_name)."""

    municipality_links: ClassVar[str]

    def municipality_link_rows(self) -> QuerySet[MunicipalityLink]:
        """The page's link rows in their order (prefetched ones when the query prefetched them)."""
        return getattr(self, self.municipality_links).all()

    def public_municipalities(self) -> list[MunicipalityPage]:
        """The linked municipalities shown to the visitor, in order: each in the visitor's
        language when that copy is public, else the public Turkish page; none that is not
        public in either language. Two queries."""
        rows = getattr(self, self.municipality_links).select_related("municipality")
        return shown_pages([row.municipality for row in rows], MunicipalityPage)
