"""Bilingual text of the demo site (Turkish source, English translation).

Pure data: demo.builders.site reads these constants to build the Turkish pages and their English
translations. Turkish is the source language. The Turkish and English versions of each
body block are matched segment by segment, so they must have the same structure: one ``<p>`` or one
``<ul>`` with the same number of ``<li>`` items, and the same ``<b>``/``<i>`` markup in the same
order. Facts about the project come from the project description (its source document in Turkish);
anything about a municipality's plan is sample data and is labelled so.
"""

from __future__ import annotations

from portal.bilingual import PageText, Text, heading, paragraph

from .accessibility import ACCESSIBILITY
from .project_pages import ABOUT, BOARD, METHODOLOGY
from .site_pages import CONTACT, OPEN_DATA, PRESS_KIT, PRIVACY, SAMPLE_EMAIL

__all__ = [
    "HOME",
    "MENU_PAGES",
    "MUNICIPALITY_INDEX",
    "MUNICIPALITY_SUMMARIES",
    "OPEN_DATA",
    "SAMPLE_EMAIL",
    "SAMPLE_PAGES",
    "SITE_NAME",
    "STANDARD_PAGES",
]

SITE_NAME = Text("YEEP İzleme Platformu", "YEEP Monitoring Platform")

HOME = PageText(
    key="home",
    title=SITE_NAME,
    slug=Text("anasayfa", "home"),
    intro=Text(
        tr=(
            "YEEP İzleme Platformu, on belediyenin Yerel Eşitlik Eylem Planlarının sivil toplum "
            "kuruluşlarınca toplumsal cinsiyet eşitliği ve hak temelli bir bakışla nasıl "
            "izlendiğini herkese açık biçimde gösterir."
        ),
        en=(
            "The YEEP Monitoring Platform shows, openly to everyone, how civil-society "
            "organisations monitor the Local Equality Action Plans of ten municipalities from a "
            "gender-equality, rights-based perspective."
        ),
    ),
    body=(
        heading("Yerel Eşitlik Eylem Planı nedir?", "What is a Local Equality Action Plan?"),
        paragraph(
            tr=(
                "<p><b>Yerel Eşitlik Eylem Planı (YEEP)</b>, bir belediyenin kadınlar ve erkekler "
                "arasındaki eşitliği yerel hizmetlerde, istihdamda ve karar alma süreçlerinde "
                "hayata geçirmek için belirlediği hedefleri, eylemleri, sorumlu birimleri ve "
                "takvimi bir araya getiren çok yıllı bir plandır.</p>"
            ),
            en=(
                "<p>A <b>Local Equality Action Plan (YEEP)</b> is a multi-year plan in which a "
                "municipality sets out the objectives, actions, responsible units and timetable "
                "through which it will put equality of women and men into practice in local "
                "services, employment and decision-making.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p><b>İzleme Heyeti</b>, toplumsal cinsiyet eşitliği ve izleme alanında deneyimli "
                "bağımsız STK temsilcilerinden oluşur. Belediyelerin bildirdiği bilgileri hak "
                "temelli göstergelerle değerlendirir; bu portalda yayımlanan her değerlendirme "
                "önce heyetin onayından geçer.</p>"
            ),
            en=(
                "<p>The <b>Monitoring Board</b> is made up of representatives of independent NGOs "
                "with experience in gender equality and monitoring. It assesses the information "
                "municipalities report against rights-based indicators, and every assessment "
                "published on this portal has first been approved by the Board.</p>"
            ),
        ),
        heading("Bu portalda neler bulacaksınız?", "What you will find here"),
        paragraph(
            tr=(
                "<ul>"
                "<li>İzlenen on belediyenin sayfaları ve Yerel Eşitlik Eylem Planları</li>"
                "<li>Eylemlerin durumu ve her izleme dönemi için İzleme Heyeti "
                "değerlendirmeleri</li>"
                "<li>Hak temelli göstergeler, cinsiyete göre ayrıştırılmış veriler ve belediyeler "
                "arası karşılaştırmalar</li>"
                "<li>İlerleme raporları, final raporu ve açık veri dosyaları</li>"
                "<li>Eğitim materyalleri, deneyim paylaşımı yazıları ve ilk YEEP’ini hazırlayacak "
                "belediyeler için bir kılavuz</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Pages for the ten monitored municipalities and their Local Equality Action "
                "Plans</li>"
                "<li>The status of each action and the Monitoring Board’s assessments for every "
                "monitoring period</li>"
                "<li>Rights-based indicators, sex-disaggregated data and comparisons between "
                "municipalities</li>"
                "<li>Progress reports, the final report and open-data files</li>"
                "<li>Training materials, experience-sharing stories and a guide for municipalities "
                "preparing their first YEEP</li>"
                "</ul>"
            ),
        ),
    ),
)

MUNICIPALITY_INDEX = PageText(
    key="municipalities",
    title=Text("İzlenen belediyeler", "Monitored municipalities"),
    slug=Text("belediyeler", "municipalities"),
    intro=Text(
        tr=(
            "Projede Yerel Eşitlik Eylem Planları izlenen on belediye. Her belediyenin sayfasında "
            "planını, eylemlerini ve İzleme Heyetinin onayladığı değerlendirmeleri bulabilirsiniz."
        ),
        en=(
            "The ten municipalities whose Local Equality Action Plans are monitored in the "
            "project. Each municipality’s page shows its plan, its actions and the assessments "
            "approved by the Monitoring Board."
        ),
    ),
)

STANDARD_PAGES: tuple[PageText, ...] = (
    ABOUT,
    BOARD,
    METHODOLOGY,
    CONTACT,
    PRIVACY,
    ACCESSIBILITY,
    PRESS_KIT,
)
#: Standard pages that belong in the main menu; the rest are linked from the footer.
MENU_PAGES = {"about", "board", "methodology"}
#: Pages whose content is invented for the demo and must carry the sample-data notice.
SAMPLE_PAGES = {"contact", "press"}


def _sample_summary(name_tr: str, name_en: str, place_tr: str, place_en: str) -> Text:
    """A clearly generic, clearly labelled summary: no facts about the plan itself."""
    return Text(
        tr=(
            f"Örnek veri: {name_tr} YEEP izleme sayfası ({place_tr}). Buradaki plan, eylem ve "
            "değerlendirme içerikleri tanıtım amaçlıdır; gerçek verileri yansıtmaz."
        ),
        en=(
            f"Sample data: the YEEP monitoring page of {name_en} ({place_en}). The plan, action "
            "and assessment content here is for demonstration only and does not reflect real data."
        ),
    )


MUNICIPALITY_SUMMARIES: dict[str, Text] = {
    "ankara-buyuksehir": _sample_summary(
        "Ankara Büyükşehir Belediyesinin",
        "Ankara Metropolitan Municipality",
        "Ankara, büyükşehir belediyesi",
        "Ankara, metropolitan municipality",
    ),
    "yenimahalle": _sample_summary(
        "Yenimahalle Belediyesinin",
        "Yenimahalle Municipality",
        "Ankara, ilçe belediyesi",
        "Ankara, district municipality",
    ),
    "cankaya": _sample_summary(
        "Çankaya Belediyesinin",
        "Çankaya Municipality",
        "Ankara, ilçe belediyesi",
        "Ankara, district municipality",
    ),
    "atakum": _sample_summary(
        "Atakum Belediyesinin",
        "Atakum Municipality",
        "Samsun, ilçe belediyesi",
        "Samsun, district municipality",
    ),
    "eskisehir-buyuksehir": _sample_summary(
        "Eskişehir Büyükşehir Belediyesinin",
        "Eskişehir Metropolitan Municipality",
        "Eskişehir, büyükşehir belediyesi",
        "Eskişehir, metropolitan municipality",
    ),
    "nilufer": _sample_summary(
        "Nilüfer Belediyesinin",
        "Nilüfer Municipality",
        "Bursa, ilçe belediyesi",
        "Bursa, district municipality",
    ),
    "kadikoy": _sample_summary(
        "Kadıköy Belediyesinin",
        "Kadıköy Municipality",
        "İstanbul, ilçe belediyesi",
        "İstanbul, district municipality",
    ),
    "izmir-buyuksehir": _sample_summary(
        "İzmir Büyükşehir Belediyesinin",
        "İzmir Metropolitan Municipality",
        "İzmir, büyükşehir belediyesi",
        "İzmir, metropolitan municipality",
    ),
    "muratpasa": _sample_summary(
        "Muratpaşa Belediyesinin",
        "Muratpaşa Municipality",
        "Antalya, ilçe belediyesi",
        "Antalya, district municipality",
    ),
    "tunceli": _sample_summary(
        "Tunceli Belediyesinin",
        "Tunceli Municipality",
        "Tunceli, il merkezi belediyesi",
        "Tunceli, province-centre municipality",
    ),
}
