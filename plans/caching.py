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

from plans.models import ActionPage, AssessmentPage, IndicatorValue, OpenDataPage
from plans.opendata import DATASETS, FORMATS
from portal.caching import add_page_routes, site_urls, translations_of

#: API lists that take ?municipality=<slug> and show assessment data.
MUNICIPALITY_FILTERED_LISTS = ("plans", "actions", "assessments", "indicator-values")


def add_assessment_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: the URLs an assessment's data reaches."""
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
        add_page_routes(batch, indicator, [f"gomme/{slug}/" for slug in slugs])

    for town in towns:
        add_page_routes(batch, town, [f"rapor/{page.period_id}/", f"rapor/{page.period_id}/pdf/"])

    files = [f"belediye/{slug}/{t}/{f}/" for slug in slugs for t in DATASETS for f in FORMATS]
    for open_data in OpenDataPage.objects.live():
        batch.add_page(open_data)
        add_page_routes(batch, open_data, files)

    lists = MUNICIPALITY_FILTERED_LISTS
    batch.add_urls(site_urls(f"/api/v1/{p}/?municipality={slug}" for p in lists for slug in slugs))
