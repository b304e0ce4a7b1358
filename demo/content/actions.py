"""Action templates of the demo plans and the sample phrases of an assessment's action rows.

Pure data, no Django. A sample plan picks some of these actions ("eylem") under its objectives;
the demo generator then gives each action row a status and one of the sample evidence notes and
board comments for that status. Responsible units follow the usual names of Turkish municipal
directorates; partners are kinds of organisations, never named ones. Budgets are invented samples
in Turkish lira.
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.bilingual import Text


@dataclass(frozen=True)
class ActionText:
    """An action template a sample plan can include, under the objective of its area."""

    area_key: str
    title: Text
    responsible_unit: Text
    partners: Text
    description: Text
    indicator_codes: tuple[str, ...]
    budget_try: int | None


WOMEN = Text("Kadın ve Aile Hizmetleri Müdürlüğü", "Directorate of Women and Family Services")
HR = Text("İnsan Kaynakları ve Eğitim Müdürlüğü", "Directorate of Human Resources and Training")
SOCIAL_AID = Text("Sosyal Yardım İşleri Müdürlüğü", "Directorate of Social Assistance")
SOCIAL_SUPPORT = Text(
    "Sosyal Destek Hizmetleri Müdürlüğü", "Directorate of Social Support Services"
)
HEALTH = Text("Sağlık İşleri Müdürlüğü", "Directorate of Health Affairs")
CULTURE = Text("Kültür ve Sosyal İşler Müdürlüğü", "Directorate of Culture and Social Affairs")
ZONING = Text("İmar ve Şehircilik Müdürlüğü", "Directorate of Zoning and Urban Planning")
WORKS = Text("Fen İşleri Müdürlüğü", "Directorate of Technical Works")
TRANSPORT = Text("Ulaşım Hizmetleri Müdürlüğü", "Directorate of Transport Services")
STRATEGY = Text("Strateji Geliştirme Müdürlüğü", "Directorate of Strategy Development")
PRESS = Text(
    "Basın Yayın ve Halkla İlişkiler Müdürlüğü",
    "Directorate of Press, Publications and Public Relations",
)
NEIGHBOURHOODS = Text("Muhtarlık İşleri Müdürlüğü", "Directorate of Neighbourhood Affairs")
CLERICAL = Text("Yazı İşleri Müdürlüğü", "Directorate of Clerical Affairs")
SUPPORT = Text("Destek Hizmetleri Müdürlüğü", "Directorate of Support Services")
IT = Text("Bilgi İşlem Müdürlüğü", "Directorate of Information Technology")


def _action(
    area_key: str,
    title: tuple[str, str],
    unit: Text,
    partners: tuple[str, str],
    description: tuple[str, str],
    codes: tuple[str, ...] = (),
    budget: int | None = None,
) -> ActionText:
    return ActionText(
        area_key=area_key,
        title=Text(*title),
        responsible_unit=unit,
        partners=Text(*partners),
        description=Text(*description),
        indicator_codes=codes,
        budget_try=budget,
    )


ACTIONS: tuple[ActionText, ...] = (
    # Participation and decision-making
    _action(
        "participation",
        (
            "Kent konseyi kadın meclisinin düzenli toplanmasının desteklenmesi",
            "Supporting regular meetings of the city council’s women’s assembly",
        ),
        WOMEN,
        ("Kent konseyi, yerel kadın örgütleri", "The city council, local women’s organisations"),
        (
            "Kadın meclisinin yılda en az dört kez toplanması için mekân, ulaşım ve çocuk bakımı "
            "desteği sağlanır; meclisin önerileri belediye meclisine raporlanır.",
            "Venues, transport and childcare are provided so that the women’s assembly meets at "
            "least four times a year; its proposals are reported to the municipal council.",
        ),
        ("G02",),
        150_000,
    ),
    _action(
        "participation",
        (
            "Mahalle toplantılarının kadınların katılımına uygun hale getirilmesi",
            "Making neighbourhood meetings accessible to women",
        ),
        NEIGHBOURHOODS,
        (
            "Mahalle muhtarları, mahalle kadın dayanışma grupları",
            "Neighbourhood heads, neighbourhood women’s solidarity groups",
        ),
        (
            "Toplantılar kadınların katılabileceği saatlerde ve erişilebilir mekânlarda yapılır, "
            "toplantı sırasında çocuk bakımı sunulur ve katılım cinsiyete göre kaydedilir.",
            "Meetings are held at times women can attend and in accessible venues, childcare is "
            "offered during meetings, and attendance is recorded by sex.",
        ),
        ("G02",),
        90_000,
    ),
    _action(
        "participation",
        (
            "Katılımcı bütçe istişarelerinde kadınlara ayrılmış oturumlar düzenlenmesi",
            "Women-only sessions in participatory budget consultations",
        ),
        STRATEGY,
        ("Kent konseyi, yerel kadın örgütleri", "The city council, local women’s organisations"),
        (
            "Yatırım programı hazırlanırken kadınların önceliklerini dinlemek için her bölgede "
            "ayrı istişare oturumları yapılır ve öneriler bütçe taslağına eklenir.",
            "While the investment programme is prepared, separate consultation sessions are held "
            "in each district to hear women’s priorities, and the proposals are added to the "
            "draft budget.",
        ),
        ("G02",),
        60_000,
    ),
    _action(
        "participation",
        (
            "Yönetici atamalarında cinsiyet dengesini gözeten ilke ve hedefler belirlenmesi",
            "Principles and targets for gender balance in management appointments",
        ),
        HR,
        (
            "Üniversitenin kadın çalışmaları merkezi, kamu çalışanları sendikaları",
            "A university women’s studies centre, public-sector trade unions",
        ),
        (
            "Müdür ve şef atamalarında cinsiyet dengesini gözeten yazılı ilkeler benimsenir ve "
            "kadın yönetici oranı her yıl yayımlanır.",
            "Written principles for gender balance in appointing directors and section heads are "
            "adopted, and the share of women managers is published every year.",
        ),
        ("G01",),
    ),
    _action(
        "participation",
        (
            "Kadın çalışanlara yönelik liderlik ve mentorluk programı",
            "Leadership and mentoring programme for women employees",
        ),
        HR,
        ("Üniversite, meslek örgütleri", "A university, professional associations"),
        (
            "Şef ve uzman kadrolarındaki kadın çalışanlara yönetim becerilerini geliştiren eğitim "
            "ve mentorluk programı yürütülür.",
            "Women employees in section-head and specialist posts take part in a training and "
            "mentoring programme that builds management skills.",
        ),
        ("G01",),
        120_000,
    ),
    # Economic empowerment and employment
    _action(
        "economy",
        (
            "Geleneksel olmayan alanlarda meslek edindirme kursları açılması",
            "Vocational courses in non-traditional fields",
        ),
        WOMEN,
        ("Halk eğitim merkezi, meslek odaları", "The public education centre, trade chambers"),
        (
            "Kadınlara bilişim, elektrik tesisatı ve mobilya yapımı gibi alanlarda sertifikalı "
            "kurslar açılır; kurs süresince çocuk bakımı desteği sunulur.",
            "Certified courses in fields such as IT, electrical installation and furniture making "
            "are opened for women, with childcare support for the length of the course.",
        ),
        ("G03",),
        400_000,
    ),
    _action(
        "economy",
        (
            "Kadın kooperatiflerine satış noktası ve pazarlama desteği",
            "Sales outlets and marketing support for women’s cooperatives",
        ),
        WOMEN,
        (
            "Kadın kooperatifleri, esnaf ve sanatkârlar odası",
            "Women’s cooperatives, the chamber of tradespeople and craftspeople",
        ),
        (
            "Belediye pazar alanlarında ve kent meydanlarında kadın kooperatiflerine ücretsiz "
            "satış alanı ayrılır, ürün tasarımı ve e-ticaret eğitimi verilir.",
            "Women’s cooperatives get free sales space in municipal markets and town squares, and "
            "training in product design and e-commerce.",
        ),
        (),
        250_000,
    ),
    _action(
        "economy",
        (
            "Belediye istihdam biriminde kadınlara yönelik iş danışmanlığı",
            "Job counselling for women at the municipal employment desk",
        ),
        SOCIAL_SUPPORT,
        (
            "Kamu istihdam kurumunun il müdürlüğü, yerel işverenler",
            "The provincial office of the public employment agency, local employers",
        ),
        (
            "İş arayan kadınlara özgeçmiş hazırlama, mülakat hazırlığı ve işverenlerle eşleştirme "
            "desteği verilir; işe yerleştirmeler cinsiyete göre kaydedilir.",
            "Women looking for work get help with CVs, interview preparation and matching with "
            "employers; job placements are recorded by sex.",
        ),
        ("G04",),
        180_000,
    ),
    _action(
        "economy",
        (
            "Kurs mezunları ile işverenleri buluşturan istihdam günleri",
            "Employment days bringing course graduates and employers together",
        ),
        SOCIAL_SUPPORT,
        (
            "Ticaret odası, organize sanayi bölgesi yönetimi",
            "The chamber of commerce, the organised industrial zone management",
        ),
        (
            "Yılda iki kez kurs mezunlarını yerel işverenlerle buluşturan istihdam günleri "
            "düzenlenir ve görüşmelerin sonuçları izlenir.",
            "Twice a year, employment days bring course graduates together with local employers, "
            "and the outcome of the interviews is followed up.",
        ),
        ("G03", "G04"),
        75_000,
    ),
    _action(
        "economy",
        (
            "Hizmet alımı sözleşmelerine eşit ücret ve güvenli çalışma koşulları eklenmesi",
            "Equal pay and safe working conditions in service contracts",
        ),
        SUPPORT,
        (
            "Üniversitenin hukuk fakültesi, meslek örgütleri",
            "A university law faculty, professional associations",
        ),
        (
            "Mevzuatın izin verdiği ölçüde, hizmet alımı sözleşmelerine kadın ve erkek çalışanlara "
            "eşit ücret ile tacizden arınmış çalışma ortamı şartları eklenir.",
            "As far as the law allows, service contracts include terms on equal pay for women and "
            "men and on a workplace free from harassment.",
        ),
    ),
    # Care services
    _action(
        "care",
        ("Yeni kreş ve gündüz bakımevleri açılması", "Opening new nurseries and day-care centres"),
        WOMEN,
        (
            "İl millî eğitim müdürlüğü, mahalle muhtarları",
            "The provincial directorate of national education, neighbourhood heads",
        ),
        (
            "Kreş ihtiyacının en yüksek olduğu mahallelerde iki yeni kreş açılarak okul öncesi "
            "kontenjanı artırılır.",
            "Two new nurseries are opened in the neighbourhoods with the greatest need, adding "
            "pre-school places.",
        ),
        ("G05",),
        12_000_000,
    ),
    _action(
        "care",
        (
            "Kreş çalışma saatlerinin vardiyalı çalışan ebeveynlere göre uzatılması",
            "Longer nursery opening hours for parents working shifts",
        ),
        WOMEN,
        ("Veli dernekleri, işçi sendikaları", "Parents’ associations, trade unions"),
        (
            "Kreşler 07.00–19.00 saatleri arasında açık tutulur ve ücretler hane gelirine göre "
            "kademelendirilir.",
            "Nurseries stay open from 07:00 to 19:00, and fees are graded by household income.",
        ),
        ("G05",),
        1_500_000,
    ),
    _action(
        "care",
        (
            "Yaşlı ve engelli kişilere evde bakım ve destek hizmeti",
            "Home care and support for older and disabled people",
        ),
        SOCIAL_AID,
        (
            "Aile sağlığı merkezleri, engelli hakları örgütleri",
            "Family health centres, disability rights organisations",
        ),
        (
            "Evde kişisel bakım, temizlik ve sağlık takibi hizmeti verilir; hizmet alanlar ve "
            "evdeki bakım verenler cinsiyete göre kaydedilir.",
            "Personal care, cleaning and health follow-up are provided at home; both the people "
            "served and their carers at home are recorded by sex.",
        ),
        ("G06",),
        3_500_000,
    ),
    _action(
        "care",
        (
            "Bakım verenlere yönelik mola ve destek programı",
            "Respite and support programme for carers",
        ),
        SOCIAL_AID,
        (
            "Üniversitenin sosyal hizmet bölümü, hasta yakını dernekleri",
            "A university social work department, carers’ associations",
        ),
        (
            "Yaşlı veya engelli yakınına bakan kişilere haftada bir gün gündüz bakım merkezinde "
            "mola hizmeti ve psikososyal destek sunulur.",
            "People caring for an older or disabled relative get one day of respite a week at a "
            "day-care centre, and psychosocial support.",
        ),
        ("G06",),
        600_000,
    ),
    _action(
        "care",
        (
            "Belediye binalarında emzirme ve bebek bakım odaları",
            "Breastfeeding and baby-changing rooms in municipal buildings",
        ),
        WORKS,
        (
            "Aile sağlığı merkezleri, veli dernekleri",
            "Family health centres, parents’ associations",
        ),
        (
            "Hizmet binalarında, kültür merkezlerinde ve pazar alanlarında kadınların ve "
            "erkeklerin kullanabileceği bebek bakım odaları kurulur.",
            "Baby-care rooms that women and men can both use are set up in service buildings, "
            "cultural centres and markets.",
        ),
        (),
        450_000,
    ),
    # Combating violence against women
    _action(
        "violence",
        (
            "Kadın danışma merkezinin personel ve hizmet saatlerinin güçlendirilmesi",
            "More staff and longer hours at the women’s counselling centre",
        ),
        WOMEN,
        (
            "Baronun kadın hakları merkezi, kadın örgütleri",
            "The bar association’s women’s rights centre, women’s organisations",
        ),
        (
            "Merkeze bir sosyal çalışmacı ve bir psikolog eklenir; hafta içi akşam saatlerinde de "
            "danışmanlık verilir.",
            "A social worker and a psychologist join the centre, and counselling is also offered "
            "on weekday evenings.",
        ),
        ("G07",),
        1_200_000,
    ),
    _action(
        "violence",
        (
            "Kurumlar arası yönlendirme protokolünün imzalanması",
            "Signing an inter-agency referral protocol",
        ),
        WOMEN,
        (
            "Şiddet önleme ve izleme merkezi, kolluk birimleri, baro, sağlık kuruluşları",
            "The violence prevention and monitoring centre, law enforcement, the bar association, "
            "health institutions",
        ),
        (
            "Şiddete uğrayan kadınların gecikmeden ve ikincil mağduriyet yaşamadan yönlendirilmesi "
            "için sorumluluklar ve iletişim noktaları yazılı bir protokole bağlanır.",
            "Responsibilities and contact points are set down in a written protocol so that "
            "women who experience violence are referred without delay or secondary victimisation.",
        ),
        ("G08",),
    ),
    _action(
        "violence",
        (
            "Belediye personeline şiddeti tanıma ve yönlendirme eğitimi",
            "Training municipal staff to recognise violence and refer women",
        ),
        HR,
        ("Baro, kadın örgütleri", "The bar association, women’s organisations"),
        (
            "Zabıta, sosyal hizmet ve çağrı merkezi personeline şiddet belirtilerini tanıma, "
            "gizlilik ve doğru yönlendirme eğitimi verilir.",
            "Municipal police, social services and call-centre staff are trained to recognise "
            "signs of violence, keep confidentiality and refer correctly.",
        ),
        ("G08",),
        80_000,
    ),
    _action(
        "violence",
        ("Kadın konukevi kapasitesinin artırılması", "Increasing women’s shelter capacity"),
        WOMEN,
        (
            "Şiddet önleme ve izleme merkezi, kadın örgütleri",
            "The violence prevention and monitoring centre, women’s organisations",
        ),
        (
            "Konukevine çocuklu ve engelli kadınlar için erişilebilir odalar eklenir; konukevinden "
            "ayrılan kadınlara barınma ve istihdam desteği planlanır.",
            "Accessible rooms for women with children and disabled women are added to the "
            "shelter, and housing and employment support is planned for women leaving it.",
        ),
        (),
        4_000_000,
    ),
    _action(
        "violence",
        (
            "Destek hizmetlerini tanıtan yıl boyu bilgilendirme kampanyası",
            "Year-round campaign on the support services available",
        ),
        PRESS,
        ("Kadın örgütleri, okul-aile birlikleri", "Women’s organisations, school–parent unions"),
        (
            "Destek hatları ve danışma merkezi bilgileri toplu taşıma araçlarında, muhtarlıklarda "
            "ve sosyal medyada, yerelde en çok konuşulan dillerde duyurulur.",
            "Helplines and counselling-centre details are announced on public transport, at "
            "neighbourhood offices and on social media, in the languages most spoken locally.",
        ),
        ("G07",),
        200_000,
    ),
    # Health
    _action(
        "health",
        (
            "Mobil sağlık aracıyla mahalle taramaları",
            "Neighbourhood screenings with a mobile health unit",
        ),
        HEALTH,
        (
            "İl sağlık müdürlüğü, aile sağlığı merkezleri",
            "The provincial health directorate, family health centres",
        ),
        (
            "Sağlık hizmetine erişimi zayıf mahallelerde ve kırsal bölgelerde tansiyon, şeker ve "
            "kanser farkındalığı taramaları yapılır.",
            "Blood-pressure, diabetes and cancer-awareness screenings are held in neighbourhoods "
            "and rural areas with poor access to health care.",
        ),
        ("G09",),
        900_000,
    ),
    _action(
        "health",
        ("Kadın sağlığı danışma birimi kurulması", "Setting up a women’s health counselling unit"),
        HEALTH,
        (
            "Üniversite hastanesi, tabip odası",
            "A university hospital, the chamber of physicians",
        ),
        (
            "Üreme sağlığı, doğum sonrası dönem ve menopoz konularında ücretsiz danışmanlık ve "
            "sağlık kuruluşlarına yönlendirme hizmeti verilir.",
            "Free counselling and referral to health institutions are offered on reproductive "
            "health, the postnatal period and menopause.",
        ),
        ("G09",),
        500_000,
    ),
    _action(
        "health",
        (
            "Kadınlara yönelik ücretsiz psikolojik danışmanlık",
            "Free psychological counselling for women",
        ),
        HEALTH,
        (
            "Psikolojik danışmanlık meslek örgütleri, kadın örgütleri",
            "Professional counselling associations, women’s organisations",
        ),
        (
            "Bakım yükü, yas ya da şiddet deneyimi nedeniyle desteğe ihtiyaç duyan kadınlara "
            "bireysel ve grup danışmanlığı sunulur.",
            "Individual and group counselling is offered to women who need support because of "
            "care burdens, bereavement or experiences of violence.",
        ),
        ("G09",),
        350_000,
    ),
    _action(
        "health",
        (
            "Erkeklere yönelik koruyucu sağlık bilgilendirmesi",
            "Preventive health outreach to men",
        ),
        HEALTH,
        ("İşçi sendikaları, amatör spor kulüpleri", "Trade unions, amateur sports clubs"),
        (
            "Taramalara katılımı düşük olan erkeklere iş yerlerinde ve kahvehanelerde ulaşılarak "
            "koruyucu sağlık ve tarama bilgisi verilir.",
            "Men, who rarely attend screenings, are reached at workplaces and coffee houses with "
            "information on preventive health and screening.",
        ),
        ("G09",),
        100_000,
    ),
    _action(
        "health",
        (
            "Belediye sağlık birimlerinin erişilebilirlik denetimi",
            "Accessibility audit of municipal health units",
        ),
        HEALTH,
        ("Engelli hakları örgütleri", "Disability rights organisations"),
        (
            "Belediyenin sağlık birimleri engelli ve yaşlı kadınların ihtiyaçları gözetilerek "
            "denetlenir; eksiklikler takvime bağlanarak giderilir.",
            "The municipality’s health units are audited with the needs of disabled and older "
            "women in mind, and the shortcomings found are fixed to a timetable.",
        ),
        (),
        250_000,
    ),
    # Education, awareness and countering stereotypes
    _action(
        "education",
        (
            "Okullarda toplumsal cinsiyet eşitliği atölyeleri",
            "Gender-equality workshops in schools",
        ),
        CULTURE,
        (
            "İlçe millî eğitim müdürlüğü, eğitimci dernekleri",
            "The district directorate of national education, teachers’ associations",
        ),
        (
            "Ortaokul öğrencileriyle meslek seçimi, ev içi iş bölümü ve akran zorbalığı üzerine "
            "atölyeler yapılır.",
            "Workshops with lower-secondary pupils cover career choices, the division of "
            "housework and peer bullying.",
        ),
        ("G10",),
        150_000,
    ),
    _action(
        "education",
        (
            "Mahallelerde kadın ve erkek gruplarıyla eşitlik söyleşileri",
            "Equality talks with women’s and men’s groups in neighbourhoods",
        ),
        WOMEN,
        ("Kadın örgütleri, mahalle muhtarları", "Women’s organisations, neighbourhood heads"),
        (
            "Bakım ve ev işlerinin paylaşımı, ekonomik şiddet ve haklara erişim üzerine düzenli "
            "söyleşiler yapılır.",
            "Regular talks cover sharing care and housework, economic violence and access to "
            "rights.",
        ),
        ("G10",),
        80_000,
    ),
    _action(
        "education",
        (
            "Belediye yayınları için eşitlikçi dil ve görsel rehberi",
            "Guide to inclusive language and images in municipal publications",
        ),
        PRESS,
        (
            "Üniversitenin iletişim fakültesi, medya izleme örgütleri",
            "A university communication faculty, media monitoring organisations",
        ),
        (
            "Afiş, broşür ve sosyal medya içerikleri için eşitlikçi dil rehberi hazırlanır ve "
            "belediye yayınları bu rehbere göre gözden geçirilir.",
            "An inclusive-language guide for posters, leaflets and social media is written, and "
            "municipal publications are reviewed against it.",
        ),
        (),
        60_000,
    ),
    _action(
        "education",
        (
            "Çocuk kütüphanelerinde kalıp yargıları sorgulayan kitap köşeleri",
            "Book corners that challenge stereotypes in children’s libraries",
        ),
        CULTURE,
        ("Çocuk hakları örgütleri", "Children’s rights organisations"),
        (
            "Belediye kütüphanelerinde kız ve erkek çocukları geleneksel olmayan rollerde gösteren "
            "kitaplarla okuma etkinlikleri düzenlenir.",
            "Municipal libraries hold reading sessions with books that show girls and boys in "
            "non-traditional roles.",
        ),
        ("G10",),
        70_000,
    ),
    _action(
        "education",
        ("Babalara yönelik eşit ebeveynlik eğitimleri", "Equal-parenting courses for fathers"),
        WOMEN,
        ("Aile sağlığı merkezleri, sivil toplum kuruluşları", "Family health centres, NGOs"),
        (
            "Yeni baba olan erkeklere bebek bakımı, ev içi iş bölümü ve şiddetsiz iletişim "
            "konularında grup eğitimleri verilir.",
            "New fathers attend group sessions on caring for a baby, sharing housework and "
            "non-violent communication.",
        ),
        ("G10",),
        90_000,
    ),
    # Urban planning, safety and mobility
    _action(
        "urban",
        (
            "Kadınlarla güvenlik yürüyüşleri ve kent güvenliği haritası",
            "Safety walks with women and an urban safety map",
        ),
        ZONING,
        (
            "Kadın örgütleri, üniversitenin şehir ve bölge planlama bölümü",
            "Women’s organisations, a university urban and regional planning department",
        ),
        (
            "Kadınlarla yapılan akşam yürüyüşlerinde aydınlatma, görünürlük ve kaçış yolu "
            "eksiklikleri haritalanır ve bir iyileştirme listesi hazırlanır.",
            "Evening walks with women map gaps in lighting, visibility and escape routes, and a "
            "list of improvements is drawn up.",
        ),
        ("G11",),
        120_000,
    ),
    _action(
        "urban",
        (
            "Parklarda ve alt geçitlerde aydınlatmanın iyileştirilmesi",
            "Better lighting in parks and underpasses",
        ),
        WORKS,
        (
            "Elektrik dağıtım şirketi, mahalle muhtarları",
            "The electricity distribution company, neighbourhood heads",
        ),
        (
            "Güvenlik yürüyüşlerinde belirlenen karanlık noktalarda aydınlatma yenilenir ve "
            "düzenli bakım takvimi oluşturulur.",
            "Lighting is renewed at the dark spots found on the safety walks, and a regular "
            "maintenance schedule is set.",
        ),
        ("G11",),
        2_500_000,
    ),
    _action(
        "urban",
        (
            "Toplu taşımada taciz bildirim ve destek sistemi",
            "Harassment reporting and support on public transport",
        ),
        TRANSPORT,
        (
            "Toplu taşıma işletmecileri, kadın örgütleri",
            "Public transport operators, women’s organisations",
        ),
        (
            "Araçlarda ve duraklarda tacizin nasıl bildirileceği duyurulur; sürücülere ve saha "
            "personeline müdahale ve yönlendirme eğitimi verilir.",
            "Vehicles and stops show how to report harassment, and drivers and field staff are "
            "trained to intervene and refer.",
        ),
        ("G11",),
        300_000,
    ),
    _action(
        "urban",
        (
            "Gece otobüs hatlarında isteğe bağlı ara durak uygulaması",
            "Request stops between bus stops on night routes",
        ),
        TRANSPORT,
        ("Toplu taşıma işletmecileri", "Public transport operators"),
        (
            "Saat 22.00’den sonra yolcuların güzergâh üzerinde duraklar arasındaki güvenli bir "
            "noktada inebilmesi sağlanır.",
            "After 22:00, passengers can get off at a safe point on the route between stops.",
        ),
        ("G11",),
    ),
    _action(
        "urban",
        (
            "İmar planlarında toplumsal cinsiyet etki analizi",
            "Gender impact analysis of zoning plans",
        ),
        ZONING,
        ("Meslek odaları, üniversite", "Professional chambers, a university"),
        (
            "Yeni imar planları ve kentsel dönüşüm projeleri; kadınların bakım, ulaşım ve güvenlik "
            "ihtiyaçları açısından analiz edilir.",
            "New zoning plans and urban regeneration projects are analysed for women’s needs in "
            "care, transport and safety.",
        ),
        (),
        150_000,
    ),
    # Institutional capacity and gender-responsive budgeting
    _action(
        "capacity",
        (
            "Eşitlik biriminin kurulması ve görev tanımının yönetmelikle belirlenmesi",
            "Setting up the equality unit and defining its mandate by regulation",
        ),
        HR,
        ("Kadın örgütleri, kent konseyi", "Women’s organisations, the city council"),
        (
            "Eşitlik birimi kadrolu personelle kurulur; YEEP’in koordinasyonu ve izlenmesi görev "
            "tanımında açıkça yer alır.",
            "The equality unit is staffed with permanent posts, and its mandate explicitly "
            "includes coordinating and monitoring the YEEP.",
        ),
        ("G12",),
        300_000,
    ),
    _action(
        "capacity",
        (
            "Meclis kadın-erkek eşitliği komisyonunun düzenli toplanması",
            "Regular meetings of the council’s gender equality commission",
        ),
        CLERICAL,
        ("Kent konseyi kadın meclisi", "The city council’s women’s assembly"),
        (
            "Komisyon yılda en az dört kez toplanır, YEEP ilerleme raporlarını görüşür ve "
            "raporunu belediye meclisine sunar.",
            "The commission meets at least four times a year, discusses the YEEP progress "
            "reports and presents its report to the municipal council.",
        ),
        ("G12",),
    ),
    _action(
        "capacity",
        ("YEEP eylemlerinin bütçede etiketlenmesi", "Tagging YEEP actions in the budget"),
        STRATEGY,
        (
            "Üniversitenin iktisat bölümü, kadın örgütleri",
            "A university economics department, women’s organisations",
        ),
        (
            "Performans programında ve bütçede YEEP eylemlerine ayrılan ödenekler işaretlenir ve "
            "harcama gerçekleşmeleri her yıl raporlanır.",
            "Appropriations for YEEP actions are tagged in the performance programme and the "
            "budget, and actual spending is reported every year.",
        ),
        ("G12",),
    ),
    _action(
        "capacity",
        (
            "Cinsiyete göre ayrıştırılmış veri sisteminin kurulması",
            "Setting up a sex-disaggregated data system",
        ),
        IT,
        ("Üniversite, sivil toplum kuruluşları", "A university, NGOs"),
        (
            "Hizmet kayıtlarında cinsiyet ve yaş bilgisi standart hale getirilir ve göstergeler "
            "için altı ayda bir veri çıktısı alınır.",
            "Sex and age are recorded in a standard way in service records, and data for the "
            "indicators is extracted every six months.",
        ),
        (),
        400_000,
    ),
    _action(
        "capacity",
        (
            "Tüm personele toplumsal cinsiyet eşitliği temel eğitimi",
            "Basic gender-equality training for all staff",
        ),
        HR,
        (
            "Üniversitenin kadın çalışmaları merkezi, kadın örgütleri",
            "A university women’s studies centre, women’s organisations",
        ),
        (
            "Yöneticilerden başlayarak tüm personele hizmet içi eğitimde toplumsal cinsiyet "
            "eşitliği ve hak temelli hizmet sunumu eğitimi verilir.",
            "Starting with managers, all staff receive in-service training on gender equality "
            "and rights-based service delivery.",
        ),
        ("G10",),
        100_000,
    ),
)


def _phrases(*pairs: tuple[str, str]) -> tuple[Text, ...]:
    return tuple(Text(tr, en) for tr, en in pairs)


#: Sample evidence notes for an action row, by status. Each is labelled as sample data.
EVIDENCE: dict[str, tuple[Text, ...]] = {
    "not_started": _phrases(
        (
            "Örnek veri: Belediyenin bilgi notuna göre dönem içinde eyleme ödenek ayrılmadı.",
            "Sample data: according to the municipality’s briefing note, no funds were allocated "
            "to the action during the period.",
        ),
        (
            "Örnek veri: Faaliyet raporunda ve meclis kararlarında eyleme ilişkin kayıt yok.",
            "Sample data: there is no record of the action in the activity report or council "
            "decisions.",
        ),
        (
            "Örnek veri: Sorumlu müdürlük, hazırlık çalışmasının henüz başlamadığını yazılı "
            "olarak bildirdi.",
            "Sample data: the responsible directorate reported in writing that preparatory work "
            "has not yet begun.",
        ),
    ),
    "in_progress": _phrases(
        (
            "Örnek veri: İhale tamamlandı, çalışmalar sürüyor; sözleşme ve hakediş belgeleri "
            "incelendi.",
            "Sample data: the tender is complete and work is under way; the contract and "
            "progress-payment documents were reviewed.",
        ),
        (
            "Örnek veri: Müdürlüğün ara raporu ve harcama belgeleri incelendi; faaliyetler "
            "sürüyor.",
            "Sample data: the directorate’s interim report and spending records were reviewed; "
            "the activities continue.",
        ),
        (
            "Örnek veri: Protokol taslağı paydaşlara gönderildi, iki kurumun görüşü alındı.",
            "Sample data: the draft protocol was sent to partners and two institutions have "
            "replied.",
        ),
    ),
    "completed": _phrases(
        (
            "Örnek veri: Meclis kararı ve faaliyet raporu incelendi; eylem planlandığı gibi "
            "tamamlandı.",
            "Sample data: the council decision and activity report were reviewed; the action was "
            "completed as planned.",
        ),
        (
            "Örnek veri: Hizmet birimi açıldı; personel listesi ve kayıt defteri yerinde görüldü.",
            "Sample data: the service unit has opened; its staff list and register were seen on "
            "site.",
        ),
        (
            "Örnek veri: Sonuç raporu ve cinsiyete göre ayrıştırılmış katılım verisi yayımlandı.",
            "Sample data: the final report and participation data broken down by sex were "
            "published.",
        ),
    ),
    "delayed": _phrases(
        (
            "Örnek veri: Yer tahsisi tamamlanamadığı için eylem takvimin altı ay gerisinde.",
            "Sample data: the action is six months behind schedule because no site has yet been "
            "allocated.",
        ),
        (
            "Örnek veri: Personel ataması yapılmadığından hizmetin başlangıcı ertelendi; müdürlük "
            "yazısı incelendi.",
            "Sample data: the start of the service was postponed because staff have not been "
            "appointed; the directorate’s letter was reviewed.",
        ),
        (
            "Örnek veri: Bütçe revizyonu nedeniyle ödenek yılın ikinci yarısına kaydırıldı.",
            "Sample data: a budget revision moved the funds to the second half of the year.",
        ),
    ),
    "cancelled": _phrases(
        (
            "Örnek veri: Eylem meclis kararıyla plandan çıkarıldı; gerekçe yazısı incelendi.",
            "Sample data: the action was removed from the plan by council decision; the written "
            "justification was reviewed.",
        ),
        (
            "Örnek veri: Benzer hizmeti başka bir kamu kurumu üstlendiği için eylem iptal edildi.",
            "Sample data: the action was cancelled because another public body took over a "
            "similar service.",
        ),
        (
            "Örnek veri: Belediyenin yazısına göre eylemin yerine daha kapsamlı yeni bir eylem "
            "tanımlandı.",
            "Sample data: according to the municipality’s letter, a broader new action replaced "
            "this one.",
        ),
    ),
}

#: Sample Monitoring Board comments for an action row, by status. Each is labelled as a sample.
BOARD_COMMENTS: dict[str, tuple[Text, ...]] = {
    "not_started": _phrases(
        (
            "Örnek değerlendirme: Eylemin başlamaması hedefin süresinde gerçekleşmesini riske "
            "atıyor; takvim ve bütçe netleştirilmeli.",
            "Sample assessment: the action not having started puts the objective at risk; its "
            "timetable and budget should be clarified.",
        ),
        (
            "Örnek değerlendirme: Heyet, başlamama gerekçesinin yazılı olarak paylaşılmasını ve "
            "sorumlu birimin yeniden teyit edilmesini bekliyor.",
            "Sample assessment: the Board expects the reasons for the delay in starting to be "
            "shared in writing and the responsible unit to be reconfirmed.",
        ),
        (
            "Örnek değerlendirme: Eylem kadınların temel bir hizmete erişimini etkilediğinden "
            "önceliklendirilmeli.",
            "Sample assessment: the action affects women’s access to an essential service and "
            "should be given priority.",
        ),
    ),
    "in_progress": _phrases(
        (
            "Örnek değerlendirme: Uygulama sürüyor, ancak veriler cinsiyete göre ayrıştırılmadığı "
            "için eylemin kadınlara etkisi değerlendirilemiyor.",
            "Sample assessment: implementation continues, but its effect on women cannot be "
            "assessed because the data are not broken down by sex.",
        ),
        (
            "Örnek değerlendirme: İlerleme takvimle uyumlu; kadın örgütlerinin sürece katılımı "
            "olumlu bulundu.",
            "Sample assessment: progress is on schedule, and the involvement of women’s "
            "organisations is welcome.",
        ),
        (
            "Örnek değerlendirme: Faaliyetler yürütülüyor, ancak çıktılarla ilgili gösterge "
            "arasındaki bağ güçlendirilmeli.",
            "Sample assessment: activities are taking place, but the link between their outputs "
            "and the related indicator should be strengthened.",
        ),
    ),
    "completed": _phrases(
        (
            "Örnek değerlendirme: Eylem tamamlandı ve kanıtlar yeterli; hizmetin sürekliliği için "
            "kalıcı bütçe ayrılması önerilir.",
            "Sample assessment: the action is complete and the evidence sufficient; a permanent "
            "budget line is recommended to keep the service going.",
        ),
        (
            "Örnek değerlendirme: Tamamlanma doğrulandı; bir sonraki adım, hizmetten "
            "yararlananların memnuniyetini cinsiyete göre ölçmek.",
            "Sample assessment: completion is confirmed; the next step is to measure users’ "
            "satisfaction by sex.",
        ),
        (
            "Örnek değerlendirme: Eylem hedefine ulaştı; uygulama diğer belediyelerle iyi örnek "
            "olarak paylaşılabilir.",
            "Sample assessment: the action met its target and can be shared with other "
            "municipalities as good practice.",
        ),
    ),
    "delayed": _phrases(
        (
            "Örnek değerlendirme: Gecikmenin nedenleri anlaşılır, ancak telafi takvimi henüz "
            "sunulmadı.",
            "Sample assessment: the reasons for the delay are understandable, but no catch-up "
            "timetable has been presented yet.",
        ),
        (
            "Örnek değerlendirme: Gecikme en çok bakım yükünü taşıyan kadınları etkiliyor; geçici "
            "çözümler değerlendirilmeli.",
            "Sample assessment: the delay hits hardest the women who carry most of the care "
            "burden; interim solutions should be considered.",
        ),
        (
            "Örnek değerlendirme: Heyet, eylemi bir sonraki dönemde yakından izleme kararı aldı.",
            "Sample assessment: the Board has decided to follow the action closely in the next "
            "period.",
        ),
    ),
    "cancelled": _phrases(
        (
            "Örnek değerlendirme: İptal gerekçesi paylaşıldı, ancak aynı hedefe hizmet eden "
            "alternatif bir eylem tanımlanmadı.",
            "Sample assessment: the reason for cancelling was shared, but no alternative action "
            "serving the same objective has been defined.",
        ),
        (
            "Örnek değerlendirme: İptal kararının kadın örgütlerine danışılmadan alınması katılım "
            "ilkesiyle bağdaşmıyor.",
            "Sample assessment: cancelling without consulting women’s organisations is at odds "
            "with the principle of participation.",
        ),
        (
            "Örnek değerlendirme: İptal edilen eylemin kaynakları aynı alandaki diğer eylemlere "
            "aktarılmalı.",
            "Sample assessment: the resources of the cancelled action should go to other actions "
            "in the same area.",
        ),
    ),
}
