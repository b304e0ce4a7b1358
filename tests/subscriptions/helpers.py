"""Signing up and confirming as a visitor would, for the subscription tests."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.test import Client

from subscriptions.models import Subscription
from tests.smtp import ReceivedMail, SmtpServer

#: The sign-up view in each language.
SUBSCRIBE_URL = {"tr": "/tr/abonelik/", "en": "/en/subscribe/"}
_LINK = re.compile(r"https?://\S+")


def subscribe(
    client: Client,
    email: str,
    *,
    topic: str = "municipality",
    key: object = None,
    language: str = "tr",
    ip: str = "10.0.0.1",
    **extra: str,
):
    """POST the sign-up form (the honeypot left empty unless `website` is given)."""
    data = {"email": email, "topic": topic, "website": "", **extra}
    if key is not None:
        data["key"] = str(key)
    return client.post(SUBSCRIBE_URL[language], data, REMOTE_ADDR=ip)


def links(mail: ReceivedMail) -> list[str]:
    """The absolute links in an e-mail's text."""
    return _LINK.findall(mail.text)


def path_of(url: str) -> str:
    """The path of an absolute URL (the test client speaks to the site directly)."""
    return urlsplit(url).path


def confirm_by_mail(client: Client, server: SmtpServer, email: str) -> Subscription:
    """Open the confirmation link of the address's latest e-mail and press the button."""
    mail = server.to(email)[-1]
    confirm = next(link for link in links(mail) if "/onay/" in link or "/confirm/" in link)
    assert client.get(path_of(confirm)).status_code == 200
    assert client.post(path_of(confirm)).status_code == 200
    return Subscription.objects.get(email=email)
