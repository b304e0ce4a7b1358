"""StreamField blocks shared by several apps.

Each page type picks its blocks by name with `stream_blocks(...)`, which raises on an unknown name
instead of silently dropping it. Every block sets icon, template, description and (where it needs
no database object) preview_value, so the admin's block picker can preview it.
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 by default, so the page title stays the only h1."""

    text = blocks.CharBlock(label=_("Başlık"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Düzey"),
        choices=[("h2", _("Başlık 2")), ("h3", _("Başlık 3")), ("h4", _("Başlık 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Başlık")
        description = _("Bir bölüm başlığı; içindekiler ve ekran okuyucular için sayfayı böler.")
        preview_value = {"text": "Yerel Eşitlik Eylem Planı nedir?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text with a restricted, accessible feature set (no inline headings above h3)."""

    def __init__(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Metin")
        description = _("Biçimlendirilmiş metin: paragraflar, listeler, bağlantılar.")
        preview_value = (
            "<p>Yerel Eşitlik Eylem Planları, belediyelerin kadın ve erkeklerin eşitliği için "
            "somut, ölçülebilir adımlarını gösterir.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alternative text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Görsel"))
    caption = blocks.CharBlock(label=_("Altyazı"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Görsel")
        description = _("Alternatif metni olan bir görsel ve isteğe bağlı altyazı.")


class QuoteBlock(blocks.StructBlock):
    """A block quotation with its attribution."""

    text = blocks.TextBlock(label=_("Alıntı"))
    attribution = blocks.CharBlock(label=_("Kaynak"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Alıntı")
        description = _("Bir alıntı ve kaynağı.")
        preview_value = {
            "text": "Taraf Devletler, kadınlara karşı ayrımcılığın her türlüsünü kınar.",
            "attribution": "CEDAW, Madde 2",
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A download link to a Wagtail document, with its type and size shown to the reader."""

    document = DocumentChooserBlock(label=_("Belge"))
    title = blocks.CharBlock(
        label=_("Bağlantı metni"),
        required=False,
        max_length=200,
        help_text=_("Boş bırakılırsa belgenin başlığı kullanılır."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Belge bağlantısı")
        description = _("İndirilebilir bir belgeye (PDF, tablo…) bağlantı.")


class MediaEmbedBlock(blocks.StructBlock):
    """An oEmbed (video, slides) with the title screen readers announce for its frame."""

    embed = EmbedBlock(label=_("Bağlantı (URL)"))
    title = blocks.CharBlock(label=_("Başlık"), max_length=200)

    class Meta:
        icon = "media"
        template = "blocks/media_embed_block.html"
        label = _("Gömülü içerik")
        description = _(
            "Video veya sunum gibi gömülü içerik; başlığı erişilebilirlik için zorunlu."
        )


class DataTableBlock(TableBlock):
    """A table with a caption and header cells that carry scope for screen readers."""

    class Meta:
        icon = "table"
        template = "blocks/data_table_block.html"
        label = _("Tablo")
        description = _("Başlık satırı ve açıklaması olan bir veri tablosu.")
        preview_value = {
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "Örnek tablo",
            "data": [["Gösterge", "Kadın", "Erkek"], ["Katılımcı", "12", "8"]],
        }


#: Every block a page type may choose from, by the name stored in the database.
BLOCK_LIBRARY: dict[str, type[blocks.Block]] = {
    "heading": HeadingBlock,
    "paragraph": ParagraphBlock,
    "image": CaptionedImageBlock,
    "quote": QuoteBlock,
    "document": DocumentLinkBlock,
    "embed": MediaEmbedBlock,
    "table": DataTableBlock,
}


def stream_blocks(*names: str) -> list[tuple[str, blocks.Block]]:
    """Block instances for a StreamField, in the given order; an unknown name raises."""
    unknown = [name for name in names if name not in BLOCK_LIBRARY]
    if unknown:
        raise ImproperlyConfigured(
            f"Unknown block name(s) {unknown}; choose from {sorted(BLOCK_LIBRARY)}."
        )
    return [(name, BLOCK_LIBRARY[name]()) for name in names]
