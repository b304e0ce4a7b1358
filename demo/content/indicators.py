"""Sample rights-based indicators of the demo (Turkish source, English translation).

Invented definitions and series shapes for demonstration only; the rights references are real
articles (see demo.content.monitoring for the European Charter numbering note).
"""

from __future__ import annotations

from portal.bilingual import PageText, Text, paragraph

from .monitoring import IndicatorText, ReferenceText, SeriesShape


def _ref(instrument: str, article: str, tr: str, en: str) -> ReferenceText:
    return ReferenceText(instrument, article, Text(tr, en))


def _cedaw(article: str, tr: str, en: str) -> ReferenceText:
    return _ref("cedaw", article, tr, en)


def _ic(article: str, tr: str, en: str) -> ReferenceText:
    return _ref("istanbul_convention", article, tr, en)


def _charter(article: str, tr: str, en: str) -> ReferenceText:
    return _ref("european_charter", article, tr, en)


CONSTITUTION_10 = _ref(
    "constitution",
    "10",
    "Kadınlar ve erkekler eşit haklara sahiptir; devlet bu eşitliği yaşama geçirmekle yükümlüdür.",
    "Women and men have equal rights; the State must ensure this equality exists in practice.",
)

INDICATOR_INDEX = PageText(
    key="indicators",
    title=Text("Göstergeler", "Indicators"),
    slug=Text("gostergeler", "indicators"),
    intro=Text(
        "Örnek veri: İzleme Heyetinin planları izlerken kullandığı hak temelli göstergeler.",
        "Sample data: the rights-based indicators the Monitoring Board uses to monitor plans.",
    ),
)

PERCENT = Text("%", "%")
PEOPLE = Text("kişi", "people")

INDICATORS: tuple[IndicatorText, ...] = (
    IndicatorText(
        code="G01",
        slug=Text("yonetici-kadrolarda-kadin-orani", "share-of-women-in-senior-management"),
        title=Text(
            "Müdür ve üst kademe yönetici kadrolarında kadın oranı",
            "Share of women in director and senior management posts",
        ),
        description=Text(
            "Belediyenin müdür ve üst kademe yönetici kadrolarında görev yapan kadınların oranını "
            "ölçer. Kadınların karar alma süreçlerinde eşit temsil hakkının belediye örgütünde ne "
            "ölçüde karşılandığını gösterir.",
            "Measures the share of women among the municipality’s directors and senior managers. "
            "It shows how far women’s right to equal representation in decision-making is met "
            "within the municipal organisation.",
        ),
        area_key="participation",
        ohchr_type="outcome",
        unit=PERCENT,
        measure="percentage",
        direction="higher",
        source=Text("Belediye insan kaynakları kayıtları", "Municipal human resources records"),
        periodicity="annual",
        disaggregated=False,
        references=(
            _cedaw(
                "7",
                "Kamu görevlerinde bulunma ve her düzeyde kamu işlevlerini yerine getirme hakkı.",
                "The right to hold public office and perform public functions at all levels.",
            ),
            _charter(
                "11",
                "Belediyenin işveren olarak kadınların ve erkeklerin her kademede dengeli "
                "temsilini desteklemesi.",
                "The authority, as employer, supports balanced representation of women and men "
                "at all levels.",
            ),
            CONSTITUTION_10,
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım ve hesaplama:</b> Kadın yönetici sayısı / toplam yönetici sayısı × "
                "100. Yönetici kadroları müdür, daire başkanı ve dengi üst kademe görevlerdir; "
                "sayım her yıl 31 Aralık itibarıyla yapılır.</p>",
                "<p><b>Definition and calculation:</b> number of women managers / total number "
                "of managers × 100. Management posts are directors, heads of department and "
                "equivalent senior posts, counted as of 31 December each year.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Kadro sayısı az olduğunda tek bir atama oranı belirgin "
                "biçimde değiştirir; oran, kadın ve erkek yönetici sayılarıyla birlikte okunmalı, "
                "vekâleten yürütülen görevler ayrıca belirtilmelidir.</p>",
                "<p><b>Caveats:</b> where posts are few, a single appointment moves the share "
                "markedly, so read it with the numbers of women and men managers and note acting "
                "appointments separately.</p>",
            ),
        ),
        shape=SeriesShape(baseline=24, target=40, step=2.5, women_share=0.5),
    ),
    IndicatorText(
        code="G02",
        slug=Text("katilimci-mekanizmalara-katilim", "participation-in-participatory-mechanisms"),
        title=Text(
            "Katılımcı mekanizmalara katılan kişi sayısı",
            "People taking part in participatory mechanisms",
        ),
        description=Text(
            "Kent konseyi, mahalle toplantıları ve bütçe istişareleri gibi katılımcı "
            "mekanizmalara katılan kişileri cinsiyete göre sayar. Kadınların yerel politikaların "
            "oluşturulmasına katılma hakkının kullanımını izler.",
            "Counts, by sex, the people who take part in participatory mechanisms such as the "
            "city council, neighbourhood meetings and budget consultations. It tracks women’s use "
            "of their right to help shape local policy.",
        ),
        area_key="participation",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text(
            "Kent konseyi ve toplantı katılım listeleri",
            "City council and meeting attendance lists",
        ),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _cedaw(
                "7",
                "Yerel politikaların oluşturulmasına ve uygulanmasına katılma hakkı.",
                "The right to take part in formulating and implementing government policy.",
            ),
            _charter(
                "3",
                "Kadınların ve erkeklerin siyasi ve sivil yaşama, danışma süreçleri dahil, eşit "
                "katılımı.",
                "Equal participation of women and men in political and civic life, including "
                "consultation.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Dönem içinde belediyenin düzenlediği veya desteklediği katılımcı "
                "toplantılara katılan kişiler katılım listelerinden sayılır; aynı kişi bir dönemde "
                "bir kez sayılır.</p>",
                "<p><b>Definition:</b> people attending participatory meetings the municipality "
                "organises or supports in the period, counted from attendance lists; each person "
                "counts once per period.</p>",
            ),
            paragraph(
                "<p><b>Ayrıştırma:</b> Kadın, erkek ve toplam olarak raporlanır; mümkünse yaş "
                "grubu ve engellilik durumu da kaydedilir.</p>",
                "<p><b>Disaggregation:</b> reported for women, men and total; where possible, age "
                "group and disability are also recorded.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Katılım sayısı tek başına etkin katılımı göstermez; "
                "kadınların önerilerinin kararlara yansıyıp yansımadığı değerlendirmede ayrıca "
                "ele alınır.</p>",
                "<p><b>Caveats:</b> attendance alone does not show meaningful participation; "
                "whether women’s proposals shaped decisions is covered separately in the "
                "assessment.</p>",
            ),
        ),
        shape=SeriesShape(baseline=1200, target=2000, step=180, women_share=0.38),
    ),
    IndicatorText(
        code="G03",
        slug=Text("meslek-kursunu-tamamlayanlar", "vocational-course-completions"),
        title=Text(
            "Meslek edindirme kurslarını tamamlayan kişi sayısı",
            "People completing vocational training courses",
        ),
        description=Text(
            "Belediyenin açtığı veya desteklediği meslek edindirme kurslarını tamamlayanları "
            "cinsiyete göre sayar. Kadınların mesleki eğitime ve istihdama eşit erişim hakkının "
            "desteklenmesini izler.",
            "Counts, by sex, the people completing vocational courses the municipality runs or "
            "supports. It tracks support for women’s right to equal access to vocational training "
            "and employment.",
        ),
        area_key="economy",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text(
            "Kurs kayıt ve sertifika kayıtları", "Course enrolment and certificate records"
        ),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _cedaw(
                "11",
                "Meslek seçme, mesleki eğitim ve yeniden eğitim alma hakkı.",
                "The right to free choice of profession and to vocational training and retraining.",
            ),
            _cedaw(
                "10",
                "Her tür mesleki eğitime kadınların ve erkeklerin eşit erişimi.",
                "Equal access of women and men to all types of vocational training.",
            ),
            _charter(
                "13",
                "Mesleki ve sürekli eğitime eşit erişim ve geleneksel olmayan meslek seçimlerinin "
                "teşviki.",
                "Equal access to vocational and continuing training and encouraging "
                "non-traditional career choices.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Dönem içinde kursu tamamlayıp belge alan kişiler sayılır; kayıt "
                "olup kursu bırakanlar ayrıca izlenir.</p>",
                "<p><b>Definition:</b> people who completed a course and received a certificate "
                "in the period; those who enrolled and dropped out are tracked separately.</p>",
            ),
            paragraph(
                "<p><b>Ayrıştırma ve sınırlılıklar:</b> Kadın, erkek ve toplam olarak, ayrıca kurs "
                "alanına göre raporlanır. Kadınların yalnızca geleneksel alanlardaki kurslarda "
                "yoğunlaşması kalıp yargıları pekiştirebilir.</p>",
                "<p><b>Disaggregation and caveats:</b> reported for women, men and total, and by "
                "field of course. If women cluster only in traditional fields, the courses may "
                "reinforce stereotypes.</p>",
            ),
        ),
        shape=SeriesShape(baseline=650, target=1000, step=60, women_share=0.72),
    ),
    IndicatorText(
        code="G04",
        slug=Text("ise-yerlesen-kisi-sayisi", "people-placed-in-jobs"),
        title=Text(
            "Belediye istihdam birimi aracılığıyla işe yerleşen kişi sayısı",
            "People placed in jobs through the municipal employment desk",
        ),
        description=Text(
            "Belediyenin istihdam birimi aracılığıyla kayıtlı bir işe başlayanları cinsiyete göre "
            "sayar. Kadınların çalışma hakkından ve eşit istihdam olanaklarından fiilen "
            "yararlanmasını gösterir.",
            "Counts, by sex, the people who start registered jobs through the municipal "
            "employment desk. It shows whether women actually enjoy the right to work and equal "
            "employment opportunities.",
        ),
        area_key="economy",
        ohchr_type="outcome",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text("Belediye istihdam birimi kayıtları", "Municipal employment desk records"),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _cedaw(
                "11",
                "Çalışma hakkı ve kadınlara erkeklerle aynı istihdam olanaklarının sağlanması.",
                "The right to work and to the same employment opportunities as men.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Birimin yönlendirmesiyle dönem içinde sosyal güvenlik kaydı olan "
                "bir işe başlayan kişiler sayılır; aynı kişi bir dönemde bir kez sayılır.</p>",
                "<p><b>Definition:</b> people who, referred by the desk, started a job with "
                "social-security registration in the period; each person counts once per "
                "period.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> İşe başlama, işin sürekliliğini ve ücretini göstermez; "
                "mümkünse altı ay sonra işte kalma durumu cinsiyete göre izlenir.</p>",
                "<p><b>Caveats:</b> starting a job says nothing about its duration or pay; where "
                "possible, whether people are still employed six months later is tracked by "
                "sex.</p>",
            ),
        ),
        shape=SeriesShape(baseline=180, target=320, step=20, women_share=0.45),
    ),
    IndicatorText(
        code="G05",
        slug=Text("kres-kontenjani", "nursery-places"),
        title=Text(
            "Belediye kreş ve gündüz bakımevlerindeki kontenjan",
            "Places in municipal nurseries and day-care centres",
        ),
        description=Text(
            "Belediyenin işlettiği veya desteklediği kreş ve gündüz bakımevlerinde okul öncesi "
            "çocuklar için sunulan toplam kontenjanı ölçer. Erişilebilir çocuk bakımı, kadınların "
            "eğitime ve çalışma yaşamına katılımının ön koşuludur.",
            "Measures the total number of pre-school places in nurseries and day-care centres "
            "the municipality runs or supports. Accessible childcare is a precondition for "
            "women’s participation in education and work.",
        ),
        area_key="care",
        ohchr_type="process",
        unit=Text("kontenjan", "places"),
        measure="count",
        direction="higher",
        source=Text("Belediye kreş kayıtları", "Municipal nursery records"),
        periodicity="annual",
        disaggregated=False,
        references=(
            _cedaw(
                "11",
                "Ebeveynlerin aile ve iş sorumluluklarını birleştirebilmesi için çocuk bakım "
                "tesisleri ağının geliştirilmesi.",
                "Developing a network of child-care facilities so parents can combine family and "
                "work responsibilities.",
            ),
            _charter(
                "16",
                "Uygun fiyatlı ve nitelikli çocuk bakımının sağlanması veya desteklenmesi.",
                "Providing or promoting affordable, good-quality childcare.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım ve hesaplama:</b> Yıl sonu itibarıyla fiilen hizmet veren tüm "
                "birimlerdeki kontenjanların toplamı; planlanan ancak açılmamış kapasite dahil "
                "edilmez.</p>",
                "<p><b>Definition and calculation:</b> the sum of places in all units actually "
                "operating at the end of the year; planned capacity not yet open is "
                "excluded.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Kontenjan tek başına erişimi göstermez; doluluk, bekleme "
                "listesi, ücret, açılış saatleri ve mahallelere dağılım birlikte "
                "değerlendirilir.</p>",
                "<p><b>Caveats:</b> places alone do not show access; occupancy, waiting lists, "
                "fees, opening hours and spread across neighbourhoods are assessed together.</p>",
            ),
        ),
        shape=SeriesShape(baseline=480, target=900, step=60, women_share=0.5),
    ),
    IndicatorText(
        code="G06",
        slug=Text("evde-bakim-hizmeti-alanlar", "home-care-recipients"),
        title=Text(
            "Evde bakım ve destek hizmetlerinden yararlanan kişi sayısı",
            "People receiving home care and support services",
        ),
        description=Text(
            "Belediyenin yaşlı, engelli ve bakıma muhtaç kişilere sunduğu evde bakım ve destek "
            "hizmetlerinden yararlananları cinsiyete göre sayar. Bu hizmetler, bakım işini "
            "çoğunlukla karşılıksız üstlenen kadınların yükünü hafifletir.",
            "Counts, by sex, the older, disabled and dependent people who receive the "
            "municipality’s home care and support. These services lighten the load of the women "
            "who do most unpaid care work.",
        ),
        area_key="care",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text("Evde bakım hizmeti kayıtları", "Home-care service records"),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _charter(
                "15",
                "Sosyal bakım hizmetlerinde kadınların ve erkeklerin farklı ihtiyaçlarının "
                "gözetilmesi ve eşit erişim.",
                "Equal access to social care and services that take account of the different "
                "needs of women and men.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Dönem içinde en az bir kez evde bakım veya destek hizmeti alan "
                "kişiler kişi bazında sayılır ve kadın, erkek ve toplam olarak raporlanır.</p>",
                "<p><b>Definition:</b> people who received home care or support at least once in "
                "the period, each counted once and reported for women, men and total.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Hizmet alanın cinsiyeti, evdeki bakım verenin "
                "cinsiyetinden farklıdır; bakım yükünün kimde olduğunu görmek için bakım verenin "
                "cinsiyeti de kaydedilmelidir.</p>",
                "<p><b>Caveats:</b> the sex of the person cared for differs from that of the carer "
                "at home; to see who carries the care burden, the carer’s sex should also be "
                "recorded.</p>",
            ),
        ),
        shape=SeriesShape(baseline=850, target=1200, step=50, women_share=0.62),
    ),
    IndicatorText(
        code="G07",
        slug=Text("kadin-danisma-merkezi-destegi", "women-supported-by-counselling-centre"),
        title=Text(
            "Kadın danışma merkezinden destek alan kadın sayısı",
            "Women supported by the women’s counselling centre",
        ),
        description=Text(
            "Şiddete uğrayan veya şiddet riski altındaki ve belediyenin kadın danışma merkezinden "
            "psikolojik, hukuki ya da sosyal destek alan kadınları sayar. Kadınların destek "
            "hizmetlerine erişim hakkını izler.",
            "Counts the women who experience or are at risk of violence and receive "
            "psychological, legal or social support from the municipal women’s counselling "
            "centre. It tracks women’s right of access to support services.",
        ),
        area_key="violence",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="neutral",
        source=Text(
            "Kadın danışma merkezi vaka kayıtları (anonim)",
            "Women’s counselling centre case records (anonymised)",
        ),
        periodicity="quarterly",
        disaggregated=False,
        references=(
            _ic(
                "20",
                "Şiddet mağdurlarının danışmanlık, hukuki ve psikolojik destek gibi genel destek "
                "hizmetlerine erişimi.",
                "Victims’ access to general support services such as legal and psychological "
                "counselling.",
            ),
            _ic(
                "22",
                "Şiddete uğrayan kadınlara uzmanlaşmış destek hizmetleri sağlanması.",
                "Providing specialist support services for women who experience violence.",
            ),
            _charter(
                "22",
                "Şiddete uğrayanlar için destek yapıları ve mevcut yardımlar hakkında bilgi.",
                "Support structures for victims and information on the help available.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Dönem içinde en az bir kez destek alan kadınlar kişi bazında "
                "sayılır; kimlik bilgileri platforma aktarılmaz ve 5’in altındaki değerler "
                "yayımlanmaz.</p>",
                "<p><b>Definition:</b> women who received support at least once in the period, "
                "each counted once; no identifying data reaches the platform and values below 5 "
                "are not published.</p>",
            ),
            paragraph(
                "<p><b>Yorum:</b> Artış hem hizmete erişimin güçlendiğini hem de şiddetin "
                "arttığını gösterebilir; bu nedenle göstergenin yönü <i>nötr</i> kabul edilir ve "
                "yönlendirme sonuçlarıyla birlikte okunur.</p>",
                "<p><b>Interpretation:</b> a rise may mean better access to the service or more "
                "violence, so the direction of the indicator is <i>neutral</i> and it is read "
                "together with referral outcomes.</p>",
            ),
        ),
        shape=SeriesShape(baseline=140, target=220, step=12, women_share=0.5),
    ),
    IndicatorText(
        code="G08",
        slug=Text("siddet-yonlendirme-protokolu", "violence-referral-protocol"),
        title=Text(
            "Şiddetle mücadelede kurumlar arası yönlendirme protokolünün varlığı",
            "Inter-agency referral protocol on violence against women in place",
        ),
        description=Text(
            "Belediyenin şiddet önleme ve izleme merkezi, kolluk, sağlık kuruluşları ve baro ile "
            "şiddete uğrayan kadınların yönlendirilmesine ilişkin yürürlükte bir protokolü olup "
            "olmadığını ölçer. Eşgüdümlü politikaların kurumsal zeminini gösterir.",
            "Measures whether the municipality has a protocol in force with the violence "
            "prevention and monitoring centre, law enforcement, health institutions and the bar "
            "association on referring women who experience violence. It shows the institutional "
            "basis of co-ordinated policy.",
        ),
        area_key="violence",
        ohchr_type="structural",
        unit=Text("var (1) / yok (0)", "yes (1) / no (0)"),
        measure="other",
        direction="higher",
        source=Text(
            "Protokol metni ve ilgili meclis veya encümen kararları",
            "Protocol text and the related council or executive committee decisions",
        ),
        periodicity="annual",
        disaggregated=False,
        references=(
            _ic(
                "7",
                "Şiddeti önlemek ve şiddetle mücadele etmek için kapsamlı ve eşgüdümlü "
                "politikalar.",
                "Comprehensive and co-ordinated policies to prevent and combat violence.",
            ),
            _ic(
                "18",
                "Koruma ve destekte tüm ilgili kurumlar arasında etkili işbirliği.",
                "Effective co-operation between all relevant agencies in protection and support.",
            ),
            _charter(
                "22",
                "Kolluk, sağlık ve konut hizmetleri gibi ilgili birimler arasında etkili eşgüdüm.",
                "Effective co-ordination between services such as police, health and housing.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Protokol imzalanmış, yürürlükte ve kurum bazında sorumlu "
                "kişileri belirlenmişse 1, aksi halde 0 değeri verilir.</p>",
                "<p><b>Definition:</b> the value is 1 if the protocol is signed, in force and "
                "names a responsible person in each institution, otherwise 0.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Protokolün varlığı uygulandığını göstermez; uygulama "
                "G07 ve ilgili eylemlerin değerlendirmesiyle birlikte izlenir.</p>",
                "<p><b>Caveats:</b> a protocol on paper does not show it is applied; practice is "
                "followed through G07 and the assessment of the related actions.</p>",
            ),
        ),
        shape=SeriesShape(baseline=0, target=1, step=1, women_share=0.5),
    ),
    IndicatorText(
        code="G09",
        slug=Text("saglik-taramalarina-katilim", "health-screening-attendance"),
        title=Text(
            "Belediye sağlık taramalarına ve danışmanlığına katılan kişi sayısı",
            "People attending municipal health screenings and counselling",
        ),
        description=Text(
            "Belediyenin ücretsiz sağlık taramalarına ve kadın sağlığı ile ruh sağlığı "
            "danışmanlığına katılanları cinsiyete göre sayar. Koruyucu sağlık hizmetlerine eşit "
            "erişim hakkının yerelde desteklenmesini izler.",
            "Counts, by sex, the people attending the municipality’s free health screenings and "
            "its women’s health and mental health counselling. It tracks local support for the "
            "right to equal access to preventive health care.",
        ),
        area_key="health",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text(
            "Sağlık işleri müdürlüğü hizmet kayıtları", "Health affairs directorate records"
        ),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _cedaw(
                "12",
                "Aile planlaması dahil sağlık hizmetlerine ayrımcılık olmaksızın erişim.",
                "Access to health care services, including family planning, without "
                "discrimination.",
            ),
            _cedaw(
                "14",
                "Kırsal alanda yaşayan kadınların yeterli sağlık hizmetlerine erişimi.",
                "Rural women’s access to adequate health care facilities.",
            ),
            _charter(
                "14",
                "Kadınların ve erkeklerin nitelikli ve koruyucu sağlık hizmetlerine eşit erişimi.",
                "Equal access of women and men to good-quality and preventive health care.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Belediyenin düzenlediği veya sağlık kuruluşlarıyla birlikte "
                "yürüttüğü tarama ve danışmanlık hizmetlerine katılan kişiler, kadın, erkek ve "
                "toplam olarak kişi bazında sayılır.</p>",
                "<p><b>Definition:</b> people attending screening and counselling that the "
                "municipality runs alone or with health institutions, each counted once and "
                "reported for women, men and total.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Erkeklerin düşük katılımı da bir eşitlik sorunudur; "
                "kırsal mahallelerde ve engelli kişilerde erişim ayrıca değerlendirilir.</p>",
                "<p><b>Caveats:</b> low attendance by men is also an equality issue; access in "
                "rural neighbourhoods and for disabled people is assessed separately.</p>",
            ),
        ),
        shape=SeriesShape(baseline=2400, target=3600, step=200, women_share=0.68),
    ),
    IndicatorText(
        code="G10",
        slug=Text("esitlik-egitimi-katilimcilari", "equality-training-participants"),
        title=Text(
            "Toplumsal cinsiyet eşitliği eğitimlerine katılan kişi sayısı",
            "People taking part in gender-equality training",
        ),
        description=Text(
            "Okullarda, mahallelerde ve belediye personeline yönelik düzenlenen toplumsal "
            "cinsiyet eşitliği ve kalıp yargılarla mücadele eğitimlerine katılanları cinsiyete "
            "göre sayar. Önyargıların ve kalıp yargıların ortadan kaldırılmasına yönelik çabaları "
            "izler.",
            "Counts, by sex, participants in training on gender equality and countering "
            "stereotypes held in schools, in neighbourhoods and for municipal staff. It tracks "
            "efforts to eliminate prejudice and stereotypes.",
        ),
        area_key="education",
        ohchr_type="process",
        unit=PEOPLE,
        measure="count",
        direction="higher",
        source=Text("Eğitim katılım listeleri", "Training attendance lists"),
        periodicity="semiannual",
        disaggregated=True,
        references=(
            _cedaw(
                "5",
                "Kadınların ve erkeklerin kalıplaşmış rollerine dayanan önyargı ve uygulamaların "
                "ortadan kaldırılması.",
                "Eliminating prejudices and practices based on stereotyped roles for men and "
                "women.",
            ),
            _ic(
                "13",
                "Şiddetin önlenmesi için farkındalık artırma çalışmaları.",
                "Awareness-raising to prevent violence.",
            ),
            _charter(
                "6",
                "Toplumsal cinsiyet kalıp yargılarıyla ve bunlara dayanan tutumlarla mücadele.",
                "Countering gender stereotypes and the attitudes based on them.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> En az iki saatlik yapılandırılmış eğitim veya atölyelere "
                "katılanlar sayılır; stant ve broşür dağıtımı gibi etkinlikler dahil "
                "edilmez.</p>",
                "<p><b>Definition:</b> people attending structured training or workshops of at "
                "least two hours; stands, leaflet handouts and similar events are not "
                "included.</p>",
            ),
            paragraph(
                "<p><b>Ayrıştırma ve sınırlılıklar:</b> Kadın, erkek ve toplam ile hedef gruba "
                "(öğrenci, personel, yetişkin) göre raporlanır. Katılım tutum değişimini "
                "göstermez; örneklem üzerinde ön ve son test önerilir.</p>",
                "<p><b>Disaggregation and caveats:</b> reported for women, men and total and by "
                "target group (pupils, staff, adults). Attendance does not show a change in "
                "attitudes; pre- and post-tests on a sample are recommended.</p>",
            ),
        ),
        shape=SeriesShape(baseline=1500, target=3000, step=250, women_share=0.6),
    ),
    IndicatorText(
        code="G11",
        slug=Text("kamusal-alanda-guvenlik-algisi", "perceived-safety-in-public-spaces"),
        title=Text(
            "Hava karardıktan sonra mahallesinde kendini güvende hissedenlerin oranı",
            "Share of people who feel safe in their neighbourhood after dark",
        ),
        description=Text(
            "Kent güvenliği anketinde, hava karardıktan sonra mahallesinde yalnız yürürken "
            "kendini güvende hissettiğini belirtenlerin oranını cinsiyete göre ölçer. Kadınların "
            "kamusal alanı özgürce ve güvenle kullanma hakkının sonucunu gösterir.",
            "Measures, by sex, the share of urban safety survey respondents who feel safe "
            "walking alone in their neighbourhood after dark. It shows the result for women’s "
            "right to use public space freely and safely.",
        ),
        area_key="urban",
        ohchr_type="outcome",
        unit=PERCENT,
        measure="percentage",
        direction="higher",
        source=Text(
            "Belediyenin kent güvenliği ve memnuniyet anketi",
            "Municipal urban safety and satisfaction survey",
        ),
        periodicity="annual",
        disaggregated=True,
        references=(
            _charter(
                "21",
                "Kişi güvenliği ve hareket özgürlüğü; güvensizlik algısının cinsiyete göre "
                "ölçülmesi.",
                "Personal security and freedom of movement; measuring fear of insecurity by sex.",
            ),
            _charter(
                "25",
                "Kentsel ve yerel planlamada kadınların ve erkeklerin ihtiyaçlarının gözetilmesi.",
                "Taking the needs of women and men into account in urban and local planning.",
            ),
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Soru: <i>Hava karardıktan sonra mahallenizde yalnız yürürken "
                "kendinizi ne kadar güvende hissedersiniz?</i> “Güvende” ve “çok güvende” "
                "yanıtları olumlu sayılır.</p>",
                "<p><b>Definition:</b> question: <i>How safe do you feel walking alone in your "
                "neighbourhood after dark?</i> The answers “safe” and “very safe” count as "
                "positive.</p>",
            ),
            paragraph(
                "<p><b>Hesaplama:</b> Olumlu yanıt verenler / soruyu yanıtlayanlar × 100; oran "
                "ağırlıklandırılmış örneklem üzerinden kadın, erkek ve toplam için ayrı "
                "hesaplanır.</p>",
                "<p><b>Calculation:</b> positive answers / all answers to the question × 100, "
                "computed on the weighted sample separately for women, men and total.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Mahalle düzeyinde örneklem küçük olabilir; güven "
                "aralıkları raporlanmalı ve sonuçlar güvenlik yürüyüşlerinin bulgularıyla birlikte "
                "okunmalıdır.</p>",
                "<p><b>Caveats:</b> neighbourhood samples may be small; confidence intervals "
                "should be reported and the results read with the findings of the safety "
                "walks.</p>",
            ),
        ),
        shape=SeriesShape(baseline=52, target=65, step=2.5, women_share=0.0),
    ),
    IndicatorText(
        code="G12",
        slug=Text("kurumsal-esitlik-mekanizmalari", "institutional-equality-mechanisms"),
        title=Text(
            "Kurumsal eşitlik mekanizmaları puanı", "Institutional equality mechanisms score"
        ),
        description=Text(
            "Belediyede eşitlik birimi, meclis kadın-erkek eşitliği komisyonu ve bütçede "
            "toplumsal cinsiyete duyarlı etiketleme bulunup bulunmadığını 0–3 arası bir puanla "
            "ölçer. Eşitlik politikalarının kalıcı kurumsal ve mali güvencesini gösterir.",
            "Scores from 0 to 3 whether the municipality has an equality unit, a council gender "
            "equality commission and gender-responsive tagging in its budget. It shows the "
            "lasting institutional and financial basis of equality policy.",
        ),
        area_key="capacity",
        ohchr_type="structural",
        unit=Text("puan (0–3)", "score (0–3)"),
        measure="other",
        direction="higher",
        source=Text(
            "Teşkilat yönetmeliği, meclis kararları ve bütçe belgeleri",
            "Organisation regulation, council decisions and budget documents",
        ),
        periodicity="annual",
        disaggregated=False,
        references=(
            _cedaw(
                "2",
                "Kadınlara karşı ayrımcılığı ortadan kaldırmaya yönelik politikanın gecikmeksizin "
                "izlenmesi.",
                "Pursuing without delay a policy of eliminating discrimination against women.",
            ),
            _charter(
                "9",
                "Politikaların, uygulamaların ve kaynak dağılımının toplumsal cinsiyet açısından "
                "değerlendirilmesi.",
                "Gender assessment of policies, practices and the allocation of resources.",
            ),
            CONSTITUTION_10,
        ),
        methodology=(
            paragraph(
                "<p><b>Tanım:</b> Her bileşen 1 puandır: görev tanımı yönetmelikle belirlenmiş bir "
                "eşitlik birimi, belediye meclisinde kurulmuş bir kadın-erkek eşitliği komisyonu "
                "ve YEEP eylemlerinin bütçede etiketlenmesi.</p>",
                "<p><b>Definition:</b> each component scores 1: an equality unit whose mandate is "
                "set by regulation, a gender equality commission set up in the municipal council, "
                "and YEEP actions tagged in the budget.</p>",
            ),
            paragraph(
                "<p><b>Sınırlılıklar:</b> Puan mekanizmaların varlığını ölçer; yeterli personel "
                "ve bütçeyle çalışıp çalışmadıkları değerlendirme notlarında ele alınır.</p>",
                "<p><b>Caveats:</b> the score measures whether the mechanisms exist; whether they "
                "work with enough staff and budget is covered in the assessment notes.</p>",
            ),
        ),
        shape=SeriesShape(baseline=1, target=3, step=1, women_share=0.5),
    ),
)
