"""The demo's project results page (issue 19 §7) and accessibility statement (§6), both
languages: the eight targets with figures measured from the sample content, labelled so; the
statement linked from the footer of every page."""

from __future__ import annotations

import re

from django.test import Client
from django.utils.html import escape

from demo.content.participants import sample_participants
from demo.content.site import SAMPLE_EMAIL
from portal.models import StandardPage
from results.measures import Measure, measure_figures
from results.targets import DEFAULT_TARGETS
from tests.scenarios.site import html_of

from .conftest import DemoBuild

STATEMENT = {"tr": "/tr/erisilebilirlik/", "en": "/en/accessibility/"}
TITLES = {"tr": "Erişilebilirlik bildirimi", "en": "Accessibility statement"}


def footer(html: str) -> str:
    return html.split('<footer class="site-footer">', 1)[1]


def test_results_page_measures_the_demo_and_says_it_is_sample_data(
    demo: DemoBuild, client: Client
) -> None:
    figures = measure_figures()
    assert figures.is_sample_data
    people = sample_participants()
    staff = [p for p in people if p.programme != "training-rights" and p.completed_on]
    board = [p for p in people if p.programme == "training-rights" and p.completed_on]
    # The demo participant (Kadıköy, one completed programme) is one more member of staff.
    assert figures.value(Measure.STAFF_TRAINED) == len(staff) + 1
    assert figures.value(Measure.BOARD_MEMBERS_TRAINED) == len(board)
    monitored = {p.municipality for p in staff if p.municipality} | {"kadikoy"}
    others = {p.organisation for p in staff if not p.municipality}
    assert figures.value(Measure.STAFF_MUNICIPALITIES) == len(monitored) + len(others)
    assert figures.value(Measure.OPENING_ATTENDANCE) == 54
    assert figures.value(Measure.PLATFORM_INFORMATION_ATTENDANCE) == 19
    for language, url in (("tr", "/tr/proje-sonuclari/"), ("en", "/en/project-results/")):
        html = html_of(client, url)
        assert 'class="sample-notice"' in html
        for default in DEFAULT_TARGETS:
            assert f">{escape(getattr(default.label, language))}</h3>" in html
        assert html.count("<progress ") == 11
        assert "Örnek Katılımcı" not in html and "ornek-katilimci" not in html


def test_accessibility_statement_in_both_languages_linked_from_the_footer(
    demo: DemoBuild, client: Client
) -> None:
    statement = StandardPage.objects.get(slug="erisilebilirlik")
    assert not statement.show_in_menus
    for language in ("tr", "en"):
        html = html_of(client, STATEMENT[language])
        assert f'<html lang="{language}">' in html
        assert "WCAG 2.1 AA" in html
        assert SAMPLE_EMAIL in html
        assert re.search(r"6 (Aralık|December) 2026", html)
        for url in (f"/{language}/", STATEMENT[language]):
            links = footer(html_of(client, url))
            assert f'<a href="{STATEMENT[language]}">{TITLES[language]}</a>' in links, url
