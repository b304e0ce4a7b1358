"""Admin hooks of the project app: a snippet change starts a new content generation; admin views
that Wagtail leaves open to any admin user are checked against the user's rights; documents and
images follow the approval rule (portal.files), and editors release public collections; the
translation status report (portal.translation_status) for those who may submit translations; a
translation is published only when complete (portal.translation_publishing)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page, Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import localize_listing
from .caching import FRONT_CACHE_URLS_HOOK, bump_content_generation
from .files import add_image_urls, check_document_access
from .forms import PublicCollectionForm
from .memo import remembered
from .models import PublicCollection
from .translation_publishing import refuse_incomplete_publish
from .translation_status_report import TranslationStatusReportView

hooks.register("before_serve_document", check_document_access)
hooks.register(FRONT_CACHE_URLS_HOOK, add_image_urls)
# Before wagtail-localize's editor (order 0) takes the request.
hooks.register("before_edit_page", refuse_incomplete_publish, order=-10)
hooks.register("before_edit_snippet", refuse_incomplete_publish, order=-10)


@hooks.register("insert_global_admin_js")
def localize_editor_section_titles() -> str:
    """wagtail-localize's editor titles sections in English ("Türkçe to English translation");
    the script makes them "Türkçe → English"."""
    return format_html('<script src="{}"></script>', static("portal/admin/localize_header.js"))


class PublicCollectionViewSet(SnippetViewSet):
    """Collections editors have released to the public (Settings → Herkese açık koleksiyonlar)."""

    model = PublicCollection
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Herkese açık koleksiyonlar")
    add_to_settings_menu = True
    list_display = ["collection", "note", "released_at"]
    edit_handler = ObjectList(
        [FieldPanel("collection"), FieldPanel("note")], base_form_class=PublicCollectionForm
    )


register_snippet(PublicCollectionViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def new_content_generation(request: Any, *instances: Any) -> None:
    """Snippets (thematic areas, periods) show on many pages: drop every cached fragment."""
    transaction.on_commit(bump_content_generation)


@hooks.register("before_move_page")
def only_movers_see_move_confirmation(
    request: HttpRequest, page: Page, destination: Page
) -> HttpResponse | None:
    """Wagtail's move confirmation (GET) shows the page and destination to anyone; only the
    POST checks the right to move. Ask first, so no title leaks to a user who may not move it."""
    if not page.permissions_for_user(request.user).can_move_to(destination):
        return permission_denied(request)
    return None


#: What a user must be allowed on a document or image for the admin API to return it.
MEDIA_API_ACTIONS = ["choose", "change"]


class PermittedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    """/admin/api/main/documents/: only documents in collections the user may choose from
    (Wagtail's returns every document outside a private collection to any admin user)."""

    def get_queryset(self) -> Any:
        permitted = document_permission_policy.instances_user_has_any_permission_for(
            self.request.user, MEDIA_API_ACTIONS
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


class PermittedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """/admin/api/main/images/: only images in collections the user may choose from."""

    def get_queryset(self) -> Any:
        permitted = image_permission_policy.instances_user_has_any_permission_for(
            self.request.user, MEDIA_API_ACTIONS
        )
        return super().get_queryset().filter(pk__in=permitted.values("pk"))


@hooks.register("construct_admin_api", order=100)
def permitted_media_in_admin_api(router: Any) -> None:
    """Replace the admin API's documents and images endpoints (registered by wagtail.documents
    and wagtail.images, hence the late order) with the permission-checked ones."""
    router.register_endpoint("documents", PermittedDocumentsAdminAPIViewSet)
    router.register_endpoint("images", PermittedImagesAdminAPIViewSet)


class TranslationStatusMenuItem(MenuItem):
    """Reports → Çeviri durumu, shown to those the report lets in."""

    def is_shown(self, request: HttpRequest) -> bool:
        return TranslationStatusReportView.permission_policy.user_has_permission(
            request.user, TranslationStatusReportView.permission_required
        )


@hooks.register("register_reports_menu_item")
def translation_status_menu_item() -> MenuItem:
    """The translation status report, after wagtail-localize's own "Translations" report."""
    return TranslationStatusMenuItem(
        gettext_lazy("Çeviri durumu"),
        reverse("portal_translation_status"),
        name="translation-status",
        icon_name=TranslationStatusReportView.header_icon,
        order=9010,
    )


@hooks.register("register_admin_urls")
def translation_status_urls() -> list[URLPattern]:
    """/admin/reports/ceviri-durumu/ and its results fragment (filters refresh it)."""
    return [
        path(
            "reports/ceviri-durumu/",
            TranslationStatusReportView.as_view(),
            name="portal_translation_status",
        ),
        path(
            "reports/ceviri-durumu/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="portal_translation_status_results",
        ),
    ]


# wagtail-localize's explorer buttons, read for all listed pages at once (a workaround module).
localize_listing.install()
hooks.register("construct_explorer_page_queryset", localize_listing.annotate_explorer_listing)

#: Where the site root paths are remembered for the request (on its user object: portal.memo).
SITE_ROOT_PATHS_ATTRIBUTE = "_yeep_site_root_paths"


@hooks.register("register_page_listing_more_buttons", order=-1)  # before Wagtail's (order 0)
def share_site_root_paths(page: Page, user: Any, next_url: str | None = None) -> list[Any]:
    """No button: a listed page gets the site root paths read once for the request.

    Wagtail's listing asks each row's `page.url` without a request ("View live", the status
    column), so each page reads `Site.get_site_root_paths()` from the cache itself (a Redis round
    trip per row). `Page._get_site_root_paths` keeps its copy in `_wagtail_cached_site_root_paths`
    on the page; this fills it from one read per request before Wagtail's buttons ask."""
    paths = remembered(user, SITE_ROOT_PATHS_ATTRIBUTE, Site.get_site_root_paths)
    page.__dict__.setdefault("_wagtail_cached_site_root_paths", paths)
    return []
