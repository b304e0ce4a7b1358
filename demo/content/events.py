"""Bilingual text of the demo events: the project's four meetings and four training sessions.

Dates follow the project description's plan (opening early 2025, closing late 2027) on fixed
calendar dates, so the demo is the same whenever it is built; attendance figures are invented
samples. Venues are generic ("a meeting hall in Ankara"), links point at example.org and speakers
are roles, never people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from events.models import EventKind
from portal.bilingual import PageText, Text

ISTANBUL = ZoneInfo("Europe/Istanbul")

INDEX = PageText(
    key="events-index",
    title=Text("Etkinlikler", "Events"),
    slug=Text("etkinlikler", "events"),
    intro=Text(
        tr="Projenin toplantıları ve eğitim oturumları: yaklaşan ve geçmiş etkinlikler.",
        en="The project's meetings and training sessions: upcoming and past events.",
    ),
)

PROJECT_TEAM = Text("Proje ekibi", "Project team")
TRAINER = Text("Eğitmen", "Trainer")
NO_TEXT = Text("", "")
QUESTIONS = Text("Soru ve cevaplar", "Questions and answers")
ANKARA_HALL = Text("Ankara'da bir toplantı salonu (örnek)", "A meeting hall in Ankara (sample)")
ANKARA_TRAINING_ROOM = Text(
    "Ankara'da bir eğitim salonu (örnek)", "A training room in Ankara (sample)"
)
ANKARA_ADDRESS = Text("Çankaya, Ankara", "Çankaya, Ankara, Türkiye")
MUNICIPAL_STAFF = Text(
    "Elli belediyenin toplumsal cinsiyet eşitliği birimlerinden çalışanlar",
    "Staff of the gender-equality units of fifty municipalities",
)


@dataclass(frozen=True)
class AgendaItem:
    """One agenda row: local start time, topic and (optional) speaker's role."""

    time: time
    item: Text
    speaker: Text = NO_TEXT


@dataclass(frozen=True)
class DemoEvent:
    """One sample event: page text, kind, local times, place, audience, figures and agenda."""

    text: PageText
    kind: EventKind
    start: datetime
    end: datetime
    audience: Text
    agenda: tuple[AgendaItem, ...]
    venue_name: Text = NO_TEXT
    venue_address: Text = NO_TEXT
    online_link: str = ""
    target_attendance: int | None = None
    actual_attendance: int | None = None  # only for events over before the demo's first build
    all_municipalities: bool = False


#: Training sessions → the Turkish slug of the training programme they belong to
#: (demo.content.training).
SESSION_PROGRAMMES = {
    "event-board-training": "hak-temelli-izleme",
    "event-indicator-training": "gosterge-temelli-izleme",
    "event-gender-equality-training": "toplumsal-cinsiyet-esitligi",
    "event-yeep-preparation-training": "yeep-hazirlama",
}


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Türkiye-time moment."""
    return datetime(year, month, day, hour, minute, tzinfo=ISTANBUL)


EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(
        text=PageText(
            key="event-opening-meeting",
            title=Text("Proje açılış toplantısı", "Project opening meeting"),
            slug=Text("proje-acilis-toplantisi", "project-opening-meeting"),
            intro=Text(
                tr=(
                    "Belediyelerin ve sivil toplum kuruluşlarının temsilcilerini bir araya "
                    "getiren, projenin amacını ve izleme yaklaşımını tanıtan açılış toplantısı."
                ),
                en=(
                    "The opening meeting brought together representatives of municipalities and "
                    "civil-society organisations to present the project's aim and approach."
                ),
            ),
        ),
        kind=EventKind.OPENING,
        start=at(2025, 2, 18, 10),
        end=at(2025, 2, 18, 13),
        venue_name=ANKARA_HALL,
        venue_address=ANKARA_ADDRESS,
        audience=Text(
            "Belediyelerin, sivil toplum kuruluşlarının ve İzleme Heyetinin temsilcileri",
            "Representatives of municipalities, civil-society organisations and the "
            "Monitoring Board",
        ),
        target_attendance=50,
        actual_attendance=54,
        all_municipalities=True,
        agenda=(
            AgendaItem(
                time(10, 0), Text("Açılış ve tanışma", "Welcome and introductions"), PROJECT_TEAM
            ),
            AgendaItem(
                time(10, 30),
                Text("Projenin amacı ve izleme yaklaşımı", "The project's aim and approach"),
                Text("Proje koordinatörü", "Project coordinator"),
            ),
            AgendaItem(
                time(11, 30),
                Text("İzleme Heyetinin rolü", "The role of the Monitoring Board"),
                Text("İzleme Heyeti temsilcisi", "A Monitoring Board representative"),
            ),
            AgendaItem(time(12, 30), QUESTIONS),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-board-training",
            title=Text(
                "İzleme Heyeti için hak temelli izleme eğitimi",
                "Rights-based monitoring training for the Monitoring Board",
            ),
            slug=Text("heyet-hak-temelli-izleme-egitimi", "board-rights-based-monitoring-training"),
            intro=Text(
                tr=(
                    "İzleme Heyeti üyeleri, değerlendirmelere başlamadan önce hak temelli izleme "
                    "ve göstergeler üzerine iki günlük bir eğitim aldı."
                ),
                en=(
                    "Before starting the assessments, the members of the Monitoring Board took "
                    "a two-day training on rights-based monitoring and indicators."
                ),
            ),
        ),
        kind=EventKind.TRAINING_SESSION,
        start=at(2025, 4, 22, 9, 30),
        end=at(2025, 4, 23, 16, 30),
        venue_name=ANKARA_TRAINING_ROOM,
        venue_address=ANKARA_ADDRESS,
        audience=Text("İzleme Heyeti üyeleri", "Members of the Monitoring Board"),
        target_attendance=22,
        actual_attendance=22,
        agenda=(
            AgendaItem(
                time(9, 30),
                Text("Hak temelli izleme nedir?", "What is rights-based monitoring?"),
                TRAINER,
            ),
            AgendaItem(
                time(11, 0),
                Text(
                    "CEDAW ve İstanbul Sözleşmesi'nde yerel yönetimler",
                    "Local government in CEDAW and the Istanbul Convention",
                ),
                TRAINER,
            ),
            AgendaItem(
                time(14, 0),
                Text(
                    "Yapısal, süreç ve sonuç göstergeleri",
                    "Structural, process and outcome indicators",
                ),
                TRAINER,
            ),
            AgendaItem(
                time(15, 30),
                Text("Değerlendirme formunun uygulaması", "Practising the assessment form"),
                PROJECT_TEAM,
            ),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-indicator-training",
            title=Text("Gösterge temelli izleme eğitimi", "Training on indicator-based monitoring"),
            slug=Text("gosterge-temelli-izleme-egitimi", "indicator-based-monitoring-training"),
            intro=Text(
                tr=(
                    "Belediye çalışanları, toplumsal cinsiyet eşitliğini göstergelerle izlemeyi "
                    "uygulamalı olarak öğrendi. Eğitime çevrim içi de katılınabildi."
                ),
                en=(
                    "Municipal staff learned in practice how to monitor gender equality with "
                    "indicators. The training could also be followed online."
                ),
            ),
        ),
        kind=EventKind.TRAINING_SESSION,
        start=at(2025, 6, 24, 9, 30),
        end=at(2025, 6, 24, 16, 30),
        venue_name=ANKARA_TRAINING_ROOM,
        venue_address=ANKARA_ADDRESS,
        online_link="https://toplanti.example.org/yeep-gosterge-egitimi",
        audience=MUNICIPAL_STAFF,
        target_attendance=100,
        actual_attendance=96,
        agenda=(
            AgendaItem(
                time(9, 30),
                Text("Toplumsal cinsiyet eşitliğini ölçmek", "Measuring gender equality"),
                TRAINER,
            ),
            AgendaItem(
                time(11, 0),
                Text("Cinsiyete göre ayrıştırılmış veri", "Sex-disaggregated data"),
                TRAINER,
            ),
            AgendaItem(
                time(13, 30),
                Text("Atölye: gösterge kartı hazırlama", "Workshop: writing an indicator sheet"),
            ),
            AgendaItem(time(15, 30), Text("Değerlendirme", "Review"), PROJECT_TEAM),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-gender-equality-training",
            title=Text("Toplumsal cinsiyet eşitliği eğitimi", "Gender equality training"),
            slug=Text("toplumsal-cinsiyet-esitligi-egitimi", "gender-equality-training"),
            intro=Text(
                tr=(
                    "Belediye çalışanlarına yönelik, toplumsal cinsiyet eşitliğinin temel "
                    "kavramlarını ve yerel hizmetlere yansımasını ele alan çevrim içi eğitim."
                ),
                en=(
                    "An online training for municipal staff on the key concepts of gender "
                    "equality and what they mean for local services."
                ),
            ),
        ),
        kind=EventKind.TRAINING_SESSION,
        start=at(2025, 10, 7, 9, 30),
        end=at(2025, 10, 7, 16, 30),
        online_link="https://toplanti.example.org/yeep-tce-egitimi",
        audience=MUNICIPAL_STAFF,
        target_attendance=100,
        actual_attendance=91,
        agenda=(
            AgendaItem(time(9, 30), Text("Temel kavramlar", "Key concepts"), TRAINER),
            AgendaItem(
                time(11, 0),
                Text("Yerel hizmetlerde eşitlik", "Equality in local services"),
                TRAINER,
            ),
            AgendaItem(
                time(14, 0),
                Text("Belediyelerden örnekler", "Examples from municipalities"),
                Text("Katılımcı belediyeler", "Participating municipalities"),
            ),
            AgendaItem(time(15, 30), QUESTIONS),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-platform-information-meeting",
            title=Text("Platform bilgilendirme toplantısı", "Platform information meeting"),
            slug=Text("platform-bilgilendirme-toplantisi", "platform-information-meeting"),
            intro=Text(
                tr=(
                    "İzlenen on belediyenin raportörleri, YEEP İzleme Platformu'na taslak "
                    "girmeyi ve taslakları İzleme Heyetinin onayına sunmayı öğrendi."
                ),
                en=(
                    "Reporters of the ten monitored municipalities learned how to enter drafts "
                    "on the YEEP Monitoring Platform and submit them for the board's approval."
                ),
            ),
        ),
        kind=EventKind.PLATFORM_INFORMATION,
        start=at(2026, 1, 20, 10),
        end=at(2026, 1, 20, 12, 30),
        online_link="https://toplanti.example.org/yeep-platform",
        audience=Text(
            "İzlenen on belediyenin raportörleri (her belediyeden iki kişi)",
            "Reporters of the ten monitored municipalities (two from each)",
        ),
        target_attendance=20,
        actual_attendance=19,
        all_municipalities=True,
        agenda=(
            AgendaItem(
                time(10, 0), Text("Platformun tanıtımı", "Introducing the platform"), PROJECT_TEAM
            ),
            AgendaItem(
                time(10, 45),
                Text(
                    "Taslak girişi ve onaya gönderme",
                    "Entering drafts and submitting them for approval",
                ),
                PROJECT_TEAM,
            ),
            AgendaItem(time(11, 45), QUESTIONS),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-yeep-preparation-training",
            title=Text(
                "Yerel Eşitlik Eylem Planı hazırlama eğitimi",
                "Training on preparing a Local Equality Action Plan",
            ),
            slug=Text("yeep-hazirlama-egitimi", "preparing-a-yeep-training"),
            intro=Text(
                tr=(
                    "İlk Yerel Eşitlik Eylem Planını hazırlayacak belediyelerin çalışanlarına "
                    "yönelik, platformdaki kılavuzu temel alan eğitim."
                ),
                en=(
                    "A training for staff of municipalities preparing their first Local "
                    "Equality Action Plan, based on the guide on this platform."
                ),
            ),
        ),
        kind=EventKind.TRAINING_SESSION,
        start=at(2027, 3, 9, 9, 30),
        end=at(2027, 3, 9, 16, 30),
        venue_name=ANKARA_TRAINING_ROOM,
        venue_address=ANKARA_ADDRESS,
        audience=Text(
            "İlk eylem planını hazırlayacak belediyelerin çalışanları",
            "Staff of municipalities preparing their first plan",
        ),
        target_attendance=100,
        agenda=(
            AgendaItem(time(9, 30), Text("Durum analizi", "Situation analysis"), TRAINER),
            AgendaItem(
                time(11, 0),
                Text("Hedefler, eylemler ve göstergeler", "Objectives, actions and indicators"),
                TRAINER,
            ),
            AgendaItem(
                time(14, 0), Text("Katılımcı planlama atölyesi", "Workshop: participatory planning")
            ),
            AgendaItem(time(15, 30), QUESTIONS),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-experience-sharing-meeting",
            title=Text("Deneyim paylaşımı toplantısı", "Experience-sharing meeting"),
            slug=Text("deneyim-paylasimi-toplantisi", "experience-sharing-meeting"),
            intro=Text(
                tr=(
                    "Belediyeler ve sivil toplum kuruluşları, eşitlik eylem planlarını "
                    "uygularken edindikleri deneyimleri paylaşacak."
                ),
                en=(
                    "Municipalities and civil-society organisations will share what they have "
                    "learned while implementing equality action plans."
                ),
            ),
        ),
        kind=EventKind.EXPERIENCE_SHARING,
        start=at(2027, 5, 12, 10),
        end=at(2027, 5, 12, 17),
        venue_name=Text(
            "İzmir'de bir kongre merkezi (örnek)", "A conference centre in İzmir (sample)"
        ),
        venue_address=Text("Konak, İzmir", "Konak, İzmir, Türkiye"),
        audience=Text(
            "Belediyelerin ve sivil toplum kuruluşlarının temsilcileri",
            "Representatives of municipalities and civil-society organisations",
        ),
        target_attendance=100,
        all_municipalities=True,
        agenda=(
            AgendaItem(time(10, 0), Text("Açılış", "Opening"), PROJECT_TEAM),
            AgendaItem(
                time(10, 30),
                Text("Belediyelerden deneyimler", "Experiences from municipalities"),
                Text("Belediye temsilcileri", "Municipal representatives"),
            ),
            AgendaItem(
                time(13, 30),
                Text("Sivil toplumun gözünden izleme", "Monitoring as civil society sees it"),
                Text("İzleme Heyeti temsilcisi", "A Monitoring Board representative"),
            ),
            AgendaItem(time(15, 30), Text("Tartışma ve kapanış", "Discussion and close")),
        ),
    ),
    DemoEvent(
        text=PageText(
            key="event-closing-meeting",
            title=Text("Kapanış ve yaygınlaştırma toplantısı", "Closing and dissemination meeting"),
            slug=Text("kapanis-ve-yayginlastirma-toplantisi", "closing-and-dissemination-meeting"),
            intro=Text(
                tr=(
                    "Projenin sonuçları, final raporu ve platformun bundan sonra nasıl "
                    "kullanılacağı paylaşılacak. Toplantı çevrim içi de izlenebilecek."
                ),
                en=(
                    "The project's results, the final report and how the platform will be used "
                    "from now on will be presented. The meeting can also be followed online."
                ),
            ),
        ),
        kind=EventKind.CLOSING,
        start=at(2027, 11, 17, 10),
        end=at(2027, 11, 17, 16),
        venue_name=ANKARA_HALL,
        venue_address=ANKARA_ADDRESS,
        online_link="https://toplanti.example.org/yeep-kapanis",
        audience=Text(
            "Belediyeler, sivil toplum kuruluşları, kamu kurumları ve basın",
            "Municipalities, civil-society organisations, public bodies and the press",
        ),
        target_attendance=100,
        agenda=(
            AgendaItem(time(10, 0), Text("Açılış", "Opening"), PROJECT_TEAM),
            AgendaItem(
                time(10, 30),
                Text("Final raporunun sunumu", "Presenting the final report"),
                Text("İzleme Heyeti temsilcisi", "A Monitoring Board representative"),
            ),
            AgendaItem(
                time(13, 30), Text("Platformun geleceği", "The platform's future"), PROJECT_TEAM
            ),
            AgendaItem(time(15, 0), QUESTIONS),
        ),
    ),
)
