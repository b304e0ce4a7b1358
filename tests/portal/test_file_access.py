"""Files follow the approval rule: a document or image is served to anonymous visitors only once
a live public page uses it, or once an editor released its collection (portal.models.public_files,
portal.files). Every channel is read: the document view, image originals and renditions, the pages
API, search and the sitemap; unpublishing withdraws a file and purges its cached copies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from wagtail_factories import ImageFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.models import Collection, PageViewRestriction

from plans.roles import MUNICIPALITIES_COLLECTION
from portal.models import PublicCollection, StandardPage, public_files
from portal.roles import EDITORS, MONITORING_BOARD, PRESS_KIT_COLLECTION
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree
from tests.scenarios.users import user_in
from tests.training.factories import DocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.reference_index]


def reporter_of(municipality: Any, username: str) -> AbstractUser:
    """A user in the municipality's reporters group."""
    user = get_user_model().objects.create_user(username, password="x-secret-123")
    user.groups.add(municipality.reporters_group)
    return user


@pytest.fixture
def evidence(site_tree: SiteTree) -> Any:
    """A reporter's upload into Kadıköy's collection, used by no page yet."""
    return DocumentFactory(
        title="Taslak kanıt",
        collection=site_tree.kadikoy.collection,
        uploaded_by_user=reporter_of(site_tree.kadikoy, "kadikoy-raportor"),
    )


@pytest.fixture
def photo(site_tree: SiteTree) -> Any:
    """An image in Kadıköy's collection with one rendition, used by no page yet."""
    image = ImageFactory(title="Taslak fotoğraf", collection=site_tree.kadikoy.collection)
    image.get_rendition("width-100")
    return image


def page_using(parent: Any, *, document: Any = None, image: Any = None, **kwargs: Any) -> Any:
    """A published standard page whose body links the document and shows the image."""
    body = []
    if document is not None:
        body.append({"type": "document", "value": {"document": document.pk, "title": "Kanıt"}})
    if image is not None:
        body.append(
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Fotoğraf", "decorative": False},
                    "caption": "",
                },
            }
        )
    page = StandardPageFactory(parent=parent, body=json.dumps(body), **kwargs)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def image_urls(image: Any) -> list[str]:
    """The original's URL and every rendition's."""
    return [image.file.url, *(rendition.url for rendition in image.renditions.all())]


def status(client: Client, url: str) -> int:
    """The status of a GET; a streamed file is read to its end, which closes it as a server
    would (calling close() directly would also close the test's database connection)."""
    response = client.get(url)
    if response.streaming:
        b"".join(response.streaming_content)
    return response.status_code


def test_an_unused_upload_is_404_for_anonymous_visitors_on_every_path(
    client: Client, evidence: Any, photo: Any
) -> None:
    assert status(client, evidence.url) == 404
    for url in image_urls(photo):
        assert url.startswith("/media/")
        assert status(client, url) == 404, url
    # The storage's own paths are never served.
    assert status(client, f"/media/{evidence.file.name}") == 404


def test_a_live_public_page_makes_its_files_public_and_unpublishing_withdraws_them(
    client: Client, site_tree: SiteTree, evidence: Any, photo: Any
) -> None:
    page = page_using(site_tree.home, document=evidence, image=photo)

    assert status(client, evidence.url) == 200
    for url in image_urls(photo):
        assert status(client, url) == 200, url
    assert public_files(type(evidence)).filter(pk=evidence.pk).exists()

    page.unpublish()

    assert status(client, evidence.url) == 404
    for url in image_urls(photo):
        assert status(client, url) == 404, url


def test_draft_and_private_pages_do_not_make_files_public(
    client: Client, site_tree: SiteTree, evidence: Any, photo: Any
) -> None:
    draft = StandardPageFactory(parent=site_tree.home, live=False)
    draft.body = json.dumps(
        [{"type": "document", "value": {"document": evidence.pk, "title": "Kanıt"}}]
    )
    draft.save()
    private = page_using(site_tree.home, image=photo)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert status(client, evidence.url) == 404
    assert status(client, photo.file.url) == 404

    # Whoever may view the private page may have its image (a participant on a private module).
    visitor = get_user_model().objects.create_user("ziyaretci", password="x-secret-123")
    client.force_login(visitor)
    assert status(client, photo.file.url) == 200
    assert status(client, evidence.url) == 404


def test_a_later_draft_revision_does_not_make_a_file_public(
    client: Client, site_tree: SiteTree, evidence: Any
) -> None:
    page = page_using(site_tree.home)
    page.body = json.dumps(
        [{"type": "document", "value": {"document": evidence.pk, "title": "Kanıt"}}]
    )
    page.save_revision()  # a draft on top of the live page

    assert status(client, evidence.url) == 404


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        ("uploader", 200),
        ("kadikoy_reporter", 200),
        ("nilufer_reporter", 404),
        ("editor", 200),
        ("board_member", 200),
        ("participant", 404),
    ],
)
def test_people_who_work_on_a_draft_still_get_its_files(
    site_tree: SiteTree,
    evidence: Any,
    photo: Any,
    who: str,
    expected: int,
) -> None:
    people = {
        "uploader": lambda: evidence.uploaded_by_user,
        "kadikoy_reporter": lambda: reporter_of(site_tree.kadikoy, "kadikoy-2"),
        "nilufer_reporter": lambda: reporter_of(site_tree.nilufer, "nilufer-raportor"),
        "editor": lambda: user_in(EDITORS, "editor-x"),
        "board_member": lambda: user_in(MONITORING_BOARD, "heyet-x"),
        "participant": lambda: get_user_model().objects.create_user("katilimci-x"),
    }
    client = Client(HTTP_HOST="localhost")
    client.force_login(people[who]())

    assert status(client, evidence.url) == expected
    assert status(client, photo.file.url) == expected
    if expected == 200:
        response = client.get(photo.file.url)
        b"".join(response.streaming_content)
        assert "public" not in response["Cache-Control"]  # never shared by the front cache


def test_a_released_collection_serves_its_files_before_any_page_uses_them(
    client: Client, site_tree: SiteTree
) -> None:
    press_kit = Collection.objects.get(name=PRESS_KIT_COLLECTION)
    release = PublicCollection.objects.get(collection=press_kit)  # created by setup_roles
    logo = ImageFactory(title="Logo", collection=press_kit)
    bulletin = DocumentFactory(title="Basın bülteni", collection=press_kit)

    assert status(client, bulletin.url) == 200
    assert status(client, logo.file.url) == 200

    release.delete()

    assert status(client, bulletin.url) == 404
    assert status(client, logo.file.url) == 404


@pytest.mark.parametrize("kind", ["root", "municipality", "municipalities", "restricted"])
def test_collections_that_hold_drafts_or_private_files_cannot_be_released(
    site_tree: SiteTree, kind: str
) -> None:
    from wagtail.models import CollectionViewRestriction

    root = Collection.get_first_root_node()
    restricted = root.add_child(name="Gizli")
    CollectionViewRestriction.objects.create(collection=restricted, restriction_type="login")
    collection = {
        "root": root,
        "municipality": site_tree.kadikoy.collection,
        "municipalities": Collection.objects.get(name=MUNICIPALITIES_COLLECTION),
        "restricted": restricted.add_child(name="Alt"),
    }[kind]

    with pytest.raises(ValidationError) as error:
        PublicCollection(collection=collection).full_clean()

    assert "collection" in error.value.message_dict


def test_the_pages_api_lists_only_files_that_public_pages_use(
    client: Client, site_tree: SiteTree, evidence: Any, photo: Any
) -> None:
    press_kit = Collection.objects.get(name=PRESS_KIT_COLLECTION)
    ImageFactory(title="Basın logosu", collection=press_kit)

    def listed(kind: str) -> set[str]:
        response = client.get(f"/api/v2/{kind}/?limit=50")
        return {item["title"] for item in json.loads(response.content)["items"]}

    assert "Taslak kanıt" not in listed("documents")
    assert listed("images") == set()
    assert status(client, f"/api/v2/images/{photo.pk}/") == 404

    page_using(site_tree.home, document=evidence, image=photo)

    assert "Taslak kanıt" in listed("documents")
    assert listed("images") == {"Taslak fotoğraf"}


def test_search_and_sitemap_show_no_unpublished_file(
    client: Client, site_tree: SiteTree, evidence: Any, photo: Any
) -> None:
    draft = StandardPageFactory(parent=site_tree.home, title="Gizli kanıt sayfası", live=False)
    draft.body = json.dumps(
        [{"type": "document", "value": {"document": evidence.pk, "title": "Kanıt"}}]
    )
    draft.save()

    results = client.get("/tr/ara/?q=kanıt").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "Gizli kanıt sayfası" not in results
    for body in (results, sitemap):
        assert evidence.url not in body
        assert "/media/" not in body


def test_unpublishing_purges_the_images_the_page_used(
    site_tree: SiteTree, photo: Any, purged: list[str], django_capture_on_commit_callbacks: Any
) -> None:
    page = page_using(site_tree.home, image=photo)
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    for url in image_urls(photo):
        assert f"http://localhost{url}" in purged


def test_a_public_image_is_shared_by_the_front_cache_like_a_page(
    client: Client, site_tree: SiteTree, photo: Any
) -> None:
    page_using(site_tree.home, image=photo)

    response = client.get(photo.file.url)
    b"".join(response.streaming_content)

    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_an_editor_releases_a_collection_in_the_admin_from_allowed_ones_only(
    site_tree: SiteTree,
) -> None:
    root = Collection.get_first_root_node()
    leaflets = root.add_child(name="Broşürler")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user_in(EDITORS, "editor-x"))

    form = client.get("/admin/snippets/portal/publiccollection/add/").content.decode()
    refused = client.post(
        "/admin/snippets/portal/publiccollection/add/",
        {"collection": site_tree.kadikoy.collection.pk, "note": ""},
    )
    released = client.post(
        "/admin/snippets/portal/publiccollection/add/",
        {"collection": leaflets.pk, "note": "Basılı broşürler"},
    )

    assert "Broşürler" in form
    assert "Kadıköy Belediyesi" not in form
    assert refused.status_code == 200  # the form again, with its error
    assert not PublicCollection.objects.filter(collection=site_tree.kadikoy.collection).exists()
    assert released.status_code == 302
    assert PublicCollection.objects.get(collection=leaflets).note == "Basılı broşürler"
