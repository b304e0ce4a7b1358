"""portal.block_definitions: a StreamField's block definition is packed for the editor once per
language and process, and the edit form carries exactly what Wagtail would pack on each form
(UPGRADING.md)."""

from __future__ import annotations

import html
import json
import re

import pytest

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.blocks.base import Block, BlockWidget
from wagtail.users.models import UserProfile

from portal import block_definitions
from portal.models import StandardPage
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

TURKISH = block_definitions.packed_attribute("tr")

BLOCK_DEFINITION = re.compile(r'data-w-block-data-value="([^"]*)"')
#: Draftail's empty rich text, a block's default, has a random block key in each packing.
DRAFTAIL_KEY = re.compile(r'(key\\": \\")[a-z0-9]+')


@pytest.fixture
def standard_page(site_tree: SiteTree) -> StandardPage:
    return StandardPageFactory(parent=site_tree.home, title="Hakkında", slug="hakkinda")


def block_definition_of_form(client: Client, page: StandardPage) -> str:
    response = client.get(f"/admin/pages/{page.pk}/edit/", HTTP_HOST="localhost")
    assert response.status_code == 200
    found = BLOCK_DEFINITION.findall(response.content.decode())
    assert len(found) == 1, "the StandardPage's form has one StreamField"
    # As the editor reads it: labels in their own letters, not \\u escapes.
    return json.dumps(json.loads(html.unescape(found[0])), ensure_ascii=False)


def forget_packed_definitions(block: Block) -> None:
    """Drop what the block definition keeps of earlier packings (another test's, the warm-up's)."""
    for language, _name in settings.LANGUAGES:
        vars(block).pop(block_definitions.packed_attribute(language), None)


def test_the_patch_is_installed() -> None:
    assert BlockWidget._build_block_json is block_definitions.build_block_json_once


def test_the_form_carries_wagtails_own_definition(
    admin_client: Client, standard_page: StandardPage
) -> None:
    forget_packed_definitions(StandardPage._meta.get_field("body").stream_block)
    ours = block_definition_of_form(admin_client, standard_page)
    block_definitions.unpatch()
    try:
        wagtails = block_definition_of_form(admin_client, standard_page)
    finally:
        block_definitions.patch()
    assert DRAFTAIL_KEY.search(wagtails)
    assert DRAFTAIL_KEY.sub(r"\1…", ours) == DRAFTAIL_KEY.sub(r"\1…", wagtails)
    assert "Alıntı" in ours  # the quote block's Turkish label: a real definition


def test_packed_once_per_language(
    admin_client: Client, admin_user: AbstractUser, standard_page: StandardPage
) -> None:
    block = StandardPage._meta.get_field("body").stream_block
    forget_packed_definitions(block)
    first = block_definition_of_form(admin_client, standard_page)
    turkish = vars(block)[TURKISH]
    assert block_definition_of_form(admin_client, standard_page) == first
    assert vars(block)[TURKISH] is turkish  # not packed again

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    english = block_definition_of_form(admin_client, standard_page)
    assert "Quote" in english
    assert "Alıntı" not in english
    assert vars(block)[TURKISH] is turkish


def test_a_new_block_definition_is_packed_anew() -> None:
    """A block definition built at run time (not a model field's) is packed on its own."""
    from wagtail import blocks

    first = BlockWidget(blocks.StreamBlock([("text", blocks.CharBlock(label="Birinci"))]))
    second = BlockWidget(blocks.StreamBlock([("text", blocks.CharBlock(label="Sonraki"))]))
    assert "Birinci" in first.block_json
    assert "Sonraki" in second.block_json
    assert "Birinci" not in second.block_json
