"""The portal's one language rule (portal.languages) on every kind of page and in the API.

A page links to another page (or names a snippet) in the visitor's language when that copy is
public, else to the public Turkish page, marked `lang="tr"`; when no copy is public, nothing is
shown. The cases here withdraw the English copy of a linked page (unpublished, or private) while
its Turkish page stays public, and check each kind of page and each API list.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest

from django.test import Client

from wagtail.models import Page, PageViewRestriction

from events.models import EventMunicipality, EventProgramme
from news.models import NewsMunicipality
from plans.models import ActionIndicator, MunicipalityPage
from portal.translation import publish_translation
from reports.models import ReportMunicipality
from tests.plans.factories import MonitoringPeriodFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.api import get_json
from tests.scenarios.events import EventSite
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.news import NewsSite
from tests.scenarios.site import SiteTree, html_of
from tests.scenarios.stories import area_with_english, translate_story
from tests.stories.factories import StoryPageFactory
from tests.training.factories import TrainingIndexPageFactory, TrainingProgrammePageFactory
from training.models import TrainingProgrammePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

KADIKOY_TR, KADIKOY_EN = "Kadıköy Belediyesi", "Kadıköy Municipality"
WITHDRAWALS = ["unpublished", "private"]

#: Elements without an end tag (they never carry text).
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _TextLanguages(HTMLParser):
    """Each piece of text of a page with the `lang` in force there (the nearest element's)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.texts: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        inherited = self.stack[-1][1] if self.stack else ""
        self.stack.append((tag, dict(attrs).get("lang") or inherited))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text:
            self.texts.append((text, self.stack[-1][1] if self.stack else ""))


def languages_of(html: str, text: str) -> set[str]:
    """The languages (`lang` in force) of the places where `text` appears on the page."""
    parser = _TextLanguages()
    parser.feed(html)
    return {lang for piece, lang in parser.texts if text in piece}


def withdraw(page: Page, how: str) -> None:
    """Take this copy (only) out of public view: unpublish it, or make it private.

    portal.privacy copies a restriction to every translation, as the admin does; it is created
    here without signals so that only this copy is private (data from before that rule, or a
    restriction added outside the admin), which the language rule must handle too.
    """
    if how == "unpublished":
        page.unpublish()
    else:
        PageViewRestriction.objects.bulk_create(
            [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
        )


def make_private(page: Page) -> None:
    """Wagtail privacy as the admin sets it (portal.privacy mirrors it to every translation)."""
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def assert_turkish_fallback(html: str, page: Page, turkish: str, english: str) -> None:
    """The page shows `turkish` marked lang="tr" (linked to `page` when it is a page), never
    `english`."""
    assert languages_of(html, turkish) == {"tr"}, languages_of(html, turkish)
    assert english not in html
    if isinstance(page, Page):
        assert f'href="{page.url}"' in html


def english_kadikoy(tree: SiteTree) -> MunicipalityPage:
    return tree.english_of(tree.kadikoy)


# --- News, events, reports, stories ---------------------------------------------------------


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_news_page_links_the_turkish_municipality(client: Client, news: NewsSite, how: str) -> None:
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=news.tree.kadikoy)])
    english_item = news.translate(item, "Crèche news")
    withdraw(english_kadikoy(news.tree), how)

    html = html_of(client, english_item)

    assert_turkish_fallback(html, news.tree.kadikoy, KADIKOY_TR, KADIKOY_EN)


def programme_with_english(tree: SiteTree) -> TrainingProgrammePage:
    index = TrainingIndexPageFactory(parent=tree.home)
    publish_translation(index, tree.english, {"title": "Training", "slug": "training"})
    programme = TrainingProgrammePageFactory(parent=index, title="Toplumsal cinsiyet bütçelemesi")
    publish_translation(
        programme, tree.english, {"title": "Gender budgeting", "slug": "gender-budgeting"}
    )
    return programme


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_event_page_links_the_turkish_municipality_and_programme(
    client: Client, events: EventSite, how: str
) -> None:
    tree = events.tree
    programme = programme_with_english(tree)
    event = events.publish(
        related_municipalities=[EventMunicipality(municipality=tree.kadikoy)],
        related_programmes=[EventProgramme(programme=programme)],
    )
    english_event = events.translate(event, "Opening meeting")
    withdraw(english_kadikoy(tree), how)
    withdraw(tree.english_of(programme), how)

    html = html_of(client, english_event)

    assert_turkish_fallback(html, tree.kadikoy, KADIKOY_TR, KADIKOY_EN)
    assert_turkish_fallback(html, programme, programme.title, "Gender budgeting")


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_report_page_links_the_turkish_municipality(
    client: Client, site_tree: SiteTree, how: str
) -> None:
    index = ReportIndexPageFactory(parent=site_tree.home)
    publish_translation(index, site_tree.english, {"title": "Reports", "slug": "reports"})
    report = ReportPageFactory(
        parent=index, covered_municipalities=[ReportMunicipality(municipality=site_tree.kadikoy)]
    )
    english_report = publish_translation(
        report, site_tree.english, {"title": "Progress report", "slug": "progress-report"}
    )
    # A period with no English copy (the report's period link is translated): shown in Turkish.
    english_report.period = MonitoringPeriodFactory(name="Birinci dönem")
    english_report.save_revision().publish()
    withdraw(english_kadikoy(site_tree), how)

    html = html_of(client, english_report)

    assert_turkish_fallback(html, site_tree.kadikoy, KADIKOY_TR, KADIKOY_EN)
    assert languages_of(html, "Birinci dönem") == {"tr"}


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_story_page_and_index_show_the_turkish_municipality(
    client: Client, site_tree: SiteTree, story_index: Any, how: str
) -> None:
    area = area_with_english("A7", "Kadın istihdamı", "Women's employment", site_tree.english)
    story = StoryPageFactory(parent=story_index, municipality=site_tree.kadikoy, area=area)
    english_story = translate_story(story, site_tree.english)
    withdraw(english_kadikoy(site_tree), how)

    html = html_of(client, english_story)
    assert_turkish_fallback(html, site_tree.kadikoy, KADIKOY_TR, KADIKOY_EN)
    assert languages_of(html, "Women's employment") == {"en"}  # the area's English copy

    index_html = html_of(client, english_story.get_parent())
    assert languages_of(index_html, KADIKOY_TR) == {"tr"}  # the card and the filter option
    assert KADIKOY_EN not in index_html


# --- Plans, actions, assessments, indicators (templates/plans, templates/indicators) --------


def translate_monitoring(monitoring: Monitoring) -> dict[str, Page]:
    """English copies of the plan, its first action (linked to the indicator), the indicator and
    the approved assessment, all published."""
    english = monitoring.tree.english
    action = monitoring.actions[0]
    action.indicator_links = [ActionIndicator(indicator=monitoring.indicator)]
    action.save_revision().publish()
    indicator_index = monitoring.indicator.get_parent()
    publish_translation(indicator_index, english, {"title": "Indicators", "slug": "indicators"})
    return {
        "plan": publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"}),
        "action": publish_translation(
            action, english, {"title": "More crèche places", "slug": "creche-places"}
        ),
        "indicator": publish_translation(
            monitoring.indicator, english, {"title": "Children in crèches", "slug": "creche"}
        ),
        "assessment": publish_translation(
            monitoring.assessments[0], english, {"title": "Assessment", "slug": "assessment"}
        ),
    }


@pytest.mark.parametrize("how", WITHDRAWALS)
@pytest.mark.parametrize("shown_on", ["action", "assessment"])
def test_action_and_assessment_pages_show_the_turkish_indicator(
    client: Client, monitoring: Monitoring, shown_on: str, how: str
) -> None:
    copies = translate_monitoring(monitoring)
    withdraw(copies["indicator"], how)

    html = html_of(client, copies[shown_on])

    assert languages_of(html, monitoring.indicator.title) == {"tr"}
    assert "Children in crèches" not in html
    if shown_on == "action":  # a link, beside the action's area (which has no English copy)
        assert f'href="{monitoring.indicator.url}"' in html
        assert languages_of(html, monitoring.area.name) == {"tr"}


def test_action_page_shows_no_indicator_that_is_public_in_neither_language(
    client: Client, monitoring: Monitoring
) -> None:
    copies = translate_monitoring(monitoring)
    make_private(monitoring.indicator)  # and so its English copy

    html = html_of(client, copies["action"])

    assert monitoring.indicator.title not in html
    assert "Children in crèches" not in html


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_plan_page_shows_the_turkish_action(
    client: Client, monitoring: Monitoring, how: str
) -> None:
    copies = translate_monitoring(monitoring)
    withdraw(copies["action"], how)

    html = html_of(client, copies["plan"])

    action = monitoring.actions[0]
    assert_turkish_fallback(html, action, action.title, "More crèche places")


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_indicator_page_names_the_turkish_municipality(
    client: Client, monitoring: Monitoring, how: str
) -> None:
    copies = translate_monitoring(monitoring)
    withdraw(english_kadikoy(monitoring.tree), how)

    html = html_of(client, copies["indicator"])

    # The series' heading links the Turkish page, marked; the chart's captions name it too.
    assert "tr" in languages_of(html, KADIKOY_TR)
    assert f'href="{monitoring.tree.kadikoy.url}"' in html
    assert KADIKOY_EN not in html


# --- Nothing public, nothing shown -------------------------------------------------------------


def test_a_private_municipality_is_linked_in_no_language(
    client: Client, news: NewsSite, events: EventSite
) -> None:
    tree = news.tree
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=tree.kadikoy)])
    english_item = news.translate(item, "Crèche news")
    event = events.publish(related_municipalities=[EventMunicipality(municipality=tree.kadikoy)])
    english_event = events.translate(event, "Opening meeting")
    make_private(tree.kadikoy)  # and so its English copy

    for page in (item, english_item, event, english_event):
        html = html_of(client, page)
        assert KADIKOY_TR not in html
        assert KADIKOY_EN not in html


def test_an_unpublished_municipality_is_linked_in_no_language(
    client: Client, news: NewsSite
) -> None:
    tree = news.tree
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=tree.kadikoy)])
    english_item = news.translate(item, "Crèche news")
    tree.kadikoy.unpublish()
    assert KADIKOY_TR not in html_of(client, item)
    assert languages_of(html_of(client, english_item), KADIKOY_EN) == {"en"}  # still public

    english_kadikoy(tree).unpublish()
    html = html_of(client, english_item)
    assert KADIKOY_TR not in html
    assert KADIKOY_EN not in html


# --- The API ------------------------------------------------------------------------------------


def municipality_refs(item: dict[str, Any]) -> list[tuple[int, str, str]]:
    return [(ref["id"], ref["locale"], ref["title"]) for ref in item["municipalities"]]


@pytest.mark.parametrize("how", WITHDRAWALS)
def test_api_lists_show_the_turkish_municipality(
    client: Client, monitoring: Monitoring, news: NewsSite, events: EventSite, how: str
) -> None:
    tree = monitoring.tree
    kadikoy = (tree.kadikoy.pk, "tr", KADIKOY_TR)
    translate_monitoring(monitoring)
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=tree.kadikoy)])
    news.translate(item, "Crèche news")
    event = events.publish(related_municipalities=[EventMunicipality(municipality=tree.kadikoy)])
    withdraw(english_kadikoy(tree), how)

    municipalities = get_json(client, "/api/v1/municipalities/?locale=en")["results"]
    assert (tree.kadikoy.pk, "tr", KADIKOY_TR) in [
        (row["id"], row["locale"], row["title"]) for row in municipalities
    ]
    # The English action (or, while it is private with its municipality, the Turkish one) is
    # referred to the Turkish municipality, whose tree path differs from the English one's.
    actions = get_json(client, "/api/v1/actions/?locale=en")["results"]
    action = next(
        row
        for row in actions
        if row["translation_key"] == str(monitoring.actions[0].translation_key)
    )
    municipality = action["municipality"]
    assert (municipality["id"], municipality["locale"], municipality["title"]) == kadikoy
    values = get_json(client, "/api/v1/indicator-values/?locale=en")["results"]
    assert {(v["municipality"]["id"], v["municipality"]["locale"]) for v in values} == {kadikoy[:2]}
    assert {v["indicator"]["title"] for v in values} == {"Children in crèches"}
    news_items = get_json(client, "/api/v1/news/?locale=en")["results"]
    assert [municipality_refs(row) for row in news_items] == [[kadikoy]]
    event_rows = get_json(client, "/api/v1/events/?locale=en")["results"]
    assert [(row["id"], municipality_refs(row)) for row in event_rows] == [(event.pk, [kadikoy])]


def test_api_lists_leave_out_a_municipality_public_in_no_language(
    client: Client, monitoring: Monitoring, news: NewsSite
) -> None:
    tree = monitoring.tree
    translate_monitoring(monitoring)
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=tree.kadikoy)])
    news.translate(item, "Crèche news")
    make_private(tree.kadikoy)

    for language in ("tr", "en"):
        rows = get_json(client, f"/api/v1/municipalities/?locale={language}")["results"]
        assert tree.kadikoy.translation_key not in {row["translation_key"] for row in rows}
        news_items = get_json(client, f"/api/v1/news/?locale={language}")["results"]
        assert [row["municipalities"] for row in news_items] == [[]]
