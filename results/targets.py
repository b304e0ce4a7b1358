"""The eight targets the project promised (from its description), to start the snippet with.

Editors keep them afterwards in the admin ("Proje hedefleri"); `ensure_default_targets` only adds
the ones whose key is missing, so it never overwrites an editor's change.
"""

from __future__ import annotations

from dataclasses import dataclass

from wagtail.models import Locale

from portal.bilingual import Text

from .measures import Measure
from .models import ProjectTarget


@dataclass(frozen=True)
class DefaultTarget:
    """One promise of the project: texts in both languages, numbers and measures."""

    key: str
    label: Text
    description: Text
    target: int
    unit: Text
    measure: Measure
    second_target: int | None = None
    second_unit: Text = Text("", "")
    second_measure: Measure | str = ""


PEOPLE = Text("kişi", "people")
MUNICIPALITIES = Text("belediye", "municipalities")

DEFAULT_TARGETS: tuple[DefaultTarget, ...] = (
    DefaultTarget(
        key="yeep-inceleme",
        label=Text("YEEP'i incelenen belediyeler", "Municipalities whose YEEP is examined"),
        description=Text(
            "İzleme Heyeti'nin onaylı değerlendirmesi yayımlanmış belediyeler.",
            "Municipalities with an assessment approved and published by the Monitoring Board.",
        ),
        target=10,
        unit=MUNICIPALITIES,
        measure=Measure.MUNICIPALITIES_ASSESSED,
    ),
    DefaultTarget(
        key="raporlar",
        label=Text("İlerleme raporları ve final raporu", "Progress reports and the final report"),
        description=Text(
            "İzleme Heyeti'nin onayıyla yayımlanmış raporlar.",
            "Reports published with the Monitoring Board's approval.",
        ),
        target=3,
        unit=Text("ilerleme raporu", "progress reports"),
        measure=Measure.PROGRESS_REPORTS,
        second_target=1,
        second_unit=Text("final raporu", "final report"),
        second_measure=Measure.FINAL_REPORTS,
    ),
    DefaultTarget(
        key="egitim-belediye-personeli",
        label=Text("Belediye personelinin eğitimi", "Training of municipal staff"),
        description=Text(
            "Gösterge temelli izleme, toplumsal cinsiyet eşitliği ve yerel eşitlik eylem planı "
            "hazırlama eğitimlerini tamamlayan belediye çalışanları ve belediyeleri.",
            "Municipal staff who completed the training in indicator-based monitoring, gender "
            "equality or preparing a local equality action plan, and their municipalities.",
        ),
        target=100,
        unit=PEOPLE,
        measure=Measure.STAFF_TRAINED,
        second_target=50,
        second_unit=MUNICIPALITIES,
        second_measure=Measure.STAFF_MUNICIPALITIES,
    ),
    DefaultTarget(
        key="egitim-izleme-heyeti",
        label=Text(
            "İzleme Heyeti üyelerinin hak temelli izleme eğitimi",
            "Training of Monitoring Board members in rights-based monitoring",
        ),
        description=Text(
            "Hak temelli izleme eğitimini tamamlayan İzleme Heyeti üyeleri.",
            "Monitoring Board members who completed the training in rights-based monitoring.",
        ),
        target=22,
        unit=PEOPLE,
        measure=Measure.BOARD_MEMBERS_TRAINED,
    ),
    DefaultTarget(
        key="acilis-toplantisi",
        label=Text("Açılış toplantısı", "Opening meeting"),
        description=Text(
            "Toplantıya katılanların sayısı.", "The number of people who attended the meeting."
        ),
        target=50,
        unit=PEOPLE,
        measure=Measure.OPENING_ATTENDANCE,
    ),
    DefaultTarget(
        key="kapanis-toplantisi",
        label=Text("Kapanış ve yaygınlaştırma toplantısı", "Closing and dissemination meeting"),
        description=Text(
            "Toplantıya katılanların sayısı.", "The number of people who attended the meeting."
        ),
        target=100,
        unit=PEOPLE,
        measure=Measure.CLOSING_ATTENDANCE,
    ),
    DefaultTarget(
        key="platform-bilgilendirme",
        label=Text("Platform bilgilendirme toplantısı", "Platform information meeting"),
        description=Text(
            "İzlenen on belediyeden katılımcılarla; belediyeler, toplantı sayfasının ilgili "
            "belediyeleridir.",
            "With participants from the ten monitored municipalities; the municipalities are "
            "those the meeting's page links to.",
        ),
        target=20,
        unit=PEOPLE,
        measure=Measure.PLATFORM_INFORMATION_ATTENDANCE,
        second_target=10,
        second_unit=MUNICIPALITIES,
        second_measure=Measure.PLATFORM_INFORMATION_MUNICIPALITIES,
    ),
    DefaultTarget(
        key="deneyim-paylasimi",
        label=Text("Deneyim paylaşımı toplantısı", "Experience-sharing meeting"),
        description=Text(
            "Toplantıya katılanların sayısı.", "The number of people who attended the meeting."
        ),
        target=100,
        unit=PEOPLE,
        measure=Measure.EXPERIENCE_SHARING_ATTENDANCE,
    ),
)


def english_values(default: DefaultTarget) -> dict[str, str]:
    """The English texts of a default target (for its wagtail-localize translation)."""
    values = {
        "label": default.label.en,
        "description": default.description.en,
        "unit": default.unit.en,
    }
    if default.second_unit.en:
        values["second_unit"] = default.second_unit.en
    return values


def ensure_default_targets(locale: Locale) -> list[tuple[ProjectTarget, DefaultTarget]]:
    """The eight targets in the source-language `locale`, each created only when no target has
    its key; returns (target, its default) pairs in order."""
    pairs = []
    for order, default in enumerate(DEFAULT_TARGETS, start=1):
        target = ProjectTarget.objects.filter(locale=locale, key=default.key).first()
        if target is None:
            target = ProjectTarget.objects.create(
                locale=locale,
                key=default.key,
                label=default.label.tr,
                description=default.description.tr,
                target=default.target,
                unit=default.unit.tr,
                measure=default.measure,
                second_target=default.second_target,
                second_unit=default.second_unit.tr,
                second_measure=default.second_measure,
                sort_order=order * 10,
            )
        pairs.append((target, default))
    return pairs
