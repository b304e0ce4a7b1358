"""Bilingual text of the demo site (Turkish source, English translation).

Pure data, no Django: the demo-data command reads these constants to build the Turkish pages and
their English translations. Turkish is the source language. The Turkish and English versions of each
body block are matched segment by segment, so they must have the same structure: one ``<p>`` or one
``<ul>`` with the same number of ``<li>`` items, and the same ``<b>``/``<i>`` markup in the same
order. Facts about the project come from the project description (shared/source-document.tr.txt);
anything about a municipality's plan is sample data and is labelled so.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """One string in both languages: Turkish (source) and English."""

    tr: str
    en: str


@dataclass(frozen=True)
class Block:
    """One StreamField block: kind is "heading", "paragraph" or "quote"."""

    kind: str
    text: Text
    attribution: Text | None = None  # quotes only


@dataclass(frozen=True)
class PageText:
    """Title, slug, intro and body of one page in both languages."""

    key: str
    title: Text
    slug: Text
    intro: Text
    body: tuple[Block, ...] = ()


def _heading(tr: str, en: str) -> Block:
    return Block("heading", Text(tr, en))


def _paragraph(tr: str, en: str) -> Block:
    return Block("paragraph", Text(tr, en))


def _quote(tr: str, en: str, *, source_tr: str, source_en: str) -> Block:
    return Block("quote", Text(tr, en), attribution=Text(source_tr, source_en))


SITE_NAME = Text("YEEP İzleme Platformu", "YEEP Monitoring Platform")

FOOTER_LICENCE = Text(
    tr=(
        "Aksi belirtilmedikçe bu sitedeki içerik Creative Commons Atıf 4.0 Uluslararası "
        "(CC BY 4.0) lisansıyla paylaşılır; portalın kaynak kodu açık kaynaklıdır."
    ),
    en=(
        "Unless otherwise stated, the content of this site is licensed under Creative Commons "
        "Attribution 4.0 International (CC BY 4.0); the portal’s source code is open source."
    ),
)

SAMPLE_EMAIL = "iletisim@example.org"

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
        _heading("Yerel Eşitlik Eylem Planı nedir?", "What is a Local Equality Action Plan?"),
        _paragraph(
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
        _paragraph(
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
        _heading("Bu portalda neler bulacaksınız?", "What you will find here"),
        _paragraph(
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

ABOUT = PageText(
    key="about",
    title=Text("Proje hakkında", "About the project"),
    slug=Text("hakkinda", "about"),
    intro=Text(
        tr=(
            "Proje, belediyelerin Yerel Eşitlik Eylem Planlarını sivil toplumla birlikte, "
            "toplumsal cinsiyet eşitliği ve hak temelli bir bakışla izlemeyi amaçlar."
        ),
        en=(
            "The project sets out to monitor municipalities’ Local Equality Action Plans together "
            "with civil society, from a gender-equality, rights-based perspective."
        ),
    ),
    body=(
        _heading("Projenin amacı", "Aims of the project"),
        _paragraph(
            tr=(
                "<p><b>Genel amaç:</b> Türkiye’de belediyeler tarafından hazırlanan ve uygulanan "
                "Yerel Eşitlik Eylem Planlarının, sivil toplum kuruluşları aracılığıyla toplumsal "
                "cinsiyet eşitliği ve hak temelli izleme ve değerlendirme perspektifinden "
                "uygulanmasına katkı sağlamak.</p>"
            ),
            en=(
                "<p><b>General aim:</b> to help municipalities in Türkiye implement the Local "
                "Equality Action Plans they prepare, through monitoring and evaluation by "
                "civil-society organisations from a gender-equality, rights-based perspective.</p>"
            ),
        ),
        _paragraph(
            tr=(
                "<p><b>Özel amaç:</b> Toplumsal cinsiyet eşitliği ve hak temelli yaklaşım "
                "konusunda farklı uzmanlık alanlarında çalışan STK’ların iş birliğiyle Ankara "
                "Büyükşehir, Ankara Yenimahalle, Ankara Çankaya, Samsun Atakum, Eskişehir "
                "Büyükşehir, Bursa Nilüfer, İstanbul Kadıköy, İzmir Büyükşehir, Antalya Muratpaşa "
                "ve Tunceli belediyelerinin Yerel Eşitlik Eylem Planlarının hak temelli "
                "göstergelere dayalı, sürdürülebilir, açık kaynaklı ve erişilebilir biçimde "
                "izlenmesini sağlamak ve belediyeler ile STK’lar arasında bir dayanışma kültürü "
                "oluşturmak.</p>"
            ),
            en=(
                "<p><b>Specific aim:</b> through the cooperation of NGOs working in different "
                "fields of expertise on gender equality and the rights-based approach, to monitor "
                "the Local Equality Action Plans of the municipalities of Ankara Metropolitan, "
                "Ankara Yenimahalle, Ankara Çankaya, Samsun Atakum, Eskişehir Metropolitan, Bursa "
                "Nilüfer, İstanbul Kadıköy, İzmir Metropolitan, Antalya Muratpaşa and Tunceli with "
                "rights-based indicators, in a sustainable, open-source and accessible way, and to "
                "build a culture of solidarity between municipalities and NGOs.</p>"
            ),
        ),
        _heading("Hedef gruplar", "Target groups"),
        _paragraph(
            tr=(
                "<ul>"
                "<li>YEEP’leri izlenen 10 belediye</li>"
                "<li>Toplumsal cinsiyet eşitliğini izlemek için gösterge temelli izleme, "
                "toplumsal cinsiyet eşitliği ve YEEP hazırlama eğitimlerine katılan 50 "
                "belediyeden 100 kişi</li>"
                "<li>Hak temelli izleme eğitimine katılan 22 İzleme Heyeti üyesi</li>"
                "<li>Açılış Toplantısı katılımcıları (50 kişi)</li>"
                "<li>Kapanış ve Yaygınlaştırma Toplantısı katılımcıları (100 kişi)</li>"
                "<li>Platform Bilgilendirme Toplantısı katılımcıları (10 belediyeden 20 kişi)</li>"
                "<li>Deneyim Paylaşım Toplantısı katılımcıları (100 kişi)</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The 10 municipalities whose YEEPs are monitored</li>"
                "<li>100 people from 50 municipalities taking part in training on indicator-based "
                "monitoring of gender equality, on gender equality and on preparing a YEEP</li>"
                "<li>22 Monitoring Board members taking part in training on rights-based "
                "monitoring</li>"
                "<li>Participants in the Opening Meeting (50 people)</li>"
                "<li>Participants in the Closing and Dissemination Meeting (100 people)</li>"
                "<li>Participants in the Platform Information Meeting (20 people from the 10 "
                "municipalities)</li>"
                "<li>Participants in the Experience-Sharing Meeting (100 people)</li>"
                "</ul>"
            ),
        ),
        _heading("Çıktılar", "Outputs"),
        _paragraph(
            tr=(
                "<ul>"
                "<li>Kamu ile STK’lar arasında gelişen iş birliği</li>"
                "<li>10 belediyenin YEEP’lerinin incelenmesi; 3 YEEP İlerleme Raporu ve 1 YEEP "
                "Final Raporu</li>"
                "<li>Yerel Eşitlik Eylem Planı Dijital İzleme Platformu</li>"
                "<li>Toplumsal cinsiyet eşitliği ve izleme konusunda deneyimli bağımsız STK "
                "temsilcilerinden oluşan bir İzleme Heyeti</li>"
                "<li>Belediyelerde platformu kullanma becerisinin gelişmesi</li>"
                "<li>Belediye personelinin gösterge temelli izleme, toplumsal cinsiyet eşitliği ve "
                "YEEP hazırlama konularında kapasitesinin artması</li>"
                "<li>YEEP’ini ilk kez hazırlayacak belediyeler için örnek bir kılavuz</li>"
                "<li>Farklı belediyelerle süreç üzerine deneyim paylaşımı</li>"
                "<li>İzlenen belediyelerin hak temelli gösterge oluşturma kapasitesinin "
                "artması</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Stronger cooperation between the public sector and NGOs</li>"
                "<li>A review of the YEEPs of the 10 municipalities, with 3 YEEP progress reports "
                "and 1 YEEP final report</li>"
                "<li>The Local Equality Action Plan Digital Monitoring Platform</li>"
                "<li>A Monitoring Board of representatives of independent NGOs experienced in "
                "gender equality and monitoring</li>"
                "<li>Municipalities able to use the platform</li>"
                "<li>Greater capacity of municipal staff in indicator-based monitoring, gender "
                "equality and preparing a YEEP</li>"
                "<li>A sample guide for municipalities preparing their first YEEP</li>"
                "<li>Experience of the process shared with other municipalities</li>"
                "<li>Greater capacity of the monitored municipalities to build rights-based "
                "indicators</li>"
                "</ul>"
            ),
        ),
        _paragraph(
            tr=(
                "<p>Bu portal, projenin çıktılarından biri olan dijital izleme platformudur. "
                "Kaynak kodu açıktır; başka belediyeler ve sivil toplum kuruluşları da kendi "
                "eşitlik planlarını izlemek için kullanabilir.</p>"
            ),
            en=(
                "<p>This portal is the digital monitoring platform, one of the project’s outputs. "
                "Its source code is open, so other municipalities and civil-society organisations "
                "can also use it to monitor their own equality plans.</p>"
            ),
        ),
    ),
)

BOARD = PageText(
    key="board",
    title=Text("İzleme Heyeti", "Monitoring Board"),
    slug=Text("izleme-heyeti", "monitoring-board"),
    intro=Text(
        tr=(
            "İzleme Heyeti, belediyelerin Yerel Eşitlik Eylem Planlarını hak temelli bir bakışla "
            "değerlendiren bağımsız STK temsilcilerinden oluşur."
        ),
        en=(
            "The Monitoring Board is made up of representatives of independent NGOs who assess "
            "municipalities’ Local Equality Action Plans from a rights-based perspective."
        ),
    ),
    body=(
        _heading("Heyette kimler var?", "Who sits on the Board?"),
        _paragraph(
            tr=(
                "<p>Heyet, toplumsal cinsiyet eşitliği ve izleme konusunda deneyimli, farklı "
                "uzmanlık alanlarında çalışan bağımsız sivil toplum kuruluşlarının "
                "temsilcilerinden oluşur. Proje kapsamında heyet üyelerine hak temelli izleme "
                "eğitimi verilir.</p>"
            ),
            en=(
                "<p>The Board is made up of representatives of independent civil-society "
                "organisations that work in different fields of expertise and have experience in "
                "gender equality and monitoring. Within the project, Board members receive "
                "training in rights-based monitoring.</p>"
            ),
        ),
        _heading("Heyet ne yapar?", "What does the Board do?"),
        _paragraph(
            tr=(
                "<ul>"
                "<li>Her izleme döneminde belediyelerin bildirdiği eylem durumlarını ve gösterge "
                "değerlerini kanıtlarıyla birlikte inceler.</li>"
                "<li>Eylemlerin ilerleyişini hak temelli göstergelerle değerlendirir; yorum ve "
                "öneriler yazar.</li>"
                "<li>Her değerlendirmeyi yayımlanmadan önce onaylar ya da düzeltilmek üzere geri "
                "gönderir.</li>"
                "<li>Üç ilerleme raporuna ve final raporuna katkı verir.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>In every monitoring period, it reviews the action statuses and indicator "
                "values reported by municipalities, together with their evidence.</li>"
                "<li>It assesses the progress of actions against rights-based indicators and "
                "writes comments and recommendations.</li>"
                "<li>It approves every assessment before publication, or sends it back for "
                "correction.</li>"
                "<li>It contributes to the three progress reports and the final report.</li>"
                "</ul>"
            ),
        ),
        _heading("Bağımsızlık", "Independence"),
        _paragraph(
            tr=(
                "<p>Heyet, izlenen belediyelerden bağımsızdır. Belediyeler olgusal bilgileri "
                "bildirir, ancak değerlendirme heyete aittir: portalda yalnızca heyetin onayladığı "
                "değerlendirmeler yayımlanır; belediye kullanıcıları ve site editörleri onay "
                "veremez.</p>"
            ),
            en=(
                "<p>The Board is independent of the municipalities it monitors. Municipalities "
                "report the facts, but the assessment is the Board’s own: only assessments the "
                "Board has approved are published on the portal, and neither municipal users nor "
                "site editors can approve them.</p>"
            ),
        ),
        _quote(
            tr=(
                "Taraf Devletler, ülkenin siyasal ve kamusal yaşamında kadınlara karşı ayrımcılığı "
                "ortadan kaldırmak için uygun tüm önlemleri alır ve özellikle kadınlara, "
                "erkeklerle eşit koşullarda, […] ülkenin kamusal ve siyasal yaşamıyla ilgilenen "
                "sivil toplum kuruluşlarına ve derneklere katılma hakkını sağlar."
            ),
            en=(
                "States Parties shall take all appropriate measures to eliminate discrimination "
                "against women in the political and public life of the country and, in "
                "particular, shall ensure to women, on equal terms with men, the right […] to "
                "participate in non-governmental organizations and associations concerned with "
                "the public and political life of the country."
            ),
            source_tr="CEDAW, Madde 7 (c) — gayriresmî çeviri",
            source_en="CEDAW, Article 7 (c)",
        ),
        _paragraph(
            tr=(
                "<p>Bu demo sitede heyet üyelerinin adları ve temsil ettikleri kuruluşlar yer "
                "almaz; gerçek kurulumda bu bilgiler, üyelerin onayıyla bu sayfada "
                "yayımlanır.</p>"
            ),
            en=(
                "<p>This demo site does not list Board members’ names or the organisations they "
                "represent; in a real installation, this information is published on this page "
                "with the members’ consent.</p>"
            ),
        ),
    ),
)

METHODOLOGY = PageText(
    key="methodology",
    title=Text("İzleme yöntemi", "Monitoring methodology"),
    slug=Text("yontem", "methodology"),
    intro=Text(
        tr=(
            "Yerel Eşitlik Eylem Planları, uluslararası insan hakları standartlarına dayanan hak "
            "temelli göstergelerle ve düzenli izleme dönemleriyle izlenir."
        ),
        en=(
            "Local Equality Action Plans are monitored with rights-based indicators grounded in "
            "international human rights standards, in regular monitoring periods."
        ),
    ),
    body=(
        _heading(
            "Hak temelli, gösterge temelli izleme", "Rights-based, indicator-based monitoring"
        ),
        _paragraph(
            tr=(
                "<p>Hak temelli izleme, bir eylemin yalnızca yapılıp yapılmadığını değil, "
                "kadınların ve erkeklerin haklardan eşit biçimde yararlanmasına ne ölçüde katkı "
                "sağladığını sorar. İzleme; eşitlik ve ayrımcılık yasağı, katılım, hesap "
                "verebilirlik ve şeffaflık ilkelerine dayanır ve her eylemi bir ya da daha fazla "
                "göstergeyle ilişkilendirir. Göstergeler, BM İnsan Hakları Yüksek Komiserliği "
                "(OHCHR) çerçevesine göre üç türe ayrılır.</p>"
            ),
            en=(
                "<p>Rights-based monitoring asks not only whether an action was carried out, but "
                "how far it helps women and men enjoy their rights equally. It rests on the "
                "principles of equality and non-discrimination, participation, accountability and "
                "transparency, and links every action to one or more indicators. Following the "
                "framework of the UN Office of the High Commissioner for Human Rights (OHCHR), "
                "indicators are of three kinds.</p>"
            ),
        ),
        _paragraph(
            tr=(
                "<ul>"
                "<li><b>Yapısal göstergeler</b>, yükümlülüğün üstlenildiğini ve gerekli kurumsal "
                "yapının kurulduğunu gösterir; örneğin planın meclis kararıyla kabul edilmesi ya "
                "da bir eşitlik biriminin bulunması.</li>"
                "<li><b>Süreç göstergeleri</b>, yükümlülüğü yerine getirmek için harcanan çabayı "
                "ölçer; örneğin toplumsal cinsiyet eşitliği eğitimine katılan personel sayısı ya "
                "da eşitlik eylemlerine ayrılan bütçe.</li>"
                "<li><b>Sonuç göstergeleri</b>, hakların fiilen ne ölçüde kullanıldığını gösterir; "
                "örneğin belediyenin yönetim kadrolarında kadınların oranı.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Structural indicators</b> show that the commitment has been made and the "
                "institutional framework is in place; for example, the adoption of the plan by "
                "council decision or the existence of an equality unit.</li>"
                "<li><b>Process indicators</b> measure the effort made to meet the commitment; for "
                "example, the number of staff trained in gender equality or the budget allocated "
                "to equality actions.</li>"
                "<li><b>Outcome indicators</b> show how far rights are enjoyed in practice; for "
                "example, the share of women in the municipality’s management positions.</li>"
                "</ul>"
            ),
        ),
        _heading("Dayanak belgeler", "Reference frameworks"),
        _paragraph(
            tr=(
                "<ul>"
                "<li><b>CEDAW</b>: Birleşmiş Milletlerin Kadınlara Karşı Her Türlü Ayrımcılığın "
                "Önlenmesi Sözleşmesi; Türkiye sözleşmeye taraftır.</li>"
                "<li><b>İstanbul Sözleşmesi</b>: Kadınlara Yönelik Şiddet ve Aile İçi Şiddetin "
                "Önlenmesi ve Bunlarla Mücadeleye İlişkin Avrupa Konseyi Sözleşmesi; Türkiye 2021 "
                "yılında sözleşmeden çekilmiştir, ancak sözleşme şiddetle mücadeleye ilişkin "
                "göstergeler için uluslararası bir başvuru kaynağı olmayı sürdürür.</li>"
                "<li><b>Avrupa Yerel Yaşamda Kadın Erkek Eşitliği Şartı</b>: Avrupa Belediyeler "
                "ve Bölgeler Konseyinin (CEMR) hazırladığı ve imzacı yerel yönetimlerden bir "
                "eşitlik eylem planı hazırlamalarını isteyen şart.</li>"
                "<li><b>Anayasanın 10. maddesi</b>: kanun önünde eşitlik ve devletin kadınlar ile "
                "erkekler arasındaki eşitliği yaşama geçirme yükümlülüğü.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>CEDAW</b>: the United Nations Convention on the Elimination of All Forms "
                "of Discrimination against Women; Türkiye is a party to the Convention.</li>"
                "<li><b>İstanbul Convention</b>: the Council of Europe Convention on preventing "
                "and combating violence against women and domestic violence; Türkiye withdrew "
                "from it in 2021, but it remains an international reference for indicators on "
                "combating violence.</li>"
                "<li><b>European Charter for Equality of Women and Men in Local Life</b>: drawn up "
                "by the Council of European Municipalities and Regions (CEMR), it asks signatory "
                "local governments to prepare an equality action plan.</li>"
                "<li><b>Article 10 of the Constitution</b>: equality before the law and the "
                "State’s obligation to put equality of women and men into practice.</li>"
                "</ul>"
            ),
        ),
        _quote(
            tr=(
                "Kadınlar ve erkekler eşit haklara sahiptir. Devlet, bu eşitliğin yaşama geçmesini "
                "sağlamakla yükümlüdür. Bu maksatla alınacak tedbirler eşitlik ilkesine aykırı "
                "olarak yorumlanamaz."
            ),
            en=(
                "Men and women have equal rights. The State has the obligation to ensure that "
                "this equality exists in practice. Measures taken for this purpose shall not be "
                "interpreted as contrary to the principle of equality."
            ),
            source_tr="Türkiye Cumhuriyeti Anayasası, Madde 10",
            source_en="Constitution of the Republic of Türkiye, Article 10",
        ),
        _heading("İzleme dönemleri ve veriler", "Monitoring periods and data"),
        _paragraph(
            tr=(
                "<p>Proje süresince her biri bir rapora karşılık gelen izleme dönemleri yürütülür: "
                "üç ilerleme raporu ve bir final raporu. Her dönemde belediyeler eylemlerin "
                "durumunu ve gösterge değerlerini bildirir. Veriler en az kadın, erkek ve toplam "
                "olarak <b>cinsiyete göre ayrıştırılmış</b> biçimde toplanır ve her değerin "
                "kaynağı belirtilir; eksik veri tahminle doldurulmaz, eksik olarak "
                "gösterilir.</p>"
            ),
            en=(
                "<p>During the project, monitoring runs in periods that each lead to a report: "
                "three progress reports and one final report. In each period, municipalities "
                "report the status of their actions and the values of their indicators. Data are "
                "collected <b>disaggregated by sex</b>, at least as women, men and total, and the "
                "source of every value is given; missing data are shown as missing, not filled in "
                "with estimates.</p>"
            ),
        ),
        _heading("Yayımlanmadan önce onay", "Approval before publication"),
        _paragraph(
            tr=(
                "<ul>"
                "<li><b>Bildirim:</b> Belediyenin yetkili kullanıcısı eylem durumları ve gösterge "
                "değerleri gibi olgusal bilgileri taslak olarak girer ve gönderir.</li>"
                "<li><b>Değerlendirme:</b> İzleme Heyeti bilgileri kanıtlarıyla birlikte inceler; "
                "değerlendirmesini, yorumlarını ve önerilerini yazar.</li>"
                "<li><b>Onay:</b> İzleme Heyeti değerlendirmeyi onaylar ya da düzeltilmek üzere "
                "geri gönderir.</li>"
                "<li><b>Yayın:</b> Yalnızca onaylanan değerlendirmeler portalda, API’de ve açık "
                "veri dosyalarında yayımlanır.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Reporting:</b> the municipality’s authorised user enters facts such as "
                "action statuses and indicator values as a draft and submits them.</li>"
                "<li><b>Assessment:</b> the Monitoring Board reviews the information with its "
                "evidence and writes its assessment, comments and recommendations.</li>"
                "<li><b>Approval:</b> the Monitoring Board approves the assessment or sends it "
                "back for correction.</li>"
                "<li><b>Publication:</b> only approved assessments are published on the portal, "
                "in the API and in the open-data files.</li>"
                "</ul>"
            ),
        ),
    ),
)

CONTACT = PageText(
    key="contact",
    title=Text("İletişim", "Contact"),
    slug=Text("iletisim", "contact"),
    intro=Text(
        tr="Proje ve platformla ilgili sorularınız için bize e-postayla ulaşabilirsiniz.",
        en="You can reach us by e-mail with questions about the project and the platform.",
    ),
    body=(
        _paragraph(
            tr=(
                "<p><b>Örnek iletişim bilgisi:</b> Bu demo sitedeki iletişim bilgileri örnektir; "
                "gerçek kurulumda proje ekibinin bilgileriyle değiştirilmelidir.</p>"
            ),
            en=(
                "<p><b>Sample contact details:</b> the contact details on this demo site are "
                "samples and must be replaced with the project team’s own in a real "
                "installation.</p>"
            ),
        ),
        _heading("E-posta", "E-mail"),
        _paragraph(
            tr=f"<p>Proje ekibine {SAMPLE_EMAIL} adresinden yazabilirsiniz (örnek adres).</p>",
            en=f"<p>You can write to the project team at {SAMPLE_EMAIL} (sample address).</p>",
        ),
        _heading("Hangi konularda yazabilirsiniz?", "What you can write to us about"),
        _paragraph(
            tr=(
                "<ul>"
                "<li>Proje, İzleme Heyeti ve izleme yöntemi hakkındaki sorular</li>"
                "<li>Platformu kullanmak ya da eğitimlere katılmak isteyen belediyelerin "
                "başvuruları</li>"
                "<li>Yayımlanmış verilerde fark ettiğiniz hatalar: lütfen sayfayı ve ilgili veriyi "
                "belirtin</li>"
                "<li>Açık verilerin yeniden kullanımı ve basın soruları</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Questions about the project, the Monitoring Board and the monitoring "
                "methodology</li>"
                "<li>Requests from municipalities that would like to use the platform or take part "
                "in the training</li>"
                "<li>Errors you notice in published data: please tell us the page and the data "
                "concerned</li>"
                "<li>Reuse of the open data, and press enquiries</li>"
                "</ul>"
            ),
        ),
        _heading("Belediye kullanıcıları için", "For municipal users"),
        _paragraph(
            tr=(
                "<p>Hesap ve erişim sorunları için lütfen kurumsal e-posta adresinizden yazın ve "
                "belediyenizin adını belirtin. Yayımlanmış bir değerlendirmeye ilişkin düzeltme "
                "talepleri İzleme Heyetine iletilir; değerlendirmeyi yalnızca heyet "
                "değiştirebilir.</p>"
            ),
            en=(
                "<p>For account and access problems, please write from your institutional e-mail "
                "address and give the name of your municipality. Requests to correct a published "
                "assessment are passed on to the Monitoring Board; only the Board can change an "
                "assessment.</p>"
            ),
        ),
        _paragraph(
            tr=(
                "<p>Bize yazarken paylaştığınız kişisel veriler yalnızca talebinizi yanıtlamak "
                "için kullanılır; ayrıntılar gizlilik bildirimimizde yer alır.</p>"
            ),
            en=(
                "<p>Any personal data you share when writing to us is used only to answer your "
                "request; details are in our privacy notice.</p>"
            ),
        ),
    ),
)

PRIVACY = PageText(
    key="privacy",
    title=Text("Gizlilik bildirimi", "Privacy notice"),
    slug=Text("gizlilik", "privacy"),
    intro=Text(
        tr=(
            "Bu portal olabildiğince az kişisel veri tutar. Aşağıda hangi verileri neden "
            "tuttuğumuzu sade bir dille açıklıyoruz."
        ),
        en=(
            "This portal keeps as little personal data as possible. Below we explain in plain "
            "language which data we keep and why."
        ),
    ),
    body=(
        _paragraph(
            tr=(
                "<p><b>Örnek metin:</b> Bu bildirim demo amaçlıdır; portalı işleten kuruluş, veri "
                "sorumlusu olarak kendi bilgileriyle güncellemelidir.</p>"
            ),
            en=(
                "<p><b>Sample text:</b> this notice is for demonstration; the organisation running "
                "the portal should update it with its own details as data controller.</p>"
            ),
        ),
        _heading("Hangi verileri tutuyoruz?", "What data we keep"),
        _paragraph(
            tr=(
                "<ul>"
                "<li><b>Kullanıcı hesapları:</b> Editörler, İzleme Heyeti üyeleri, belediye "
                "kullanıcıları ve eğitim katılımcıları için ad, e-posta adresi, rol ve geri "
                "döndürülemez biçimde saklanan parola özeti. Sayfalardaki değişikliklerin kim "
                "tarafından ve ne zaman yapıldığı sürüm geçmişinde kayıtlıdır.</li>"
                "<li><b>İndirme sayıları:</b> Raporların ve veri dosyalarının kaç kez indirildiği "
                "anonim olarak sayılır; bu sayıyla birlikte IP adresi, tarayıcı bilgisi ya da "
                "başka bir kişisel veri saklanmaz.</li>"
                "<li><b>Sunucu kayıtları:</b> Barındırma sunucusu, güvenlik amacıyla IP adresi "
                "içeren teknik erişim kayıtlarını sınırlı bir süre tutabilir; bu süreyi portalı "
                "işleten kuruluş belirler.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>User accounts:</b> name, e-mail address, role and an irreversibly stored "
                "password hash for editors, Monitoring Board members, municipal users and "
                "training participants. The revision history records who changed a page and "
                "when.</li>"
                "<li><b>Download counts:</b> the number of times reports and data files are "
                "downloaded is counted anonymously; no IP address, browser information or other "
                "personal data is stored with this count.</li>"
                "<li><b>Server logs:</b> the hosting server may keep technical access logs, "
                "including IP addresses, for a limited time for security purposes; the "
                "organisation running the portal sets this period.</li>"
                "</ul>"
            ),
        ),
        _paragraph(
            tr=(
                "<p>İzleme verileri kişisel veri içermez: göstergeler toplu verilerdir ve kişi "
                "düzeyinde bilgi yayımlanmaz.</p>"
            ),
            en=(
                "<p>Monitoring data contain no personal data: indicators are aggregate figures, "
                "and no information about individuals is published.</p>"
            ),
        ),
        _heading("Çerezler ve üçüncü taraflar", "Cookies and third parties"),
        _paragraph(
            tr=(
                "<ul>"
                "<li>Ziyaretçileri izleyen ya da reklam amaçlı çerezler kullanılmaz.</li>"
                "<li>Yalnızca oturum ve form güvenliği gibi teknik olarak zorunlu çerezler "
                "kullanılır.</li>"
                "<li>Haritalar varsayılan olarak üçüncü taraf harita döşemelerini yüklemez; "
                "böylece IP adresiniz bir harita sağlayıcısıyla paylaşılmaz.</li>"
                "<li>Yazı tipleri, stil dosyaları ve betikler portalın kendi sunucusundan "
                "yüklenir.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>No tracking or advertising cookies are used.</li>"
                "<li>Only technically necessary cookies are used, such as those for signing in "
                "and form security.</li>"
                "<li>By default, maps do not load third-party map tiles, so your IP address is not "
                "shared with a map provider.</li>"
                "<li>Fonts, style sheets and scripts are served from the portal’s own "
                "server.</li>"
                "</ul>"
            ),
        ),
        _heading("Haklarınız", "Your rights"),
        _paragraph(
            tr=(
                "<p>Kişisel veriler, 6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) "
                "kapsamında işlenir. Kanunun 11. maddesi uyarınca kişisel verilerinizin işlenip "
                "işlenmediğini öğrenme, bunlar hakkında bilgi isteme ve eksik ya da yanlış "
                "işlenmiş verilerin düzeltilmesini ya da silinmesini talep etme gibi haklara "
                "sahipsiniz.</p>"
            ),
            en=(
                "<p>Personal data are processed under the Turkish Personal Data Protection Law No. "
                "6698 (KVKK). Under Article 11 of the Law, you have rights such as learning "
                "whether your personal data are processed, requesting information about them, and "
                "asking for incomplete or inaccurate data to be corrected or deleted.</p>"
            ),
        ),
        _paragraph(
            tr=(
                f"<p>Haklarınızı kullanmak ya da sorularınız için {SAMPLE_EMAIL} adresine "
                "yazabilirsiniz (örnek adres).</p>"
            ),
            en=(
                f"<p>To exercise your rights or ask a question, write to {SAMPLE_EMAIL} "
                "(sample address).</p>"
            ),
        ),
    ),
)

STANDARD_PAGES: tuple[PageText, ...] = (ABOUT, BOARD, METHODOLOGY, CONTACT, PRIVACY)


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
