"""Script in every text field an editor or reporter can fill never comes out executable.

One page of every page type (and the snippets and inline rows they show) is filled field by field,
walking the models: plain text fields get markup that breaks out of elements and attributes, rich
text gets the same as the Draftail editor posts it (text and a `javascript:` link), StreamField
blocks get both, down to every struct child, list item and table cell. Values go through the form
field or block that the admin uses, so what a form refuses (a `javascript:` URL) never gets in.
Every public URL that shows them (pages, routes, search, feeds, CSV/XLSX/JSON, both APIs) is then
read back and parsed: no script element with the payload, no on* attribute, no `javascript:` link.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import pytest
from wagtail_factories import ImageFactory

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.test import Client

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page

from api.urls import ENDPOINTS as API_ENDPOINTS
from plans.models import ActionAssessment, IndicatorValue, OpenDataPage, PlanObjective
from plans.opendata import DATASETS, FORMATS
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.guide.factories import GuideChapterPageFactory, GuidePageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.plans.factories import (
    ActionPageFactory,
    AssessmentPageFactory,
    IndicatorIndexPageFactory,
    IndicatorPageFactory,
    MonitoringPeriodFactory,
    PlanPageFactory,
    ThematicAreaFactory,
)
from tests.portal.factories import StandardPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.site import SiteTree
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.training.factories import (
    DocumentFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
)

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("xss")</script>'
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
#: Starts with letters, so a JSON string holding it is plain text, not an HTML fragment.
PAYLOAD = f"XSS{SCRIPT}{ATTRIBUTE}"
JAVASCRIPT_URL = "javascript:alert(1)"
SAFE_URL = "https://example.org/"
#: Page fields an editor fills (the rest of Page's fields are the tree's and Wagtail's own).
PAGE_FIELDS = {"title", "seo_title", "search_description"}


# Filling -----------------------------------------------------------------------------------


def text_payload(max_length: int | None) -> str | None:
    """The longest payload the field holds; None when none fits (then nothing gets in)."""
    for candidate in (PAYLOAD, ATTRIBUTE):
        if max_length is None or len(candidate) <= max_length:
            return candidate
    return None


def editor_contentstate() -> str:
    """What Draftail posts for a paragraph holding the payload, linked to a javascript: URL."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "xss01",
                    "type": "unstyled",
                    "depth": 0,
                    "text": PAYLOAD,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 3, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": JAVASCRIPT_URL}}
            },
        }
    )


def rich_text_from_editor(widget: Any) -> str:
    """The database HTML the admin stores for editor_contentstate()."""
    return widget.value_from_datadict({"rich": editor_contentstate()}, {}, "rich")


class Media:
    """Objects that chooser blocks point to (their titles carry the payload too)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.document = DocumentFactory(title=PAYLOAD)
        self.image = ImageFactory(title=PAYLOAD, description=PAYLOAD)


def block_value(block: blocks.Block, media: Media) -> Any:
    """A raw (JSON-ready) value for the block with every text in it set to the payload; None
    for blocks left out (embeds need a provider on the network)."""
    if isinstance(block, EmbedBlock):
        return None
    if isinstance(block, blocks.StreamBlock):
        children = [(name, block_value(child, media)) for name, child in block.child_blocks.items()]
        return [{"type": name, "value": value} for name, value in children if value is not None]
    if isinstance(block, blocks.StructBlock):
        values = {name: block_value(child, media) for name, child in block.child_blocks.items()}
        return None if any(value is None for value in values.values()) else values
    if isinstance(block, blocks.ListBlock):
        item = block_value(block.child_block, media)
        return None if item is None else [item]
    if isinstance(block, TableBlock):
        return {
            "data": [[PAYLOAD, ATTRIBUTE], [ATTRIBUTE, PAYLOAD]],
            "table_caption": PAYLOAD,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
        }
    if isinstance(block, blocks.RichTextBlock):
        return rich_text_from_editor(block.field.widget)
    if isinstance(block, DocumentChooserBlock):
        return media.document.pk
    if isinstance(block, ImageChooserBlock):
        return media.image.pk
    if isinstance(block, blocks.PageChooserBlock):
        target = block.target_model
        page = target.objects.first() if target is not Page else media.page
        return page.pk
    if isinstance(block, blocks.URLBlock):
        with pytest.raises(ValidationError):
            block.clean(JAVASCRIPT_URL)
        return SAFE_URL
    if isinstance(block, blocks.ChoiceBlock):
        return block.get_default() or next(iter(block.field.choices))[0]
    if isinstance(block, blocks.BooleanBlock):
        return False
    if isinstance(block, (blocks.IntegerBlock, blocks.DecimalBlock, blocks.FloatBlock)):
        return 1
    if isinstance(block, blocks.DateBlock):
        return "2026-01-15"
    if isinstance(block, blocks.TimeBlock):
        return "10:00"
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        value = text_payload(block.field.max_length)
        return block.get_prep_value(block.clean(value))
    raise AssertionError(f"test_xss does not know how to fill {type(block).__name__}")


def fill(instance: models.Model, media: Media) -> list[str]:
    """Set every editable text field of the instance as the admin would store the payload;
    returns the names filled."""
    filled = []
    for field in instance._meta.concrete_fields:
        if isinstance(instance, Page) and field.model is Page and field.name not in PAGE_FIELDS:
            continue
        if not field.editable or field.choices or isinstance(field, models.EmailField):
            continue
        if isinstance(field, StreamField):
            setattr(instance, field.name, block_value(field.stream_block, media))
        elif isinstance(field, RichTextField):
            setattr(instance, field.name, rich_text_from_editor(field.formfield().widget))
        elif isinstance(field, models.URLField):
            with pytest.raises(ValidationError):
                field.formfield().clean(JAVASCRIPT_URL)
            continue
        elif isinstance(field, (models.CharField, models.TextField)):
            value = text_payload(field.max_length)
            try:
                value = field.formfield().clean(value)
            except ValidationError:
                continue  # the form refuses it (e.g. a code's pattern), so it never gets in
            setattr(instance, field.name, value)
        else:
            continue
        filled.append(field.name)
    return filled


def publish(page: Page, media: Media) -> Page:
    """Fill the page and publish it through a revision."""
    assert fill(page, media), f"nothing to fill on {type(page).__name__}"
    page.slug = page.slug or "xss"
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


# Checking ----------------------------------------------------------------------------------


class ExecutableFinder(HTMLParser):
    """Collects executable forms of the payload in an HTML document or fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on") and "alert" in value:
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in {"href", "src", "action", "formaction", "xlink:href"} and (
                value.casefold().startswith("javascript:")
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and 'alert("xss")' in data:
            self.found.append(f"<script>{data.strip()[:60]}</script>")


def executable_forms(html: str) -> list[str]:
    finder = ExecutableFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def feed_html(text: str) -> Iterator[tuple[str, str]]:
    """(tag, text) of every feed element a reader shows as HTML: in RSS every description (its
    titles are plain text, escaped once, as feed parsers read them: tests/news/test_feeds.py), in
    Atom the elements marked type="html" (the others are plain text)."""
    root = ET.fromstring(text)  # noqa: S314 - our own response
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if not element.text:
            continue
        in_rss = root.tag == "rss" and tag == "description"
        if in_rss or element.get("type") == "html":
            yield tag, element.text


def problems(url: str, response: HttpResponse) -> list[str]:
    """What in the response would run the payload in a browser or reader."""
    content_type = response.get("Content-Type", "")
    text = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    ).decode("utf-8-sig", errors="replace")
    if "html" in content_type:
        return executable_forms(text)
    if "json" in content_type:
        # Plain text is plain JSON text; HTML fragments (rich text) must be clean.
        fragments = [s for s in json_strings(json.loads(text)) if s.lstrip().startswith("<")]
        return [form for fragment in fragments for form in executable_forms(fragment)]
    if "xml" in content_type and ("rss" in url or "atom" in url):
        return [
            f"{tag}: {form}" for tag, value in feed_html(text) for form in executable_forms(value)
        ]
    assert response.get("X-Content-Type-Options") == "nosniff", url
    return []


# The test ----------------------------------------------------------------------------------


@pytest.fixture
def filled_site(site_tree: SiteTree) -> list[str]:
    """One page of every type, filled with the payload and published; the URLs to read."""
    home, kadikoy = site_tree.home, site_tree.kadikoy
    media = Media(home)
    area = ThematicAreaFactory(code="X1")
    fill(area, media)
    area.save()
    period = MonitoringPeriodFactory(name="Dönem", start_date=date(2025, 1, 1))
    fill(period, media)
    period.save()

    publish(home, media)
    publish(kadikoy, media)
    standard = publish(StandardPageFactory(parent=home), media)
    plan = PlanPageFactory(parent=kadikoy)
    PlanObjective.objects.create(page=plan, code="1", title="Hedef", area=area)
    for objective in plan.objectives.all():
        fill(objective, media)
        objective.save()
    plan = publish(plan, media)
    action = publish(ActionPageFactory(parent=plan, area=area), media)
    indicator_index = publish(IndicatorIndexPageFactory(parent=home), media)
    indicator = publish(IndicatorPageFactory(parent=indicator_index), media)
    row = ActionAssessment(action=action, status="completed", progress=100)
    value = IndicatorValue(
        indicator=indicator, date=date(2025, 6, 30), disaggregation="total", value=Decimal("30")
    )
    fill(row, media)
    fill(value, media)
    assessment = AssessmentPageFactory(
        parent=plan, period=period, action_rows=[row], indicator_values=[value]
    )
    assessment = publish(assessment, media)
    report_index = publish(ReportIndexPageFactory(parent=home), media)
    report = publish(ReportPageFactory(parent=report_index), media)
    story_index = publish(StoryIndexPageFactory(parent=home), media)
    story = publish(StoryPageFactory(parent=story_index), media)
    news_index = publish(NewsIndexPageFactory(parent=home), media)
    news = publish(NewsPageFactory(parent=news_index), media)
    guide = publish(GuidePageFactory(parent=home), media)
    chapter = publish(GuideChapterPageFactory(parent=guide), media)
    training_index = publish(TrainingIndexPageFactory(parent=home), media)
    programme = publish(TrainingProgrammePageFactory(parent=training_index), media)
    module = publish(TrainingModulePageFactory(parent=programme), media)
    event_index = publish(EventIndexPageFactory(parent=home), media)
    event = publish(EventPageFactory(parent=event_index), media)
    open_data = home.add_child(instance=OpenDataPage(title="Açık veri", slug="acik-veri"))
    open_data = publish(open_data, media)

    pages = [
        home,
        site_tree.index,
        kadikoy,
        standard,
        plan,
        action,
        assessment,
        indicator_index,
        indicator,
        report_index,
        report,
        story_index,
        story,
        news_index,
        news,
        guide,
        chapter,
        training_index,
        programme,
        module,
        event_index,
        event,
        open_data,
    ]
    urls = [page.url for page in pages]
    urls += [
        indicator.url + indicator.reverse_subpage("csv"),
        indicator.url + indicator.reverse_subpage("comparison") + f"?donem={period.pk}",
        indicator.url + indicator.reverse_subpage("embed", args=[kadikoy.slug]),
        news_index.url + news_index.reverse_subpage("rss"),
        news_index.url + news_index.reverse_subpage("atom"),
        event.url + event.reverse_subpage("ics"),
        event_index.url + event_index.reverse_subpage("ical"),
        guide.url + guide.reverse_subpage("full"),
        kadikoy.url + kadikoy.reverse_subpage("report", args=[period.pk]),
        open_data.url + open_data.reverse_subpage("dictionary"),
        "/tr/ara/?q=XSS",
        "/api/v2/pages/?fields=*",
        *(f"/api/v2/pages/{page.pk}/" for page in pages),
    ]
    for table in DATASETS:
        for fmt in FORMATS:
            urls.append(open_data.url + open_data.reverse_subpage("download", args=[table, fmt]))
    for endpoint, _viewset, _basename in API_ENDPOINTS:
        urls.append(f"/api/v1/{endpoint}/")
    return urls


def test_no_field_an_editor_fills_comes_out_executable(
    filled_site: list[str], client: Client
) -> None:
    found = {}
    for url in filled_site:
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        if forms := problems(url, response):
            found[url] = forms
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)


def test_the_payload_is_shown_as_text(filled_site: list[str], client: Client) -> None:
    """The checks above read real content: the escaped payload is on the pages."""
    html = client.get(filled_site[3]).content.decode()
    assert "XSS&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html
