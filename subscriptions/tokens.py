"""Signed links: the confirmation (expires with CONFIRMATION_DAYS) and the unsubscribe link (never
expires, so an old e-mail's link still works). Each signs the subscription's id with a salt of its
own, so one kind of link cannot stand in for the other."""

from __future__ import annotations

from datetime import timedelta

from django.core import signing

from .models import CONFIRMATION_DAYS

CONFIRM_SALT = "subscriptions.confirm"
UNSUBSCRIBE_SALT = "subscriptions.unsubscribe"


def confirm_token(subscription_id: int) -> str:
    """The token of a confirmation link."""
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(subscription_id))


def unsubscribe_token(subscription_id: int) -> str:
    """The token of an unsubscribe link."""
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscription_id))


def confirmed_id(token: str) -> int | None:
    """The subscription id of a valid, unexpired confirmation token, else None."""
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=timedelta(days=CONFIRMATION_DAYS)
        )
    except signing.BadSignature:  # SignatureExpired is a BadSignature
        return None
    return int(value) if value.isdigit() else None


def unsubscribed_id(token: str) -> int | None:
    """The subscription id of a valid unsubscribe token, else None."""
    try:
        value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None


def unsubscribe_all_token(email: str) -> str:
    """The token of the link that unsubscribes an address from everything it follows (the
    `List-Unsubscribe` of a notice e-mail, which may list several subscriptions)."""
    return signing.dumps({"all": email}, salt=UNSUBSCRIBE_SALT)


def unsubscribed_email(token: str) -> str | None:
    """The address of a valid unsubscribe-all token, else None."""
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    email = value.get("all") if isinstance(value, dict) else None
    return email if isinstance(email, str) else None
