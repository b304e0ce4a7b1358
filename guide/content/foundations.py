"""Chapters on the foundations: what a YEEP is (legal and policy frame) and getting ready."""

from __future__ import annotations

from .types import ChapterText, Text, heading, lines, paragraph, quote

WHY = ChapterText(
    key="guide-why",
    title=Text(
        "Yerel eşitlik eylem planı nedir, neden gereklidir?",
        "What a local equality action plan is and why it matters",
    ),
    slug=Text("yeep-nedir", "what-is-a-yeep"),
    intro=Text(
        tr=(
            "YEEP'in ne olduğu, belediyeye ne kazandırdığı ve hangi hukuki ve politik çerçeveye "
            "dayandığı."
        ),
        en=(
            "What a YEEP is, what it brings to a municipality and the legal and policy frame it "
            "rests on."
        ),
    ),
    summary=lines(
        (
            "YEEP, belediyenin kadın ve erkek eşitliği için hedeflerini, eylemlerini, "
            "sorumlularını, bütçesini ve göstergelerini bir araya getiren çok yıllı bir plandır.",
            "A YEEP is a multi-year plan that brings together a municipality's objectives, "
            "actions, responsible units, budget and indicators for equality of women and men.",
        ),
        (
            "Anayasa'nın 10. maddesi devlete kadın ve erkek eşitliğini yaşama geçirme "
            "yükümlülüğü verir; belediyeler de bu yükümlülüğün bir parçasıdır.",
            "Article 10 of the Constitution obliges the State to put equality of women and men "
            "into practice; municipalities share that obligation.",
        ),
        (
            "CEDAW ve Avrupa Yerel Yaşamda Kadın Erkek Eşitliği Şartı, planın hak temelli "
            "dayanaklarıdır.",
            "CEDAW and the European Charter for Equality of Women and Men in Local Life are the "
            "plan's rights-based references.",
        ),
        (
            "Şartı imzalayan belediye, en geç iki yıl içinde bir eşitlik eylem planı hazırlayıp "
            "kabul etmeyi taahhüt eder.",
            "A municipality that signs the Charter undertakes to draw up and adopt an equality "
            "action plan within two years at most.",
        ),
    ),
    body=(
        heading("Yerel eşitlik eylem planı nedir?", "What is a local equality action plan?"),
        paragraph(
            tr=(
                "<p><b>Yerel Eşitlik Eylem Planı (YEEP)</b>, bir belediyenin kadınlar ve erkekler "
                "arasındaki eşitliği kendi hizmetlerinde, işveren olarak insan kaynakları "
                "politikalarında ve karar alma süreçlerinde hayata geçirmek için belirlediği "
                "hedefleri, eylemleri, sorumlu birimleri, takvimi, bütçeyi ve göstergeleri bir "
                "araya getiren çok yıllı bir plandır. Belediye meclisinin kararıyla kabul "
                "edilmesi ve belediyenin stratejik planıyla aynı dönemi kapsaması, planın "
                "uygulanma şansını artırır.</p>"
            ),
            en=(
                "<p>A <b>Local Equality Action Plan (YEEP)</b> is a multi-year plan that brings "
                "together the objectives, actions, responsible units, timetable, budget and "
                "indicators through which a municipality puts equality of women and men into "
                "practice in its services, in its human-resources policy as an employer and in "
                "decision-making. Adoption by a decision of the municipal council, and a period "
                "that matches the municipality's strategic plan, make it more likely that the "
                "plan is carried out.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Bir YEEP, iyi niyet beyanından farklı olarak ölçülebilir taahhütler içerir: "
                "kimin, neyi, ne zamana kadar, hangi kaynakla yapacağı ve başarının nasıl "
                "anlaşılacağı açıkça yazılıdır. Böylece belediye içinde iş bölümü netleşir; "
                "kadın örgütleri ve yurttaşlar da planın uygulanmasını izleyebilir.</p>"
            ),
            en=(
                "<p>Unlike a statement of good intentions, a YEEP contains measurable "
                "commitments: it says plainly who will do what, by when, with which resources, "
                "and how success will be recognised. This clarifies the division of work inside "
                "the municipality and lets women's organisations and citizens follow how the "
                "plan is carried out.</p>"
            ),
        ),
        heading("Belediyeye ne kazandırır?", "What it brings to the municipality"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Hizmetlerin kadınların ve erkeklerin farklı ihtiyaçlarına, gündelik "
                "yaşamlarına ve kullanım biçimlerine göre tasarlanmasını sağlar.</li>"
                "<li>Dağınık projeleri (kadın danışma merkezleri, kurslar, kreşler, güvenli kent "
                "çalışmaları) ortak hedeflere bağlar.</li>"
                "<li>Kaynakların eşitliğe etkisine göre planlanmasına ve bütçede görünür "
                "olmasına yardım eder.</li>"
                "<li>Belediye ile kadın örgütleri ve sivil toplum arasında düzenli bir iş "
                "birliği zemini kurar.</li>"
                "<li>Ulusal ve uluslararası taahhütlerin yerelde nasıl uygulandığını "
                "gösterilebilir kılar.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>It gets services designed around the different needs, daily lives and "
                "patterns of use of women and men.</li>"
                "<li>It ties scattered projects (women's counselling centres, courses, "
                "nurseries, safe-city work) to shared objectives.</li>"
                "<li>It helps plan resources by their effect on equality and makes them visible "
                "in the budget.</li>"
                "<li>It lays the ground for regular cooperation between the municipality, "
                "women's organisations and civil society.</li>"
                "<li>It makes it possible to show how national and international commitments "
                "are implemented locally.</li>"
                "</ul>"
            ),
        ),
        heading(
            "Hukuki çerçeve: Anayasa ve Belediye Kanunu",
            "Legal frame: the Constitution and the Municipal Law",
        ),
        paragraph(
            tr=(
                "<p>Anayasa'nın kanun önünde eşitliği düzenleyen 10. maddesine 2004 yılında "
                "eklenen hükümle, kadınların ve erkeklerin eşit haklara sahip olduğu ve devletin "
                "bu eşitliğin yaşama geçmesini sağlamakla yükümlü olduğu açıkça yazılmıştır; "
                "2010 yılında eklenen cümle ise bu amaçla alınacak tedbirlerin eşitlik ilkesine "
                "aykırı sayılamayacağını belirtir. Belediyeler, kamu gücü kullanan idareler "
                "olarak bu yükümlülüğün bir parçasıdır.</p>"
            ),
            en=(
                "<p>A provision added in 2004 to Article 10 of the Constitution, on equality "
                "before the law, states plainly that women and men have equal rights and that "
                "the State is obliged to ensure that this equality exists in practice; a "
                "sentence added in 2010 says that measures taken for this purpose cannot be "
                "regarded as contrary to the principle of equality. As administrations that "
                "exercise public power, municipalities share this obligation.</p>"
            ),
        ),
        quote(
            tr=(
                "Kadınlar ve erkekler eşit haklara sahiptir. Devlet, bu eşitliğin yaşama "
                "geçmesini sağlamakla yükümlüdür. Bu maksatla alınacak tedbirler eşitlik "
                "ilkesine aykırı olarak yorumlanamaz."
            ),
            en=(
                "Men and women have equal rights. The State has the obligation to ensure that "
                "this equality exists in practice. Measures taken for this purpose shall not be "
                "interpreted as contrary to the principle of equality."
            ),
            source_tr="Türkiye Cumhuriyeti Anayasası, madde 10",
            source_en="Constitution of the Republic of Türkiye, Article 10 (English translation)",
        ),
        paragraph(
            tr=(
                "<p>5393 sayılı Belediye Kanunu'nun 14. maddesi belediyenin görev ve hizmetlerini "
                "sayar: büyükşehir belediyelerinin ve nüfusu 100.000'in üzerindeki belediyelerin "
                "kadınlar ve çocuklar için konukevi açmasını öngörür; hizmetlerin vatandaşlara "
                "en yakın yerlerde ve en uygun yöntemlerle sunulmasını, hizmet sunumunda engelli, "
                "yaşlı, düşkün ve dar gelirlilerin durumuna uygun yöntemler uygulanmasını ister. "
                "Kanunun 13. maddesi ise hemşehrilerin belediye karar ve hizmetlerine katılma "
                "hakkını tanır. Bu hükümler, hizmetlerin toplumsal cinsiyete duyarlı biçimde "
                "planlanması için sağlam bir dayanaktır.</p>"
            ),
            en=(
                "<p>Article 14 of Municipal Law No. 5393 lists the duties and services of "
                "municipalities: it provides that metropolitan municipalities and municipalities "
                "with more than 100,000 inhabitants open shelters for women and children, and it "
                "requires services to be delivered at the places closest to citizens, by the "
                "most suitable methods, using methods suited to the situation of people with "
                "disabilities, older people, people in need and people on low incomes. Article "
                "13 of the Law recognises residents' right to take part in the municipality's "
                "decisions and services. These provisions are a firm basis for planning services "
                "in a gender-sensitive way.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Eşitlik birimleri ve belediye meclislerindeki eşitlik komisyonları kanunda "
                "doğrudan düzenlenmiş yapılar değildir; pek çok belediye bunları kendi kararıyla "
                "kurmuştur. Belediye meclisi, 5393 sayılı Kanun'un 24. maddesine göre ihtisas "
                "komisyonları kurabilir; bu yolla kurulan bir kadın erkek eşitliği komisyonu, "
                "planın meclisteki takipçisi olur. Belediyenizde böyle bir birim ya da komisyon "
                "varsa planın sahipliğini ona verin; yoksa kurulmasını önermek hazırlığın ilk "
                "adımlarından biri olabilir.</p>"
            ),
            en=(
                "<p>Equality units and equality commissions of municipal councils are not "
                "directly regulated by law; many municipalities have set them up by their own "
                "decision. Under Article 24 of Law No. 5393, the municipal council may set up "
                "specialised commissions; an equality commission set up this way becomes the "
                "plan's champion in the council. If your municipality has such a unit or "
                "commission, give it ownership of the plan; if not, proposing one can be among "
                "the first steps of the preparation.</p>"
            ),
        ),
        heading(
            "Uluslararası çerçeve: CEDAW ve Avrupa Şartı",
            "International frame: CEDAW and the European Charter",
        ),
        paragraph(
            tr=(
                "<p><b>Kadınlara Karşı Her Türlü Ayrımcılığın Önlenmesi Sözleşmesi (CEDAW)</b>, "
                "Türkiye'nin 1985 yılında onayladığı bir Birleşmiş Milletler insan hakları "
                "sözleşmesidir. Anayasa'nın 90. maddesine göre usulüne uygun yürürlüğe konulmuş "
                "milletlerarası antlaşmalar kanun hükmündedir; temel hak ve özgürlüklere ilişkin "
                "bir antlaşma ile bir kanun arasındaki uyuşmazlıkta antlaşma esas alınır. "
                "Sözleşmeden doğan yükümlülükler belediyeler dahil bütün kamu idarelerini "
                "ilgilendirir. CEDAW Komitesinin Türkiye hakkındaki en son sonuç gözlemleri, "
                "planın öncelik alanlarını seçerken yararlı bir kaynaktır.</p>"
            ),
            en=(
                "<p>The <b>Convention on the Elimination of All Forms of Discrimination against "
                "Women (CEDAW)</b> is a United Nations human-rights convention that Türkiye "
                "ratified in 1985. Under Article 90 of the Constitution, international agreements "
                "duly put into effect have the force of law, and where an agreement on "
                "fundamental rights and freedoms conflicts with a law, the agreement prevails. "
                "The obligations arising from the Convention concern every public "
                "administration, municipalities included. The CEDAW Committee's most recent "
                "concluding observations on Türkiye are a useful source when choosing the "
                "plan's priority areas.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p><b>Avrupa Yerel Yaşamda Kadın Erkek Eşitliği Şartı</b>, Avrupa Belediyeler "
                "ve Bölgeler Konseyi (CEMR) tarafından 2006 yılında hazırlanmış ve Türkiye'den "
                "de pek çok belediye tarafından imzalanmıştır. Şart; siyasal katılım, işveren "
                "olarak belediye, kamu hizmetleri, bakım, kentsel planlama, ulaşım, güvenlik ve "
                "toplumsal cinsiyete dayalı şiddet gibi alanlarda yerel yönetimlerin "
                "sorumluluklarını tek tek sayar. Şartı imzalayan belediye, imzadan sonra makul "
                "bir süre içinde, en geç iki yılda, bir eşitlik eylem planı hazırlayıp kabul "
                "etmeyi ve uygulamayı taahhüt eder; YEEP bu taahhüdün yerine getirilmesidir.</p>"
            ),
            en=(
                "<p>The <b>European Charter for Equality of Women and Men in Local Life</b> was "
                "drawn up in 2006 by the Council of European Municipalities and Regions (CEMR) "
                "and has been signed by many municipalities in Türkiye too. It sets out, one by "
                "one, the responsibilities of local governments in areas such as political "
                "participation, the municipality as employer, public services, care, urban "
                "planning, transport, safety and gender-based violence. A municipality that "
                "signs the Charter undertakes to draw up, adopt and implement an equality action "
                "plan within a reasonable time after signing, not exceeding two years; a YEEP is "
                "how that commitment is fulfilled.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p><b>İstanbul Sözleşmesi</b> (Kadınlara Yönelik Şiddet ve Aile İçi Şiddetin "
                "Önlenmesi ve Bunlarla Mücadeleye İlişkin Avrupa Konseyi Sözleşmesi) 2011'de "
                "İstanbul'da imzaya açılmış ve 2012'de ilk onaylayan ülke Türkiye olmuştur. "
                "Türkiye, 20 Mart 2021'de Resmî Gazete'de yayımlanan Cumhurbaşkanı kararıyla "
                "Sözleşmeden çekilmiş; çekilme 1 Temmuz 2021'de yürürlüğe girmiştir. Sözleşme bu "
                "nedenle bugün Türkiye için bağlayıcı değildir; ancak önleme, koruma ve destek "
                "hizmetlerine ilişkin standartları pek çok belediye ve kadın örgütü tarafından "
                "bir ölçüt olarak kullanılmaya devam etmektedir. Kadına yönelik şiddetle "
                "mücadelede yürürlükteki temel iç hukuk düzenlemesi, 6284 sayılı Ailenin "
                "Korunması ve Kadına Karşı Şiddetin Önlenmesine Dair Kanun'dur.</p>"
            ),
            en=(
                "<p>The <b>İstanbul Convention</b> (Council of Europe Convention on preventing "
                "and combating violence against women and domestic violence) was opened for "
                "signature in İstanbul in 2011, and in 2012 Türkiye became the first country to "
                "ratify it. Türkiye withdrew from the Convention by a Presidential decision "
                "published in the Official Gazette on 20 March 2021; the withdrawal took effect "
                "on 1 July 2021. The Convention is therefore not binding on Türkiye today, but "
                "many municipalities and women's organisations continue to use its standards on "
                "prevention, protection and support services as a reference. The main domestic "
                "law in force on combating violence against women is Law No. 6284 on the "
                "Protection of the Family and the Prevention of Violence against Women.</p>"
            ),
        ),
    ),
)

GETTING_READY = ChapterText(
    key="guide-getting-ready",
    title=Text(
        "Hazırlık: siyasi kararlılık, meclis kararı ve ekip",
        "Getting ready: political commitment, council decision and team",
    ),
    slug=Text("hazirlik", "getting-ready"),
    intro=Text(
        tr=(
            "Planın kâğıtta kalmaması için hazırlık aşamasında sağlanması gerekenler: siyasi "
            "sahiplenme, meclis kararı, sorumlu birim, ekip, takvim ve süreç bütçesi."
        ),
        en=(
            "What must be in place before writing starts, so that the plan does not stay on "
            "paper: political ownership, a council decision, a responsible unit, a team, a "
            "timeline and a budget for the process."
        ),
    ),
    summary=lines(
        (
            "Planın sahibi belediye başkanı ve belediye meclisidir; sahiplenme yazılı bir "
            "kararla görünür olmalıdır.",
            "The plan belongs to the mayor and the municipal council; their ownership should "
            "be visible in a written decision.",
        ),
        (
            "Süreci bir eşitlik birimi ya da açıkça görevlendirilmiş bir birim yürütür; bütün "
            "müdürlüklerin temsilcileri çalışma grubunda yer alır.",
            "An equality unit, or a unit given the task explicitly, runs the process; every "
            "department has a representative in the working group.",
        ),
        (
            "Hazırlık sürecinin kendisi de takvim ve bütçe ister: toplantılar, anketler, çocuk "
            "bakımı, tercüme.",
            "The preparation itself needs a timeline and a budget: meetings, surveys, "
            "childcare, interpretation.",
        ),
        (
            "Stratejik plan takvimine bağlanan bir YEEP'in bütçeye girme şansı daha yüksektir.",
            "A YEEP tied to the strategic-plan calendar has a better chance of reaching the "
            "budget.",
        ),
    ),
    body=(
        heading("Siyasi kararlılık", "Political commitment"),
        paragraph(
            tr=(
                "<p>Bir YEEP'in uygulanma şansı, en başta belediye başkanının ve meclisin planı "
                "sahiplenmesine bağlıdır. Başkanın sürecin başında planı desteklediğini "
                "kamuoyuna açıkça duyurması, müdürlüklerin sürece katılımını kolaylaştırır. "
                "Avrupa Yerel Yaşamda Kadın Erkek Eşitliği Şartı'nı imzalamak da bu kararlılığı "
                "gösteren güçlü bir adımdır.</p>"
            ),
            en=(
                "<p>Whether a YEEP is carried out depends first of all on the mayor and the "
                "council taking ownership of it. A public statement by the mayor at the start, "
                "saying clearly that they support the plan, makes it easier for departments to "
                "take part. Signing the European Charter for Equality of Women and Men in Local "
                "Life is another strong sign of this commitment.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Sahiplenme yalnızca başkana bırakılmamalıdır. Planın farklı siyasi "
                "görüşlerden meclis üyelerince desteklenmesi, seçimlerden sonra da sürmesini "
                "kolaylaştırır. Meclisteki bütün grupları bilgilendirmek ve hazırlık sürecine "
                "davet etmek bu yüzden önemlidir.</p>"
            ),
            en=(
                "<p>Ownership should not rest with the mayor alone. Support from council members "
                "of different political views makes it easier for the plan to survive an "
                "election. That is why it matters to inform every group in the council and "
                "invite them into the preparation.</p>"
            ),
        ),
        heading("Meclis kararı", "The council decision"),
        paragraph(
            tr=(
                "<p>Hazırlık sürecini başlatan bir belediye meclisi kararı, süreci kişilere bağlı "
                "olmaktan çıkarır ve müdürlüklere açık bir görev verir; taslak tamamlandığında "
                "plan, kabul için yeniden meclise sunulur. Başlangıç kararında şunların yer "
                "alması önerilir:</p>"
            ),
            en=(
                "<p>A decision of the municipal council that launches the preparation stops the "
                "process from depending on individuals and gives departments a clear task; once "
                "the draft is complete, the plan goes back to the council for adoption. The "
                "launching decision should include:</p>"
            ),
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li>Planı hazırlamakla görevli birim ve sürecin koordinatörü</li>"
                "<li>Her müdürlüğün bir temsilci görevlendirmesi</li>"
                "<li>Hazırlık takvimi ve taslağın meclise sunulacağı tarih</li>"
                "<li>Kadın örgütleri, kent konseyi ve yurttaşlarla danışma yapılacağı "
                "taahhüdü</li>"
                "<li>Hazırlık süreci için ayrılan bütçe</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The unit responsible for preparing the plan and the coordinator of the "
                "process</li>"
                "<li>A representative appointed by every department</li>"
                "<li>The preparation timeline and the date the draft goes to the council</li>"
                "<li>A commitment to consult women's organisations, the city council and "
                "citizens</li>"
                "<li>The budget set aside for the preparation</li>"
                "</ul>"
            ),
        ),
        heading("Eşitlik birimi, komisyon ve ekip", "Equality unit, commission and team"),
        paragraph(
            tr=(
                "<p>Belediyede bir <b>eşitlik birimi</b> varsa koordinasyon ona verilmelidir. "
                "Yoksa yeterli yetkisi olan bir birim (örneğin strateji geliştirme ya da kadın "
                "ve aile hizmetlerinden sorumlu müdürlük) açıkça görevlendirilmeli ve kalıcı bir "
                "eşitlik biriminin kurulması planın eylemlerinden biri olarak düşünülmelidir. "
                "Belediye meclisinde kurulacak bir eşitlik komisyonu ise planın meclis içindeki "
                "takipçisi olur.</p>"
            ),
            en=(
                "<p>If the municipality has an <b>equality unit</b>, it should coordinate the "
                "process. If not, a unit with enough authority (for example the department for "
                "strategy development, or the one responsible for women's and family services) "
                "should be given the task explicitly, and setting up a permanent equality unit "
                "should be considered as one of the plan's actions. An equality commission of "
                "the municipal council then follows the plan inside the council.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Planı tek bir birim yazamaz. Fen işleri, imar, ulaşım, park ve bahçeler, "
                "sosyal hizmetler, insan kaynakları, kültür, zabıta ve mali hizmetler dahil her "
                "müdürlükten karar verebilecek düzeyde bir temsilcinin yer aldığı bir "
                "<b>çalışma grubu</b> kurun. Görevlendirmeler yazılı olmalı ve bu iş, "
                "temsilcilerin görev tanımında zaman ayrılmış bir sorumluluk olarak yer "
                "almalıdır.</p>"
            ),
            en=(
                "<p>No single unit can write the plan. Set up a <b>working group</b> with a "
                "representative senior enough to take decisions from every department, including "
                "technical works, zoning, transport, parks, social services, human resources, "
                "culture, municipal police and financial services. Appointments should be in "
                "writing, and the work should appear in the representatives' job descriptions as "
                "a responsibility with time set aside for it.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Çalışma grubunun ilk işi, toplumsal cinsiyet eşitliği ve hak temelli yaklaşım "
                "üzerine ortak bir eğitim almaktır. Eğitim, müdürlüklerin kendi hizmetlerine "
                "eşitlik gözüyle bakmasını sağlar ve sonraki aşamalar için ortak bir dil kurar. "
                "Bu konuda deneyimli kadın örgütlerinden ve üniversitelerin kadın çalışmaları "
                "merkezlerinden destek alınabilir.</p>"
            ),
            en=(
                "<p>The working group's first task is joint training on gender equality and the "
                "rights-based approach. Training helps departments look at their own services "
                "through an equality lens and builds a common language for the later stages. "
                "Experienced women's organisations and university women's studies centres can "
                "support it.</p>"
            ),
        ),
        heading("Takvim ve süreç bütçesi", "Timeline and a budget for the process"),
        paragraph(
            tr=(
                "<p>İlk YEEP'in hazırlanması birkaç ay sürer: hazırlık, ihtiyaç analizi, katılım "
                "toplantıları, taslağın yazılması, taslağın kamuoyuyla paylaşılması ve meclis "
                "kararı. Planın dönemini stratejik planla uyumlu seçmek, eylemlerin performans "
                "programına ve bütçeye girmesini kolaylaştırır. 5393 sayılı Kanun'un 41. "
                "maddesine göre stratejik plan, mahalli idareler genel seçimlerinden itibaren "
                "altı ay içinde hazırlanıp meclise sunulur; YEEP takvimini buna göre kurmak "
                "büyük bir avantajdır.</p>"
            ),
            en=(
                "<p>Preparing a first YEEP takes several months: preparation, needs analysis, "
                "participation meetings, drafting, publishing the draft for comment and the "
                "council decision. Choosing a plan period that matches the strategic plan makes "
                "it easier for actions to enter the performance programme and the budget. Under "
                "Article 41 of Law No. 5393, the strategic plan is prepared and submitted to the "
                "council within six months of the local elections; planning the YEEP calendar "
                "around it is a great advantage.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Hazırlık sürecinin kendisi de bütçe ister. Katılımı gerçek kılan giderler "
                "çoğu zaman küçüktür, ama önceden ayrılmazlarsa ilk kesilen kalemler olurlar:</p>"
            ),
            en=(
                "<p>The preparation itself needs a budget. The costs that make participation "
                "real are usually small, but unless they are set aside in advance they are the "
                "first to be cut:</p>"
            ),
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li>Anket, odak grup görüşmeleri ve güvenli kent yürüyüşleri</li>"
                "<li>Toplantılarda çocuk bakımı, ulaşım desteği, işaret dili ve gerektiğinde "
                "başka dillerde tercüme</li>"
                "<li>Erişilebilir toplantı mekânları ve kolay okunur materyal</li>"
                "<li>Eğitim ve dışarıdan uzmanlık desteği</li>"
                "<li>Taslağın ve kabul edilen planın yayımlanması</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Surveys, focus groups and safety walks</li>"
                "<li>Childcare at meetings, transport support, sign-language interpretation and, "
                "where needed, interpretation into other languages</li>"
                "<li>Accessible meeting venues and easy-to-read material</li>"
                "<li>Training and outside expertise</li>"
                "<li>Publishing the draft and the adopted plan</li>"
                "</ul>"
            ),
        ),
    ),
)
