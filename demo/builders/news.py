"""Builds the demo news (demo.content.news): the index and its sample items, in both languages,
each with an illustration (demo.builders.media) and its alternative text."""

from __future__ import annotations

from functools import partial
from typing import Any

from demo.content.news import INDEX, NEWS, DemoNews
from news.models import NewsIndexPage, NewsMunicipality, NewsPage
from portal.models import HomePage

from . import media
from .links import municipalities, municipality_links
from .publishing import Publisher, page_values


def news_values(item: DemoNews, language: str) -> dict[str, Any]:
    """An item's text fields in one language, with its illustration's alternative text."""
    return {
        **page_values(item.text, language),
        "lead_image_alt": getattr(media.alt_text(item.text.title), language),
    }


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the news index under home and its sample items."""
    index = publisher.text_page(home, NewsIndexPage, INDEX, show_in_menus=True, is_sample_data=True)
    everywhere = municipalities(home)
    for item in NEWS:
        publisher.child(
            index,
            NewsPage,
            partial(news_values, item),
            lead_image=media.illustration(item.text.key, item.text.title, publisher.stdout),
            kind=item.kind,
            date=item.date,
            is_sample_data=True,
            related_municipalities=municipality_links(
                NewsMunicipality, everywhere, linked=item.all_municipalities
            ),
        )
