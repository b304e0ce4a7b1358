"""The "Açık veri" page: approved monitoring data for download, with licence and dictionary."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.blocks import stream_blocks
from portal.models import PortalPage
from portal.routes import LocalizedRoutesMixin, localized_path

from ..tree import source_of
from .municipality import MunicipalityPage

#: Releases listed on the open-data page itself (the changelog sub-page lists more).
RELEASES_ON_PAGE = 10


class OpenDataPage(LocalizedRoutesMixin, PortalPage):
    """/acik-veri/: every approved indicator value and action status as CSV, XLSX and JSON, for
    all municipalities or one, under CC BY 4.0, with a data dictionary (`sozluk/`, in English
    `dictionary/`)."""

    body = StreamField(
        stream_blocks("heading", "paragraph", "quote"),
        blank=True,
        verbose_name=_("İçerik"),
        help_text=_("Veri setlerinin listesinden önce gösterilir: kapsam, güncelleme, atıf."),
    )

    content_panels = [*PortalPage.content_panels, FieldPanel("body")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("body"),
    ]

    sitemap_routes = ("dictionary", "changelog")

    class Meta:
        verbose_name = _("Açık veri sayfası")
        verbose_name_plural = _("Açık veri sayfaları")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The datasets, and the chosen municipality (`?belediye=<slug>`) for its own files."""
        from ..catalogue import PageCatalogue
        from ..opendata import DATASETS, FORMATS, municipality_choices

        context = super().get_context(request, *args, **kwargs)
        choices = municipality_choices()
        chosen_slug = request.GET.get("belediye", "")
        chosen = choices.get(chosen_slug)
        context.update(
            datasets=DATASETS.values(),
            formats=FORMATS,
            municipality_options=choices.options_html(chosen),
            chosen=chosen,
            unknown_municipality=bool(chosen_slug) and chosen is None,
        )
        # Read only when a template shows it.
        context["catalogue"] = PageCatalogue(self, choices, request, RELEASES_ON_PAGE)
        return context

    def _download(
        self, request: HttpRequest, table: str, fmt: str, municipality_slug: str | None
    ) -> HttpResponse:
        from ..opendata import DATASETS, FORMATS, file_response, municipality_choices

        dataset = DATASETS.get(table)
        if dataset is None or fmt not in FORMATS:
            raise Http404(_("Böyle bir veri seti ya da biçim yok."))
        municipality = None
        stem = dataset.slug
        if municipality_slug is not None:
            municipality = municipality_choices().page(municipality_slug)
            if municipality is None:
                raise Http404(_("Yayımlanmış böyle bir belediye yok."))
            stem = f"{municipality.slug}-{dataset.slug}"
        # Approved rows live in the source language; read them under that municipality page.
        rows = dataset.rows(source_of(municipality) if municipality else None)
        return file_response(dataset, fmt, rows, stem, self.full_url or "")

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page, the dictionary and every national file.

        The per-municipality files are purged with that municipality's assessments."""
        from ..opendata import DATASETS, FORMATS

        files = [f"{table}/{fmt}/" for table in DATASETS for fmt in FORMATS]
        catalogue = [
            self.reverse_subpage(name) for name in ("catalogue", "datapackage", "changelog")
        ]
        return ["/", self.reverse_subpage("dictionary"), *catalogue, *files]

    @path("<slug:table>/<slug:fmt>/", name="download")
    def download_all(self, request: HttpRequest, table: str, fmt: str) -> HttpResponse:
        """One dataset for every municipality."""
        return self._download(request, table, fmt, None)

    @localized_path(
        "download_municipality",
        tr="belediye/<slug:municipality>/<slug:table>/<slug:fmt>/",
        en="municipality/<slug:municipality>/<slug:table>/<slug:fmt>/",
    )
    def download_municipality(
        self, request: HttpRequest, municipality: str, table: str, fmt: str
    ) -> HttpResponse:
        """One dataset for one municipality."""
        return self._download(request, table, fmt, municipality)

    @localized_path("catalogue", tr="katalog/", en="catalog/")
    def catalogue(self, request: HttpRequest) -> HttpResponse:
        """The DCAT-AP catalogue of the open data, in JSON-LD (plans.catalogue)."""
        from ..catalogue import dcat_catalogue, json_response_body

        return HttpResponse(
            json_response_body(dcat_catalogue(self, request)),
            content_type="application/ld+json; charset=utf-8",
        )

    @path("datapackage/", name="datapackage")
    def datapackage(self, request: HttpRequest) -> HttpResponse:
        """The Frictionless Data Package of the national CSV files (plans.catalogue)."""
        return self._datapackage(request, None)

    @localized_path(
        "datapackage_municipality",
        tr="belediye/<slug:municipality>/datapackage/",
        en="municipality/<slug:municipality>/datapackage/",
    )
    def datapackage_municipality(self, request: HttpRequest, municipality: str) -> HttpResponse:
        """The Frictionless Data Package of one municipality's CSV files."""
        from ..opendata import municipality_choices

        chosen = municipality_choices().page(municipality)
        if chosen is None:
            raise Http404(_("Yayımlanmış böyle bir belediye yok."))
        return self._datapackage(request, chosen)

    def _datapackage(
        self, request: HttpRequest, municipality: MunicipalityPage | None
    ) -> HttpResponse:
        from ..catalogue import data_package, json_response_body

        response = HttpResponse(
            json_response_body(data_package(self, municipality, request)),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'inline; filename="datapackage.json"'
        return response

    @localized_path("changelog", tr="degisiklikler/", en="changes/")
    def changelog(self, request: HttpRequest) -> HttpResponse:
        """Every approval that changed the open data, newest first (plans.changelog)."""
        from ..catalogue import release_lines
        from ..changelog import MAX_RELEASES

        context = super().get_context(request)
        context["releases"] = release_lines(MAX_RELEASES)
        return TemplateResponse(request, "plans/open_data_changelog.html", context)

    @localized_path("dictionary", tr="sozluk/", en="dictionary/")
    def data_dictionary(self, request: HttpRequest) -> HttpResponse:
        """What every column of every dataset means."""
        from ..opendata import DATASETS, dictionary

        context = super().get_context(request)
        context["tables"] = [(dataset, dictionary(dataset.table)) for dataset in DATASETS.values()]
        return TemplateResponse(request, "plans/open_data_dictionary.html", context)
