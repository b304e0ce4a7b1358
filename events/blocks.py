"""StreamField blocks of events: the agenda item (time, topic, speaker).

The materials and the photo gallery reuse portal.blocks (DocumentLinkBlock, CaptionedImageBlock,
whose Wagtail ImageBlock asks for alternative text unless the image is marked decorative).
"""

from __future__ import annotations

from datetime import time

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    """One row of an event's agenda; rendered as a table row (time is the row header)."""

    time = blocks.TimeBlock(label=_("Saat"))
    item = blocks.CharBlock(label=_("Konu"), max_length=250)
    speaker = blocks.CharBlock(
        label=_("Konuşmacı"),
        required=False,
        max_length=200,
        help_text=_("İsteğe bağlı; kişi adı yerine görev ya da kurum da yazılabilir."),
    )

    class Meta:
        icon = "time"
        template = "events/blocks/agenda_item_block.html"
        preview_template = "events/blocks/agenda_item_block_preview.html"
        label = _("Program maddesi")
        description = _("Programın bir satırı: saat, konu ve isteğe bağlı konuşmacı.")
        preview_value = {
            "time": time(10, 0),
            "item": "Açılış ve tanışma",
            "speaker": "Proje ekibi",
        }


def agenda_blocks() -> list[tuple[str, blocks.Block]]:
    """The blocks of the agenda StreamField: agenda items only."""
    return [("item", AgendaItemBlock())]
