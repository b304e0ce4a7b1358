"""Public monitoring pages show the approved data: municipality, plan, action and assessment
(the indicator pages: tests/indicators). English pages list what has no public English copy yet
in Turkish, marked `lang="tr"` (the language rule: portal.languages, plans.tree.shown_children),
and name nothing that is public in neither language."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from portal.translation import publish_translation
from tests.plans.factories import MunicipalityPageFactory
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.site import SiteTree, html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


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


def test_english_municipality_page_lists_the_untranslated_plan_in_turkish(
    client: Client, monitoring: Monitoring
) -> None:
    html = html_of(client, monitoring.tree.english_of(monitoring.tree.kadikoy).url)
    plan = monitoring.plan
    assert f'<a href="{plan.url}" lang="tr">{plan.title}</a>' in html


def test_english_municipality_index_lists_an_untranslated_municipality_in_turkish(
    client: Client, site_tree: SiteTree
) -> None:
    town = MunicipalityPageFactory(parent=site_tree.index, title="Çankaya Belediyesi")
    html = html_of(client, site_tree.english_of(site_tree.index).url)
    card = r'<li class="card"( lang="tr")?>\s*<h3 class="card__title"><a href="([^"]+)"'
    assert (' lang="tr"', town.url) in re.findall(card, html)
    assert "Kadıköy Municipality" in html and "Kadıköy Belediyesi" not in html


def test_english_plan_page_names_the_period_of_the_latest_status_in_english(
    client: Client, monitoring: Monitoring
) -> None:
    period = monitoring.periods[0]
    english_period = period.copy_for_translation(monitoring.tree.english)
    english_period.name = "Progress period 1 (2025)"
    english_period.save()
    plan = publish_translation(
        monitoring.plan, monitoring.tree.english, {"title": "Equality plan", "slug": "plan"}
    )
    html = html_of(client, plan.url)
    assert "<td>Progress period 1 (2025)</td>" in html
    assert period.name not in html


def test_assessment_page_names_only_public_actions_and_indicators(
    client: Client, monitoring: Monitoring
) -> None:
    hidden_action = monitoring.actions[0]
    hidden_action.unpublish()
    monitoring.indicator.unpublish()
    html = html_of(client, monitoring.assessments[0].url)
    assert hidden_action.title not in html
    assert monitoring.actions[1].title in html
    assert html.count("(yayımda olmayan eylem)") == 1  # the row stays, counted, without its name
    assert monitoring.indicator.title not in html
    assert "31,5" not in html
