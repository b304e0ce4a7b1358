"""Builds the project results page and the project's eight targets in both languages
(results.targets; the English texts through wagtail-localize, as a translator makes them)."""

from __future__ import annotations

from wagtail.models import Locale

from demo.content.results import RESULTS
from portal.models import HomePage
from portal.translation import translate
from results.models import ProjectResultsPage
from results.targets import english_values, ensure_default_targets

from .publishing import Publisher


def build(home: HomePage, publisher: Publisher) -> ProjectResultsPage:
    """Create (or complete) the targets, their translations and the results page (linked from
    the footer: kept out of the main menu). The page is not flagged as sample data itself: it
    says so whenever a figure counts sample content."""
    turkish = Locale.objects.get(pk=home.locale_id)
    for target, default in ensure_default_targets(turkish):
        translate(target, publisher.english, english_values(default))
    return publisher.text_page(home, ProjectResultsPage, RESULTS, show_in_menus=False)
