"""Public monitoring pages show the approved data: municipality, plan, action and assessment
(the indicator pages: tests/indicators)."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def html_of(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_municipality_page_shows_plan_counts_progress_and_board_summary(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.tree.kadikoy.url)
    assert monitoring.plan.title in html
    assert "Heyetin özeti." in html
    # 3 actions: completed 100, in progress 40, delayed 10 → average 50.
    assert "3 eylemin ortalama ilerlemesi: %50." in html
    counts = dict(re.findall(r'status--[\w-]+">([^<]+)</span></th><td>(\d+)</td>', html))
    assert counts == {
        "Başlamadı": "0",
        "Devam ediyor": "1",
        "Tamamlandı": "1",
        "Gecikmede": "1",
        "İptal edildi": "0",
    }


def test_municipality_page_uses_the_latest_approved_period(
    client: Client, monitoring: Monitoring
) -> None:
    later = monitoring.add_period(2)
    make_assessment(
        monitoring.plan,
        later,
        rows=[(action, "completed", 100, "") for action in monitoring.actions],
        values=[],
    )
    html = html_of(client, monitoring.tree.kadikoy.url)
    assert "Son onaylanan değerlendirme: Dönem 2" in html
    assert "3 eylemin ortalama ilerlemesi: %100." in html


def test_plan_page_lists_area_objective_and_actions_with_latest_status(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.plan.url)
    assert "A1 Bakım hizmetleri" in html
    assert "Hedef 1: Bakım yükünü azaltmak" in html
    for action in monitoring.actions:
        assert action.title in html
    assert html.count('class="status status--completed"') == 1
    assert html.count('class="status status--delayed"') == 1
    assert "%40" in html


def test_action_page_shows_status_history_across_periods(
    client: Client, monitoring: Monitoring
) -> None:
    action = monitoring.actions[1]
    make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(action, "completed", 100, "İkinci dönem yorumu")],
        values=[],
    )
    html = html_of(client, action.url)
    history = html[html.index("Durum geçmişi") :]
    assert history.index("1. İlerleme dönemi (2025)") < history.index("Dönem 2")
    assert "Onaylı yorum: sürüyor." in history
    assert "İkinci dönem yorumu" in history


def test_assessment_page_shows_rows_and_values(client: Client, monitoring: Monitoring) -> None:
    html = html_of(client, monitoring.assessments[0].url)
    assert "Onaylı yorum: kreş açıldı." in html
    assert "31,5" in html  # Turkish decimal comma
    assert "Kreşlerden yararlanan çocuk oranı" in html
