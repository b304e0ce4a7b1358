"""Blocks of indicators/: the rights reference of an indicator."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class Instrument(blocks.ChoiceBlock):
    """The rights instruments the board's indicators refer to."""

    choices = [
        ("cedaw", _("CEDAW")),
        ("istanbul_convention", _("İstanbul Sözleşmesi")),
        ("european_charter", _("Yerel Yaşamda Kadın Erkek Eşitliği Avrupa Şartı")),
        ("constitution", _("Türkiye Cumhuriyeti Anayasası")),
        ("other", _("Diğer")),
    ]


class RightReferenceValue(blocks.StructValue):
    """Value of a RightReferenceBlock, with the instrument's readable name."""

    @property
    def instrument_label(self) -> str:
        return str(dict(Instrument.choices).get(self.get("instrument"), self.get("instrument")))


class RightReferenceBlock(blocks.StructBlock):
    """One article of a rights instrument that the indicator helps to monitor."""

    instrument = Instrument(label=_("Belge"))
    article = blocks.CharBlock(label=_("Madde"), max_length=30)
    note = blocks.TextBlock(label=_("Açıklama"), required=False)

    class Meta:
        icon = "clipboard-list"
        template = "blocks/right_reference_block.html"
        label = _("Hak dayanağı")
        value_class = RightReferenceValue
        description = _("Göstergenin izlediği hak ve ilgili madde.")
        preview_value = {
            "instrument": "cedaw",
            "article": "7",
            "note": "Kadınların siyasal ve kamusal yaşama eşit katılımı.",
        }
