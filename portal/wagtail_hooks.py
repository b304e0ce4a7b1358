"""Admin hooks of the project app: a snippet change starts a new content generation; admin views
that Wagtail leaves open to any admin user are checked against the user's rights; documents and
images follow the approval rule (portal.files), and editors release public collections."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .caching import FRONT_CACHE_URLS_HOOK, bump_content_generation
from .files import add_image_urls, check_document_access
from .forms import PublicCollectionForm
from .models import PublicCollection

hooks.register("before_serve_document", check_document_access)
hooks.register(FRONT_CACHE_URLS_HOOK, add_image_urls)


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
