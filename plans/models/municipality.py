"""Municipality index and municipality pages."""

from __future__ import annotations

from functools import cache
from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.tree import municipality_prefix, shown_children
from portal.locales import default_locale
from portal.models import PortalPage
from portal.routes import (
    ListedSubPage,
    LocalizedRoutesMixin,
    SubPage,
    localized_path,
    set_subpage_arguments,
)
from portal.text import turkish_sort_key

# Türkiye's extent with a margin; a point outside is almost always swapped or mistyped coordinates.
LATITUDE_RANGE = (35.5, 42.5)
LONGITUDE_RANGE = (25.5, 45.0)


class MunicipalityKind(models.TextChoices):
    """Legal kinds of municipality in Türkiye (Law No. 5393 and No. 5216), in display order."""

    METROPOLITAN = "metropolitan", _("Büyükşehir belediyesi")
    PROVINCE_CENTRE = "province_centre", _("İl belediyesi")
    DISTRICT = "district", _("İlçe belediyesi")
    TOWN = "town", _("Belde belediyesi")


class MunicipalityIndexPage(PortalPage):
    """/belediyeler/: every monitored municipality, grouped by kind, with a map."""

    content_panels = PortalPage.content_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["plans.MunicipalityPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Belediye listesi")
        verbose_name_plural = _("Belediye listeleri")

    def municipalities(self) -> list[MunicipalityPage]:
        """The public municipalities under this index (the language rule: plans.tree), in
        Turkish alphabetical order."""
        pages = shown_children(MunicipalityPage.objects.for_public(), self)
        return sorted(pages, key=lambda page: turkish_sort_key(page.title))

    def municipalities_by_kind(self) -> list[tuple[str, list[MunicipalityPage]]]:
        """(kind label, municipalities) pairs in the legal order of kinds, empty kinds left out."""
        municipalities = self.municipalities()
        groups = []
        for kind in MunicipalityKind:
            members = [page for page in municipalities if page.kind == kind.value]
            if members:
                groups.append((kind.label, members))
        return groups

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the grouped list (each municipality with its progress band, plans.map_data) and
        the map's JSON data, built from the same pages.

        Both are callables, run at most once and only when the template's fragment cache (keyed
        by the content generation, portal.caching) misses: at national scale building them is
        most of the page's time (1,400 municipalities)."""
        from plans.map_data import map_context, map_entries

        context = super().get_context(request, *args, **kwargs)

        @cache
        def groups() -> list[tuple[str, list[Any]]]:
            """(kind label, map entries: each page with its progress band) pairs."""
            kinds = self.municipalities_by_kind()
            entries = iter(map_entries([page for _label, pages in kinds for page in pages]))
            return [(label, [next(entries) for _page in pages]) for label, pages in kinds]

        context["municipality_groups"] = groups
        context.update(
            map_context(
                lambda: [entry for _label, entries in groups() for entry in entries], request
            )
        )
        return context


#: The slug ending the admin derives from "… Belediyesi"; the portal's slugs leave it out.
SLUG_ENDING = "-belediyesi"


class MunicipalityPage(LocalizedRoutesMixin, PortalPage):
    """One municipality: its facts and contact data; its plans live below it."""

    kind = models.CharField(_("Tür"), max_length=20, choices=MunicipalityKind.choices)
    province = models.CharField(_("İl"), max_length=60)
    plate_code = models.CharField(
        _("Plaka kodu"),
        max_length=2,
        validators=[
            RegexValidator(
                r"^(0[1-9]|[1-7][0-9]|8[01])$", _("01 ile 81 arasında bir il plaka kodu girin.")
            )
        ],
        help_text=_("İki haneli il plaka kodu, örneğin 06 veya 34."),
    )
    latitude = models.DecimalField(
        _("Enlem"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(LATITUDE_RANGE[0]), MaxValueValidator(LATITUDE_RANGE[1])],
        help_text=_("Ondalık derece, örneğin 40.99 (Türkiye için 35.5–42.5)."),
    )
    longitude = models.DecimalField(
        _("Boylam"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(LONGITUDE_RANGE[0]), MaxValueValidator(LONGITUDE_RANGE[1])],
        help_text=_("Ondalık derece, örneğin 29.03 (Türkiye için 25.5–45.0)."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("Web sitesi"), blank=True)
    contact_email = models.EmailField(_("E-posta"), blank=True)
    contact_phone = models.CharField(_("Telefon"), max_length=30, blank=True)
    address = models.TextField(_("Adres"), blank=True)
    summary = models.TextField(_("Özet"), blank=True)
    population = models.PositiveIntegerField(
        _("Nüfus"),
        null=True,
        blank=True,
        help_text=_("Kişi başı değerler için; boş bırakılırsa nüfus bilgisi yok sayılır."),
    )
    population_year = models.PositiveSmallIntegerField(_("Nüfus yılı"), null=True, blank=True)
    population_source = models.CharField(
        _("Nüfus kaynağı"),
        max_length=200,
        blank=True,
        help_text=_("Örneğin TÜİK ADNKS, 31.12.2024."),
    )
    population_is_sample = models.BooleanField(
        _("Nüfus örnek veri"),
        default=False,
        help_text=_(
            "Doğrulanmamış, örnek bir nüfus değeriyse işaretleyin; sitede öyle belirtilir."
        ),
    )
    # Set by plans.roles when the municipality is created; not edited by hand.
    reporters_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("Raportör grubu"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Belge ve görsel koleksiyonu"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("kind"), FieldPanel("province"), FieldPanel("plate_code")]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_year")]),
                FieldRowPanel(
                    [FieldPanel("population_source"), FieldPanel("population_is_sample")]
                ),
            ],
            heading=_("Künye"),
        ),
        FieldPanel("summary"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
            ],
            heading=_("İletişim"),
        ),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("province"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["plans.MunicipalityIndexPage"]
    subpage_types = ["plans.PlanPage"]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("kind"),
        TranslatableField("province"),
        SynchronizedField("plate_code"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("population"),
        SynchronizedField("population_year"),
        SynchronizedField("population_source"),
        SynchronizedField("population_is_sample"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("address"),
        TranslatableField("summary"),
    ]

    class Meta:
        verbose_name = _("Belediye")
        verbose_name_plural = _("Belediyeler")

    def full_clean(self, *args: Any, **kwargs: Any) -> None:
        """Slugs leave out "-belediyesi", as the others do ("seferihisar", not the
        "seferihisar-belediyesi" the admin derives from the title), unless that is taken."""
        if self.slug and self.slug.endswith(SLUG_ENDING) and len(self.slug) > len(SLUG_ENDING):
            short = self.slug[: -len(SLUG_ENDING)]
            parent = self.get_parent() if self.path else None
            if parent is not None and Page._slug_is_available(short, parent, self):
                self.slug = short
        super().full_clean(*args, **kwargs)

    @property
    def has_location(self) -> bool:
        """Whether both coordinates are set, so the municipality can be put on the map."""
        return self.latitude is not None and self.longitude is not None

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Plans, and status counts, progress and summary of the latest approved assessment;
        at a glance, the indicators against their baselines and targets and the status counts
        of every approved period (plans.overview). Read only when the template's cached section
        misses (plans.fragments)."""
        from plans.fragments import lazy_sections
        from plans.monitoring import municipality_summary
        from plans.overview import municipality_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_sections(
                monitoring=lambda: municipality_summary(self),
                overview=lambda: municipality_overview(self),
            )
        )
        return context

    @classmethod
    def sitemap_subpages(cls, pages: list[Any]) -> dict[int, list[ListedSubPage]]:
        """The period reports of each municipality (any language): one per period with an
        approved assessment, what `monitoring_report` serves, as of that assessment's last
        publication. Two queries."""
        from .assessment import AssessmentPage

        keys = {page.translation_key for page in pages}
        sources = dict(
            cls.objects.filter(translation_key__in=keys, locale=default_locale()).values_list(
                "path", "translation_key"
            )
        )
        approved = (
            AssessmentPage.objects.of_record()
            .annotate(municipality_path=municipality_prefix("path"))
            .filter(municipality_path__in=list(sources))
            .values_list("municipality_path", "period_id", "last_published_at")
        )
        reports: dict[Any, dict[int, Any]] = {}
        for municipality_path, period_id, published in approved:
            periods = reports.setdefault(sources[municipality_path], {})
            if periods.get(period_id) is None or (published and published > periods[period_id]):
                periods[period_id] = published
        return {
            page.pk: [
                ListedSubPage(SubPage.of("report", period_id=period_id), published)
                for period_id, published in sorted(reports.get(page.translation_key, {}).items())
            ]
            for page in pages
        }

    @localized_path("report", tr="rapor/<int:period_id>/", en="report/<int:period_id>/")
    def monitoring_report(self, request: HttpRequest, period_id: int) -> HttpResponse:
        """The generated monitoring report for one period (HTML), from approved data only."""
        from reports.generated import approved_assessment, report_context

        assessment = approved_assessment(self, period_id)
        # Either language's id of the period gives this report; the source period's is its own.
        set_subpage_arguments(request, self, period_id=assessment.period_id)
        # The page's own context (its monitoring summary) is not shown in the report.
        context = super().get_context(request)
        context.update(report_context(self, assessment))
        return TemplateResponse(request, "reports/municipality_report.html", context)

    @localized_path("report_pdf", tr="rapor/<int:period_id>/pdf/", en="report/<int:period_id>/pdf/")
    def monitoring_report_pdf(self, request: HttpRequest, period_id: int) -> HttpResponse:
        """The same report as a PDF."""
        from reports.generated import render_pdf

        return render_pdf(request, self, period_id)

    @path("atom/", name="atom")
    def atom_feed(self, request: HttpRequest) -> HttpResponse:
        """Atom feed of the approved assessments and of the reports, news and events naming the
        municipality (subscriptions.feeds)."""
        from subscriptions.feeds import MunicipalityAtomFeed

        return MunicipalityAtomFeed(self)(request)

    def map_point(self, request: HttpRequest | None = None) -> dict[str, Any]:
        """The JSON the map script reads for this municipality's marker (its URL relative to the
        request's site, whose root paths the request keeps)."""
        return {
            "name": self.title,
            "url": self.get_url(request),
            "lat": float(self.latitude),
            "lon": float(self.longitude),
            # The enum's label: get_kind_display() hashes every choice's lazy label each call.
            "kind": str(
                MunicipalityKind(self.kind).label
                if self.kind in MunicipalityKind.values
                else self.kind
            ),
        }
