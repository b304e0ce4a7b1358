"""Admin views that Wagtail 7.4 serves for any object id, checked first against the user's rights.

Wagtail's page explorer and page chooser show the title (and ancestors) of whatever page id is in
the URL, its bulk actions list the titles of the pages they may not act on, the image chooser's
format step shows any image, the workflow preview of a page not awaiting a task redirects with a
message naming the page's latest draft title, and the "Page types usage" report counts every page
of the site and names the last edited one of each type. For a municipality's reporters that is
another municipality's drafts, uploads and numbers. These wrappers answer "permission denied"
first; everything else is Wagtail's view.
portal.urls mounts them in front of Wagtail's admin URLs, with the same paths and names.

Re-check on each Wagtail upgrade (UPGRADING.md): delete a wrapper once Wagtail checks the page or
image itself (tests/security/test_cross_municipality.py shows when).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.bulk_action import index as bulk_action
from wagtail.admin.views.pages.workflow import PreviewRevisionForTask
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.utils.urlpatterns import decorate_urlpatterns

from .permissions import is_hidden_from, reporter_municipalities

View = Callable[..., HttpResponse]


def explorable(user: Any, page_ids: list[Any]) -> bool:
    """Whether the user may explore every one of the pages (Wagtail's own rule: pages the user has
    a right on, and their ancestors)."""
    ids = {int(page_id) for page_id in page_ids}
    allowed = PagePermissionPolicy().explorable_instances(user).filter(pk__in=ids)
    return allowed.count() == len(ids)


def guarded(check: Callable[..., bool], view: View) -> View:
    """The view, answering "permission denied" unless check(request, **kwargs)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not check(request, **kwargs):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    return wrapper


def may_explore(request: HttpRequest, parent_page_id: int) -> bool:
    return explorable(request.user, [parent_page_id])


def may_see_page(user: Any, page_id: int) -> bool:
    """Whether the page is not another municipality's (for a reporter); a missing page is left to
    Wagtail's 404."""
    page = Page.objects.filter(pk=page_id).first()
    return page is None or not is_hidden_from(page, user)


def may_browse_in_chooser(request: HttpRequest, parent_page_id: int) -> bool:
    """The page chooser browses any page (a link may point anywhere public), except another
    municipality's pages for a reporter."""
    return may_see_page(request.user, parent_page_id)


def may_preview_for_task(request: HttpRequest, page_id: int, task_id: int) -> bool:
    """Wagtail's workflow preview names the page's draft title when the page is not awaiting the
    task; a reporter never learns another municipality's titles from it."""
    return may_see_page(request.user, page_id)


def sees_the_whole_site(request: HttpRequest, **kwargs: Any) -> bool:
    """Site-wide figures (the "Page types usage" report) are for users not limited to their
    municipality."""
    return reporter_municipalities(request.user) is None


def may_choose_image(request: HttpRequest, image_id: int) -> bool:
    permitted = image_policy.instances_user_has_any_permission_for(request.user, ["choose"])
    return not image_policy.model.objects.filter(pk=image_id).exclude(pk__in=permitted).exists()


#: Bulk actions' models and how to tell that the user may see the selected objects.
BULK_CHECKS: dict[tuple[str, str], Callable[[Any, list[str]], bool]] = {
    ("wagtailcore", "page"): explorable,
    ("wagtaildocs", "document"): lambda user, ids: (
        not document_policy.model.objects.filter(pk__in=ids)
        .exclude(
            pk__in=document_policy.instances_user_has_any_permission_for(user, ["change", "choose"])
        )
        .exists()
    ),
    ("wagtailimages", "image"): lambda user, ids: (
        not image_policy.model.objects.filter(pk__in=ids)
        .exclude(
            pk__in=image_policy.instances_user_has_any_permission_for(user, ["change", "choose"])
        )
        .exists()
    ),
}


def may_bulk_act(request: HttpRequest, app_label: str, model_name: str, action: str) -> bool:
    """Every selected object (?id=…, or the children of ?childOf=… for "all") is one the user
    may see."""
    check = BULK_CHECKS.get((app_label, model_name))
    ids = request.GET.getlist("id")
    if check is None or not ids:
        return True
    if "all" in ids:
        parent = request.GET.get("childOf")
        return parent is None or not parent.isdigit() or explorable(request.user, [parent])
    if not all(value.isdigit() for value in ids):
        return True  # Wagtail answers 404
    return check(request.user, ids)


#: Wagtail's paths (under /admin/) and names; decorated as Wagtail decorates its admin URLs.
urlpatterns: list[URLPattern] = [
    path(
        "pages/<int:parent_page_id>/",
        guarded(
            may_explore,
            page_viewset_registry.as_view("index", parent_page_id_kwarg="parent_page_id"),
        ),
        name="wagtailadmin_explore",
    ),
    path(
        "pages/<int:parent_page_id>/results/",
        guarded(
            may_explore,
            page_viewset_registry.as_view("index_results", parent_page_id_kwarg="parent_page_id"),
        ),
        name="wagtailadmin_explore_results",
    ),
    path(
        "choose-page/<int:parent_page_id>/",
        guarded(may_browse_in_chooser, chooser.BrowseView.as_view()),
        name="wagtailadmin_choose_page_child",
    ),
    path(
        "images/chooser/<int:image_id>/select_format/",
        guarded(may_choose_image, image_chooser_viewset.select_format_view),
    ),
    path(
        "pages/workflow/preview/<int:page_id>/<int:task_id>/",
        guarded(may_preview_for_task, PreviewRevisionForTask.as_view()),
    ),
    path(
        "reports/page-types-usage/",
        guarded(sees_the_whole_site, PageTypesUsageReportView.as_view()),
    ),
    path(
        "reports/page-types-usage/results/",
        guarded(sees_the_whole_site, PageTypesUsageReportView.as_view(results_only=True)),
    ),
    path(
        "bulk/<str:app_label>/<str:model_name>/<str:action>/",
        guarded(may_bulk_act, bulk_action),
        name="wagtail_bulk_action",
    ),
]
urlpatterns = decorate_urlpatterns(urlpatterns, require_admin_access)
urlpatterns = decorate_urlpatterns(urlpatterns, never_cache)
