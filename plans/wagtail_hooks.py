"""Admin hooks of plans/: snippets, new municipalities' reporters, board-only publishing."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MonitoringPeriod, MunicipalityPage, ThematicArea
from .permissions import BoardApprovedPageMixin, is_board_member
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
