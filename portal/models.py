"""Home and standard pages, and the base every portal page type builds on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection, models
from django.db.models import Exists, F, Func, OuterRef, Subquery, Value
from django.db.models.functions import Concat, Length, Substr
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import stream_blocks


class PathUnderAnyPattern(Func):
    """PostgreSQL: `path LIKE ANY (ARRAY(<subquery of patterns>))`, true when the path matches one
    of the patterns. The subquery is uncorrelated, so it runs once per query (an InitPlan)
    instead of once per row as a correlated EXISTS does."""

    output_field = models.BooleanField()

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple[Any, ...]]:
        path, patterns = self.get_source_expressions()
        path_sql, path_params = compiler.compile(path)
        patterns_sql, patterns_params = compiler.compile(patterns)
        return f"({path_sql} LIKE ANY (ARRAY{patterns_sql}))", (*path_params, *patterns_params)


def view_restricted() -> Exists | PathUnderAnyPattern:
    """True for a page that carries a view restriction or lies below one that does.

    The same pages as Wagtail's PageQuerySet.private_q() (the restricted page's path is a prefix
    of the page's path), inside the query: Wagtail's version first reads every restriction, which
    costs a query each time a page list is filtered, several times per page view. On PostgreSQL
    the restricted paths are read once per query and matched as LIKE prefixes (tree paths hold
    only 0-9 and A-Z, nothing LIKE treats specially); at national scale this is 2-5 times faster
    than the correlated EXISTS used elsewhere (a restriction check per row).
    """
    if connection.vendor == "postgresql":
        patterns = PageViewRestriction.objects.annotate(
            pattern=Concat("page__path", Value("%"), output_field=models.CharField())
        ).values("pattern")
        return PathUnderAnyPattern(F("path"), Subquery(patterns))
    return Exists(
        PageViewRestriction.objects.annotate(
            restricted_prefix=Substr(
                OuterRef("path"), 1, Length("page__path"), output_field=models.CharField()
            )
        ).filter(restricted_prefix=F("page__path"))
    )


class PortalPageQuerySet(PageQuerySet):
    """Page queries shared by every portal page type."""

    def for_public(self) -> PortalPageQuerySet:
        """What anonymous visitors may see: live pages without view restrictions (in any
        ancestor). Every public channel reads pages through this, never its own filter."""
        return self.live().filter(~view_restricted())


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def page_intros(pages: Iterable[Page]) -> dict[int, str]:
    """{page id: intro} of portal pages of any types, in one query (a UNION over their tables),
    where reading each page's `.specific.intro` costs a query per page."""
    ids_by_model: dict[type[PortalPage], list[int]] = defaultdict(list)
    for page in pages:
        model = page.specific_class
        if model is not None and issubclass(model, PortalPage):
            ids_by_model[model].append(page.pk)
    queries = [
        model.objects.filter(pk__in=ids).order_by().values_list("pk", "intro")
        for model, ids in ids_by_model.items()
    ]
    if not queries:
        return {}
    first, *others = queries
    return dict(first.union(*others, all=True))


@dataclass(frozen=True)
class PageCard:
    """A page in a list of cards or results, with its introduction."""

    page: Page
    intro: str


def page_cards(pages: Iterable[Page]) -> list[PageCard]:
    """Cards of the given pages (any types, read as base pages), in order; one query."""
    pages = list(pages)
    intros = page_intros(pages)
    return [PageCard(page, intros.get(page.pk, "")) for page in pages]


class PortalPage(Page):
    """Abstract base of every page type: the sample-data flag and a plain-text introduction.

    `is_sample_data` drives the visible "Örnek veri / Sample data" notice, so invented demo content
    about real municipalities can never be mistaken for a real assessment.
    """

    intro = models.TextField(
        _("Giriş"), blank=True, help_text=_("Başlığın altında gösterilen bir iki cümlelik özet.")
    )
    is_sample_data = models.BooleanField(
        _("Örnek veri"),
        default=False,
        help_text=_(
            "İşaretliyse sayfada “Örnek veri / Sample data” uyarısı gösterilir. Gerçek olmayan "
            "(demo) içerik taşıyan her sayfada işaretli olmalıdır."
        ),
    )

    objects = PortalPageManager()

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_data")]

    override_translatable_fields = [SynchronizedField("is_sample_data")]

    class Meta:
        abstract = True

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        """Route as Wagtail does, remembering the pages routed through on the request: the home
        page in the visitor's language and the ancestors of the page served, which the layout's
        menu and breadcrumb then need not read again (portal.navigation.routed_pages)."""
        from portal.navigation import remember_routed

        remember_routed(request, self)
        return super().route(request, path_components)


class HomePage(PortalPage):
    """The root of one language's site: introduction, highlights and the footer's contact data."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    contact_email = models.EmailField(_("İletişim e-postası"), blank=True)

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("contact_email")], heading=_("Alt bilgi")),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "portal.StandardPage",
        "plans.MunicipalityIndexPage",
        "indicators.IndicatorIndexPage",
        "reports.ReportIndexPage",
        "stories.StoryIndexPage",
        "news.NewsIndexPage",
        "guide.GuidePage",
        "training.TrainingIndexPage",
        "events.EventIndexPage",
        "plans.OpenDataPage",
    ]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("contact_email"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Ana sayfa")
        verbose_name_plural = _("Ana sayfalar")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the live, public sections under the home page for the front-page cards (the
        menu's pages, read once for both)."""
        from portal.navigation import home_children

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = page_cards(page for page in home_children(self) if page.show_in_menus)
        return context


class StandardPage(PortalPage):
    """A free-form page: about, Monitoring Board, methodology, contact, privacy."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document", "embed", "table"),
        blank=True,
        verbose_name=_("İçerik"),
    )

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("Standart sayfa")
        verbose_name_plural = _("Standart sayfalar")
