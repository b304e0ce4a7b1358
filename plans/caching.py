"""What else to purge from the front cache when monitoring pages change (see portal.caching).

An assessment's data shows far from its own page: on every action of its plan (the action's
history), on the indicators it reports (their series, comparison, CSV and this municipality's
embed), in the municipality's period reports, in the open-data files and in the API lists
filtered by the municipality. Its ancestors (plan, municipality, index, home) are purged by
portal.caching for every page.
"""

from __future__ import annotations

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from plans.models import ActionPage, AssessmentPage, IndicatorValue, MonitoringPeriod, OpenDataPage
from plans.opendata import DATASETS, FORMATS
from portal.caching import site_urls, translations_of
from portal.routes import route_urls

#: API lists that take ?municipality=<slug> and show assessment data.
MUNICIPALITY_FILTERED_LISTS = ("plans", "actions", "assessments", "indicator-values")


def add_assessment_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: the URLs an assessment's data reaches, each
    page's routes in its own language's words (portal.routes)."""
    if not isinstance(page, AssessmentPage):
        return
    plan = page.get_parent()
    municipality = plan.get_parent()
    towns = [town for town in translations_of([municipality]) if town.live]
    slugs = sorted({town.slug for town in towns})

    batch.add_pages(translations_of(ActionPage.objects.child_of(plan)))

    indicator_ids = IndicatorValue.objects.filter(assessment=page).values("indicator_id")
    for indicator in translations_of(Page.objects.filter(pk__in=indicator_ids)):
        batch.add_page(indicator)
        if indicator.live:
            embeds = [{"municipality": slug} for slug in slugs]
            batch.add_urls(route_urls([indicator], "embed", embeds, batch))

    # A report answers under the id of any language's copy of its period: purge them all.
    periods = MonitoringPeriod.objects.filter(
        translation_key__in=MonitoringPeriod.objects.filter(pk=page.period_id).values(
            "translation_key"
        )
    )
    reports = [{"period_id": period_id} for period_id in periods.values_list("pk", flat=True)]
    for route in ("report", "report_pdf"):
        batch.add_urls(route_urls(towns, route, reports, batch))

    files = [
        {"municipality": slug, "table": table, "fmt": fmt}
        for slug in slugs
        for table in DATASETS
        for fmt in FORMATS
    ]
    for open_data in OpenDataPage.objects.live():
        batch.add_page(open_data)
        batch.add_urls(route_urls([open_data], "download_municipality", files, batch))

    lists = MUNICIPALITY_FILTERED_LISTS
    batch.add_urls(site_urls(f"/api/v1/{p}/?municipality={slug}" for p in lists for slug in slugs))
