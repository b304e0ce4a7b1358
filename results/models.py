"""The project's targets (a translatable snippet editors keep) and the public results page."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.models import PortalPage

from .measures import Measure


class ProjectTarget(TranslatableMixin, models.Model):
    """One promise of the project ("100 staff from 50 municipalities trained"): a number and
    the measure the portal counts it by, with an optional second number ("from 50
    municipalities") measured the same way.

    Texts (label, description, units) are translated with wagtail-localize; numbers and measures
    are synchronised, and the results page reads them from the Turkish target only.
    """

    key = models.SlugField(
        _("Anahtar"),
        max_length=50,
        help_text=_("Kısa, değişmeyen bir ad; örneğin “egitim-personel”."),
    )
    label = models.CharField(_("Hedef"), max_length=200)
    description = models.TextField(_("Açıklama"), blank=True)
    target = models.PositiveIntegerField(_("Hedeflenen sayı"), validators=[MinValueValidator(1)])
    unit = models.CharField(
        _("Birim"), max_length=40, help_text=_("Örneğin: kişi, belediye, rapor.")
    )
    measure = models.CharField(
        _("Neyle ölçülür"),
        max_length=50,
        choices=Measure.choices,
        help_text=_("Portalın bu hedef için saydığı, yalnızca yayımlanmış verilerden bir ölçü."),
    )
    second_target = models.PositiveIntegerField(
        _("İkinci hedeflenen sayı"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Örneğin “50 belediyeden 100 personel” hedefindeki 50."),
    )
    second_unit = models.CharField(_("İkinci birim"), max_length=40, blank=True)
    second_measure = models.CharField(
        _("İkinci sayı neyle ölçülür"), max_length=50, choices=Measure.choices, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("Sıra"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("key"), FieldPanel("sort_order")]),
        FieldPanel("label"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("target"), FieldPanel("unit"), FieldPanel("measure")]),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("second_target"),
                        FieldPanel("second_unit"),
                        FieldPanel("second_measure"),
                    ]
                )
            ],
            heading=_("İkinci sayı (isteğe bağlı)"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("key"),
        TranslatableField("label"),
        TranslatableField("description"),
        SynchronizedField("target"),
        TranslatableField("unit"),
        SynchronizedField("measure"),
        SynchronizedField("second_target"),
        TranslatableField("second_unit"),
        SynchronizedField("second_measure"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Proje hedefi")
        verbose_name_plural = _("Proje hedefleri")
        ordering = ["sort_order", "key"]
        constraints = [
            models.UniqueConstraint(fields=["key", "locale"], name="results_one_target_per_key")
        ]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        """The second number comes with its unit and measure, or not at all."""
        super().clean()
        second = [self.second_target, self.second_unit.strip(), self.second_measure]
        if any(second) and not all(second):
            message = _("İkinci sayı için sayıyı, birimi ve ölçüyü birlikte girin.")
            raise ValidationError(
                {
                    name: message
                    for name, value in zip(
                        ("second_target", "second_unit", "second_measure"), second, strict=True
                    )
                    if not value
                }
            )


class ProjectResultsPage(PortalPage):
    """/proje-sonuclari/: each of the project's targets beside what the portal's public data
    says today, as progress bars and a table (results.outcomes)."""

    content_panels = PortalPage.content_panels
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Proje sonuçları sayfası")
        verbose_name_plural = _("Proje sonuçları sayfaları")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the targets with their measured figures."""
        from .outcomes import project_results

        context = super().get_context(request, *args, **kwargs)
        context["results"] = project_results()
        return context
