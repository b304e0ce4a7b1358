"""Sending the notices that are due: one e-mail per subscriber (address and language) per run,
listing the new publications of each of its subscriptions, in its language, with the page links in
that language.

Idempotent and safe to run every few minutes from cron or a systemd timer, also twice at once:
each address is handled in a transaction that locks its subscriptions' rows (skipped by a
concurrent run on PostgreSQL), and its notices are marked sent only after the mail server accepted
the e-mail, so a failure leaves them due for the next run. A publication that is no longer public
when the run comes (unpublished, made private) is dropped, never sent.
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


def due_addresses(batch_size: int) -> list[tuple[str, str]]:
    """(address, language) of the active subscriptions with unsent notices, oldest notice
    first, at most `batch_size`."""
    rows = (
        Notice.objects.filter(sent_at__isnull=True, subscription__in=Subscription.objects.active())
        .order_by("created_at", "pk")
        .values_list("subscription__email", "subscription__language")
    )
    result: list[tuple[str, str]] = []
    for row in rows.iterator():
        if row not in result:
            result.append(row)
            if len(result) >= batch_size:
                break
    return result


def public_copies(keys: list[UUID], language: str) -> dict[UUID, Page]:
    """{key: the public page shown in `language`} of the publications still public."""
    with translation.override(language):
        found = shown_by_key(public_pages(Page), keys)
    return {key: page.specific for key, page in found.items()}


def send_to(email: str, language: str, result: SendResult) -> None:
    """Send one address's due notices (of all its subscriptions in `language`) in one e-mail,
    or drop those no longer public."""
    with transaction.atomic():
        subscriptions = list(
            Subscription.objects.active()
            .select_for_update(skip_locked=True)
            .filter(email=email, language=language)
            .order_by("pk")
        )
        notices = list(
            Notice.objects.filter(subscription__in=subscriptions, sent_at__isnull=True).order_by(
                "created_at", "pk"
            )
        )
        if not notices:  # unsubscribed meanwhile, or another run has them
            return
        pages = public_copies([notice.page_key for notice in notices], language)
        gone = [notice.pk for notice in notices if notice.page_key not in pages]
        if gone:
            result.dropped += Notice.objects.filter(pk__in=gone).delete()[0]
        kept = [notice for notice in notices if notice.page_key in pages]
        sections = []
        for subscription in subscriptions:
            shown = [pages[n.page_key] for n in kept if n.subscription_id == subscription.pk]
            if shown:
                sections.append(mail.section(subscription, shown))
        if not sections:
            return
        try:
            mail.notice(email, language, sections).send()
        except Exception:  # noqa: BLE001 - left due for the next run; the others still go
            logger.exception(
                "Notice e-mail to subscriptions %s failed", [s.pk for s in subscriptions]
            )
            result.failed += 1
            return
        Notice.objects.filter(pk__in=[notice.pk for notice in kept]).update(sent_at=timezone.now())
        result.sent += 1


def send_due(batch_size: int = BATCH_SIZE) -> SendResult:
    """Erase expired subscriptions, then send the notices of up to `batch_size` addresses."""
    result = SendResult(erased=erase_expired())
    for email, language in due_addresses(batch_size):
        send_to(email, language, result)
    return result
