"""StreamField blocks: allowed-block lists, rendering, and the admin metadata and previews of
every block of every app."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

import pytest

from django.apps import AppConfig, apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.template.loader import get_template
from django.test import Client
from django.utils.functional import Promise

from wagtail import blocks
from wagtail.documents.models import Document
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField

from portal.blocks import BLOCK_LIBRARY, DataTableBlock, HeadingBlock, QuoteBlock, stream_blocks


def is_ours(app_config: AppConfig) -> bool:
    """An app of this repository (not Wagtail's or another installed package's)."""
    return Path(app_config.path).parent == Path(settings.BASE_DIR)


def picker_blocks() -> dict[str, blocks.Block]:
    """Every block editors pick from in a StreamField of the portal's models, once per block
    class and label ("<app>.<Model>.<field>.<name>"), and the shared library's blocks."""
    found: dict[str, blocks.Block] = {}
    seen: set[tuple[type, str]] = set()

    def add(key: str, block: blocks.Block) -> None:
        if (type(block), str(block.label)) not in seen:
            seen.add((type(block), str(block.label)))
            found[key] = block

    for model in apps.get_models():
        if not is_ours(model._meta.app_config):
            continue
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for name, block in field.stream_block.child_blocks.items():
                    add(f"{model._meta.label}.{field.name}.{name}", block)
    for name, block_class in BLOCK_LIBRARY.items():
        block = block_class()
        block.set_name(name)
        add(f"portal.blocks.{name}", block)
    return found


PICKER_BLOCKS = picker_blocks()


def needs_library_object(block: blocks.Block) -> bool:
    """A block whose value is an image or document of the library, or an oEmbed fetched from
    elsewhere: it cannot have a preview value of its own."""
    if isinstance(block, blocks.ChooserBlock | EmbedBlock):
        return True
    children = getattr(block, "child_blocks", {}).values()
    return any(needs_library_object(child) for child in children)


def assert_labelled(block: blocks.Block, path: str) -> None:
    """The block and its fields (recursively) carry a translatable label of their own."""
    assert isinstance(block.meta.label, Promise), f"{path}: no gettext label"
    if type(block).__module__.startswith("wagtail."):
        return  # Wagtail's own compound blocks (ImageBlock) label their parts
    for name, child in getattr(block, "child_blocks", {}).items():
        assert_labelled(child, f"{path}.{name}")


def test_unknown_block_names_raise() -> None:
    with pytest.raises(ImproperlyConfigured, match="Unknown block name"):
        stream_blocks("heading", "carousel")


def test_stream_blocks_keep_the_requested_order() -> None:
    assert [name for name, _block in stream_blocks("quote", "heading")] == ["quote", "heading"]


def block_classes_in_use() -> set[type]:
    """The classes of the picker blocks and of every block inside them."""
    found: set[type] = set()

    def walk(block: blocks.Block) -> None:
        found.add(type(block))
        for child in getattr(block, "child_blocks", {}).values():
            walk(child)

    for block in PICKER_BLOCKS.values():
        walk(block)
    return found


def test_the_walk_reaches_every_block_of_every_apps_blocks_module() -> None:
    in_use = block_classes_in_use()
    modules = 0
    for app_config in apps.get_app_configs():
        if not is_ours(app_config):
            continue
        try:
            module = import_module(f"{app_config.name}.blocks")
        except ModuleNotFoundError:
            continue
        modules += 1
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, blocks.Block)
                and value.__module__ == module.__name__
            ):
                assert value in in_use, f"{value.__qualname__} is in no StreamField"
    assert modules >= 4  # portal, indicators, events, training


@pytest.mark.parametrize("key", sorted(PICKER_BLOCKS))
def test_every_block_documents_itself(key: str) -> None:
    """Icon, template, a translatable label on the block and each of its fields, and a
    translatable description for the block picker."""
    block = PICKER_BLOCKS[key]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert get_template(block.meta.template)
    assert_labelled(block, key)
    description = block.get_description()
    assert isinstance(description, Promise) and str(description), key


@pytest.mark.django_db
@pytest.mark.parametrize("key", sorted(PICKER_BLOCKS))
def test_every_block_previews_its_preview_value(key: str, admin_client: Client) -> None:
    """The block picker's preview (Wagtail's own view) renders the block's preview value;
    blocks of library images, documents or embeds have none and are not offered a preview."""
    block = PICKER_BLOCKS[key]
    if needs_library_object(block):
        assert not block.is_previewable, key
        return
    assert block.is_previewable, key
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200, key
    html = response.content.decode()
    assert 'href="/static/css/portal.css"' in html  # styled as on the site
    assert str(block.render(block.get_preview_value())).strip() in html, key


def test_heading_block_renders_the_chosen_level() -> None:
    block = HeadingBlock()
    html = block.render(block.to_python({"text": "Eşitlik <b>ve</b> izleme", "level": "h3"}))
    assert html.strip() == "<h3>Eşitlik &lt;b&gt;ve&lt;/b&gt; izleme</h3>"


def test_quote_block_renders_blockquote_with_attribution() -> None:
    block = QuoteBlock()
    html = block.render(block.to_python({"text": "Eşit haklar.", "attribution": "CEDAW"}))
    assert "<blockquote><p>Eşit haklar.</p></blockquote>" in html
    assert "<cite>CEDAW</cite>" in html


def test_table_block_has_caption_and_header_scope() -> None:
    block = DataTableBlock()
    value = block.to_python(
        {
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "Katılım",
            "data": [["", "Kadın", "Erkek"], ["2025", "12", "8"]],
        }
    )
    html = block.render(value)
    assert "<caption>Katılım</caption>" in html
    assert '<th scope="col"' in html
    assert '<th scope="row"' in html


@pytest.mark.django_db
def test_document_link_block_shows_type_and_size() -> None:
    document = Document(title="Plan PDF", file=ContentFile(b"%PDF-1.4 sample", name="plan.pdf"))
    document._set_document_file_metadata()  # as the admin upload form does
    document.save()
    block = BLOCK_LIBRARY["document"]()
    html = block.render(block.to_python({"document": document.pk, "title": ""}))
    assert "Plan PDF" in html
    assert "(PDF, 15\xa0bayt)" in html
    assert f'href="/documents/{document.pk}/plan.pdf"' in html


def test_embed_frames_get_an_escaped_title() -> None:
    from portal.templatetags.portal_tags import with_frame_title

    html = with_frame_title('<iframe src="https://v.example/1"></iframe>', 'Açılış "toplantısı"')
    assert html == (
        '<iframe title="Açılış &quot;toplantısı&quot;" src="https://v.example/1"></iframe>'
    )
    titled = '<iframe title="Kendi" src="x"></iframe>'
    assert with_frame_title(titled, "Başka") == titled
