"""Who takes part in which programme, where they come from, and whether an editor marked it
complete."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


def source_language_programmes() -> Q:
    """Enrollments point at the programme in the source language; its translations follow."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def source_language_municipalities() -> Q:
    """A participant's municipality is the municipality page in the source language."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class OrganisationKind(models.TextChoices):
    """What kind of body the participant comes from (counted by the project's results)."""

    MUNICIPALITY = "municipality", _("Belediye")
    BOARD_NGO = "board_ngo", _("İzleme Heyeti'ndeki sivil toplum kuruluşu")
    OTHER = "other", _("Diğer kurum")


class Enrollment(models.Model):
    """A participant's place in a programme.

    Saving an enrollment puts the user in the programme's participants group (and the general
    "Eğitim Katılımcıları" group), which is what opens the participants-only modules and
    documents; deleting it takes them out again (training.signals). An editor fills in
    `completed_on` when the participant has completed the programme, which makes their
    certificate of participation available.
    """

    programme = models.ForeignKey(
        "training.TrainingProgrammePage",
        verbose_name=_("Program"),
        on_delete=models.CASCADE,
        related_name="enrollments",
        limit_choices_to=source_language_programmes,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Katılımcı"),
        on_delete=models.CASCADE,
        related_name="training_enrollments",
    )
    enrolled_on = models.DateField(_("Kayıt tarihi"), default=timezone.localdate)
    completed_on = models.DateField(
        _("Tamamlama tarihi"),
        null=True,
        blank=True,
        help_text=_(
            "Katılımcı programı tamamladıysa tarihi girin; katılım sertifikası bununla açılır."
        ),
    )
    organisation_kind = models.CharField(
        _("Kurum türü"),
        max_length=20,
        choices=OrganisationKind.choices,
        blank=True,
        help_text=_(
            "Katılımcının geldiği kurum. Proje sonuçları sayfası eğitilen kişileri ve belediyeleri "
            "buna göre sayar; boş bırakılan kayıt sayılmaz."
        ),
    )
    municipality = models.ForeignKey(
        "plans.MunicipalityPage",
        verbose_name=_("Belediye"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_language_municipalities,
        help_text=_("Portalda sayfası olan belediyelerden biriyse buradan seçin."),
    )
    organisation = models.CharField(
        _("Kurum adı"),
        max_length=200,
        blank=True,
        help_text=_(
            "Listede olmayan belediyenin, sivil toplum kuruluşunun ya da diğer kurumun adı; "
            "örneğin “Tepebaşı Belediyesi”."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("user")]),
        FieldRowPanel([FieldPanel("enrolled_on"), FieldPanel("completed_on")]),
        MultiFieldPanel(
            [
                FieldPanel("organisation_kind"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("organisation")]),
            ],
            heading=_("Katılımcının kurumu"),
        ),
    ]

    class Meta:
        verbose_name = _("Eğitim kaydı")
        verbose_name_plural = _("Eğitim kayıtları")
        ordering = ["programme__title", "user__last_name", "user__first_name", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="training_one_enrollment_per_programme"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant_name} · {self.programme.title}"

    @property
    def participant_name(self) -> str:
        """The name printed on the certificate: full name, or the username if none is set."""
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_complete(self) -> bool:
        """Whether an editor marked the programme complete for this participant."""
        return self.completed_on is not None

    @property
    def certificate_number(self) -> str:
        """A stable number printed on the certificate, e.g. "YEEP-EGT-0012-0345"."""
        return f"YEEP-EGT-{self.programme_id:04d}-{self.pk:04d}"

    def clean(self) -> None:
        """Completion cannot precede enrollment; the organisation agrees with its kind."""
        super().clean()
        errors: dict[str, Any] = {}
        if self.completed_on and self.enrolled_on and self.completed_on < self.enrolled_on:
            errors["completed_on"] = _("Tamamlama tarihi kayıt tarihinden önce olamaz.")
        errors.update(self.organisation_errors())
        if errors:
            raise ValidationError(errors)

    def organisation_errors(self) -> dict[str, Any]:
        """A municipality is chosen only for the kind "municipality", which needs one (chosen or
        named); the other kinds need the organisation's name; no kind, no organisation."""
        kind, named = self.organisation_kind, self.organisation.strip()
        if self.municipality_id and kind != OrganisationKind.MUNICIPALITY:
            return {"municipality": _("Belediye yalnızca kurum türü “Belediye” iken seçilir.")}
        if self.municipality_id and named:
            return {
                "organisation": _(
                    "Belediyeyi ya listeden seçin ya da adını yazın; ikisini birden değil."
                )
            }
        if kind and not (self.municipality_id or named):
            return {"organisation": _("Kurumun adını yazın ya da belediyeyi listeden seçin.")}
        if named and not kind:
            return {"organisation_kind": _("Kurumun türünü seçin.")}
        return {}
