"""Demo pages about the project: about, Monitoring Board, methodology (from the project text)."""

from __future__ import annotations

from portal.bilingual import PageText, Text, heading, paragraph, quote

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
        heading("Projenin amacı", "Aims of the project"),
        paragraph(
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
        paragraph(
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
        heading("Hedef gruplar", "Target groups"),
        paragraph(
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
        heading("Çıktılar", "Outputs"),
        paragraph(
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
        paragraph(
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
        heading("Heyette kimler var?", "Who sits on the Board?"),
        paragraph(
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
        heading("Heyet ne yapar?", "What does the Board do?"),
        paragraph(
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
        heading("Bağımsızlık", "Independence"),
        paragraph(
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
        quote(
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
        paragraph(
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
        heading("Hak temelli, gösterge temelli izleme", "Rights-based, indicator-based monitoring"),
        paragraph(
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
        paragraph(
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
        heading("Dayanak belgeler", "Reference frameworks"),
        paragraph(
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
        quote(
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
        heading("İzleme dönemleri ve veriler", "Monitoring periods and data"),
        paragraph(
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
        heading("Yayımlanmadan önce onay", "Approval before publication"),
        paragraph(
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
