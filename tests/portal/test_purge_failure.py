"""A front cache that cannot be reached never holds up a publish: the first failed PURGE is
logged, the rest of the batch is skipped with one more log line."""

from __future__ import annotations

import logging
import socket

import pytest

from wagtail.contrib.frontend_cache.utils import PurgeBatch

from portal.caching import NginxPurgeBackend


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_purge_endpoint_stops_the_batch_after_one_try(
    caplog: pytest.LogCaptureFixture,
) -> None:
    backend = NginxPurgeBackend({"LOCATION": f"http://127.0.0.1:{closed_port()}/__purge"})
    urls = [f"http://localhost/tr/sayfa-{number}/" for number in range(30)]

    with caplog.at_level(logging.ERROR):
        backend.purge_batch(urls)

    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith("Could not purge http://localhost/tr/sayfa-0/")
    assert "29 more URLs" in messages[1]


def test_a_batch_purges_every_url_when_the_endpoint_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from http.server import BaseHTTPRequestHandler, HTTPServer
    from threading import Thread

    seen: list[str] = []

    class Purge(BaseHTTPRequestHandler):
        def do_PURGE(self) -> None:  # noqa: N802 - the HTTP method's name
            seen.append(self.path)
            self.send_response(404 if len(seen) % 2 else 200)  # 404: not cached, no error
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Purge)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        backend = NginxPurgeBackend({"LOCATION": f"http://127.0.0.1:{server.server_port}/__purge"})
        batch = PurgeBatch([f"http://localhost/tr/sayfa-{number}/" for number in range(4)])
        with caplog.at_level(logging.ERROR):
            backend.purge_batch(batch.urls)
    finally:
        server.shutdown()

    assert sorted(seen) == [f"/__purge/tr/sayfa-{number}/" for number in range(4)]
    assert caplog.records == []
