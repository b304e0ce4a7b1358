"""Bilingual text of the demo news: the index and six sample items about the project's milestones.

The texts describe the project's planned milestones (from the project description) without
figures or people's names; every page is marked as sample data (demo.builders.news).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from news.models import NewsKind
from portal.bilingual import PageText, Text, paragraph

INDEX = PageText(
    key="news-index",
    title=Text("Haberler ve duyurular", "News and announcements"),
    slug=Text("haberler", "news"),
    intro=Text(
        tr="Projeden haberler, basın bültenleri ve duyurular.",
        en="News, press releases and announcements from the project.",
    ),
)


@dataclass(frozen=True)
class DemoNews:
    """One sample item: bilingual text, kind, date, and whether it concerns every municipality."""

    text: PageText
    kind: NewsKind
    date: date
    all_municipalities: bool = False


NEWS = (
    DemoNews(
        kind=NewsKind.PRESS_RELEASE,
        date=date(2025, 2, 18),
        text=PageText(
            key="news-opening-meeting",
            title=Text(
                "Proje açılış toplantısıyla başladı", "The project opens with its launch meeting"
            ),
            slug=Text("proje-acilis-toplantisi", "project-opening-meeting"),
            intro=Text(
                tr=(
                    "Belediyelerin Yerel Eşitlik Eylem Planlarını sivil toplumla birlikte izlemeyi "
                    "amaçlayan proje, belediyelerin ve sivil toplum kuruluşlarının temsilcilerini "
                    "bir araya getiren açılış toplantısıyla başladı."
                ),
                en=(
                    "The project to monitor municipalities’ Local Equality Action Plans together "
                    "with civil society began with an opening meeting that brought together "
                    "representatives of municipalities and civil-society organisations."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Toplantıda projenin amacı anlatıldı: Ankara Büyükşehir, Yenimahalle, "
                        "Çankaya, Atakum, Eskişehir Büyükşehir, Nilüfer, Kadıköy, İzmir "
                        "Büyükşehir, Muratpaşa ve Tunceli belediyelerinin Yerel Eşitlik Eylem "
                        "Planlarını <b>hak temelli göstergelerle</b>, açık ve erişilebilir bir "
                        "biçimde izlemek.</p>"
                    ),
                    en=(
                        "<p>The meeting set out the project’s aim: to monitor the Local Equality "
                        "Action Plans of the municipalities of Ankara Metropolitan, Yenimahalle, "
                        "Çankaya, Atakum, Eskişehir Metropolitan, Nilüfer, Kadıköy, İzmir "
                        "Metropolitan, Muratpaşa and Tunceli <b>with rights-based indicators</b>, "
                        "openly and accessibly.</p>"
                    ),
                ),
                paragraph(
                    tr=(
                        "<p>Katılımcılar, izleme sürecinin nasıl işleyeceğini, İzleme Heyetinin "
                        "rolünü ve belediyeler ile sivil toplum arasında kurulacak dayanışmayı "
                        "konuştu.</p>"
                    ),
                    en=(
                        "<p>Participants discussed how monitoring will work, the role of the "
                        "Monitoring Board and the solidarity to be built between municipalities "
                        "and civil society.</p>"
                    ),
                ),
            ),
        ),
    ),
    DemoNews(
        kind=NewsKind.NEWS,
        date=date(2025, 4, 10),
        text=PageText(
            key="news-board-formed",
            title=Text("İzleme Heyeti oluşturuldu", "Monitoring Board formed"),
            slug=Text("izleme-heyeti-olusturuldu", "monitoring-board-formed"),
            intro=Text(
                tr=(
                    "Toplumsal cinsiyet eşitliği ve izleme konusunda deneyimli bağımsız sivil "
                    "toplum kuruluşlarının temsilcilerinden oluşan İzleme Heyeti çalışmaya başladı."
                ),
                en=(
                    "The Monitoring Board, made up of representatives of independent "
                    "civil-society organisations experienced in gender equality and monitoring, "
                    "has started its work."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Heyet, belediyelerin eylem planlarını hak temelli göstergelere göre "
                        "değerlendirecek. <b>Heyet onaylamadan hiçbir değerlendirme "
                        "yayımlanmaz.</b></p>"
                    ),
                    en=(
                        "<p>The board will assess the municipalities’ action plans against "
                        "rights-based indicators. <b>No assessment is published until the board "
                        "approves it.</b></p>"
                    ),
                ),
                paragraph(
                    tr=(
                        "<p>Heyet üyeleri, değerlendirmelere başlamadan önce hak temelli izleme "
                        "eğitimi alıyor.</p>"
                    ),
                    en=(
                        "<p>Before the assessments begin, board members take part in training on "
                        "rights-based monitoring.</p>"
                    ),
                ),
            ),
        ),
    ),
    DemoNews(
        kind=NewsKind.ANNOUNCEMENT,
        date=date(2025, 6, 2),
        text=PageText(
            key="news-staff-training",
            title=Text(
                "Belediye personeline yönelik eğitimler başlıyor",
                "Training for municipal staff begins",
            ),
            slug=Text("belediye-personeli-egitimleri", "municipal-staff-training"),
            intro=Text(
                tr=(
                    "Belediye çalışanlarına yönelik gösterge temelli izleme, toplumsal cinsiyet "
                    "eşitliği ve Yerel Eşitlik Eylem Planı hazırlama eğitimleri başlıyor."
                ),
                en=(
                    "Training for municipal staff on indicator-based monitoring, gender equality "
                    "and preparing a Local Equality Action Plan is about to begin."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Eğitimler; toplumsal cinsiyet eşitliğini izlemek için gösterge "
                        "temelli izleme, toplumsal cinsiyet eşitliği ve Yerel Eşitlik Eylem Planı "
                        "hazırlama konularını kapsıyor. Eylem planı olan ve ilk planını "
                        "hazırlayacak belediyelerin çalışanlarına açık.</p>"
                    ),
                    en=(
                        "<p>The training covers indicator-based monitoring of gender equality, "
                        "gender equality, and preparing a Local Equality Action Plan. It is open "
                        "to staff of municipalities that have a plan and of those preparing their "
                        "first one.</p>"
                    ),
                ),
                paragraph(
                    tr=(
                        "<p>Eğitim takvimi ve başvuru bilgileri eğitim sayfalarında "
                        "duyurulacak.</p>"
                    ),
                    en=(
                        "<p>The timetable and how to apply will be announced on the training "
                        "pages.</p>"
                    ),
                ),
            ),
        ),
    ),
    DemoNews(
        kind=NewsKind.PRESS_RELEASE,
        date=date(2025, 10, 15),
        text=PageText(
            key="news-first-progress-report",
            title=Text(
                "Birinci YEEP İlerleme Raporu yayımlandı", "First YEEP progress report published"
            ),
            slug=Text("birinci-ilerleme-raporu", "first-progress-report"),
            intro=Text(
                tr=(
                    "İzleme Heyetinin onayladığı birinci ilerleme raporu, on belediyenin eylem "
                    "planlarının ilk izleme dönemindeki durumunu ortaya koyuyor."
                ),
                en=(
                    "The first progress report, approved by the Monitoring Board, sets out where "
                    "the ten municipalities’ action plans stood in the first monitoring period."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Rapor, her belediyenin eylemlerinin durumunu ve hak temelli "
                        "göstergelerdeki değişimi, Heyetin yorum ve önerileriyle birlikte "
                        "sunuyor. Proje süresince üç ilerleme raporu ve bir final raporu "
                        "hazırlanacak.</p>"
                    ),
                    en=(
                        "<p>The report presents the status of each municipality’s actions and the "
                        "change in rights-based indicators, with the board’s comments and "
                        "recommendations. Three progress reports and one final report will be "
                        "prepared during the project.</p>"
                    ),
                ),
                paragraph(
                    tr=(
                        "<p>Raporun verileri platformdaki belediye ve gösterge sayfalarında da "
                        "yer alıyor.</p>"
                    ),
                    en=(
                        "<p>The report’s data can also be found on the platform’s municipality "
                        "and indicator pages.</p>"
                    ),
                ),
            ),
        ),
    ),
    DemoNews(
        kind=NewsKind.NEWS,
        date=date(2026, 1, 20),
        all_municipalities=True,
        text=PageText(
            key="news-platform-information-meeting",
            title=Text(
                "Platform bilgilendirme toplantısı yapıldı", "Platform information meeting held"
            ),
            slug=Text("platform-bilgilendirme-toplantisi", "platform-information-meeting"),
            intro=Text(
                tr=(
                    "İzlenen on belediyenin temsilcileri, YEEP İzleme Platformu'nu nasıl "
                    "kullanacaklarını öğrendi."
                ),
                en=(
                    "Representatives of the ten monitored municipalities learned how to use the "
                    "YEEP Monitoring Platform."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Toplantıda belediye raportörlerinin eylem durumlarını ve gösterge "
                        "değerlerini taslak olarak nasıl gireceği ve bu taslakların İzleme "
                        "Heyetinin onayına nasıl sunulacağı uygulamalı olarak gösterildi.</p>"
                    ),
                    en=(
                        "<p>The meeting showed in practice how municipal reporters enter action "
                        "statuses and indicator values as drafts, and how these drafts are "
                        "submitted for the Monitoring Board’s approval.</p>"
                    ),
                ),
            ),
        ),
    ),
    DemoNews(
        kind=NewsKind.ANNOUNCEMENT,
        date=date(2026, 3, 9),
        text=PageText(
            key="news-experience-sharing-call",
            title=Text("Deneyim paylaşımı çağrısı", "Call for experience-sharing stories"),
            slug=Text("deneyim-paylasimi-cagrisi", "experience-sharing-call"),
            intro=Text(
                tr=(
                    "Belediyeleri ve sivil toplum kuruluşlarını, eşitlik eylem planlarını "
                    "hazırlarken ve uygularken edindikleri deneyimleri paylaşmaya çağırıyoruz."
                ),
                en=(
                    "We invite municipalities and civil-society organisations to share what they "
                    "have learned while preparing and implementing equality action plans."
                ),
            ),
            body=(
                paragraph(
                    tr=(
                        "<p>Gönderilen deneyimler platformun deneyim paylaşımı bölümünde "
                        "yayımlanacak ve deneyim paylaşım toplantısında tartışılacak.</p>"
                    ),
                    en=(
                        "<p>The stories sent in will be published in the platform’s experience "
                        "sharing section and discussed at the experience-sharing meeting.</p>"
                    ),
                ),
            ),
        ),
    ),
)
