"""Every PDF the portal makes is tagged (PDF/UA-1): structure tree, language, title, author.

The three PDFs (the generated municipality report, the whole guide and the training certificate)
and the demo's files (its sample PDFs, a plan's among them, and its report PDFs in both languages)
are read with pypdf (tests.pdfs), as a screen reader's PDF library would: the catalogue marks
the document as tagged and has a structure tree and a language, the metadata name a title and an
author, every font is embedded and the Turkish letters come out as text.
"""

from __future__ import annotations

from datetime import date

import pytest

from django.core.cache import cache
from django.test import Client

from demo.builders import media
from demo.builders.reports import report_pdf
from portal.translation import publish_translation
from tests.pdfs import assert_tagged, read_tagged
from tests.scenarios.guide import Guide
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.training import TrainingSite
from tests.training.factories import EnrollmentFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


@pytest.fixture(autouse=True)
def _no_cached_pdfs() -> None:
    """Report and guide PDFs are cached per revision; each test renders its own."""
    cache.clear()


@pytest.mark.parametrize(("language", "path"), [("tr", "rapor"), ("en", "report")])
def test_generated_report_pdf_is_tagged(
    client: Client, monitoring: Monitoring, language: str, path: str
) -> None:
    municipality = monitoring.tree.kadikoy
    if language == "en":
        municipality = monitoring.tree.english_of(municipality)
    url = f"{municipality.url}{path}/{monitoring.periods[0].pk}/pdf/"

    response = client.get(url)
    pdf = read_tagged(response.content)

    assert response.status_code == 200
    assert_tagged(pdf, language)
    assert "/H1" in pdf.structure_kinds and "/Table" in pdf.structure_kinds
    assert "Kadıköy" in pdf.title
    # Turkish letters come out as text, not as missing glyphs.
    assert "Kadıköy" in pdf.text and "İlerleme dönemi" in pdf.text


@pytest.mark.parametrize(("language", "path"), [("tr", "tamami/pdf/"), ("en", "full/pdf/")])
def test_guide_pdf_is_tagged_and_prints_no_site_chrome(
    client: Client, guide: Guide, language: str, path: str
) -> None:
    page = guide.page if language == "tr" else guide.english_of(guide.page)

    response = client.get(f"{page.url}{path}")
    pdf = read_tagged(response.content)

    assert response.status_code == 200
    assert_tagged(pdf, language)
    assert "/H1" in pdf.structure_kinds and "/H2" in pdf.structure_kinds
    assert page.title in pdf.title
    assert page.title in pdf.text
    # Neither the search box, the menu button nor the language switcher is printed.
    for chrome in ("Sitede ara", "Search the site", "Menü", "Menu", "English", "Türkçe"):
        assert chrome not in pdf.text


@pytest.mark.parametrize("language", ["tr", "en"])
def test_certificate_pdf_is_tagged(training: TrainingSite, language: str) -> None:
    user = UserFactory(first_name="Şule", last_name="Işık")
    EnrollmentFactory(programme=training.a.page, user=user, completed_on=date(2025, 6, 12))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    url = f"{training.a.page.url}sertifika/"
    if language == "en":
        english = publish_translation(
            training.a.page, training.tree.english, {"title": "Program A", "slug": "programme-a"}
        )
        url = f"{english.url}certificate/"

    response = client.get(url)
    pdf = read_tagged(response.content)

    assert response.status_code == 200, url
    assert_tagged(pdf, language)
    assert "/H1" in pdf.structure_kinds
    assert "Program A" in pdf.title
    assert "Şule Işık" in pdf.text


def test_the_demos_sample_pdfs_are_tagged_and_say_they_are_sample_data() -> None:
    """A plan's sample PDF, as demo.builders.monitoring makes it: Turkish, titled, authored."""
    pdf = read_tagged(
        media.sample_pdf(
            "Kadıköy Belediyesi: YEEP 2024–2028 (örnek)", "<h2>Hedefler</h2><p>Bir.</p>"
        )
    )

    assert_tagged(pdf, "tr")
    assert {"/H1", "/H2"} <= pdf.structure_kinds
    assert pdf.title == "Kadıköy Belediyesi: YEEP 2024–2028 (örnek)"
    assert "örnek veri" in pdf.author
    assert pdf.text.startswith("Örnek veri / Sample data")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("tr", "Örnek veri / Sample data: bu rapor"), ("en", "Örnek veri / Sample data: this report")],
)
def test_the_demos_report_pdfs_are_tagged_in_their_language(
    monitoring: Monitoring, language: str, expected: str
) -> None:
    kadikoy = monitoring.tree.kadikoy
    shown = {"tr": kadikoy, "en": monitoring.tree.english_of(kadikoy)}[language]
    caption = {"tr": "Eylemler ve İzleme Heyetinin yorumları", "en": "Actions and the Monitoring"}

    pdf = read_tagged(report_pdf("Rapor", monitoring.periods[0], [kadikoy], language))

    assert_tagged(pdf, language)
    assert "/Table" in pdf.structure_kinds
    assert expected in pdf.text
    # The municipality's generated report as the portal shows it in that language.
    assert shown.title in pdf.text
    assert caption[language] in pdf.text
