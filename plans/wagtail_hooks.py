"""Admin hooks of plans/: snippets, new municipalities' reporters, board-only publishing, reporters
kept to their own municipality in page listings, and the monitoring data importer's URLs, menu item
and page header button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, URLResolver, include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.caching import FRONT_CACHE_URLS_HOOK

from .caching import add_assessment_urls
from .models import AssessmentPage, MonitoringPeriod, MunicipalityPage, PlanPage, ThematicArea
from .permissions import BoardApprovedPageMixin, hide_other_municipalities, is_board_member
from .roles import ensure_municipality_reporters


class ThematicAreaViewSet(SnippetViewSet):
    """Thematic areas in the admin."""

    model = ThematicArea
    icon = "tag"
    menu_label = gettext_lazy("Tematik alanlar")
    list_display = ["code", "name"]
    search_fields = ["name"]


class MonitoringPeriodViewSet(SnippetViewSet):
    """Monitoring periods in the admin."""

    model = MonitoringPeriod
    icon = "date"
    menu_label = gettext_lazy("İzleme dönemleri")
    list_display = ["name", "kind", "start_date", "end_date"]


register_snippet(ThematicAreaViewSet)
register_snippet(MonitoringPeriodViewSet)
hooks.register(FRONT_CACHE_URLS_HOOK, add_assessment_urls)


@hooks.register("after_create_page")
def create_reporters_for_new_municipality(request: HttpRequest, page: Page) -> None:
    """A municipality created in the admin gets its reporters group and collection at once."""
    if isinstance(page.specific, MunicipalityPage):
        ensure_municipality_reporters(page.specific)


@hooks.register("before_publish_page")
def only_the_board_publishes(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Refuse publishing an assessment or report (incl. "create and publish") outside the board."""
    if isinstance(page.specific, BoardApprovedPageMixin) and not is_board_member(request.user):
        if page.live_revision_id is None:
            # "Create and publish" adds the page with live=True before this hook runs; a page that
            # was never published must not stay live.
            type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        messages.error(
            request,
            _(
                "Değerlendirmeler ve raporlar yalnızca İzleme Heyeti onayıyla yayımlanır. Sayfa "
                "taslak olarak kaydedildi; onaya göndermek için “İzleme Heyeti onayına gönder”i "
                "kullanın."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


# Reporters see their own municipality only ----------------------------------------------------


@hooks.register("construct_page_chooser_queryset")
def chooser_without_other_municipalities(pages: QuerySet[Page], request: HttpRequest) -> Any:
    """The page chooser (browse and search) lists every page, drafts too, whatever the user's
    rights; a reporter's lists leave out other municipalities' pages."""
    return hide_other_municipalities(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_without_other_municipalities(
    parent_page: Page, pages: QuerySet[Page], request: HttpRequest
) -> Any:
    """The explorer and its search, for reporters, without other municipalities' pages."""
    return hide_other_municipalities(pages, request.user)


# Monitoring data import ------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_import_urls() -> list[URLPattern | URLResolver]:
    """/admin/izleme-verisi/: upload monitoring data and download templates (plans.import_views)."""
    from . import import_views

    return [
        path("izleme-verisi/", include((import_views.urlpatterns, "plans_import"))),
    ]


class ImportMenuItem(MenuItem):
    """ "Veri içe aktar", shown to users who may add or change some page (reporters, editors,
    the board); the view lists the plans they may import into."""

    def is_shown(self, request: HttpRequest) -> bool:
        return PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change"])


@hooks.register("register_admin_menu_item")
def register_import_menu_item() -> MenuItem:
    return ImportMenuItem(
        gettext_lazy("Veri içe aktar"),
        reverse("plans_import:index"),
        icon_name="upload",
        order=250,
    )


@hooks.register("register_page_header_buttons")
def import_button(
    page: Page, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Button]:
    """ "Veri içe aktar" on a plan (and on an assessment, with its period chosen)."""
    from .importer import can_import_into

    page_class = page.specific_class
    if page_class is PlanPage:
        plan, query = page.specific, ""
    elif page_class is AssessmentPage:
        plan = page.get_parent().specific
        query = f"?donem={page.specific.period_id}"
    else:
        return
    if can_import_into(user, plan):
        yield Button(
            _("Veri içe aktar"),
            reverse("plans_import:upload", args=[plan.pk]) + query,
            icon_name="upload",
            priority=80,
        )
