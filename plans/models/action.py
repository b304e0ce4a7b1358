"""One action (eylem) of a plan; its status history is read from approved assessments."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.forms import ActionPageForm
from portal.blocks import stream_blocks
from portal.languages import shown_copy, shown_pages
from portal.models import PortalPage

from .monitoring import thematic_area_field


class ActionPage(PortalPage):
    """/belediyeler/<municipality>/<plan>/<action>/: what the municipality committed to do."""

    code = models.CharField(_("Kod"), max_length=20, help_text=_("Örneğin 3.2."))
    objective_code = models.CharField(
        _("Hedef kodu"),
        max_length=20,
        blank=True,
        help_text=_("Planın hedeflerinden birinin kodu, örneğin 3."),
    )
    area = thematic_area_field()
    responsible_unit = models.CharField(_("Sorumlu birim"), max_length=200, blank=True)
    partners = models.TextField(_("Paydaşlar"), blank=True)
    start_date = models.DateField(_("Başlangıç"), null=True, blank=True)
    end_date = models.DateField(_("Bitiş"), null=True, blank=True)
    budget = models.DecimalField(
        _("Bütçe (TL)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    description = StreamField(
        stream_blocks("heading", "paragraph", "document", "table"),
        blank=True,
        verbose_name=_("Açıklama"),
    )

    content_panels = [
        *PortalPage.content_panels,
        FieldRowPanel([FieldPanel("code"), FieldPanel("objective_code"), FieldPanel("area")]),
        MultiFieldPanel(
            [
                FieldPanel("responsible_unit"),
                FieldPanel("partners"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("budget"),
            ],
            heading=_("Uygulama"),
        ),
        FieldPanel("description"),
        InlinePanel("indicator_links", heading=_("Göstergeler"), label=_("Gösterge")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("code"),
        index.SearchField("responsible_unit"),
        index.SearchField("description"),
    ]

    parent_page_types = ["plans.PlanPage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("code"),
        SynchronizedField("objective_code"),
        TranslatableField("area"),
        TranslatableField("responsible_unit"),
        TranslatableField("partners"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("budget"),
        TranslatableField("description"),
        SynchronizedField("indicator_links"),
    ]

    class Meta:
        verbose_name = _("Eylem")
        verbose_name_plural = _("Eylemler")

    base_form_class = ActionPageForm

    def clean(self) -> None:
        """Dates in order (ActionPageForm, which knows the plan, checks the objective code)."""
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Bitiş tarihi başlangıçtan önce olamaz.")})

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The action's timeline across approved assessments, oldest period first (with the
        change from each period to the next); its linked indicators and thematic area as shown
        to the visitor. Read only when the template's cached section misses (plans.fragments)."""
        from plans.fragments import lazy_sections
        from plans.overview import action_timeline

        def indicators() -> list[Any]:
            linked = [link.indicator for link in self.indicator_links.select_related("indicator")]
            # Public indicators only: a draft or private indicator's title must not show.
            return shown_pages(linked)

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lazy_sections(
                timeline=lambda: action_timeline(self),
                indicators=indicators,
                area=lambda: shown_copy(self.area),
            )
        )
        return context


class ActionIndicator(Orderable):
    """An indicator that measures the action's effect."""

    page = ParentalKey(ActionPage, on_delete=models.CASCADE, related_name="indicator_links")
    indicator = models.ForeignKey(
        "indicators.IndicatorPage",
        verbose_name=_("Gösterge"),
        on_delete=models.CASCADE,
        related_name="action_links",
    )

    panels = [FieldPanel("indicator")]

    class Meta(Orderable.Meta):
        verbose_name = _("Gösterge bağlantısı")
        verbose_name_plural = _("Gösterge bağlantıları")
