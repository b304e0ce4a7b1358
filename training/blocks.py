"""StreamField blocks of training programmes and modules: trainers, materials, videos, exercises.

A material's privacy is its document's collection: documents in a programme's participants-only
collection are served only to that programme's participants (Wagtail's collection privacy, checked
by the document serve view), so a direct document URL is as closed as the module page.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from portal.blocks import RICH_TEXT_FEATURES

#: What a downloadable material is; shown next to its link.
MATERIAL_KINDS = [
    ("handout", _("Ders notu")),
    ("slides", _("Sunum")),
    ("worksheet", _("Alıştırma föyü")),
    ("reading", _("Okuma metni")),
]


class DocumentMaterialValue(blocks.StructValue):
    """A document material's value, which also knows the label of its kind."""

    def kind_label(self) -> str:
        """ "Sunum", "Ders notu"… in the active language."""
        return str(dict(MATERIAL_KINDS).get(self.get("kind"), ""))


class ListItemBlock(blocks.CharBlock):
    """One line of a list (a learning outcome, a module objective), rendered as a list item."""

    def __init__(self, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("max_length", 300)
        super().__init__(**kwargs)

    class Meta:
        icon = "list-ul"
        template = "training/blocks/list_item_block.html"
        description = _("Bir satır: bir öğrenme kazanımı ya da modülün bir hedefi.")
        preview_value = "Eylem planındaki bir hizmetin kadınlara ve erkeklere etkisini ölçebilmek."


class TrainerBlock(blocks.StructBlock):
    """A trainer: name (or role), organisation and a line on their expertise."""

    name = blocks.CharBlock(label=_("Ad ya da görev"), max_length=120)
    organisation = blocks.CharBlock(label=_("Kurum"), max_length=160, required=False)
    expertise = blocks.CharBlock(label=_("Uzmanlık"), max_length=200, required=False)

    class Meta:
        icon = "user"
        label = _("Eğitmen")
        template = "training/blocks/trainer_block.html"
        description = _("Bir eğitmen: adı ya da görevi, kurumu ve uzmanlık alanı.")
        preview_value = {
            "name": "Toplumsal cinsiyet eşitliği uzmanı",
            "organisation": "Kadın Çalışmaları Merkezi",
            "expertise": "Toplumsal cinsiyete duyarlı bütçeleme",
        }


class DocumentMaterialBlock(blocks.StructBlock):
    """A downloadable material: the document, a title and its kind."""

    document = DocumentChooserBlock(
        label=_("Belge"),
        help_text=_(
            "Katılımcılara özel bir materyali programın “katılımcılara özel” koleksiyonuna "
            "yükleyin; o koleksiyondaki belgeler yalnızca programın katılımcılarına indirilir."
        ),
    )
    title = blocks.CharBlock(label=_("Başlık"), max_length=200)
    kind = blocks.ChoiceBlock(label=_("Tür"), choices=MATERIAL_KINDS, default="handout")

    class Meta:
        value_class = DocumentMaterialValue
        icon = "doc-full"
        label = _("Belge")
        template = "training/blocks/document_material_block.html"
        description = _("İndirilebilir bir materyal: belge, başlığı ve türü (ders notu, sunum…).")


class VideoMaterialBlock(blocks.StructBlock):
    """An embedded video with a title and a text alternative (summary or transcript link)."""

    video = EmbedBlock(label=_("Video bağlantısı"))
    title = blocks.CharBlock(label=_("Başlık"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Metin alternatifi"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Videonun özeti ya da döküm metni; görme ve işitme engelli katılımcılar için."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "training/blocks/video_material_block.html"
        description = _("Gömülü bir video; başlığı ve metin alternatifi (özet ya da döküm) ile.")


class ExerciseBlock(blocks.StructBlock):
    """A group or individual exercise: title, duration and instructions."""

    title = blocks.CharBlock(label=_("Başlık"), max_length=200)
    minutes = blocks.IntegerBlock(label=_("Süre (dakika)"), min_value=1, required=False)
    instructions = blocks.RichTextBlock(label=_("Yönerge"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ol"
        label = _("Alıştırma")
        template = "training/blocks/exercise_block.html"
        description = _("Bir grup ya da bireysel alıştırma: başlık, süre ve yönerge.")
        preview_value = {
            "title": "Hizmetlere toplumsal cinsiyet gözlüğüyle bakmak",
            "minutes": 30,
            "instructions": (
                "<p>Gruplara ayrılın; belediyenizin bir hizmetini kadınların ve erkeklerin "
                "ihtiyaçları açısından ayrı ayrı değerlendirin.</p>"
            ),
        }


def material_blocks() -> list[tuple[str, blocks.Block]]:
    """The blocks of a module's materials StreamField."""
    return [
        ("document", DocumentMaterialBlock()),
        ("video", VideoMaterialBlock()),
        ("exercise", ExerciseBlock()),
    ]
