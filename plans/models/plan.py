"""A municipality's Local Equality Action Plan (YEEP) and its objectives."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.locales import default_locale
from portal.models import PortalPage

from .monitoring import thematic_area_field

YEAR_VALIDATORS = [MinValueValidator(2000), MaxValueValidator(2100)]


class PlanPage(PortalPage):
    """/belediyeler/<municipality>/<plan>/: the plan, its objectives and (as children) its actions
    and the board's assessments."""

    start_year = models.PositiveSmallIntegerField(_("Başlangıç yılı"), validators=YEAR_VALIDATORS)
    end_year = models.PositiveSmallIntegerField(_("Bitiş yılı"), validators=YEAR_VALIDATORS)
    council_decision_number = models.CharField(_("Meclis karar no."), max_length=50, blank=True)
    council_decision_date = models.DateField(_("Meclis karar tarihi"), null=True, blank=True)
    plan_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Plan belgesi (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("Özet"), blank=True)

    content_panels = [
        *PortalPage.content_panels,
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")], heading=_("Dönem")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("council_decision_number"), FieldPanel("council_decision_date")]
                ),
                FieldPanel("plan_document"),
            ],
            heading=_("Kabul"),
        ),
        FieldPanel("summary"),
        InlinePanel("objectives", heading=_("Hedefler"), label=_("Hedef")),
    ]
    search_fields = [*PortalPage.search_fields, index.SearchField("summary")]

    parent_page_types = ["plans.MunicipalityPage"]
    subpage_types = ["plans.ActionPage", "plans.AssessmentPage"]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("council_decision_number"),
        SynchronizedField("council_decision_date"),
        # The municipality's own document, in Turkish, on every translation (never overridden).
        SynchronizedField("plan_document", overridable=False),
        TranslatableField("summary"),
        TranslatableField("objectives"),
    ]

    class Meta:
        verbose_name = _("Eylem planı")
        verbose_name_plural = _("Eylem planları")

    def clean(self) -> None:
        """The plan period must not end before it starts."""
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Bitiş yılı başlangıç yılından önce olamaz.")})

    @property
    def plan_document_language(self) -> str:
        """The language of the plan document: the municipality's own, in the source language
        (Turkish), linked by every translation of the page as such."""
        return default_locale().language_code

    @property
    def period_label(self) -> str:
        """ "2023–2027"."""
        return f"{self.start_year}–{self.end_year}"

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Areas → objectives → actions, each action with its latest approved status; read only
        when the template's cached section misses (plans.fragments)."""
        from plans.fragments import lazy_sections
        from plans.monitoring import plan_overview

        context = super().get_context(request, *args, **kwargs)
        context.update(lazy_sections(overview=lambda: plan_overview(self)))
        return context


class PlanObjective(TranslatableMixin, Orderable):
    """One objective (hedef) of a plan, in a thematic area; actions refer to it by its code.
    Translatable with its plan page (the title only)."""

    page = ParentalKey(PlanPage, on_delete=models.CASCADE, related_name="objectives")
    code = models.CharField(_("Kod"), max_length=20, help_text=_("Örneğin 3."))
    title = models.CharField(_("Hedef"), max_length=300)
    area = thematic_area_field()

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("area")]), FieldPanel("title")]

    override_translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("title"),
        SynchronizedField("area"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Hedef")
        verbose_name_plural = _("Hedefler")

    def __str__(self) -> str:
        return f"{self.code} {self.title}"
