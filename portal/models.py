"""Home and standard pages, and the base every portal page type builds on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import (
    CharField,
    Exists,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Concat, Length, Substr
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageManager,
    PageViewRestriction,
    ReferenceIndex,
)
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import stream_blocks
from .text import ascii_fold


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


def public_condition() -> Q:
    """The public-read rule as a condition on pages: live, and no view restriction on the page
    or any ancestor. Read it through PortalPageQuerySet, never on its own."""
    return Q(live=True) & ~Q(view_restricted())


class PortalPageQuerySet(PageQuerySet):
    """Page queries shared by every portal page type."""

    def for_public(self) -> PortalPageQuerySet:
        """What anonymous visitors may see: live pages without view restrictions (in any
        ancestor). Every public channel reads pages through this, never its own filter."""
        return self.filter(public_condition())

    def with_public_flag(self) -> PortalPageQuerySet:
        """The pages, each with `is_public`: whether for_public() keeps it (for a caller that
        needs public and other pages in one query, such as the language switcher)."""
        return self.annotate(
            is_public=ExpressionWrapper(public_condition(), output_field=models.BooleanField())
        )


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def searchable(pages: QuerySet) -> PageQuerySet:
    """The same pages, filtered by id instead: Wagtail's database search backend turns a
    queryset's filters into its own and reads only field lookups, not for_public()'s privacy
    expression (it answered 500: "... object has no attribute 'target'")."""
    ids = pages.order_by().values("pk")
    return pages.model.objects.filter(pk__in=ids).order_by(*pages.query.order_by)


def searchable_public_pages(model: type[Page] = Page) -> PageQuerySet:
    """The pages of for_public() in field lookups the search backend reads: live, and outside
    each restricted section (one path prefix per view restriction, read first, as Wagtail's
    PageQuerySet.public() does). For the site search: `searchable()`'s subquery costs the ranked
    query a second lookup per matching page (4 ms of 21 for a word in 2,800 pages at national
    scale); elsewhere for_public()'s one condition is the faster form (UPGRADING.md).
    `tests/portal/test_privacy.py` checks both give the same pages."""
    return PageQuerySet(model).live().exclude(restricted_sections_q()).order_by("path")


def restricted_sections_q() -> Q:
    """Pages with a view restriction or below one, as path prefixes (Q() without restrictions):
    the pages of Wagtail's PageQuerySet.private_q(), whose `depth >= restricted depth` is
    implied by the prefix (every tree path step is 4 characters). Reads the restricted paths
    only: Wagtail's form loads each restricted page whole, 5-8 ms at national scale."""
    prefixes = PageViewRestriction.objects.order_by("page__path").values_list(
        "page__path", flat=True
    )
    condition = Q()
    for prefix in dict.fromkeys(prefixes):
        condition |= Q(path__startswith=prefix)
    return condition


def portal_pages(model: type[Page] = Page) -> PortalPageQuerySet:
    """Every page of `model` (any page class, Wagtail's base Page included), in tree order, with
    the portal's queryset methods: what `Model.objects` gives a portal page type."""
    return PortalPageQuerySet(model).order_by("path")


def public_pages(model: type[Page] = Page) -> PortalPageQuerySet:
    """`portal_pages(model).for_public()`: every live, public page of `model`, in tree order (all
    languages); for Wagtail's base Page and for page types whose manager lacks for_public()."""
    return portal_pages(model).for_public()


# --- Files (documents and images) follow the same rule as pages ---------------------------------
#
# "Public means approved by the Monitoring Board" holds for every byte the portal serves. A file
# uploaded by a reporter (evidence for a draft assessment) or an editor (a draft report's PDF) is
# not public because it exists: file ids are sequential and easy to guess. Anonymous visitors get
# a document or image only once a live, public page uses it (Wagtail's reference index records
# which pages use a file: choosers, rich text and StreamField blocks of the page's *live* content,
# never a draft revision's), or once an editor has released its collection (PublicCollection: a
# press kit, public training material). Unpublishing the page, or making it private, withdraws
# the file again. Files of a collection with its own privacy (participants-only training
# material) are never public; Wagtail's collection privacy decides who gets those.
# Every public channel reads files through `public_files()`: the document and image views
# (portal.files), the pages API's image and document lists (portal.headless).


def page_references(model: type[models.Model]) -> QuerySet:
    """Wagtail's reference-index rows of pages (their live content) that use a `model` object."""
    return ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(model),
    )


def used_by_public_pages(model: type[models.Model]) -> models.QuerySet:
    """Ids of `model` objects (documents, images) that live public pages use."""
    public_page_ids = (
        public_pages().annotate(id_text=Cast("pk", output_field=CharField())).values("id_text")
    )
    return (
        page_references(model)
        .filter(object_id__in=public_page_ids)
        .annotate(target_id=Cast("to_object_id", output_field=IntegerField()))
        .values("target_id")
    )


def collections_under(paths: Iterable[str]) -> QuerySet:
    """The collections at these tree paths and every collection below them."""
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return Collection.objects.filter(condition)


def restricted_collections() -> models.QuerySet:
    """Collections with a view restriction, and everything below them."""
    return collections_under(
        CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    )


def public_files(model: type[models.Model], *, released_collections: bool = True) -> QuerySet:
    """The documents or images (`model`) that anonymous visitors may fetch: used by a live
    public page, or (unless `released_collections` is False) in a collection an editor released
    (PublicCollection); never one in a collection with its own privacy."""
    condition = Q(pk__in=used_by_public_pages(model))
    if released_collections:
        condition |= Q(collection__in=PublicCollection.objects.values("collection"))
    return model.objects.filter(condition).exclude(collection__in=restricted_collections())


def is_public_file(obj: models.Model) -> bool:
    """Whether anonymous visitors may fetch this document or image (see public_files)."""
    return public_files(type(obj)).filter(pk=obj.pk).exists()


def municipality_collections() -> QuerySet:
    """The municipalities' parent collection and every collection below it (reporters' uploads)."""
    from plans.roles import MUNICIPALITIES_COLLECTION

    return collections_under(
        Collection.objects.filter(name=MUNICIPALITIES_COLLECTION, depth=2).values_list(
            "path", flat=True
        )
    )


def unreleasable_reason(collection: Collection) -> str | None:
    """Why this collection cannot be released to the public (PublicCollection), or None."""
    if collection.is_root():
        return _("Kök koleksiyon herkese açılamaz: her dosyayı açardı.")
    if restricted_collections().filter(pk=collection.pk).exists():
        return _("Bu koleksiyonun kendi gizlilik ayarı var; herkese açılamaz.")
    if municipality_collections().filter(pk=collection.pk).exists():
        return _(
            "Belediye koleksiyonları herkese açılamaz: raportörlerin kanıtları, Heyetin "
            "onayladığı bir sayfa kullandığında yayımlanır."
        )
    return None


def releasable_collections() -> QuerySet:
    """The collections an editor may release (the admin form offers only these), tree order."""
    return (
        Collection.objects.filter(depth__gt=1)
        .exclude(pk__in=restricted_collections().values("pk"))
        .exclude(pk__in=municipality_collections().values("pk"))
        .order_by("path")
    )


class PublicCollection(models.Model):
    """A collection an editor has released: its documents and images are public at once, even
    before a page uses them (a press kit, public training material).

    Only the collection itself is released, not the collections below it. A municipality's
    collection (reporters' evidence), the root and a collection with its own privacy cannot be
    released: their files become public only through the pages that use them.
    """

    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("Koleksiyon"),
        on_delete=models.CASCADE,
        related_name="public_release",
        help_text=_(
            "Bu koleksiyondaki belgeler ve görseller, hiçbir sayfa kullanmasa da herkese açık "
            "olur. Belediye koleksiyonları ve kendi gizlilik ayarı olan koleksiyonlar seçilemez."
        ),
    )
    note = models.CharField(
        _("Açıklama"),
        max_length=255,
        blank=True,
        help_text=_("Neden herkese açık olduğu, örneğin “Basın kiti”."),
    )
    released_at = models.DateTimeField(_("Açılma tarihi"), auto_now_add=True)

    class Meta:
        verbose_name = _("Herkese açık koleksiyon")
        verbose_name_plural = _("Herkese açık koleksiyonlar")
        ordering = ["collection__path"]

    def __str__(self) -> str:
        return str(self.collection)

    def clean(self) -> None:
        """Refuse collections whose files must wait for an approved page (see the class)."""
        collection = getattr(self, "collection", None)
        reason = unreleasable_reason(collection) if collection is not None else None
        if reason:
            raise ValidationError({"collection": reason})


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


def search_texts(value: object) -> Iterator[str]:
    """The strings of a search field's value (a string, a list or dict of them, or None)."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from search_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from search_texts(item)
    else:
        yield str(value)


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

    # The folded copies let ASCII spellings find Turkish words ("Kadikoy", "IZMIR" find "Kadıköy",
    # "İzmir"); the site search folds its query the same way (portal.text.ascii_fold). Callables,
    # so subclasses' own search fields are folded too; changing them needs `update_index`.
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("folded_title", boost=2),
        index.SearchField("folded_text"),
    ]
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_data")]

    override_translatable_fields = [SynchronizedField("is_sample_data")]

    class Meta:
        abstract = True

    def folded_title(self) -> str:
        """The title ASCII-folded for the search index (ascii_fold)."""
        return ascii_fold(self.title)

    def folded_text(self) -> str:
        """Every other searchable field of the page (intro, body, summary …) as one ASCII-folded
        text for the search index; StreamField and rich text give their text without markup."""
        texts: list[str] = []
        for field in self.get_searchable_search_fields():
            if field.field_name not in {"title", "folded_title", "folded_text"}:
                texts.extend(search_texts(field.get_value(self)))
        return ascii_fold(" ".join(texts))

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
        "results.ProjectResultsPage",
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
        """The page at a glance: key figures from approved data only, the latest news, the next
        event and the latest report (plans.overview; the home page's children are read once for
        the menu and these)."""
        from plans.fragments import lazy_sections
        from plans.map_data import municipality_map_context
        from plans.overview import highlights, key_figures
        from portal.navigation import home_children

        context = super().get_context(request, *args, **kwargs)
        # Read only when the figures' fragment misses its cache (templates/portal/home_page.html).
        context.update(lazy_sections(figures=key_figures))
        context["highlights"] = highlights(home_children(self))
        index = context["highlights"].sections.get("municipalities")
        if index is not None:
            # Built only when the map fragment misses its cache.
            context.update(municipality_map_context(index, request))
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
