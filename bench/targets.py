"""The URLs the bench measures, picked from the bench database (import after django.setup()).

Pages of a synthetic municipality (generate_scale) are preferred, so they carry national-scale
data; the demo site's pages are the fallback.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from django.db.models import Count
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

from indicators.models import IndicatorPage
from plans.models import ActionPage, MunicipalityPage, PlanPage
from portal.locales import default_locale
from portal.models import StandardPage

#: The main list endpoints of /api/v1/ (api/urls.py).
API_ENDPOINTS = ("municipalities", "plans", "actions", "indicators", "indicator-values")


@dataclass(frozen=True)
class Target:
    """One measured URL: a short name, its path and what it shows."""

    name: str
    path: str
    note: str = ""

    @property
    def file_name(self) -> str:
        """Name of the static copy of its body in /__bench_static/."""
        suffix = ".json" if self.path.startswith("/api/") else ".html"
        return self.name.replace("/", "-") + suffix


def page_path(page: Page) -> str:
    """A page's path on the site (Wagtail may return an absolute URL)."""
    return urlsplit(page.get_url()).path


def synthetic_lookup() -> dict[str, Any]:
    """Lookup selecting generate_scale's municipalities (demo.synthetic.SLUG_PREFIX); empty, so
    any municipality, while that module does not exist."""
    try:
        synthetic = importlib.import_module("demo.synthetic")
    except ImportError:
        return {}
    prefix = getattr(synthetic, "SLUG_PREFIX", None)
    return {"slug__startswith": prefix} if prefix else {}


def pick_municipality() -> tuple[MunicipalityPage, PlanPage]:
    """A live municipality with a live plan that has actions, synthetic when there are any."""
    municipalities = MunicipalityPage.objects.for_public().filter(locale=default_locale())
    for lookup in (synthetic_lookup(), {}):
        for municipality in municipalities.filter(**lookup).order_by("path")[:50]:
            for plan in PlanPage.objects.child_of(municipality).for_public().order_by("path"):
                if ActionPage.objects.child_of(plan).for_public().exists():
                    return municipality, plan
    raise SystemExit("No live municipality with a plan and actions in the bench database.")


def pick_indicator() -> IndicatorPage:
    """The live indicator (source language) with the most values; ties by tree order."""
    indicator = (
        IndicatorPage.objects.for_public()
        .filter(locale=default_locale())
        .annotate(value_count=Count("values"))
        .order_by("-value_count", "path")
        .first()
    )
    if indicator is None:
        raise SystemExit("No live indicator in the bench database.")
    return indicator


def pick_standard_page() -> StandardPage:
    """A live, public StandardPage in the source language: the plain-page baseline."""
    pages = StandardPage.objects.for_public().filter(locale=default_locale())
    page = pages.order_by("path").first()
    if page is None:
        raise SystemExit("No live StandardPage in the bench database.")
    return page


def pick_targets() -> list[Target]:
    """Every URL to measure, in table order."""
    municipality, plan = pick_municipality()
    action = ActionPage.objects.child_of(plan).for_public().order_by("path").first()
    indicator = pick_indicator()
    word = municipality.title.split()[0]
    comparison = indicator.reverse_subpage("comparison")  # in the indicator's (Turkish) words
    with translation.override("tr"):
        search = reverse("search")
    pages = [
        Target("home", "/tr/"),
        Target("municipality", page_path(municipality), municipality.title),
        Target("plan", page_path(plan), plan.title),
        Target("action", page_path(action), action.title),
        Target("indicator", page_path(indicator), indicator.title),
        Target("comparison", page_path(indicator) + comparison, indicator.title),
        Target("search", f"{search}?q={quote(word)}", f"q={word}"),
        Target("standard", page_path(pick_standard_page()), "StandardPage"),
    ]
    api = [Target(f"api/{name}", f"/api/v1/{name}/") for name in API_ENDPOINTS]
    return pages + api
