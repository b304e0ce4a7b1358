"""Sending the notices that are due: one e-mail per subscription per run, listing its new
publications, in its language, with the page links in that language.

Idempotent and safe to run every few minutes from cron or a systemd timer, also twice at once:
each subscription is handled in a transaction that locks its row (skipped by a concurrent run on
PostgreSQL), and its notices are marked sent only after the mail server accepted the e-mail, so a
failure leaves them due for the next run. A publication that is no longer public when the run
comes (unpublished, made private) is dropped, never sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from uuid import UUID

from django.db import transaction
from django.utils import timezone, translation

from wagtail.models import Page

from portal.languages import shown_by_key
from portal.models import public_pages

from . import mail
from .models import Notice, Subscription

logger = logging.getLogger(__name__)

#: Subscriptions handled per run by default (the rest waits for the next run).
BATCH_SIZE = 200


@dataclass
class SendResult:
    """What one run did."""

    sent: int = 0
    failed: int = 0
    dropped: int = 0
    erased: int = 0


def erase_expired() -> int:
    """Erase unconfirmed subscriptions past the confirmation window and old unsubscribed ones."""
    count, _by_model = Subscription.objects.expired().delete()
    return count


def due_subscriptions(batch_size: int) -> list[int]:
    """Ids of active subscriptions with unsent notices, oldest notice first."""
    ids = (
        Notice.objects.filter(sent_at__isnull=True, subscription__in=Subscription.objects.active())
        .order_by("created_at", "pk")
        .values_list("subscription_id", flat=True)
    )
    result: list[int] = []
    for pk in ids.iterator():
        if pk not in result:
            result.append(pk)
            if len(result) >= batch_size:
                break
    return result


def public_copies(keys: list[UUID], language: str) -> dict[UUID, Page]:
    """{key: the public page shown in `language`} of the publications still public."""
    with translation.override(language):
        found = shown_by_key(public_pages(Page), keys)
    return {key: page.specific for key, page in found.items()}


def send_one(subscription_id: int, result: SendResult) -> None:
    """Send one subscription's due notices in one e-mail (or drop those no longer public)."""
    with transaction.atomic():
        subscription = (
            Subscription.objects.active()
            .select_for_update(skip_locked=True)
            .filter(pk=subscription_id)
            .first()
        )
        if subscription is None:  # unsubscribed meanwhile, or another run has it
            return
        notices = list(subscription.notices.filter(sent_at__isnull=True).order_by("created_at"))
        pages = public_copies([notice.page_key for notice in notices], subscription.language)
        gone = [notice.pk for notice in notices if notice.page_key not in pages]
        if gone:
            result.dropped += Notice.objects.filter(pk__in=gone).delete()[0]
        shown = [pages[notice.page_key] for notice in notices if notice.page_key in pages]
        if not shown:
            return
        try:
            mail.notice(subscription, shown).send()
        except Exception:  # noqa: BLE001 - left due for the next run; the others still go
            logger.exception("Notice e-mail to subscription %s failed", subscription.pk)
            result.failed += 1
            return
        Notice.objects.filter(
            pk__in=[notice.pk for notice in notices if notice.page_key in pages]
        ).update(sent_at=timezone.now())
        result.sent += 1


def send_due(batch_size: int = BATCH_SIZE) -> SendResult:
    """Erase expired subscriptions, then send up to `batch_size` subscriptions' notices."""
    result = SendResult(erased=erase_expired())
    for subscription_id in due_subscriptions(batch_size):
        send_one(subscription_id, result)
    return result
