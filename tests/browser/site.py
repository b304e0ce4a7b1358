"""The site the browser tests visit: the demo content, built once per test session.

The live server reads committed data, so the content is built outside any test transaction; the
database as the other tests left it is saved first and put back afterwards (the way Django's
serialized rollback does), so the tests that run after these see the session's site tree again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from io import StringIO

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.builders.monitoring import MonitoringDemoBuilder
from demo.builders.site import DemoSiteBuilder
from events.models import EventIndexPage, EventPage
from guide.models import GuideChapterPage, GuidePage
from indicators.models import IndicatorIndexPage, IndicatorPage
from news.models import NewsIndexPage, NewsPage
from plans.models import (
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MunicipalityIndexPage,
    MunicipalityPage,
    OpenDataPage,
    PlanPage,
)
from portal.models import HomePage, StandardPage
from reports.models import ReportIndexPage, ReportPage
from results.models import ProjectResultsPage
from stories.models import StoryIndexPage, StoryPage
from training.models import TrainingIndexPage, TrainingModulePage, TrainingProgrammePage

ADMIN_PASSWORD = "browser-admin-2026"
USER_PASSWORD = "browser-user-2026"
MUNICIPALITY = "kadikoy"
LANGUAGES = ("tr", "en")
PAGE_KINDS = (
    "home",
    "standard",
    "municipality-index",
    "municipality",
    "municipality-report",
    "plan",
    "action",
    "assessment",
    "indicator-index",
    "indicator",
    "comparison",
    "embed",
    "search",
    "news-index",
    "news",
    "story-index",
    "story",
    "report-index",
    "report",
    "guide",
    "guide-chapter",
    "guide-full",
    "training-index",
    "training-programme",
    "training-module",
    "event-index",
    "event",
    "open-data",
    "open-data-dictionary",
    "project-results",
    "login",
    "not-found",
)


class BrowserDemoBuilder(DemoSiteBuilder):
    """The demo site with one sample plan, Kadıköy's (the reporter's municipality), instead of
    the first municipality's: `setup_demo --plans 1` would plan Ankara's."""

    def monitoring(self, home: HomePage, index: Page) -> None:
        users = get_user_model().objects.in_bulk(
            ["heyet", "editor", "kadikoy-raportor"], field_name="username"
        )
        builder = MonitoringDemoBuilder(
            self.stdout,
            self.turkish,
            self.english,
            board=users["heyet"],
            submitters={MUNICIPALITY: users["kadikoy-raportor"]},
            default_submitter=users["editor"],
        )
        builder.build(home, index, plan_limit=0)
        builder.plan(MunicipalityPage.objects.child_of(index).get(slug=MUNICIPALITY).specific)


def build_site() -> None:
    """Replace the site tree by the demo site; Kadıköy's draft assessment is left a plain draft
    (the demo submits it to the board) so that the reporter's journey can submit it."""
    Page.objects.filter(depth=2).delete()
    builder = BrowserDemoBuilder(StringIO(), ADMIN_PASSWORD, USER_PASSWORD)
    # DemoSiteBuilder.build() but for its last step, indexing references, which no test reads.
    with (
        disable_reference_index_auto_update(),
        override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
    ):
        builder.build_content()
    draft = draft_assessment()
    draft.current_workflow_state.cancel(user=get_user_model().objects.get(username="editor"))


def draft_assessment() -> AssessmentPage:
    """Kadıköy's assessment that the board has not approved yet."""
    return AssessmentPage.objects.get(
        locale__language_code="tr", live=False, url_path__contains=f"/{MUNICIPALITY}/"
    )


@contextmanager
def replacing_database() -> Iterator[None]:
    """Save every row, run the block, then empty the database and put the rows back."""
    saved = connection.creation.serialize_db_to_string()
    try:
        yield
    finally:
        call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True)
        connection.creation.deserialize_db_from_string(saved)
        reset_sequences()


def reset_sequences() -> None:
    """Move the id sequences past the restored rows (PostgreSQL; SQLite needs nothing): rows come
    back with their ids, and the next insert of a later test must not reuse one."""
    models = apps.get_models(include_auto_created=True)
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def _first(model: type[Page], **filters: object) -> Page:
    turkish = Locale.objects.get(language_code="tr")
    return model.objects.live().filter(locale=turkish, **filters).order_by("path").first()


def _both(page: Page, route: str = "", *args: object) -> dict[str, str]:
    """The page (or its `route`, in each language's words) in Turkish and English."""
    english = page.get_translation(Locale.objects.get(language_code="en")).specific
    if not route:
        return {"tr": page.url, "en": english.url}
    return {
        "tr": page.url + page.specific.reverse_subpage(route, args),
        "en": english.url + english.reverse_subpage(route, args),
    }


def _route(name: str) -> dict[str, str]:
    urls = {}
    for language in LANGUAGES:
        with translation.override(language):
            urls[language] = reverse(name)
    return urls


def page_kinds() -> dict[str, dict[str, str]]:
    """One page of every public kind (PAGE_KINDS): its address in each language."""
    kadikoy = _first(MunicipalityPage, slug=MUNICIPALITY)
    plan = _first(PlanPage, path__startswith=kadikoy.path)
    charted = IndicatorValue.objects.for_public().values("indicator")
    indicator = _first(IndicatorPage, pk__in=charted)
    period = _first(AssessmentPage, path__startswith=plan.path).specific.period
    kinds = {
        "home": _both(_first(HomePage)),
        "standard": _both(_first(StandardPage)),
        "municipality-index": _both(_first(MunicipalityIndexPage)),
        "municipality": _both(kadikoy),
        "municipality-report": _both(kadikoy, "report", period.pk),
        "plan": _both(plan),
        "action": _both(_first(ActionPage, path__startswith=plan.path)),
        "assessment": _both(_first(AssessmentPage, path__startswith=plan.path)),
        "indicator-index": _both(_first(IndicatorIndexPage)),
        "indicator": _both(indicator),
        "comparison": _both(indicator, "comparison"),
        "embed": _both(indicator, "embed", MUNICIPALITY),
        "search": {language: url + "?q=kre%C5%9F" for language, url in _route("search").items()},
        "news-index": _both(_first(NewsIndexPage)),
        "news": _both(_first(NewsPage)),
        "story-index": _both(_first(StoryIndexPage)),
        "story": _both(_first(StoryPage)),
        "report-index": _both(_first(ReportIndexPage)),
        "report": _both(_first(ReportPage)),
        "guide": _both(_first(GuidePage)),
        "guide-chapter": _both(_first(GuideChapterPage)),
        "guide-full": _both(_first(GuidePage), "full"),
        "training-index": _both(_first(TrainingIndexPage)),
        "training-programme": _both(_first(TrainingProgrammePage)),
        "training-module": _both(_first(TrainingModulePage, view_restrictions__isnull=True)),
        "event-index": _both(_first(EventIndexPage)),
        "event": _both(_first(EventPage)),
        "open-data": _both(_first(OpenDataPage)),
        "open-data-dictionary": _both(_first(OpenDataPage), "dictionary"),
        "project-results": _both(_first(ProjectResultsPage)),
        "login": _route("wagtailcore_login"),
        "not-found": {language: f"/{language}/bu-sayfa-yok/" for language in LANGUAGES},
    }
    assert tuple(kinds) == PAGE_KINDS
    return kinds
