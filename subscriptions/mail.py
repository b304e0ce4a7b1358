"""The e-mails of subscriptions: the confirmation, and the notices of new publications.

Every e-mail is in the subscription's language, plain text, and carries its one-click unsubscribe
link in the body and in the `List-Unsubscribe` and `List-Unsubscribe-Post` headers (RFC 2369,
RFC 8058), so mail programs offer their own unsubscribe button.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

from .models import Subscription
from .targets import public_target
from .tokens import confirm_token, unsubscribe_token


def site_url(path: str) -> str:
    """An absolute URL on the default site (e-mails are sent outside any request)."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def view_url(name: str, subscription: Subscription, token: str) -> str:
    """The absolute URL of a subscriptions view, in the subscription's language's words."""
    with translation.override(subscription.language):
        return site_url(reverse(name, kwargs={"token": token}))


def unsubscribe_url(subscription: Subscription) -> str:
    """The subscription's one-click unsubscribe URL."""
    return view_url("subscription_unsubscribe", subscription, unsubscribe_token(subscription.pk))


def confirm_url(subscription: Subscription) -> str:
    """The subscription's confirmation URL (valid for CONFIRMATION_DAYS)."""
    return view_url("subscription_confirm", subscription, confirm_token(subscription.pk))


def message(subscription: Subscription, template: str, context: dict[str, Any]) -> EmailMessage:
    """An e-mail from `template` (.txt: first line the subject), in the subscription's language,
    with the unsubscribe link and headers."""
    link = unsubscribe_url(subscription)
    with translation.override(subscription.language):
        target = public_target(subscription.topic, subscription.target_key, subscription.language)
        text = render_to_string(
            template,
            {
                "subscription": subscription,
                "topic": subscription.get_topic_display(),
                "target": target,
                "unsubscribe_url": link,
                **context,
            },
        )
    subject, _blank, body = text.strip().partition("\n")
    return EmailMessage(
        subject=subject.strip(),
        body=body.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


def confirmation(subscription: Subscription) -> EmailMessage:
    """The double opt-in e-mail."""
    return message(
        subscription,
        "subscriptions/email/confirm.txt",
        {"confirm_url": confirm_url(subscription)},
    )


def notice(subscription: Subscription, pages: Sequence[Page]) -> EmailMessage:
    """One e-mail listing the new publications (`pages`, in the subscription's language)."""
    with translation.override(subscription.language):
        items = [(page.title, page.get_full_url()) for page in pages]
    return message(subscription, "subscriptions/email/notice.txt", {"items": items})
