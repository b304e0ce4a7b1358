"""A subscription (an address following one thing) and the notices due to it.

Only what the privacy page names is stored: the address, what is followed, the language and the
dates. A subscription is confirmed by its address (double opt-in) before anything but the
confirmation e-mail is sent to it; unconfirmed ones are erased after CONFIRMATION_DAYS.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["CONFIRMATION_DAYS", "Notice", "Subscription", "SubscriptionQuerySet", "Topic"]

#: Days a confirmation link stays valid; unconfirmed subscriptions are erased after them.
CONFIRMATION_DAYS = 7
#: Days an unsubscribed address is kept (so a late click still reads "unsubscribed"), then erased.
UNSUBSCRIBED_DAYS = 7


class Topic(models.TextChoices):
    """What a subscription follows."""

    MUNICIPALITY = "municipality", _("Belediye")
    INDICATOR = "indicator", _("Gösterge")
    NEWS = "news", _("Tüm haberler")


class Language(models.TextChoices):
    """The language of the subscriber's e-mails."""

    TURKISH = "tr", _("Türkçe")
    ENGLISH = "en", _("İngilizce")


class SubscriptionQuerySet(models.QuerySet):
    """Reads of subscriptions."""

    def active(self) -> SubscriptionQuerySet:
        """Confirmed and not unsubscribed: the only ones that get notices."""
        return self.filter(confirmed_at__isnull=False, unsubscribed_at__isnull=True)

    def following(self, topic: str, keys: list | set | None = None) -> SubscriptionQuerySet:
        """Active subscriptions to `topic` (for a municipality or indicator: to one of `keys`)."""
        queryset = self.active().filter(topic=topic)
        return queryset if keys is None else queryset.filter(target_key__in=keys)

    def expired(self) -> SubscriptionQuerySet:
        """Unconfirmed past the confirmation window, or unsubscribed for UNSUBSCRIBED_DAYS."""
        now = timezone.now()
        return self.filter(
            Q(confirmed_at__isnull=True, created_at__lt=now - timedelta(days=CONFIRMATION_DAYS))
            | Q(unsubscribed_at__lt=now - timedelta(days=UNSUBSCRIBED_DAYS))
        )


class Subscription(models.Model):
    """One address following one municipality, one indicator or all news, in one language."""

    email = models.EmailField(_("E-posta adresi"), max_length=254)
    topic = models.CharField(_("Takip edilen"), max_length=20, choices=Topic.choices)
    # The followed page's translation key (either language's copy); empty for all news.
    target_key = models.UUIDField(_("Sayfa anahtarı"), null=True, blank=True, editable=False)
    language = models.CharField(_("Dil"), max_length=2, choices=Language.choices)
    created_at = models.DateTimeField(_("Oluşturulma"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("Onaylanma"), null=True, blank=True, editable=False)
    unsubscribed_at = models.DateTimeField(
        _("Abonelikten çıkma"), null=True, blank=True, editable=False
    )

    objects = SubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("Abonelik")
        verbose_name_plural = _("Abonelikler")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "topic", "target_key"],
                condition=Q(target_key__isnull=False),
                name="subscription_unique_page",
            ),
            models.UniqueConstraint(
                fields=["email", "topic"],
                condition=Q(target_key__isnull=True),
                name="subscription_unique_topic",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_topic_display()})"

    @property
    def is_active(self) -> bool:
        """Confirmed and not unsubscribed."""
        return self.confirmed_at is not None and self.unsubscribed_at is None


class Notice(models.Model):
    """A publication due to be (or already) sent to one subscription; unique, so each
    publication is sent once whatever the number of publishes, translations or runs."""

    subscription = models.ForeignKey(
        Subscription,
        verbose_name=_("Abonelik"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    # The publication's translation key: its Turkish page and its translations are one notice.
    page_key = models.UUIDField(_("Yayın anahtarı"))
    created_at = models.DateTimeField(_("Kayıt"), default=timezone.now)
    sent_at = models.DateTimeField(_("Gönderilme"), null=True, blank=True)

    class Meta:
        verbose_name = _("Bildirim")
        verbose_name_plural = _("Bildirimler")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "page_key"], name="notice_unique_publication"
            )
        ]
        indexes = [models.Index(fields=["sent_at", "subscription"])]

    def __str__(self) -> str:
        return f"{self.subscription} · {self.page_key}"
