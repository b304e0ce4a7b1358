"""The admin report "Çeviri durumu" (Reports menu; registered in portal/wagtail_hooks.py): the rows
of portal.translation_status with filters by section and work left, for those who may submit
translations."""

from __future__ import annotations

from typing import Any

import django_filters

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, StatusFlagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import (
    Translation,
)

from .translation_status import (
    EXPORT_HEADINGS,
    TranslationStatusRow,
    summarize,
    target_locales,
    translation_status,
    yes_no,
)


class TranslationStatusFilterSet(WagtailFilterSet):
    """The report's filters; the view applies them to its rows (they are not a queryset)."""

    section = django_filters.ChoiceFilter(label=_("Bölüm"), empty_label=_("Bütün bölümler"))
    work_left = django_filters.ChoiceFilter(
        label=_("Kalan iş"),
        empty_label=_("Hepsi"),
        choices=[("yes", _("Yalnızca kalan işi olanlar")), ("no", _("Yalnızca güncel olanlar"))],
    )

    def __init__(self, *args: Any, sections: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters["section"].extra["choices"] = list(sections.items())


class LinksColumn(Column):
    """The page visitors see and, when the Turkish page changed since its last sync, the sync."""

    cell_template_name = "portal/admin/translation_status_links_cell.html"


class TranslationStatusReportView(ReportView):
    """Reports → Çeviri durumu: the rows of every target language, with links to the translation
    editor; for users who may submit translations (editors, superusers)."""

    page_title = _("Çeviri durumu")
    header_icon = "wagtail-localize-language"
    index_url_name = "portal_translation_status"
    index_results_url_name = "portal_translation_status_results"
    results_template_name = "portal/admin/translation_status_results.html"
    permission_policy = ModelPermissionPolicy(Translation)
    permission_required = "submit"  # wagtail_localize.submit_translation
    filterset_class = TranslationStatusFilterSet
    list_export = list(EXPORT_HEADINGS)
    export_headings = EXPORT_HEADINGS
    export_filename = "ceviri-durumu"
    custom_value_preprocess = {
        **ReportView.custom_value_preprocess,
        bool: {ReportView.FORMAT_CSV: yes_no},
    }
    columns = [
        TitleColumn("title", label=_("Başlık"), get_url=lambda row: row.edit_url),
        Column("location", label=_("Konum")),
        Column("section", label=_("Bölüm")),
        Column("kind", label=_("Tür")),
        Column("language_code", label=_("Dil")),
        Column("state_label", label=_("Durum")),
        Column(
            "progress",
            label=_("Çevrilmiş segment"),
            accessor=lambda row: (
                f"{row.translated_segments}/{row.total_segments}"
                if row.total_segments is not None
                else ""
            ),
        ),
        Column("missing_segments", label=_("Eksik segment")),
        StatusFlagColumn("outdated", label=_("Eski"), true_label=_("eski")),
        StatusFlagColumn("source_live", label=_("Türkçesi"), false_label=_("taslak")),
        LinksColumn("links", label=_("Bağlantılar")),
    ]

    @cached_property
    def rows(self) -> list[TranslationStatusRow]:
        """Every row of every target language."""
        return [
            row
            for locale in target_locales()
            for row in translation_status(locale.language_code, self.request)
        ]

    def get_filterset_kwargs(self) -> dict[str, Any]:
        # django-filter wants a queryset; the filters apply to the rows instead (filter_queryset).
        return {
            **super().get_filterset_kwargs(),
            "queryset": Translation.objects.none(),
            "sections": {row.section_key: row.section for row in self.rows},
        }

    def get_base_queryset(self) -> list[TranslationStatusRow]:
        return self.rows

    def filter_queryset(self, rows: list[TranslationStatusRow]) -> list[TranslationStatusRow]:
        if not (self.filters and self.filters.is_valid()):
            return rows
        chosen = self.filters.form.cleaned_data
        if chosen.get("section"):
            rows = [row for row in rows if row.section_key == chosen["section"]]
        if chosen.get("work_left"):
            rows = [row for row in rows if row.has_work_left == (chosen["work_left"] == "yes")]
        return rows

    def get_context_data(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(*args, **kwargs)
        context["summary_sections"], context["summary_total"] = summarize(self.rows)
        return context
