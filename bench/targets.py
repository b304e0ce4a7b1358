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

from indicators.models import IndicatorPage, Measure
from plans.models import ActionPage, AssessmentPage, MunicipalityPage, PlanPage
from portal.locales import default_locale
from portal.models import StandardPage

#: Kinds of measured URL: a public page, an /api/v1/ list (both also through the front cache),
#: an admin screen (uncached only, with a logged-in editor's or board member's session), and an
#: admin screen measured as a reference only (Wagtail's plainest edit form: what any admin screen
#: costs before our data; not one of the targets).
PAGE, API, ADMIN, ADMIN_REFERENCE = "page", "api", "admin", "admin-reference"


@dataclass(frozen=True)
class Target:
    """One measured URL: a short name, its path, what it shows, its kind and, for an admin
    screen, the user whose session requests it."""

    name: str
    path: str
    note: str = ""
    kind: str = PAGE
    user: str = ""

    @property
    def cached(self) -> bool:
        """Whether it is measured through the front cache too (admin screens never are)."""
        return self.kind not in {ADMIN, ADMIN_REFERENCE}

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


def first_public(model: type[Page], **lookup: Any) -> Page | None:
    """The first live, public page of the model in the source language, in tree order."""
    pages = model.objects.for_public().filter(locale=default_locale(), **lookup)
    return pages.order_by("path").first()


def public_page_targets() -> list[Target]:
    """One Target per public page kind of the site's sections (those the demo site has)."""
    from news.models import NewsIndexPage
    from plans.models import MunicipalityIndexPage, OpenDataPage
    from reports.models import ReportIndexPage
    from results.models import ProjectResultsPage

    targets = []
    for name, model in (
        ("municipality-index", MunicipalityIndexPage),
        ("news-index", NewsIndexPage),
        ("report-index", ReportIndexPage),
        ("results", ProjectResultsPage),
        ("open-data", OpenDataPage),
    ):
        page = first_public(model)
        if page is not None:
            targets.append(Target(name, page_path(page), model._meta.object_name or ""))
            if isinstance(page, OpenDataPage):
                for route in ("catalogue", "changelog"):
                    path = page_path(page) + page.reverse_subpage(route)
                    targets.append(Target(f"open-data/{route}", path, "OpenDataPage"))
    return targets


def pick_assessment(plan: PlanPage) -> AssessmentPage:
    """The plan's latest live, public assessment (the plan's monitoring so far)."""
    assessment = (
        AssessmentPage.objects.child_of(plan).for_public().order_by("-period__start_date").first()
    )
    if assessment is None:
        raise SystemExit(f"No live assessment under {plan.title} in the bench database.")
    return assessment


def pick_count_indicator() -> IndicatorPage | None:
    """A live count indicator (source language) with values, for the per-capita comparison."""
    return (
        IndicatorPage.objects.for_public()
        .filter(locale=default_locale(), measure=Measure.COUNT, values__isnull=False)
        .order_by("path")
        .first()
    )


def pick_targets() -> list[Target]:
    """Every URL to measure, in table order: public pages, /api/v1/ lists, admin screens."""
    municipality, plan = pick_municipality()
    action = ActionPage.objects.child_of(plan).for_public().order_by("path").first()
    assessment = pick_assessment(plan)
    indicator = pick_indicator()
    word = municipality.title.split()[0]
    comparison = indicator.reverse_subpage("comparison")  # in the indicator's (Turkish) words
    report = municipality.reverse_subpage("report", kwargs={"period_id": assessment.period_id})
    with translation.override("tr"):
        search = reverse("search")
    pages = [
        Target("home", "/tr/"),
        Target("municipality", page_path(municipality), municipality.title),
        Target("plan", page_path(plan), plan.title),
        Target("action", page_path(action), action.title),
        Target("assessment", page_path(assessment), assessment.title),
        Target("period-report", page_path(municipality) + report, municipality.title),
        Target("indicator", page_path(indicator), indicator.title),
        Target("comparison", page_path(indicator) + comparison, indicator.title),
    ]
    count = pick_count_indicator()
    if count is not None:
        per_capita = f"{count.reverse_subpage('comparison')}?olcu=100-bin-kisi-basina"
        pages.append(Target("comparison/per-capita", page_path(count) + per_capita, count.title))
    pages += [
        *public_page_targets(),
        Target("search", f"{search}?q={quote(word)}", f"q={word}"),
        Target("standard", page_path(pick_standard_page()), "StandardPage"),
    ]
    api = [Target(f"api/{name}", f"/api/v1/{name}/", kind=API) for name in api_endpoints()]
    return pages + api + admin_targets(municipality, assessment)


def api_endpoints() -> list[str]:
    """Every list endpoint of /api/v1/ (api.urls.ENDPOINTS), in its order."""
    from api.urls import ENDPOINTS

    return [prefix for prefix, _viewset, _basename in ENDPOINTS]


#: Who opens the admin screens: the demo's editor and Monitoring Board member (demo.content).
EDITOR, BOARD_MEMBER = "editor", "heyet"


def admin_targets(municipality: MunicipalityPage, assessment: AssessmentPage) -> list[Target]:
    """The admin screens people wait on at national scale: the page explorer of the
    municipality index (1,400 children), the edit form of an assessment of a plan with many
    actions, and the board member's dashboard with the reviews waiting for them; and, as the
    reference they are read against, the edit form of the plain StandardPage."""
    index = municipality.get_parent()
    standard = pick_standard_page()
    return [
        Target("admin/explorer", f"/admin/pages/{index.pk}/", index.title, ADMIN, EDITOR),
        Target(
            "admin/assessment-edit",
            f"/admin/pages/{assessment.pk}/edit/",
            f"{assessment.title} ({ActionPage.objects.child_of(assessment.get_parent()).count()} "
            "actions)",
            ADMIN,
            EDITOR,
        ),
        Target("admin/dashboard", "/admin/", "board member's dashboard", ADMIN, BOARD_MEMBER),
        Target(
            "admin/standard-edit",
            f"/admin/pages/{standard.pk}/edit/",
            "reference: Wagtail's plainest edit form (StandardPage)",
            ADMIN_REFERENCE,
            EDITOR,
        ),
    ]


def report_pdf_path() -> str:
    """The generated period report PDF of the measured municipality's latest assessment."""
    municipality, plan = pick_municipality()
    assessment = pick_assessment(plan)
    route = municipality.reverse_subpage("report_pdf", kwargs={"period_id": assessment.period_id})
    return page_path(municipality) + route
