"""The English demo reads as English: every kind of public page, the routed sub-pages and the
English report PDF show no Turkish outside proper names and `lang="tr"` marks, and no text is
left as a "not yet translated" fallback."""

from __future__ import annotations

import io
from io import StringIO

import pytest
from pypdf import PdfReader

from django.core.management import call_command
from django.test import Client
from django.utils.html import escape

from wagtail_localize.models import Translation

from demo.content.municipalities import MUNICIPALITIES
from plans.models import AssessmentPage, MonitoringPeriod, MunicipalityPage, ThematicArea
from portal.models import public_pages
from tests.english_text import turkish_on_english_page, turkish_words
from tests.scenarios.site import SiteTree, html_of

from .conftest import DemoBuild

#: The label of sample content, the same in both languages.
SAMPLE_DATA_LABEL = "Örnek veri / Sample data"
#: Turkish institutions the guide names by their Turkish acronyms (proper names).
INSTITUTIONS = ("TÜİK", "ŞÖNİM", "İŞKUR")


def proper_names() -> set[str]:
    """The words of the demo's proper names that have Turkish letters: municipalities, their
    provinces, the institutions."""
    names = set(INSTITUTIONS)
    for municipality in MUNICIPALITIES:
        for text in (municipality.title.tr, municipality.title.en, municipality.province.tr):
            names.update(text.split())
    return names


def english_pages_of_every_kind(site_tree: SiteTree) -> dict[str, str]:
    """{page kind: the URL of one public English page of that kind}."""
    urls: dict[str, str] = {}
    for page in public_pages().filter(locale=site_tree.english).specific().order_by("path"):
        urls.setdefault(type(page).__name__, page.url)
    return urls


def english_subpages(site_tree: SiteTree) -> dict[str, str]:
    """{name: URL} of the routed HTML sub-pages of the English demo."""
    from guide.models import GuidePage
    from indicators.models import IndicatorPage
    from plans.models import OpenDataPage

    assessment = AssessmentPage.objects.of_record().select_related("period").first()
    municipality = MunicipalityPage.objects.ancestor_of(assessment).get()
    english_municipality = site_tree.english_of(municipality)
    indicator = public_pages(IndicatorPage).filter(locale=site_tree.english).first().specific
    guide = public_pages(GuidePage).filter(locale=site_tree.english).first().specific
    open_data = public_pages(OpenDataPage).filter(locale=site_tree.english).first().specific
    return {
        "report": english_municipality.url
        + english_municipality.reverse_subpage(
            "report", kwargs={"period_id": assessment.period_id}
        ),
        "comparison": indicator.url + indicator.reverse_subpage("comparison"),
        "whole guide": guide.url + guide.reverse_subpage("full"),
        "data dictionary": open_data.url + open_data.reverse_subpage("dictionary"),
    }


def test_every_kind_of_english_page_reads_as_english(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    names = proper_names()
    pages = {**english_pages_of_every_kind(site_tree), **english_subpages(site_tree)}
    assert {"MunicipalityPage", "PlanPage", "ActionPage", "AssessmentPage"} <= set(pages)
    found = {}
    for kind, url in pages.items():
        words, fallbacks = turkish_on_english_page(html_of(client, url), names)
        if words or fallbacks:
            found[kind] = (url, sorted(set(words))[:10], fallbacks)
    assert found == {}


def test_the_english_report_pdf_is_english(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    assessment = AssessmentPage.objects.of_record().first()
    municipality = site_tree.english_of(MunicipalityPage.objects.ancestor_of(assessment).get())
    url = municipality.url + municipality.reverse_subpage(
        "report_pdf", kwargs={"period_id": assessment.period_id}
    )
    response = client.get(url, follow=True)
    assert response.status_code == 200
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Monitoring Board" in text
    # The sample-data label is bilingual on purpose, in every language.
    assert turkish_words(text.replace(SAMPLE_DATA_LABEL, ""), proper_names()) == []


def test_a_missing_translation_is_marked_as_turkish_with_a_note(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    """The fallback the English crawl must not find: a row whose English text is the Turkish."""
    assessment = AssessmentPage.objects.of_record().first()
    english = site_tree.english_of(assessment)
    row = english.action_rows.exclude(board_comment="").first()
    source = assessment.action_rows.get(translation_key=row.translation_key)
    row.board_comment = source.board_comment
    row.save(update_fields=["board_comment"])

    html = html_of(client, english)
    words, fallbacks = turkish_on_english_page(html, proper_names())
    assert words == [] and fallbacks == 1
    assert f'<span lang="tr" class="untranslated">{escape(source.board_comment)}</span>' in html
    assert "(Not yet translated; shown in Turkish.)" in html


@pytest.mark.parametrize("text", ["Kadıköy Belediyesi eşitlik planını açıkladı."])
def test_the_detector_sees_turkish(text: str) -> None:
    """The check above can fail: Turkish text outside a lang="tr" element is found."""
    words, _fallbacks = turkish_on_english_page(f"<main><p>{text}</p></main>", {"Kadıköy"})
    assert words == ["Belediyesi", "eşitlik", "planını", "açıkladı"]
    assert turkish_on_english_page(f'<p lang="tr">{text}</p>') == ([], 0)


def test_the_demo_snippets_are_synced_translations(demo: DemoBuild, site_tree: SiteTree) -> None:
    """Thematic areas and periods are translated through wagtail-localize, so a change to the
    Turkish text shows up as work left for the translator."""
    for model in (ThematicArea, MonitoringPeriod):
        for item in model.objects.filter(locale=site_tree.turkish):
            assert item.get_translation_or_none(site_tree.english) is not None, item
            assert Translation.objects.filter(
                source__object_id=item.translation_key,
                target_locale=site_tree.english,
                enabled=True,
            ).exists(), item


def test_translation_status_finds_no_work_left_in_the_published_demo(demo: DemoBuild) -> None:
    output = StringIO()
    call_command("translation_status", "--fail-if-missing", stdout=output)  # exit 1 would raise
    assert "Eşitlenmeyen" in output.getvalue()
