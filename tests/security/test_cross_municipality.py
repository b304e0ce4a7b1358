"""A municipality's reporters never see or touch another municipality's admin objects.

Kadıköy and Nilüfer each get a plan, an action, a published and a draft assessment (submitted to
the board's workflow, so with a task state and several revisions), a locked page, a document and
an image in the municipality's collection and a document in a private sub-collection. Every title
carries a marker (Kadıköy: KDK3X, Nilüfer: NLF7Q). Kadıköy's reporter then requests every admin URL
kind twice, once with Nilüfer's ids (denied, or a listing without Nilüfer's marker, in the page or
in the messages it leaves for the next page) and once with Kadıköy's own (allowed where reporters
may act), so each denial is specific, not a broken URL. The admin's numbers (the dashboard's page
count, search and chooser match counts) count Kadıköy's pages only.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from wagtail_factories import ImageFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.contrib.messages import get_messages
from django.db.models import Q
from django.http import HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.http import urlencode

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    Revision,
    TaskState,
)

from plans.models import ActionAssessment, ActionPage, AssessmentPage, MunicipalityPage, PlanPage
from tests.plans.factories import (
    ActionPageFactory,
    AssessmentPageFactory,
    MonitoringPeriodFactory,
    PlanPageFactory,
    ThematicAreaFactory,
)
from tests.scenarios.shared import ModuleTransaction
from tests.scenarios.site import SiteTree
from tests.training.factories import DocumentFactory

pytestmark = pytest.mark.django_db

OWN, OTHER = "KDK3X", "NLF7Q"
#: Where Wagtail sends a user who may not see something (the dashboard) or must log in first.
DENIAL_REDIRECTS = ("/admin/", "/admin/login/", "/tr/_util/login/", "/_util/login/")


@dataclass
class Side:
    """One municipality's objects; every title carries `marker`."""

    marker: str
    municipality: MunicipalityPage
    reporter: AbstractUser
    plan: PlanPage
    action: ActionPage
    published: AssessmentPage
    draft: AssessmentPage
    first_revision: Revision
    task_state: TaskState
    document: Any
    private_document: Any
    image: Any
    private_collection: Collection


def build_side(
    municipality: MunicipalityPage, reporter: AbstractUser, marker: str, periods: list[Any]
) -> Side:
    """A plan with an action, a published assessment and a draft in the board's workflow."""
    plan = PlanPageFactory(parent=municipality, title=f"{marker} YEEP", slug=f"yeep-{marker}")
    area = ThematicAreaFactory(code=f"T{marker}", name=f"{marker} alan")
    action = ActionPageFactory(parent=plan, title=f"{marker} eylem", area=area)
    action.save_revision(user=reporter, log_action=True).publish()
    published = AssessmentPageFactory(
        parent=plan,
        period=periods[0],
        title=f"{marker} onaylı değerlendirme",
        action_rows=[
            ActionAssessment(action=action, status="completed", progress=100, evidence=marker)
        ],
    )
    published.save_revision().publish()

    draft = AssessmentPageFactory(
        parent=plan, period=periods[1], title=f"{marker} taslak değerlendirme", live=False
    )
    first_revision = draft.save_revision(user=reporter, log_action=True)
    draft.title = f"{marker} taslak değerlendirme (ikinci sürüm)"
    draft.save_revision(user=reporter, log_action=True)
    draft.get_workflow().start(draft, reporter)
    draft.refresh_from_db()

    # A locked page, for the locked-pages report.
    ActionPage.objects.filter(pk=action.pk).update(
        locked=True, locked_by=reporter, locked_at=timezone.now()
    )

    collection = municipality.collection
    private_collection = collection.add_child(name=f"{marker} gizli kanıtlar")
    restriction = CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([municipality.reporters_group])
    return Side(
        marker=marker,
        municipality=municipality,
        reporter=reporter,
        plan=plan,
        action=action,
        published=published,
        draft=draft,
        first_revision=first_revision,
        task_state=draft.current_workflow_task_state,
        document=DocumentFactory(title=f"{marker} belge", collection=collection),
        private_document=DocumentFactory(
            title=f"{marker} gizli belge", collection=private_collection
        ),
        image=ImageFactory(title=f"{marker} görsel", collection=collection),
        private_collection=private_collection,
    )


@dataclass
class Scenario:
    """Kadıköy (the reporter's own municipality) and Nilüfer (another one)."""

    own: Side
    other: Side
    client: Client


def reporter_of(municipality: MunicipalityPage) -> AbstractUser:
    """A user in the municipality's reporters group."""
    user = get_user_model().objects.create_user(
        f"raportor-{municipality.slug}", password="x-secret-123"
    )
    user.groups.add(municipality.reporters_group)
    return user


def build_sides(site_tree: SiteTree) -> tuple[Side, Side]:
    """Kadıköy's and Nilüfer's objects."""
    periods = [
        MonitoringPeriodFactory(
            name="1. dönem", start_date=date(2025, 1, 1), end_date=date(2025, 6, 30)
        ),
        MonitoringPeriodFactory(
            name="2. dönem", start_date=date(2025, 7, 1), end_date=date(2025, 12, 31)
        ),
    ]
    kadikoy_reporter, nilufer_reporter = (
        reporter_of(municipality) for municipality in (site_tree.kadikoy, site_tree.nilufer)
    )
    own = build_side(site_tree.kadikoy, kadikoy_reporter, OWN, periods)
    other = build_side(site_tree.nilufer, nilufer_reporter, OTHER, periods)
    return own, other


@pytest.fixture(scope="module")
def shared_sides(module_transaction: ModuleTransaction) -> tuple[Side, Side]:
    """Both sides, built once for the module's tests (tests/scenarios/shared.py)."""
    return module_transaction.build(build_sides)


@pytest.fixture
def scenario(shared_sides: tuple[Side, Side], db: None) -> Scenario:
    """Both municipalities' objects, and a client logged in as Kadıköy's reporter."""
    own, other = copy.deepcopy(shared_sides)
    client = Client(HTTP_HOST="localhost")
    client.force_login(own.reporter)
    return Scenario(own, other, client)


# The table ----------------------------------------------------------------------------------


def page_url(name: str, page: str = "plan") -> Callable[[Side], str]:
    """reverse(name, args=[<the side's page id>])."""
    return lambda side: reverse(name, args=[getattr(side, page).pk])


def draft_url(name: str) -> Callable[[Side], str]:
    return page_url(name, "draft")


@dataclass(frozen=True)
class Case:
    """One admin URL kind.

    own: what Kadıköy's reporter gets with Kadıköy's ids: "ok" (200 and the marker where shown),
    "ok_no_marker" (200), "redirect" (any 302, e.g. a form that then redirects), or "denied"
    (reporters may not do this at all; the case still proves nobody's data leaks).
    listing: the URL lists many objects; with the other side it answers 200 without its marker.
    post: the request is a POST (a state change that must not happen for the other side).
    """

    name: str
    url: Callable[[Side], str]
    own: str = "ok"
    listing: bool = False
    post: bool = False
    data: Callable[[Side], dict[str, Any]] | None = None
    redirect: Callable[[Side], str] | None = None


def query(name: str, word: str) -> Callable[[Side], str]:
    """A listing URL searching for a word in both sides' titles (never the marker itself: the
    search box shows the query back)."""
    return lambda side: reverse(name) + "?" + urlencode({"q": word})


CASES: list[Case] = [
    # Pages: edit, preview, drafts, revisions, history, workflow.
    Case("wagtailadmin_pages:edit", draft_url("wagtailadmin_pages:edit")),
    Case(
        "wagtailadmin_pages:preview_on_edit",
        draft_url("wagtailadmin_pages:preview_on_edit"),
        own="ok_no_marker",  # nothing posted to preview yet; view_draft shows the draft
    ),
    Case("wagtailadmin_pages:view_draft", draft_url("wagtailadmin_pages:view_draft")),
    Case(
        "wagtailadmin_pages:revisions_index",
        draft_url("wagtailadmin_pages:revisions_index"),
        own="redirect",
        redirect=draft_url("wagtailadmin_pages:history"),  # the history, checked below
    ),
    Case(
        "wagtailadmin_pages:revisions_view",
        lambda s: reverse(
            "wagtailadmin_pages:revisions_view", args=[s.draft.pk, s.first_revision.pk]
        ),
    ),
    Case(
        "wagtailadmin_pages:revisions_compare",
        lambda s: reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[s.draft.pk, str(s.first_revision.pk), "latest"],
        ),
    ),
    Case(
        "wagtailadmin_pages:revisions_revert",
        lambda s: reverse(
            "wagtailadmin_pages:revisions_revert", args=[s.draft.pk, s.first_revision.pk]
        ),
    ),
    Case(
        "wagtailadmin_pages:revisions_unschedule",
        lambda s: reverse(
            "wagtailadmin_pages:revisions_unschedule", args=[s.draft.pk, s.first_revision.pk]
        ),
        own="denied",
    ),
    Case("wagtailadmin_pages:history", draft_url("wagtailadmin_pages:history")),
    Case(
        "wagtailadmin_pages:history_results",
        draft_url("wagtailadmin_pages:history_results"),
        own="ok_no_marker",
    ),
    Case("wagtailadmin_pages:workflow_history", draft_url("wagtailadmin_pages:workflow_history")),
    Case(
        "wagtailadmin_pages:workflow_history_detail",
        lambda s: reverse(
            "wagtailadmin_pages:workflow_history_detail",
            args=[s.draft.pk, s.task_state.workflow_state_id],
        ),
    ),
    Case("wagtailadmin_pages:usage", page_url("wagtailadmin_pages:usage")),
    # Page actions (reporters draft and submit; they do not move, copy, delete or publish).
    Case("wagtailadmin_pages:move", draft_url("wagtailadmin_pages:move")),
    Case(
        "wagtailadmin_pages:move_confirm",
        lambda s: reverse("wagtailadmin_pages:move_confirm", args=[s.draft.pk, s.plan.pk]),
    ),
    Case(
        "wagtailadmin_pages:set_page_position",
        draft_url("wagtailadmin_pages:set_page_position"),
        own="denied",
        post=True,
    ),
    # Wagtail lets a user who may change a page delete (so move) it while it is not live.
    Case("wagtailadmin_pages:copy", draft_url("wagtailadmin_pages:copy")),
    Case("wagtailadmin_pages:delete", draft_url("wagtailadmin_pages:delete")),
    Case(
        "wagtailadmin_pages:unpublish",
        page_url("wagtailadmin_pages:unpublish", "published"),
        own="denied",
    ),
    Case(
        "wagtailadmin_pages:convert_alias",
        draft_url("wagtailadmin_pages:convert_alias"),
        own="denied",
    ),
    Case(
        "wagtailadmin_pages:set_privacy", draft_url("wagtailadmin_pages:set_privacy"), own="denied"
    ),
    Case("wagtailadmin_pages:lock", draft_url("wagtailadmin_pages:lock"), own="denied", post=True),
    Case(
        "wagtailadmin_pages:unlock",
        page_url("wagtailadmin_pages:unlock", "action"),
        own="redirect",
        post=True,
    ),
    Case("wagtailadmin_pages:add_subpage", page_url("wagtailadmin_pages:add_subpage")),
    Case(
        "wagtailadmin_pages:add",
        lambda s: reverse("wagtailadmin_pages:add", args=["plans", "actionpage", s.plan.pk]),
        own="ok_no_marker",
    ),
    Case(
        "wagtailadmin_pages:preview_on_add",
        lambda s: reverse(
            "wagtailadmin_pages:preview_on_add", args=["plans", "actionpage", s.plan.pk]
        ),
        own="ok_no_marker",
    ),
    Case(
        "wagtail_bulk_action",
        lambda s: (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
            + f"?id={s.draft.pk}"
        ),
    ),
    Case(
        "wagtail_bulk_action (documents)",
        lambda s: (
            reverse("wagtail_bulk_action", args=["wagtaildocs", "document", "delete"])
            + f"?id={s.document.pk}"
        ),
    ),
    Case(
        "wagtail_bulk_action (images)",
        lambda s: (
            reverse("wagtail_bulk_action", args=["wagtailimages", "image", "delete"])
            + f"?id={s.image.pk}"
        ),
    ),
    Case(
        "wagtail_bulk_action (all children)",
        lambda s: (
            reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
            + f"?id=all&childOf={s.plan.pk}"
        ),
        own="ok_no_marker",
    ),
    Case(
        "wagtailadmin_pages:workflow_action",
        lambda s: reverse(
            "wagtailadmin_pages:workflow_action", args=[s.draft.pk, "approve", s.task_state.pk]
        ),
        own="denied",
        post=True,
    ),
    Case(
        "wagtailadmin_pages:collect_workflow_action_data",
        lambda s: reverse(
            "wagtailadmin_pages:collect_workflow_action_data",
            args=[s.draft.pk, "reject", s.task_state.pk],
        ),
        own="denied",
    ),
    Case(
        "wagtailadmin_pages:workflow_preview",
        lambda s: reverse(
            "wagtailadmin_pages:workflow_preview", args=[s.draft.pk, s.task_state.task_id]
        ),
        own="denied",
    ),
    Case(
        "wagtailadmin_pages:workflow_preview (not awaiting the task)",
        # Wagtail redirects with a message naming the page's latest draft title.
        lambda s: reverse(
            "wagtailadmin_pages:workflow_preview", args=[s.published.pk, s.task_state.task_id]
        ),
        own="redirect",
    ),
    Case(
        "wagtailadmin_pages:confirm_workflow_cancellation",
        draft_url("wagtailadmin_pages:confirm_workflow_cancellation"),
        own="ok_no_marker",
        # Wagtail answers any page id with "this page is at <task> in <workflow>" (names shared
        # by every page, nothing of the page itself) and has no hook to refuse it.
        listing=True,
    ),
    # Explorer, search, choosers and the admin API (listings: the other side's marker never shows).
    Case("wagtailadmin_explore", page_url("wagtailadmin_explore")),
    Case("wagtailadmin_explore_results", page_url("wagtailadmin_explore_results")),
    Case(
        "wagtailadmin_explore (municipality index)",
        lambda s: (
            reverse("wagtailadmin_explore", args=[s.municipality.get_parent().pk])
            + "?q=taslak&search_all=1"
        ),
        listing=True,
    ),
    Case("wagtailadmin_pages:search", query("wagtailadmin_pages:search", "taslak"), listing=True),
    Case(
        "wagtailadmin_pages:search_results",
        query("wagtailadmin_pages:search_results", "taslak"),
        listing=True,
    ),
    Case("wagtailadmin_choose_page_child", page_url("wagtailadmin_choose_page_child")),
    Case(
        "wagtailadmin_choose_page_search",
        query("wagtailadmin_choose_page_search", "taslak"),
        listing=True,
    ),
    Case(
        "wagtailadmin_api:pages:listing",
        lambda s: reverse("wagtailadmin_api:pages:listing") + f"?child_of={s.plan.pk}",
    ),
    Case("wagtailadmin_api:pages:detail", draft_url("wagtailadmin_api:pages:detail")),
    # Documents and images.
    Case("wagtaildocs:index", query("wagtaildocs:index", "belge"), listing=True),
    Case(
        "wagtaildocs:index (collection)",
        lambda s: reverse("wagtaildocs:index") + f"?collection_id={s.municipality.collection_id}",
        listing=True,
    ),
    Case("wagtaildocs:edit", page_url("wagtaildocs:edit", "document")),
    Case("wagtaildocs:delete", page_url("wagtaildocs:delete", "document")),
    Case("wagtaildocs:document_usage", page_url("wagtaildocs:document_usage", "document")),
    Case(
        "wagtaildocs:edit_multiple",
        page_url("wagtaildocs:edit_multiple", "document"),
        post=True,
        own="ok_no_marker",
    ),
    Case(
        "wagtaildocs:delete_multiple",
        page_url("wagtaildocs:delete_multiple", "document"),
        post=True,
        own="ok_no_marker",
    ),
    Case("wagtaildocs_chooser:choose", query("wagtaildocs_chooser:choose", "belge"), listing=True),
    Case("wagtaildocs_chooser:chosen", page_url("wagtaildocs_chooser:chosen", "document")),
    Case(
        "wagtaildocs_serve (private document)",
        lambda s: reverse(
            "wagtaildocs_serve", args=[s.private_document.pk, s.private_document.filename]
        ),
        own="ok_no_marker",  # the file itself
    ),
    Case("wagtailimages:index", query("wagtailimages:index", "görsel"), listing=True),
    Case("wagtailimages:edit", page_url("wagtailimages:edit", "image")),
    Case("wagtailimages:delete", page_url("wagtailimages:delete", "image")),
    Case("wagtailimages:image_usage", page_url("wagtailimages:image_usage", "image")),
    Case(
        "wagtailimages:preview",
        lambda s: reverse("wagtailimages:preview", args=[s.image.pk, "fill-10x10"]),
        own="ok_no_marker",
    ),
    Case(
        "wagtailimages_chooser:choose",
        query("wagtailimages_chooser:choose", "görsel"),
        listing=True,
    ),
    Case("wagtailimages_chooser:chosen", page_url("wagtailimages_chooser:chosen", "image")),
    Case(
        "wagtailimages_chooser:select_format",
        page_url("wagtailimages_chooser:select_format", "image"),
    ),
    Case(
        "wagtailadmin_api:documents:detail",
        page_url("wagtailadmin_api:documents:detail", "document"),
    ),
    Case("wagtailadmin_api:images:detail", page_url("wagtailadmin_api:images:detail", "image")),
    # Collections (reporters do not manage collections at all).
    Case(
        "wagtailadmin_collections:index",
        lambda s: reverse("wagtailadmin_collections:index"),
        own="denied",
    ),
    Case(
        "wagtailadmin_collections:edit",
        page_url("wagtailadmin_collections:edit", "private_collection"),
        own="denied",
    ),
    Case(
        "wagtailadmin_collections:set_privacy",
        page_url("wagtailadmin_collections:set_privacy", "private_collection"),
        own="denied",
    ),
    # Snippets reporters have no rights on.
    Case(
        "wagtailsnippets_plans_thematicarea:edit",
        lambda s: reverse("wagtailsnippets_plans_thematicarea:edit", args=[s.action.area_id]),
        own="denied",
    ),
    # Reports.
    Case(
        "wagtailadmin_reports:locked_pages",
        lambda s: reverse("wagtailadmin_reports:locked_pages"),
        own="denied",
    ),
    Case(
        "wagtailadmin_reports:workflow",
        lambda s: reverse("wagtailadmin_reports:workflow"),
        listing=True,
    ),
    Case(
        "wagtailadmin_reports:workflow_tasks",
        lambda s: reverse("wagtailadmin_reports:workflow_tasks"),
        listing=True,
    ),
    Case(
        "wagtailadmin_reports:site_history",
        lambda s: reverse("wagtailadmin_reports:site_history"),
        listing=True,
    ),
    Case(
        # Counts every page of the site and names the last edited page of each type.
        "wagtailadmin_reports:page_types_usage",
        lambda s: reverse("wagtailadmin_reports:page_types_usage"),
        own="denied",
    ),
    Case(
        "wagtailadmin_reports:page_types_usage_results",
        lambda s: reverse("wagtailadmin_reports:page_types_usage_results"),
        own="denied",
    ),
    Case(
        "wagtailadmin_reports:aging_pages",
        lambda s: reverse("wagtailadmin_reports:aging_pages"),
        listing=True,
        own="ok_no_marker",  # live pages only
    ),
    Case("wagtailadmin_home", lambda s: reverse("wagtailadmin_home"), listing=True),
    # Translations (wagtail-localize).
    Case(
        "wagtail_localize:submit_page_translation",
        draft_url("wagtail_localize:submit_page_translation"),
        own="denied",
    ),
    # The monitoring data importer.
    Case("plans_import:index", lambda s: reverse("plans_import:index"), listing=True),
    Case("plans_import:upload", page_url("plans_import:upload")),
    Case("plans_import:template_xlsx", page_url("plans_import:template_xlsx"), own="ok_no_marker"),
    Case(
        "plans_import:template_csv",
        lambda s: reverse("plans_import:template_csv", args=[s.plan.pk, "eylem_durumlari"]),
    ),
]


def body(response: HttpResponse) -> str:
    """The response body as text (streamed bodies too)."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def messages_text(response: HttpResponse) -> str:
    """The messages the response leaves for the next page (a redirect's "why")."""
    return " ".join(str(message) for message in get_messages(response.wsgi_request))


def request(client: Client, case: Case, side: Side) -> HttpResponse:
    url = case.url(side)
    if case.post:
        data = case.data(side) if case.data else {}
        return client.post(url, data)
    return client.get(url)


def assert_denied(response: HttpResponse, case: Case, side: Side) -> None:
    """A 403 or 404, or a redirect to the dashboard or a login page (or to the case's own
    redirect, a URL another case checks)."""
    status = response.status_code
    if status == 302:
        location = response["Location"].split("?")[0]
        allowed = [*DENIAL_REDIRECTS, *([case.redirect(side)] if case.redirect else [])]
        assert location in allowed, f"{case.name}: redirected to {location}"
    else:
        # 400: the admin API's "parent page does not exist" for a page the user may not explore.
        assert status in (400, 403, 404), f"{case.name}: {status}"


def other_side_failure(scenario: Scenario, case: Case) -> str | None:
    """Why Kadıköy's reporter got too far with Nilüfer's ids in this case (None: denied)."""
    # A new session each time, so a message left unread by one case is not blamed on the next.
    scenario.client.cookies.clear()
    scenario.client.force_login(scenario.own.reporter)
    response = request(scenario.client, case, scenario.other)
    try:
        if case.listing:
            assert response.status_code in (200, 302, 403), f"{case.name}: {response.status_code}"
        else:
            assert_denied(response, case, scenario.other)
        assert OTHER not in body(response), f"{case.name} shows Nilüfer's data"
        assert OTHER not in messages_text(response), f"{case.name}: a message names Nilüfer's data"
    except AssertionError as error:
        return str(error)
    return None


def test_other_municipality_is_denied_and_never_shown(scenario: Scenario) -> None:
    """Every case against one scenario (a request that is denied changes nothing, so the cases
    cannot disturb each other; building the scenario per case cost a minute of the suite)."""
    failures = [
        failure for case in CASES if (failure := other_side_failure(scenario, case)) is not None
    ]
    assert not failures, "\n".join(failures)


@pytest.mark.search_index  # the admin's page search and explorer
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_own_municipality_works_where_reporters_may_act(scenario: Scenario, case: Case) -> None:
    response = request(scenario.client, case, scenario.own)
    text = body(response)
    if case.own == "denied":
        assert_denied(response, case, scenario.own)
    elif case.own == "redirect":
        assert response.status_code == 302, case.name
    else:
        assert response.status_code == 200, f"{case.name}: {response.status_code}"
        if case.own == "ok" and not case.listing:
            assert OWN in text, f"{case.name} does not show Kadıköy's own data"
    if case.listing and case.own == "ok":
        assert OWN in text, f"{case.name} does not list Kadıköy's own data"


# The admin's numbers -------------------------------------------------------------------------


def pages_inside(*municipalities: MunicipalityPage) -> int:
    """How many pages the municipalities hold, every language (their translations too)."""
    inside = Q()
    for municipality in municipalities:
        for copy_ in municipality.get_translations(inclusive=True):
            inside |= Q(path__startswith=copy_.path)
    return Page.objects.filter(inside).count()


def dashboard_page_count(text: str) -> tuple[int, int]:
    """The dashboard's site summary: (the page the page count links to, the count)."""
    summary = text[text.index("w-summary__list") :]
    match = re.search(r'href="/admin/pages/(\d+)/">\s*([\d.,]+)', summary)
    assert match, "no page count in the site summary"
    return int(match[1]), int(re.sub(r"\D", "", match[2]))


def test_dashboard_counts_the_reporter_s_municipality_only(scenario: Scenario) -> None:
    """Wagtail counts the whole site for a reporter (their explorable root is the tree's root, as
    they have rights in both languages' trees); the summary counts Kadıköy's pages."""
    own, other = scenario.own.municipality, scenario.other.municipality
    text = body(scenario.client.get(reverse("wagtailadmin_home")))
    linked, count = dashboard_page_count(text)
    assert (linked, count) == (own.pk, pages_inside(own))
    assert count != Page.objects.filter(depth__gt=1).count()
    assert pages_inside(other) > 0  # so the counts differ

    superuser = get_user_model().objects.create_superuser("yonetici-17", password="x-secret-123")
    scenario.client.force_login(superuser)
    _, everything = dashboard_page_count(body(scenario.client.get(reverse("wagtailadmin_home"))))
    assert everything == Page.objects.filter(depth__gt=1).count()


def test_reports_menu_leaves_out_site_wide_counts(scenario: Scenario) -> None:
    """ "Page types usage" is neither in a reporter's menu nor theirs to open; others keep it."""
    report = reverse("wagtailadmin_reports:page_types_usage")
    assert report not in body(scenario.client.get(reverse("wagtailadmin_home")))
    superuser = get_user_model().objects.create_superuser("yonetici-17", password="x-secret-123")
    scenario.client.force_login(superuser)
    assert report in body(scenario.client.get(reverse("wagtailadmin_home")))
    response = scenario.client.get(report)
    assert response.status_code == 200
    assert OTHER in body(response) and OWN in body(response)  # the last edited pages


@pytest.mark.search_index
def test_search_counts_never_count_another_municipality(scenario: Scenario) -> None:
    """The page chooser's "N eşleşme var" and the admin search's counts and type facets, searched
    for each side's marker: Nilüfer's pages count 0, Kadıköy's all of theirs."""
    client = scenario.client
    chooser = reverse("wagtailadmin_choose_page_search")
    search = reverse("wagtailadmin_pages:search")
    own_titled = Page.objects.filter(title__contains=OWN).count()
    assert own_titled >= 4 and Page.objects.filter(title__contains=OTHER).count() >= 4

    response = client.get(chooser, {"q": OTHER})
    assert response.context["pages"].paginator.count == 0
    assert OTHER not in body(response)
    response = client.get(chooser, {"q": OWN})
    assert response.context["pages"].paginator.count == own_titled

    response = client.get(search, {"q": OTHER})
    assert response.context["items_count"] == 0
    assert sum(count for _, count in response.context["content_types"]) == 0
    response = client.get(search, {"q": OWN})
    assert response.context["items_count"] == own_titled
    assert sum(count for _, count in response.context["content_types"]) == own_titled


#: Admin URL kinds of pages, media, collections, reports and the importer that the table leaves
#: out, and why.
NOT_OBJECT_URLS = {
    "wagtailadmin_pages:type_use": "lists pages by type: filtered like the explorer",
    "wagtailadmin_pages:type_use_results": "as type_use",
    "wagtailadmin_pages:choose_parent": "lists the pages the user may add under",
    "wagtaildocs:add": "upload form: only the user's own collections",
    "wagtaildocs:add_multiple": "as add",
    "wagtaildocs:create_multiple_from_uploaded_document": "ids of the user's own uploads",
    "wagtaildocs:delete_upload_multiple": "as above",
    "wagtaildocs:index_results": "as wagtaildocs:index",
    "wagtailimages:add": "upload form: only the user's own collections",
    "wagtailimages:add_multiple": "as add",
    "wagtailimages:create_multiple_from_uploaded_image": "ids of the user's own uploads",
    "wagtailimages:delete_upload_multiple": "as above",
    "wagtailimages:index_results": "as wagtailimages:index",
    "wagtailimages:url_generator": "404: no image serve view is configured",
    "wagtailimages:url_generator_output": "as url_generator",
    "wagtailimages:edit_multiple": "as wagtailimages:edit",
    "wagtailimages:delete_multiple": "as wagtailimages:delete",
    "wagtailadmin_collections:add": "reporters manage no collections",
    "wagtailadmin_collections:delete": "as wagtailadmin_collections:edit",
    "wagtailadmin_reports:locked_pages_results": "as locked_pages",
    "wagtailadmin_reports:workflow_results": "as workflow",
    "wagtailadmin_reports:workflow_tasks_results": "as workflow_tasks",
    "wagtailadmin_reports:site_history_results": "as site_history",
    "wagtailadmin_reports:aging_pages_results": "as aging_pages",
}
CHECKED_NAMESPACES = (
    "wagtailadmin_pages",
    "wagtaildocs",
    "wagtailimages",
    "wagtailadmin_collections",
    "wagtailadmin_reports",
    "plans_import",
)


def url_names(resolver: URLResolver, namespace: str = "") -> Iterator[str]:
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from url_names(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace + pattern.name


def test_every_admin_url_kind_is_in_the_table() -> None:
    """A new Wagtail (or project) admin URL kind must be added to CASES or to NOT_OBJECT_URLS."""
    covered = {case.name.split(" (")[0] for case in CASES}
    names = {name for name in url_names(get_resolver()) if name.split(":")[0] in CHECKED_NAMESPACES}
    assert len(names) > 40  # the walk found Wagtail's URLs
    missing = sorted(names - covered - set(NOT_OBJECT_URLS))
    assert not missing, missing
