"""Snippets shared by all plans: thematic areas and monitoring periods (both translatable)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.scales import MonitoringPeriodKind


class ThematicArea(TranslatableMixin, index.Indexed, models.Model):
    """A gender-equality area shared by all plans (e.g. care services), so plans can be compared."""

    code = models.CharField(_("Kod"), max_length=10, help_text=_("Örneğin A3."))
    name = models.CharField(_("Ad"), max_length=150)
    description = models.TextField(_("Açıklama"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("Sıra"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        SynchronizedField("code"),
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Tematik alan")
        verbose_name_plural = _("Tematik alanlar")
        ordering = ["sort_order", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


def thematic_area_field() -> models.ForeignKey:
    """The optional link to a thematic area used by objectives, actions and indicators."""
    return models.ForeignKey(
        "plans.ThematicArea",
        verbose_name=_("Tematik alan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class MonitoringPeriod(TranslatableMixin, models.Model):
    """One round of monitoring defined by the board: three progress periods and a final one."""

    name = models.CharField(_("Ad"), max_length=150)
    kind = models.CharField(_("Tür"), max_length=20, choices=MonitoringPeriodKind.choices)
    start_date = models.DateField(_("Başlangıç"))
    end_date = models.DateField(_("Bitiş"))

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("İzleme dönemi")
        verbose_name_plural = _("İzleme dönemleri")
        ordering = ["start_date"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """The period must not end before it starts."""
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Bitiş tarihi başlangıçtan önce olamaz.")})
