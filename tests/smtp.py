"""A real SMTP server for tests: aiosmtpd on a free local port, keeping every message it receives.

Tests that use the `smtp_server` fixture send through Django's SMTP backend (EMAIL_BACKEND=smtp,
EMAIL_HOST/EMAIL_PORT pointed at the server), so the e-mail settings, the connection and the
encoding are exercised as in production. Use it in a test module with
``smtp_server = tests.smtp.smtp_server`` (the way tests share the role fixtures of tests/plans).
"""

from __future__ import annotations

import email
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, Session

from django.test import override_settings

HOST = "127.0.0.1"


@dataclass
class ReceivedMail:
    """One message as the server received it."""

    recipients: list[str]
    message: EmailMessage

    @property
    def subject(self) -> str:
        """The decoded subject. Django folds a long non-ASCII subject onto a continuation line,
        which the parser reads back with the folding space in front."""
        return str(self.message["Subject"]).strip()

    @property
    def text(self) -> str:
        """The plain-text body, decoded."""
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part else ""


@dataclass
class SmtpServer:
    """The running server: where it listens and what it received (oldest first)."""

    port: int
    received: list[ReceivedMail] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        """aiosmtpd's hook: keep the message (named as aiosmtpd calls it)."""
        message = email.message_from_bytes(envelope.original_content, policy=default_policy)
        self.received.append(ReceivedMail(list(envelope.rcpt_tos), message))  # type: ignore[arg-type]
        return "250 Message accepted"

    def to(self, address: str) -> list[ReceivedMail]:
        """The messages sent to one address."""
        return [mail for mail in self.received if address in mail.recipients]

    def settings(self, **extra: Any) -> dict[str, Any]:
        """Django settings that send through this server."""
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": HOST,
            "EMAIL_PORT": self.port,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_TIMEOUT": 5,
            **extra,
        }


def free_port() -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start_server(
    authenticator: Callable[..., AuthResult] | None = None,
) -> tuple[SmtpServer, Controller]:
    """An SMTP server on a free port; with an authenticator it demands AUTH without TLS (aiosmtpd
    warns about that: filter "Requiring AUTH" in the test)."""
    server = SmtpServer(port=free_port())
    options: dict[str, Any] = {}
    if authenticator is not None:
        options = {
            "authenticator": authenticator,
            "auth_required": True,
            "auth_require_tls": False,
        }
    controller = Controller(server, hostname=HOST, port=server.port, **options)
    controller.start()
    return server, controller


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server; Django sends every e-mail of the test through it."""
    server, controller = start_server()
    try:
        with override_settings(**server.settings()):
            yield server
    finally:
        controller.stop()
