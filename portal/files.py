"""Serving uploaded files by the approval rule of portal.models.public_files.

- Documents go through Wagtail's serve view (/documents/<id>/<file>); `check_document_access`
  runs before it (a `before_serve_document` hook) and answers 404 when the requester may not
  have the file. Collection privacy (participants-only training material) stays Wagtail's.
- Images (originals under /media/original_images/, renditions under /media/images/) go through
  `serve_image_file`, in development and production alike: nginx no longer serves them from
  disk, so the same check runs on every path. A public image's response is shared by the front
  cache like a page (portal.caching), and purged with the pages that use it.

Who may have a file that is not public: the user who uploaded it; admin users with a right on
its collection (a municipality's reporters on their own collection, editors and the board on
every collection), so drafts and previews keep their files; and anyone who may view a live page
that uses it (a participant on a participants-only module, a visitor who entered a page's
password). Everyone else gets 404: the same answer as for a file that does not exist.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.views.static import serve as serve_from_disk

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents.permissions import permission_policy as document_permission_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Page

from portal.caching import front_cache_enabled, site_urls
from portal.models import is_public_file, page_references, restricted_collections

#: Image folders under MEDIA_ROOT that Wagtail writes: renditions and originals.
IMAGE_FOLDERS = ("images", "original_images")

#: Rights on a collection that let an admin user have its files before they are public.
ADMIN_FILE_ACTIONS = ["change", "choose"]

#: Pages that use a file, checked one by one for a requester's view rights (enough in practice:
#: a file on more pages than this that none of the first ones opens to the requester is rare).
MAX_PAGES_CHECKED = 20


def permission_policy_for(obj: models.Model) -> Any:
    """Wagtail's collection permission policy of a document or image."""
    if isinstance(obj, get_image_model()):
        return image_permission_policy
    return document_permission_policy


def viewable_page_uses(request: HttpRequest, obj: models.Model) -> bool:
    """Whether a live page that the requester may view (its view restrictions, page privacy
    with login, groups or a password, all accept the request) uses this file."""
    page_ids = (
        page_references(type(obj))
        .filter(to_object_id=str(obj.pk))
        .values_list("object_id", flat=True)
    )
    pages = Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids])[:MAX_PAGES_CHECKED]
    return any(
        all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
        for page in pages
    )


def may_have_file(request: HttpRequest, obj: models.Model) -> bool:
    """Whether this request may fetch the document or image (see the module's docstring)."""
    if is_public_file(obj):
        return True
    user = request.user
    if user.is_authenticated:
        if getattr(obj, "uploaded_by_user_id", None) == user.pk:
            return True
        if permission_policy_for(obj).user_has_any_permission_for_instance(
            user, ADMIN_FILE_ACTIONS, obj
        ):
            return True
    return viewable_page_uses(request, obj)


def check_document_access(document: Any, request: HttpRequest) -> None:
    """`before_serve_document` hook: 404 for a document the requester may not have.

    Documents in a collection with its own privacy are left to Wagtail's check, which sends
    visitors to the login (participants-only training material)."""
    if restricted_collections().filter(pk=document.collection_id).exists():
        return
    if not may_have_file(request, document):
        raise Http404


def image_for_file(folder: str, path: str) -> Any:
    """The image whose original or rendition is stored at `<folder>/<path>`, or None."""
    name = f"{folder}/{path}"
    image_model = get_image_model()
    if folder == "original_images":
        return image_model.objects.filter(file=name).first()
    return image_model.objects.filter(renditions__file=name).first()


def serve_image_file(request: HttpRequest, folder: str, path: str) -> HttpResponse:
    """An image original or rendition, to those who may have it (404 for everyone else)."""
    path = posixpath.normpath(path).lstrip("/")
    if folder not in IMAGE_FOLDERS or path.startswith(".."):
        raise Http404
    image = image_for_file(folder, path)
    if image is None or not may_have_file(request, image):
        raise Http404
    response = serve_from_disk(request, path, document_root=f"{settings.MEDIA_ROOT}/{folder}")
    response["X-Content-Type-Options"] = "nosniff"
    return response


def image_paths(image_ids: Iterable[int]) -> list[str]:
    """The URL paths of these images' originals and renditions (none when MEDIA_URL is another
    server's: this site neither serves nor caches them)."""
    if not settings.MEDIA_URL.startswith("/"):
        return []
    image_model = get_image_model()
    files = list(image_model.objects.filter(pk__in=image_ids).values_list("file", flat=True))
    files += (
        image_model.get_rendition_model()
        .objects.filter(image_id__in=image_ids)
        .values_list("file", flat=True)
    )
    return [f"{settings.MEDIA_URL}{name}" for name in files if name]


def used_image_ids(pages: Iterable[Page]) -> list[int]:
    """Ids of the images these pages use (reference index of their live content)."""
    rows = (
        page_references(get_image_model())
        .filter(object_id__in=[str(page.pk) for page in pages])
        .values_list("to_object_id", flat=True)
    )
    return [int(pk) for pk in rows]


def add_image_urls(page: Page, batch: PurgeBatch) -> None:
    """Front-cache hook: the page's images change for the public when the page does (an
    unpublished page's images stop being served, so their cached copies must go)."""
    batch.add_urls(site_urls(image_paths(used_image_ids([page]))))


def purge_images_of_collection(collection_id: int) -> None:
    """After commit: purge the cached images of a collection that was released or withdrawn."""
    if not front_cache_enabled():
        return
    ids = list(
        get_image_model().objects.filter(collection_id=collection_id).values_list("pk", flat=True)
    )

    def purge() -> None:
        batch = PurgeBatch()
        batch.add_urls(site_urls(image_paths(ids)))
        batch.purge()

    transaction.on_commit(purge)


def on_release_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A collection was released or withdrawn: its images' cached copies must go."""
    purge_images_of_collection(instance.collection_id)


def connect() -> None:
    """Connect the receivers (called from PortalConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from portal.models import PublicCollection

    for signal in (post_save, post_delete):
        signal.connect(
            on_release_change,
            sender=PublicCollection,
            dispatch_uid=f"portal.files.release.{signal is post_save}",
        )
