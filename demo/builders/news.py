"""Builds the demo news (demo.content.news): the index and its sample items, in both languages."""

from __future__ import annotations

from demo.content.news import INDEX, NEWS
from news.models import NewsIndexPage, NewsMunicipality, NewsPage
from portal.models import HomePage

from .links import municipalities, municipality_links
from .publishing import Publisher


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the news index under home and its sample items."""
    index = publisher.text_page(home, NewsIndexPage, INDEX, show_in_menus=True, is_sample_data=True)
    everywhere = municipalities(home)
    for item in NEWS:
        publisher.text_page(
            index,
            NewsPage,
            item.text,
            kind=item.kind,
            date=item.date,
            is_sample_data=True,
            related_municipalities=municipality_links(
                NewsMunicipality, everywhere, linked=item.all_municipalities
            ),
        )
