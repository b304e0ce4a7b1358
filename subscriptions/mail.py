"""The e-mails of subscriptions: the confirmation, and the notices of new publications.

Every e-mail is in the subscription's language, plain text, and carries its one-click unsubscribe
link in the body and in the `List-Unsubscribe` and `List-Unsubscribe-Post` headers (RFC 2369,
RFC 8058), so mail programs offer their own unsubscribe button.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

from .models import Subscription
from .targets import public_target
from .tokens import confirm_token, unsubscribe_all_token, unsubscribe_token


def site_url(path: str) -> str:
    """An absolute URL on the default site (e-mails are sent outside any request)."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + path


def view_url(name: str, language: str, token: str) -> str:
    """The absolute URL of a subscriptions view, in `language`'s words."""
    with translation.override(language):
        return site_url(reverse(name, kwargs={"token": token}))


def unsubscribe_url(subscription: Subscription) -> str:
    """The subscription's one-click unsubscribe URL."""
    token = unsubscribe_token(subscription.pk)
    return view_url("subscription_unsubscribe", subscription.language, token)


def unsubscribe_all_url(email: str, language: str) -> str:
    """The one-click URL that unsubscribes the address from everything it follows."""
    return view_url("subscription_unsubscribe", language, unsubscribe_all_token(email))


def confirm_url(subscription: Subscription) -> str:
    """The subscription's confirmation URL (valid for CONFIRMATION_DAYS)."""
    token = confirm_token(subscription.pk)
    return view_url("subscription_confirm", subscription.language, token)


def message(
    email: str, language: str, link: str, template: str, context: dict[str, Any]
) -> EmailMessage:
    """An e-mail from `template` (.txt: first line the subject) in `language`, with the one-click
    unsubscribe `link` in the headers (the template shows it too)."""
    with translation.override(language):
        text = render_to_string(template, {"unsubscribe_url": link, **context})
    subject, _blank, body = text.strip().partition("\n")
    return EmailMessage(
        subject=subject.strip(),
        body=body.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )


@dataclass
class Section:
    """One subscription's part of a notice e-mail."""

    heading: str
    items: list[tuple[str, str]]
    unsubscribe_url: str


def section(subscription: Subscription, pages: Sequence[Page]) -> Section:
    """A subscription's new publications (`pages`, in its language), headed by what it follows."""
    language = subscription.language
    with translation.override(language):
        target = public_target(subscription.topic, subscription.target_key, language)
        topic = str(subscription.get_topic_display())
        heading = f"{target.title} ({topic})" if target is not None else topic
        items = [(page.title, page.get_full_url()) for page in pages]
    return Section(heading, items, unsubscribe_url(subscription))


def confirmation(subscription: Subscription) -> EmailMessage:
    """The double opt-in e-mail."""
    language = subscription.language
    with translation.override(language):
        target = public_target(subscription.topic, subscription.target_key, language)
        topic = subscription.get_topic_display()
    return message(
        subscription.email,
        language,
        unsubscribe_url(subscription),
        "subscriptions/email/confirm.txt",
        {"confirm_url": confirm_url(subscription), "target": target, "topic": topic},
    )


def notice(email: str, language: str, sections: Sequence[Section]) -> EmailMessage:
    """One e-mail to an address listing the new publications of each of its subscriptions (in
    `language`); its List-Unsubscribe leaves them all, each section has its own link."""
    return message(
        email,
        language,
        unsubscribe_all_url(email, language),
        "subscriptions/email/notice.txt",
        {"sections": sections},
    )
