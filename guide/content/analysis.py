"""Chapters on knowing the situation: gender-sensitive needs analysis and participation."""

from __future__ import annotations

from .types import ChapterText, Text, heading, lines, paragraph

NEEDS_ANALYSIS = ChapterText(
    key="guide-needs-analysis",
    title=Text("Toplumsal cinsiyete duyarlı ihtiyaç analizi", "Gender-sensitive needs analysis"),
    slug=Text("ihtiyac-analizi", "needs-analysis"),
    intro=Text(
        tr=(
            "Planın hedefleri tahminlere değil, kadınların ve erkeklerin gerçek durumuna "
            "dayanmalıdır: cinsiyete göre ayrıştırılmış veri, anketler, odak grupları, güvenli "
            "kent yürüyüşleri ve hizmet haritalaması."
        ),
        en=(
            "The plan's objectives should rest on the real situation of women and men, not on "
            "guesses: sex-disaggregated data, surveys, focus groups, safety walks and service "
            "mapping."
        ),
    ),
    summary=lines(
        (
            "Var olan verilerle başlayın: TÜİK, diğer kamu kurumları ve belediyenin kendi "
            "kayıtları.",
            "Start with the data that exists: TÜİK, other public bodies and the municipality's "
            "own records.",
        ),
        (
            "Her kayıt kadın, erkek ve toplam olarak; mümkünse yaş ve engellilik durumuna göre "
            "de ayrıştırılmalıdır.",
            "Every record should be broken down into women, men and total, and where possible by "
            "age and disability too.",
        ),
        (
            "Sayıların göstermediğini dinleyerek öğrenin: odak grupları ve güvenli kent "
            "yürüyüşleri.",
            "Learn what numbers do not show by listening: focus groups and safety walks.",
        ),
        (
            "En az duyulan kadınlara ulaşmak özel çaba ister: engelli, yaşlı, göçmen ve kırsalda "
            "yaşayan kadınlar.",
            "Reaching the women least often heard takes special effort: women with "
            "disabilities, older, migrant and rural women.",
        ),
        (
            "Kişisel verileri 6698 sayılı Kanun'a uygun işleyin ve yalnızca toplu olarak "
            "yayımlayın.",
            "Process personal data in line with Law No. 6698 and publish it only in aggregate.",
        ),
    ),
    body=(
        heading("Neden ihtiyaç analizi?", "Why a needs analysis?"),
        paragraph(
            tr=(
                "<p>Toplumsal cinsiyete duyarlı ihtiyaç analizi, belediyenin hizmetlerinden "
                "kadınların ve erkeklerin nasıl yararlandığını, kimlerin hizmetlere "
                "ulaşamadığını ve eşitsizliklerin nerede yoğunlaştığını ortaya koyar. Analiz, "
                "planın <b>başlangıç değerlerini</b> de üretir: ilerlemeyi ölçebilmek için "
                "bugünkü durumu bilmek gerekir.</p>"
            ),
            en=(
                "<p>A gender-sensitive needs analysis shows how women and men use the "
                "municipality's services, who cannot reach them and where inequalities "
                "concentrate. It also produces the plan's <b>baselines</b>: progress can only be "
                "measured against a known starting point.</p>"
            ),
        ),
        heading(
            "Cinsiyete göre ayrıştırılmış veri kaynakları",
            "Sources of sex-disaggregated data",
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>TÜİK</b>: Adrese Dayalı Nüfus Kayıt Sistemi sonuçları il ve ilçe "
                "düzeyinde yaşa ve cinsiyete göre nüfusu verir; işgücü, gelir ve yaşam koşulları "
                "ve sağlık araştırmalarının sonuçları ise çoğunlukla il ya da bölge "
                "düzeyindedir. Her yıl yayımlanan İstatistiklerle Kadın bülteni ulusal bir "
                "karşılaştırma zemini sunar.</li>"
                "<li><b>Belediyenin kendi kayıtları</b>: hizmet başvuruları ve kullanıcıları, "
                "meslek ve sanat kursları, sosyal yardımlar, kreş ve gündüz bakım hizmetleri, "
                "konukevi başvuruları, şikâyet ve talep kayıtları, personelin ve yöneticilerin "
                "cinsiyete göre dağılımı, meclis ve komisyon üyelikleri.</li>"
                "<li><b>Diğer kamu kurumları</b>: aile ve sosyal hizmetler il müdürlükleri, "
                "şiddet önleme ve izleme merkezleri (ŞÖNİM), il sağlık ve milli eğitim "
                "müdürlükleri, İŞKUR; bu kurumlardan kişisel veri içermeyen, toplu istatistikler "
                "isteyin.</li>"
                "<li><b>Araştırmalar ve sivil toplum raporları</b>: üniversitelerin, kadın "
                "örgütlerinin ve baroların raporları; kullanırken yöntemini ve tarihini not "
                "edin.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>TÜİK (Turkish Statistical Institute)</b>: the results of the Address-Based "
                "Population Registration System give the population by age and sex at province "
                "and district level; results of the labour-force, income and living-conditions "
                "and health surveys are mostly at province or regional level. The annual Women "
                "in Statistics bulletin offers a national point of comparison.</li>"
                "<li><b>The municipality's own records</b>: service applications and users, "
                "vocational and art courses, social assistance, nurseries and day care, shelter "
                "applications, complaints and requests, staff and managers by sex, council and "
                "commission membership.</li>"
                "<li><b>Other public bodies</b>: provincial directorates of family and social "
                "services, violence prevention and monitoring centres (ŞÖNİM), provincial health "
                "and education directorates, İŞKUR (the employment agency); ask them for "
                "aggregate statistics that contain no personal data.</li>"
                "<li><b>Research and civil-society reports</b>: reports of universities, women's "
                "organisations and bar associations; note their method and date when you use "
                "them.</li>"
                "</ul>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Belediyenin kendi kayıtlarında cinsiyet bilgisi yoksa, bunu düzeltmek planın "
                "ilk eylemlerinden biri olmalıdır: başvuru formlarına ve hizmet kayıtlarına "
                "cinsiyet, yaş grubu ve engellilik durumu alanları eklemek gelecekteki izlemenin "
                "temelidir. Bu bilgiler 6698 sayılı Kişisel Verilerin Korunması Kanunu'na uygun "
                "olarak toplanmalı, amaçla sınırlı tutulmalı ve raporlarda yalnızca toplu ve "
                "anonim biçimde kullanılmalıdır. Engellilik gibi sağlık bilgilerinin özel "
                "nitelikli kişisel veri olduğunu ve daha sıkı korunması gerektiğini "
                "unutmayın.</p>"
            ),
            en=(
                "<p>If the municipality's own records do not hold sex, fixing that should be one "
                "of the plan's first actions: adding fields for sex, age group and disability to "
                "application forms and service records is the foundation of future monitoring. "
                "This information must be collected in line with Personal Data Protection Law "
                "No. 6698, limited to its purpose and used in reports only in aggregate, "
                "anonymous form. Remember that health information such as disability is a "
                "special category of personal data that needs stronger protection.</p>"
            ),
        ),
        heading("Anketler ve odak grup görüşmeleri", "Surveys and focus groups"),
        paragraph(
            tr=(
                "<p>Bir <b>hane ya da kullanıcı anketi</b>; hizmetlere erişimi, bakım yükü dahil "
                "zaman kullanımını, ulaşım alışkanlıklarını ve kendini güvende hissetmeyi "
                "ölçebilir. Örneklemi kadınları ve erkekleri, farklı yaş gruplarını ve "
                "mahalleleri temsil edecek biçimde kurun; aynı soruları hem kadınlara hem "
                "erkeklere sorun ki farkı görebilesiniz. Anket sonuçları planın sonuç "
                "göstergelerinin başlangıç değeri olur; aynı sorular izleme dönemlerinde "
                "tekrarlanmalıdır.</p>"
            ),
            en=(
                "<p>A <b>household or user survey</b> can measure access to services, use of "
                "time including the burden of care, travel habits and feeling safe. Build the "
                "sample to represent women and men, different age groups and neighbourhoods; ask "
                "women and men the same questions so that you can see the gap. The results "
                "become the baselines of the plan's outcome indicators, and the same questions "
                "should be repeated in each monitoring period.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p><b>Odak grup görüşmeleri</b>, sayıların açıklayamadığını anlamayı sağlar: bir "
                "hizmetin neden kullanılmadığını, hangi saatlerin uygun olduğunu, neyin "
                "güvensizlik duygusu yarattığını. Grupları küçük ve benzer deneyimleri olan "
                "kişilerden oluşturun; kolaylaştırıcının kadın olması ve görüşmenin güvenli, "
                "gizliliğe saygılı bir ortamda yapılması katılımı artırır.</p>"
            ),
            en=(
                "<p><b>Focus groups</b> help you understand what numbers cannot explain: why a "
                "service is not used, which hours suit people, what makes them feel unsafe. Keep "
                "the groups small and made up of people with similar experiences; a woman "
                "facilitator and a safe setting that respects confidentiality encourage people "
                "to take part.</p>"
            ),
        ),
        heading("En az duyulanlara ulaşmak", "Reaching those least often heard"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Engelli kadınlar ve kız çocukları</b>: erişilebilir mekân, işaret dili "
                "tercümesi ve kolay okunur materyal; görüşmeleri engelli örgütleriyle birlikte "
                "planlayın.</li>"
                "<li><b>Yaşlı kadınlar</b>: ev ziyaretleri, muhtarlıklar ve yaşlılara hizmet "
                "veren merkezler aracılığıyla görüşmeler.</li>"
                "<li><b>Göçmen ve mülteci kadınlar</b>: kendi dillerinde kolaylaştırıcı ya da "
                "tercüman, göçmenlerle çalışan örgütlerin aracılığı ve kimlik ya da kayıt "
                "bilgisi sormayan bir yaklaşım.</li>"
                "<li><b>Kırsal mahallelerde yaşayan kadınlar</b>: toplantıyı onların yaşadığı "
                "yere götürün; tarım takvimini ve ulaşım güçlüğünü hesaba katın.</li>"
                "<li><b>Genç kadınlar ve kız çocukları</b>: okullar, gençlik merkezleri ve kent "
                "konseyi gençlik meclisi aracılığıyla, yaşlarına uygun yöntemlerle ve veli "
                "iznini gözeterek.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Women and girls with disabilities</b>: accessible venues, sign-language "
                "interpretation and easy-to-read material; plan the sessions together with "
                "organisations of persons with disabilities.</li>"
                "<li><b>Older women</b>: home visits, and meetings arranged through neighbourhood "
                "heads (muhtars) and centres serving older people.</li>"
                "<li><b>Migrant and refugee women</b>: a facilitator or interpreter in their own "
                "language, the help of organisations working with migrants, and an approach that "
                "asks for no identity or registration details.</li>"
                "<li><b>Women in rural neighbourhoods</b>: take the meeting to where they live; "
                "allow for the farming calendar and the difficulty of travel.</li>"
                "<li><b>Young women and girls</b>: through schools, youth centres and the city "
                "council's youth assembly, with methods suited to their age and with attention "
                "to parental consent.</li>"
                "</ul>"
            ),
        ),
        heading("Güvenli kent yürüyüşleri", "Safety walks"),
        paragraph(
            tr=(
                "<p><b>Güvenli kent yürüyüşünde</b> bir mahallede yaşayan kadınlar, belediyenin "
                "teknik personeliyle birlikte ve tercihen akşam saatlerinde belirlenmiş bir "
                "güzergâhı yürüyerek güvensiz buldukları noktaları tespit eder. Yetersiz "
                "aydınlatma, görüşü kapatan duvarlar ve bitkiler, ıssız alt geçitler, bakımsız "
                "parklar, karanlık ya da uzak duraklar ve yön gösterici eksikliği kayda geçirilir; "
                "her tespit fotoğraf ve konumla belgelenir ve sorumlu müdürlüğe bir iş olarak "
                "aktarılır.</p>"
            ),
            en=(
                "<p>On a <b>safety walk</b>, women who live in a neighbourhood walk a set route "
                "with the municipality's technical staff, preferably in the evening, and point "
                "out the places where they feel unsafe. Poor lighting, walls and plants that "
                "block the view, deserted underpasses, neglected parks, dark or distant stops "
                "and missing signage are recorded; each finding is documented with a photo and "
                "location and passed to the responsible department as a work item.</p>"
            ),
        ),
        heading("Hizmet haritalaması", "Mapping services"),
        paragraph(
            tr=(
                "<p>Belediyenin ve diğer kurumların hizmetlerini (kreşler, kadın danışma "
                "merkezleri, sağlık kuruluşları, spor tesisleri, parklar, tuvaletler, toplu "
                "taşıma hatları) mahalle nüfusuyla birlikte haritaya dökün. Harita, hangi "
                "mahallelerin hizmetlerden uzak kaldığını ve hangi hizmetlerin kadınların "
                "gündelik güzergâhlarıyla örtüşmediğini gösterir. Analizin sonunda bulguları kısa "
                "bir raporda toplayın ve katılım toplantılarında paylaşın.</p>"
            ),
            en=(
                "<p>Map the services of the municipality and other bodies (nurseries, women's "
                "counselling centres, health facilities, sports facilities, parks, toilets, "
                "public transport lines) together with the population of each neighbourhood. The "
                "map shows which neighbourhoods are far from services and which services do not "
                "match women's daily routes. At the end of the analysis, gather the findings in a "
                "short report and share it at the participation meetings.</p>"
            ),
        ),
    ),
)

PARTICIPATION = ChapterText(
    key="guide-participation",
    title=Text(
        "Katılım: kadın örgütleri, kent konseyi ve mahalleler",
        "Participation: women's organisations, the city council and neighbourhoods",
    ),
    slug=Text("katilim", "participation"),
    intro=Text(
        tr=(
            "Plan, etkilediği kişilerle birlikte yazıldığında gerçekçi ve sahiplenilmiş olur: "
            "kadın örgütleri, sivil toplum, kent konseyi kadın meclisi ve mahalle toplantıları."
        ),
        en=(
            "A plan written together with the people it affects is realistic and owned: women's "
            "organisations, civil society, the city council's women's assembly and neighbourhood "
            "meetings."
        ),
    ),
    summary=lines(
        (
            "Katılım tek bir toplantı değil, sürecin her aşamasına yayılan bir çalışmadır.",
            "Participation is not one meeting but work that runs through every stage.",
        ),
        (
            "Kadın örgütleri ve kent konseyi kadın meclisi planın doğal ortaklarıdır.",
            "Women's organisations and the city council's women's assembly are the plan's "
            "natural partners.",
        ),
        (
            "Mahalle toplantıları planı kadınların gündelik yaşamına yaklaştırır.",
            "Neighbourhood meetings bring the plan close to women's daily lives.",
        ),
        (
            "Erişilebilirlik bir koşuldur: uygun saat, çocuk bakımı, ulaşım, dil ve fiziksel "
            "erişim.",
            "Accessibility is a precondition: suitable times, childcare, transport, language "
            "and physical access.",
        ),
        (
            "Katılımcılara önerilerinin ne olduğunu geri bildirin.",
            "Tell participants what became of their proposals.",
        ),
    ),
    body=(
        heading("Katılım neden gerekli?", "Why participation?"),
        paragraph(
            tr=(
                "<p>Kadınlar, kendi mahallelerindeki hizmetlerin en yakın tanıklarıdır. Planın "
                "onlarla birlikte yazılması önceliklerin doğru belirlenmesini sağlar ve "
                "uygulama sırasında planı izleyecek bir kamuoyu yaratır. 5393 sayılı Kanun'un "
                "hemşehrilere tanıdığı belediye karar ve hizmetlerine katılma hakkı da bunu "
                "gerektirir.</p>"
            ),
            en=(
                "<p>Women are the closest witnesses of the services in their neighbourhoods. "
                "Writing the plan with them gets the priorities right and creates a public that "
                "will follow the plan while it is carried out. Residents' right under Law No. "
                "5393 to take part in the municipality's decisions and services requires it "
                "too.</p>"
            ),
        ),
        heading("Kimlerle?", "With whom?"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Kadın örgütleri ve kadın kooperatifleri</b>: yerel kadın dernekleri, "
                "danışma merkezleri ve sığınaklarla çalışan örgütler, kadın "
                "kooperatifleri.</li>"
                "<li><b>Kent konseyi ve kadın meclisi</b>: 5393 sayılı Kanun'un 76. maddesiyle "
                "düzenlenen kent konseyleri, Kent Konseyi Yönetmeliği uyarınca kadın meclisi gibi "
                "meclisler oluşturabilir; kadın meclisi varsa sürecin daimi ortağı olmalıdır.</li>"
                "<li><b>Diğer sivil toplum kuruluşları</b>: engellilerin, yaşlıların, "
                "göçmenlerin ve gençlerin örgütleri, meslek odaları ve sendikalar.</li>"
                "<li><b>Uzmanlık kurumları</b>: üniversitelerin kadın sorunları araştırma ve "
                "uygulama merkezleri, baroların kadın hakları merkezleri ya da "
                "komisyonları.</li>"
                "<li><b>Kamu kurumları ve muhtarlar</b>: aile ve sosyal hizmetler, sağlık ve "
                "milli eğitim il müdürlükleri ile mahalle muhtarları.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Women's organisations and cooperatives</b>: local women's associations, "
                "organisations running counselling centres and shelters, women's "
                "cooperatives.</li>"
                "<li><b>The city council and its women's assembly</b>: city councils (kent "
                "konseyi), regulated by Article 76 of Law No. 5393, may form assemblies such as "
                "a women's assembly under the City Council Regulation; where a women's assembly "
                "exists, it should be a standing partner in the process.</li>"
                "<li><b>Other civil-society organisations</b>: organisations of persons with "
                "disabilities, older people, migrants and young people, professional chambers "
                "and trade unions.</li>"
                "<li><b>Expert bodies</b>: university research and application centres for "
                "women's studies, and the women's rights centres or commissions of bar "
                "associations.</li>"
                "<li><b>Public bodies and neighbourhood heads</b>: the provincial directorates "
                "of family and social services, health and education, and neighbourhood heads "
                "(muhtars).</li>"
                "</ul>"
            ),
        ),
        heading("Sürecin her aşamasında katılım", "Participation at every stage"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Başlangıçta</b>: süreç ve takvim hakkında bir bilgilendirme toplantısı; "
                "ortakların nasıl katkı vereceğinin birlikte belirlenmesi.</li>"
                "<li><b>İhtiyaç analizinde</b>: anketlerin, odak gruplarının ve güvenli kent "
                "yürüyüşlerinin kadın örgütleriyle birlikte tasarlanması.</li>"
                "<li><b>Öncelikleri belirlerken</b>: analiz bulgularının paylaşıldığı ve "
                "önceliklerin birlikte seçildiği bir çalıştay.</li>"
                "<li><b>Taslak üzerinde</b>: taslağın yayımlanması, yazılı görüşlerin "
                "toplanması ve kamuya açık en az bir toplantı.</li>"
                "<li><b>Uygulama ve izlemede</b>: sivil toplumun yer aldığı bir izleme "
                "düzeni.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>At the start</b>: an information meeting on the process and timeline; "
                "deciding together how partners will contribute.</li>"
                "<li><b>During the needs analysis</b>: designing surveys, focus groups and "
                "safety walks together with women's organisations.</li>"
                "<li><b>When setting priorities</b>: a workshop where the findings are shared "
                "and priorities chosen together.</li>"
                "<li><b>On the draft</b>: publishing the draft, collecting written comments and "
                "at least one public meeting.</li>"
                "<li><b>During implementation and monitoring</b>: a monitoring arrangement in "
                "which civil society takes part.</li>"
                "</ul>"
            ),
        ),
        heading("Mahalle toplantıları", "Neighbourhood meetings"),
        paragraph(
            tr=(
                "<p>Belediye binasındaki toplantılara çoğu zaman aynı kişiler gelir. "
                "Muhtarlıklarla birlikte, kadınların zaten bulunduğu yerlerde (semt evleri, kurs "
                "merkezleri, kadın kooperatifleri, okul çıkışları) düzenlenen kısa toplantılar, "
                "daha önce görüş bildirmemiş kadınlara ulaşmanın etkili bir yoludur. Toplantıyı "
                "sabit bir soru listesiyle değil, mahallenin haritası üzerinde konuşarak "
                "yürütmek katılımı kolaylaştırır.</p>"
            ),
            en=(
                "<p>Meetings at the town hall often draw the same people. Short meetings "
                "organised with the neighbourhood heads, in places where women already are "
                "(community centres, course centres, women's cooperatives, school gates), are an "
                "effective way to reach women who have never given their views before. Talking "
                "over a map of the neighbourhood, rather than working through a fixed list of "
                "questions, makes it easier to join in.</p>"
            ),
        ),
        heading("Toplantıları erişilebilir kılmak", "Making meetings accessible"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Zaman</b>: okul giriş ve çıkış saatlerini, yemek saatlerini ve çalışan "
                "kadınların mesaisini gözeterek farklı saatlerde oturumlar düzenleyin.</li>"
                "<li><b>Çocuk bakımı</b>: toplantı süresince ücretsiz ve güvenli bir çocuk alanı "
                "sağlayın ve bunu davette duyurun.</li>"
                "<li><b>Ulaşım ve mekân</b>: toplu taşımayla ulaşılabilen, engelli erişimine ve "
                "erişilebilir tuvalete sahip mekânlar seçin; gerekirse ulaşım desteği "
                "verin.</li>"
                "<li><b>Dil ve anlatım</b>: sade bir dil kullanın; ihtiyaç varsa işaret dili ve "
                "yörede konuşulan diğer dillerde tercüme sağlayın; materyalleri büyük puntolu ve "
                "kolay okunur hazırlayın.</li>"
                "<li><b>Güvenli ortam</b>: gerektiğinde yalnızca kadınların katıldığı oturumlar "
                "yapın, söz almayı kolaylaştıran küçük grup çalışmaları kullanın ve kişisel "
                "deneyimlerin gizliliğine saygı gösterin.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Timing</b>: hold sessions at different times, allowing for school "
                "drop-off and pick-up, mealtimes and the working hours of employed women.</li>"
                "<li><b>Childcare</b>: provide a free, safe children's area during the meeting "
                "and say so in the invitation.</li>"
                "<li><b>Transport and venue</b>: choose venues reachable by public transport, "
                "with step-free access and an accessible toilet; offer transport support where "
                "needed.</li>"
                "<li><b>Language and presentation</b>: use plain language; where needed, provide "
                "sign-language interpretation and interpretation into other languages spoken "
                "locally; prepare materials in large print and easy-to-read form.</li>"
                "<li><b>A safe setting</b>: hold women-only sessions where needed, use small "
                "group work that makes it easier to speak, and respect the confidentiality of "
                "personal experiences.</li>"
                "</ul>"
            ),
        ),
        heading("Geri bildirim", "Closing the loop"),
        paragraph(
            tr=(
                "<p>Katılımcılar önerilerinin ne olduğunu öğrenmek ister. Taslakla birlikte kısa "
                "bir <b>katılım raporu</b> yayımlayın: hangi toplantıların yapıldığı, kaç kadın "
                "ve erkeğin katıldığı, hangi önerilerin plana girdiği ve girmeyenlerin neden "
                "girmediği. Bu rapor, bir sonraki katılım sürecine duyulan güvenin de "
                "temelidir.</p>"
            ),
            en=(
                "<p>Participants want to know what became of their proposals. Publish a short "
                "<b>participation report</b> with the draft: which meetings were held, how many "
                "women and men took part, which proposals entered the plan and why the others "
                "did not. The report is also the basis of trust in the next participation "
                "process.</p>"
            ),
        ),
    ),
)
