"""The guide for municipalities preparing their first YEEP: a foreword page and its chapters.

Chapter order is the page tree order, so editors reorder chapters by dragging them in the admin;
a chapter's number is its position among the guide's live public chapters. Every list of chapters
comes from one query (`GuidePage.public_chapters()` or `GuideChapterPage.chapters()`); numbers,
previous/next links and the tables of contents are derived from that list in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.blocks import stream_blocks
from portal.models import PortalPage
from portal.pdf import PDF_FORMAT, html_to_pdf, pdf_response
from portal.routes import LocalizedRoutesMixin, localized_path
from portal.text import turkish_slugify

#: Element ids the layout and the guide templates already use; a heading never takes one of them.
RESERVED_ANCHORS = frozenset(
    {
        "main",
        "footer-contact",
        "footer-licence",
        "sample-notice-title",
        "guide-contents-title",
        "guide-summary-title",
        "guide-foreword-title",
    }
)


class TocEntry(NamedTuple):
    """One line of a chapter's table of contents: the heading's element id and its text."""

    anchor: str
    text: str


def h2_anchors(body: Iterable[Any], prefix: str = "") -> list[str]:
    """An element id per block of a StreamField body: a slug for each level-2 heading, "" else.

    Ids are ASCII slugs of the heading text ("İhtiyaç Analizi" → "ihtiyac-analizi"), made unique
    within the body with a numeric suffix; `prefix` keeps them unique when several chapters share
    one page (the printable full guide).
    """
    taken = set(RESERVED_ANCHORS)
    anchors = []
    for position, block in enumerate(body, start=1):
        if block.block_type != "heading" or block.value.get("level") != "h2":
            anchors.append("")
            continue
        base = prefix + (turkish_slugify(block.value["text"]) or f"baslik-{position}")
        anchor, suffix = base, 2
        while anchor in taken:
            anchor, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(anchor)
        anchors.append(anchor)
    return anchors


class GuidePage(LocalizedRoutesMixin, PortalPage):
    """The guide's front page: foreword and table of contents; `tamami/` (in English `full/`)
    prints the whole guide."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "quote", "document"),
        blank=True,
        verbose_name=_("Önsöz"),
        help_text=_("Kılavuzun önsözü; sayfada bölümlerin listesinden önce gösterilir."),
    )

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["guide.GuideChapterPage"]
    sitemap_routes = ("full",)

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Kılavuz")
        verbose_name_plural = _("Kılavuzlar")

    def public_chapters(self) -> list[GuideChapterPage]:
        """Live public chapters in tree order (one query); each learns the list, so its number
        and neighbours cost no further query."""
        chapters = list(GuideChapterPage.objects.child_of(self).for_public().order_by("path"))
        for chapter in chapters:
            chapter.share_chapter_list(chapters)
        return chapters

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the chapters for the table of contents."""
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.public_chapters()
        return context

    def full_guide_context(self, request: HttpRequest) -> dict[str, Any]:
        """Every live public chapter with its anchored blocks (the chapters are read once)."""
        context = self.get_context(request)
        context["sections"] = [
            (chapter, chapter.anchored_blocks(prefix=f"bolum-{chapter.number}-"))
            for chapter in context["chapters"]
        ]
        return context

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page and the whole guide in HTML and PDF."""
        return ["/", self.reverse_subpage("full"), self.reverse_subpage("full_pdf")]

    @localized_path("full", tr="tamami/", en="full/")
    def full_guide(self, request: HttpRequest) -> HttpResponse:
        """Every live public chapter on one page, in order, for reading offline and printing."""
        return TemplateResponse(request, "guide/guide_full.html", self.full_guide_context(request))

    @localized_path("full_pdf", tr="tamami/pdf/", en="full/pdf/")
    def full_guide_pdf(self, request: HttpRequest) -> HttpResponse:
        """The whole guide as a PDF (WeasyPrint, print stylesheet), cached per guide revision."""
        from django.core.cache import cache
        from django.template.loader import render_to_string
        from django.utils.translation import get_language

        chapters = self.public_chapters()
        revisions = ",".join(str(chapter.live_revision_id) for chapter in chapters)
        key = (
            f"guide-pdf:{PDF_FORMAT}:{self.pk}:{self.live_revision_id}:{revisions}:{get_language()}"
        )
        pdf = cache.get(key)
        if pdf is None:
            context = self.full_guide_context(request)
            html = render_to_string("guide/guide_full.html", context, request=request)
            pdf = html_to_pdf(html, request)
            cache.set(key, pdf, 60 * 60 * 24 * 30)
        return pdf_response(pdf, f"{self.slug}.pdf")


class GuideChapterPage(PortalPage):
    """One chapter of the guide: key points ("Bu bölümde"), body with anchored headings."""

    summary = models.TextField(
        _("Bu bölümde"),
        blank=True,
        help_text=_(
            "Bölümün ana noktaları, her satıra bir nokta. Bölümün başında bir kutu içinde "
            "gösterilir."
        ),
    )
    body = StreamField(
        stream_blocks("heading", "paragraph", "quote", "table", "document", "image"),
        blank=True,
        verbose_name=_("İçerik"),
        help_text=_(
            "Düzey 2 başlıklar bölümün içindekiler listesini oluşturur ve bağlantı alabilir."
        ),
    )

    content_panels = [*PortalPage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["guide.GuidePage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("summary"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Kılavuz bölümü")
        verbose_name_plural = _("Kılavuz bölümleri")

    # Chapters of the guide --------------------------------------------------------------------

    def share_chapter_list(self, chapters: list[GuideChapterPage]) -> None:
        """Use an already loaded list of the guide's public chapters instead of querying it."""
        self._chapter_list = chapters

    def chapters(self) -> list[GuideChapterPage]:
        """The guide's live public chapters (this one included if it is public), in tree order.

        One query, made once per instance; number and neighbours are derived from this list.
        """
        chapters = getattr(self, "_chapter_list", None)
        if chapters is None:
            if not self.path:
                chapters = []
            else:
                chapters = list(
                    GuideChapterPage.objects.sibling_of(self).for_public().order_by("path")
                )
            self.share_chapter_list(chapters)
        return chapters

    @property
    def number(self) -> int | None:
        """Position (from 1) among the guide's live public chapters; None for a draft or a
        private chapter (its preview then shows no number)."""
        for position, chapter in enumerate(self.chapters(), start=1):
            if chapter.pk == self.pk:
                return position
        return None

    @property
    def previous_chapter(self) -> GuideChapterPage | None:
        """The public chapter before this one in tree order, if any."""
        earlier = [chapter for chapter in self.chapters() if chapter.path < self.path]
        return earlier[-1] if earlier else None

    @property
    def next_chapter(self) -> GuideChapterPage | None:
        """The public chapter after this one in tree order, if any."""
        return next((chapter for chapter in self.chapters() if chapter.path > self.path), None)

    # This chapter's own headings --------------------------------------------------------------

    def anchored_blocks(self, prefix: str = "") -> list[tuple[Any, str]]:
        """(block, element id) pairs of the body; the id is "" except for level-2 headings."""
        return list(zip(self.body, h2_anchors(self.body, prefix), strict=True))

    @property
    def table_of_contents(self) -> list[TocEntry]:
        """The chapter's level-2 headings, in order, with the ids the template gives them."""
        return [
            TocEntry(anchor, block.value["text"])
            for block, anchor in self.anchored_blocks()
            if anchor
        ]

    @property
    def summary_points(self) -> list[str]:
        """The "Bu bölümde" key points: one per non-empty line, list bullets stripped."""
        lines = (line.strip().lstrip("-•*").strip() for line in self.summary.splitlines())
        return [line for line in lines if line]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the anchored body, the table of contents and the way back to the guide."""
        context = super().get_context(request, *args, **kwargs)
        context["blocks"] = self.anchored_blocks()
        context["guide"] = self.get_parent()
        return context
