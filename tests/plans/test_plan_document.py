"""A plan's PDF is the municipality's own document, in Turkish: every translation of the plan
page links it, and the English page says so in words and in markup (hreflang, lang)."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail_localize.models import OverridableSegment, TranslationSource

from plans.models import PlanPage
from portal.translation import publish_translation
from tests.pdfs import document_link, link_text
from tests.plans.factories import PlanPageFactory
from tests.scenarios.site import SiteTree
from tests.training.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(site_tree: SiteTree) -> PlanPage:
    """Kadıköy's plan with its PDF, in both languages."""
    page = PlanPageFactory(
        parent=site_tree.kadikoy, plan_document=DocumentFactory(title="Kadıköy YEEP 2024–2028")
    )
    page.save_revision().publish()
    publish_translation(page, site_tree.english, {"title": "YEEP 2024–2028", "slug": "yeep"})
    return page


def test_the_plan_pdf_is_labelled_turkish_on_the_english_page(
    client: Client, site_tree: SiteTree, plan: PlanPage
) -> None:
    english = site_tree.english_of(plan)

    link = document_link(client, english, plan.plan_document)

    assert link["hreflang"] == "tr"
    assert link.find("span", lang="tr").get_text() == "Kadıköy YEEP 2024–2028"
    assert link_text(link) == "Kadıköy YEEP 2024–2028 (PDF, in Turkish)"
    turkish = document_link(client, plan, plan.plan_document)
    assert not turkish.has_attr("hreflang") and turkish.find("span") is None
    assert link_text(turkish) == "Kadıköy YEEP 2024–2028 (PDF)"


def test_a_translator_cannot_give_the_plan_another_pdf(plan: PlanPage) -> None:
    """The plan's PDF is the municipality's own: wagtail-localize offers no override of it."""
    source = TranslationSource.objects.get(object_id=plan.translation_key)
    source.update_from_db()

    assert not OverridableSegment.objects.filter(
        source=source, context__path="plan_document"
    ).exists()
