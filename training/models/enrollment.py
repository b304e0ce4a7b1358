"""Who takes part in which programme, and whether an editor marked it complete."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def source_language_programmes() -> Q:
    """Enrollments point at the programme in the source language; its translations follow."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


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
        """Completion cannot precede enrollment."""
        super().clean()
        if self.completed_on and self.enrolled_on and self.completed_on < self.enrolled_on:
            raise ValidationError(
                {"completed_on": _("Tamamlama tarihi kayıt tarihinden önce olamaz.")}
            )
