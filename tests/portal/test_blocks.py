"""Shared StreamField blocks: allowed-block lists, rendering and admin metadata."""

from __future__ import annotations

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile

from wagtail.documents.models import Document

from portal.blocks import BLOCK_LIBRARY, DataTableBlock, HeadingBlock, QuoteBlock, stream_blocks


def test_unknown_block_names_raise() -> None:
    with pytest.raises(ImproperlyConfigured, match="Unknown block name"):
        stream_blocks("heading", "carousel")


def test_stream_blocks_keep_the_requested_order() -> None:
    assert [name for name, _block in stream_blocks("quote", "heading")] == ["quote", "heading"]


@pytest.mark.parametrize("name", sorted(BLOCK_LIBRARY))
def test_every_block_documents_itself(name: str) -> None:
    block = BLOCK_LIBRARY[name]()
    assert block.meta.icon
    assert block.meta.template.startswith("blocks/")
    assert block.meta.description


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
