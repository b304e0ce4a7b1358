"""The sign-up form: errors naming the field, the honeypot, the per-IP limit, and the form on the
indicator page and the news index."""

from __future__ import annotations

import pytest

from django.test import Client

from subscriptions import ratelimit
from subscriptions.models import Subscription
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.news import NewsSite
from tests.smtp import SmtpServer, smtp_server  # noqa: F401 - the fixture
from tests.subscriptions.helpers import subscribe

pytestmark = pytest.mark.django_db


def test_errors_name_the_field(client: Client, monitoring: Monitoring) -> None:
    response = subscribe(client, "not-an-address", key=monitoring.tree.kadikoy.translation_key)
    assert response.status_code == 400
    assert "E-posta adresi: geçerli bir adres girin" in response.content.decode()
    response = subscribe(client, "a@example.org", key="00000000-0000-0000-0000-000000000000")
    assert response.status_code == 400
    assert "Sayfa: takip edilecek yayımlanmış sayfa bulunamadı." in response.content.decode()
    english = subscribe(client, "", language="en", topic="news")
    assert english.status_code == 400
    assert "E-mail address: this field is required." in english.content.decode()
    assert not Subscription.objects.exists()


def test_the_honeypot_gets_the_same_answer_and_nothing_happens(
    client: Client,
    monitoring: Monitoring,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    key = monitoring.tree.kadikoy.translation_key
    bot = subscribe(client, "bot@example.org", key=key, website="http://spam.example")
    person = subscribe(client, "kisi@example.org", key=key)
    assert bot.status_code == person.status_code == 200
    assert bot.content == person.content
    assert list(Subscription.objects.values_list("email", flat=True)) == ["kisi@example.org"]
    assert [mail.recipients for mail in smtp_server.received] == [["kisi@example.org"]]


def test_sign_ups_are_limited_per_ip(
    client: Client,
    monitoring: Monitoring,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    key = monitoring.tree.kadikoy.translation_key
    for number in range(ratelimit.LIMIT):
        assert subscribe(client, f"a{number}@example.org", key=key).status_code == 200
    blocked = subscribe(client, "fazla@example.org", key=key)
    assert blocked.status_code == 429
    assert not Subscription.objects.filter(email="fazla@example.org").exists()
    # Another address is not blocked.
    assert subscribe(client, "baska@example.org", key=key, ip="10.0.0.2").status_code == 200


def test_the_form_is_on_the_indicator_page_and_the_news_index(
    client: Client, monitoring: Monitoring, news: NewsSite
) -> None:
    indicator = client.get(monitoring.indicator.url).content.decode()
    assert 'name="topic" value="indicator"' in indicator
    assert f'value="{monitoring.indicator.translation_key}"' in indicator
    assert 'name="topic" value="news"' in client.get(news.index.url).content.decode()
    assert 'action="/en/subscribe/"' in client.get(news.english_index.url).content.decode()
