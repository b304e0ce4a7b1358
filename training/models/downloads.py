"""How often each document was downloaded: a number per document, nothing about who."""

from __future__ import annotations

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MaterialDownload(models.Model):
    """The download count of one document.

    Deliberately anonymous: no user, IP address, user agent or time of day is stored, only the
    total and the last day, so a count can never tell who downloaded a material.
    """

    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("Belge"),
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="download_count",
    )
    count = models.PositiveBigIntegerField(_("İndirme sayısı"), default=0)
    last_download_on = models.DateField(_("Son indirme günü"), null=True, blank=True)

    class Meta:
        verbose_name = _("Materyal indirme sayısı")
        verbose_name_plural = _("Materyal indirme sayıları")
        ordering = ["-count"]

    def __str__(self) -> str:
        return f"{self.document}: {self.count}"

    @classmethod
    def record(cls, document_id: int) -> None:
        """Add one download: a single UPDATE (an INSERT the first time), so serving the file is
        not slowed by reading the count first; concurrent downloads never lose an increment."""
        today = timezone.localdate()
        counted = cls.objects.filter(document_id=document_id)
        if counted.update(count=F("count") + 1, last_download_on=today):
            return
        try:
            with transaction.atomic():
                cls.objects.create(document_id=document_id, count=1, last_download_on=today)
        except IntegrityError:  # another request created the row first
            counted.update(count=F("count") + 1, last_download_on=today)
