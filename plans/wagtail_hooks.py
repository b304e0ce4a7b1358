"""Admin hooks of plans/: snippets, new municipalities' reporters, board-only publishing, reporters
kept to their own municipality in page listings, and the monitoring data importer's URLs, menu item
and page header button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.apps import apps
from django.contrib import messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import URLPattern, URLResolver, include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.site_summary import PagesSummaryItem, SummaryItem
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.caching import FRONT_CACHE_URLS_HOOK

from . import new_municipality
from .admin_dashboard import build_dashboard_panels
from .board_queue import changes_requested
from .caching import add_assessment_urls
from .models import AssessmentPage, MonitoringPeriod, PlanPage, ThematicArea
from .permissions import (
    BoardApprovedPageMixin,
    hide_other_municipalities,
    is_board_member,
    is_synced_translation_of_approved,
    may_publish_board_page,
    reporter_municipalities,
)


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
def set_up_new_municipality(request: HttpRequest, page: Page) -> None:
    """A municipality created in the admin gets its English draft (title translated), its
    reporters group, collection and rights on both languages at once (plans.new_municipality)."""
    new_municipality.set_up_new_municipality(page)


@hooks.register("after_publish_page")
def publish_new_municipality_translations(request: HttpRequest, page: Page) -> None:
    """A new municipality's English page goes live with the Turkish page's first publication."""
    new_municipality.publish_translations_on_first_publication(page)


@hooks.register("before_publish_page")
def only_the_board_publishes(request: HttpRequest, page: Page) -> HttpResponse | None:
    """Refuse publishing an assessment or report (incl. "create and publish") outside the board
    (a translator may publish the synced translation of an approved one)."""
    page = page.specific
    if isinstance(page, BoardApprovedPageMixin) and not may_publish_board_page(request.user, page):
        if page.live_revision_id is None:
            # "Create and publish" adds the page with live=True before this hook runs; a page that
            # was never published must not stay live.
            type(page).objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
        messages.error(
            request,
            _(
                "Değerlendirmeler ve raporlar yalnızca İzleme Heyeti onayıyla yayımlanır. Sayfa "
                "taslak olarak kaydedildi; onaya göndermek için “İzleme Heyeti onayı için "
                "gönder” düğmesini kullanın."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_edit_page", order=-1)
def explain_translation_publishing(request: HttpRequest, page: Page) -> None:
    """Tell the translator of an approved assessment or report that publishing the translation
    needs no second approval, and why (runs before wagtail-localize shows its editor)."""
    if request.method != "GET" or not isinstance(page.specific, BoardApprovedPageMixin):
        return
    if is_synced_translation_of_approved(page):
        messages.info(
            request,
            _(
                "Bu sayfanın Türkçesi İzleme Heyeti'nce onaylandı. Çeviriyi yayımlamak için ikinci "
                "bir onay gerekmez: durumlar, yüzdeler ve gösterge değerleri her zaman onaylı "
                "Türkçe kayıttan okunur; çeviride yalnızca metinler değişir."
            ),
        )


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


class MunicipalityPagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count for a reporter: the pages of their own municipalities (every
    language), linked to the municipality, instead of Wagtail's count of the whole site."""

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        from portal.locales import default_locale

        municipalities = reporter_municipalities(self.request.user) or []
        if not municipalities:
            return super().get_context_data(parent_context)
        inside = Q()
        for municipality in municipalities:
            inside |= Q(path__startswith=municipality.path)
        source = default_locale().pk
        in_source = [page for page in municipalities if page.locale_id == source]
        root = (in_source or municipalities)[0]
        return {
            "root_page": root,
            "total_pages": Page.objects.filter(inside).count(),
            "site_name": root.title,
        }


@hooks.register("construct_homepage_summary_items", order=1)  # after Wagtail adds its items
def summary_of_own_municipality(request: HttpRequest, summary_items: list[SummaryItem]) -> None:
    """A reporter's dashboard counts their municipality's pages, not the site's (documents and
    images are already counted within the collections the user may use)."""
    if reporter_municipalities(request.user) is None:
        return
    summary_items[:] = [
        MunicipalityPagesSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in summary_items
    ]


@hooks.register("construct_reports_menu")
def reports_without_site_wide_counts(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    """No "Page types usage" for reporters: it counts the whole site's pages and names the last
    edited page of each type (plans.admin_guards refuses its URL too)."""
    if reporter_municipalities(request.user) is not None:
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


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


@hooks.register("construct_page_action_menu")
def no_publish_button_for_those_who_cannot(
    menu_items: list[Any], request: HttpRequest, context: dict[str, Any]
) -> None:
    """On an assessment or report, someone who may not publish it sees no "Yayınla" (it would
    only save a draft) but a note saying who publishes (`explain_who_publishes`)."""
    page = context.get("page")
    if page is None:  # the create view: the page type from the URL
        match = request.resolver_match
        kwargs = match.kwargs if match else {}
        try:
            model = apps.get_model(
                kwargs["content_type_app_name"], kwargs["content_type_model_name"]
            )
        except (KeyError, LookupError):
            return
        if not issubclass(model, BoardApprovedPageMixin) or is_board_member(request.user):
            return
    elif not isinstance(page.specific, BoardApprovedPageMixin) or may_publish_board_page(
        request.user, page.specific
    ):
        return
    menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def explain_who_publishes(request: HttpRequest) -> None:
    """Tell an editor or reporter on an assessment or report that only the board publishes it."""
    if request.method == "GET":
        messages.info(
            request,
            _(
                "Değerlendirmeleri ve raporları yalnızca İzleme Heyeti yayımlar. Hazır "
                "olduğunda “İzleme Heyeti onayı için gönder” ile gönderin; Heyet onaylayınca "
                "sayfa yayımlanır."
            ),
        )


@hooks.register("before_create_page", order=-1)
def explain_who_publishes_on_create(
    request: HttpRequest, parent_page: Page, page_class: type[Page]
) -> None:
    """The note of `explain_who_publishes` on a new assessment or report."""
    if issubclass(page_class, BoardApprovedPageMixin) and not is_board_member(request.user):
        explain_who_publishes(request)


@hooks.register("before_edit_page", order=-2)
def explain_who_publishes_on_edit(request: HttpRequest, page: Page) -> None:
    """The note of `explain_who_publishes` on an assessment or report the user may not publish."""
    specific = page.specific
    if isinstance(specific, BoardApprovedPageMixin) and not may_publish_board_page(
        request.user, specific
    ):
        explain_who_publishes(request)


@hooks.register("construct_homepage_panels")
def board_queue_panel(request: HttpRequest, panels: list[Any]) -> None:
    """Board members' dashboard: what waits for them, by municipality (plans.board_queue), and
    Wagtail's list of what awaits review read in bulk (plans.admin_dashboard)."""
    build_dashboard_panels(request, panels)


@hooks.register("before_edit_page", order=-3)
def show_the_boards_request(request: HttpRequest, page: Page) -> None:
    """When the board asked for changes, the edit page says so, who asked and what they wrote
    (Wagtail keeps the comment three clicks away)."""
    if request.method != "GET":
        return
    request_for_changes = changes_requested(page)
    if request_for_changes is not None:
        messages.warning(request, request_for_changes)


@hooks.register("before_edit_page", order=-4)
def explain_a_page_in_review(request: HttpRequest, page: Page) -> None:
    """A submitted page is locked for its submitter: say why and how to edit it again."""
    if request.method != "GET" or not page.workflow_in_progress:
        return
    if is_board_member(request.user):
        return
    messages.info(
        request,
        _(
            "Bu sayfa İzleme Heyeti'nin incelemesinde; bu sırada değiştirilemez. Yeniden "
            "düzenlemek için alttaki menüden “İncelemeden geri çek”i seçin, düzeltip yeniden "
            "gönderin."
        ),
    )


# The board's comparison of an assessment -----------------------------------------------------


@hooks.register("register_admin_urls")
def register_compare_urls() -> list[URLPattern | URLResolver]:
    """/admin/plans/assessments/<id>/compare/: the version under review against the live one or
    the previous period's (plans.compare_views)."""
    from . import compare_views

    return compare_views.urlpatterns


@hooks.register("register_page_header_buttons")
def compare_button(
    page: Page, user: Any, view_name: str, next_url: str | None = None
) -> Iterator[Button]:
    """ "Karşılaştır" on an assessment's edit page: what changes against the public version."""
    if view_name != "edit" or page.specific_class is not AssessmentPage:
        return
    yield Button(
        _("Karşılaştır"),
        reverse("plans_assessment_compare", args=[page.pk]),
        icon_name="doc-full-inverse",
        priority=85,
    )
