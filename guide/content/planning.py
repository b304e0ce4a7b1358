"""Chapters on the plan itself: writing it (objectives, actions, indicators) and budgeting it."""

from __future__ import annotations

from .types import ChapterText, Text, heading, lines, paragraph

WRITING = ChapterText(
    key="guide-writing",
    title=Text(
        "Planı yazmak: hedefler, eylemler ve hak temelli göstergeler",
        "Writing the plan: objectives, actions and rights-based indicators",
    ),
    slug=Text("plani-yazmak", "writing-the-plan"),
    intro=Text(
        tr=(
            "Planın yapısı: tematik alanlar, SMART hedefler, sorumlusu ve bütçesi belli eylemler "
            "ve başlangıç ve hedef değerleri olan hak temelli göstergeler; işlenmiş bir örnekle."
        ),
        en=(
            "The structure of the plan: thematic areas, SMART objectives, actions with a "
            "responsible unit and a budget, and rights-based indicators with baselines and "
            "targets; with a worked example."
        ),
    ),
    summary=lines(
        (
            "Analizle gerekçelendirilmiş, az sayıda tematik alan seçin.",
            "Choose a small number of thematic areas, each justified by the analysis.",
        ),
        (
            "Hedefler SMART olmalı: belirli, ölçülebilir, ulaşılabilir, ilgili ve zamanlı.",
            "Objectives should be SMART: specific, measurable, achievable, relevant and "
            "time-bound.",
        ),
        (
            "Her eylemin bir sorumlu birimi, ortakları, takvimi, bütçe kalemi ve göstergesi "
            "olmalı.",
            "Every action needs a responsible unit, partners, a timeline, a budget line and an "
            "indicator.",
        ),
        (
            "Göstergeleri yapısal, süreç ve sonuç göstergeleri olarak kurun; başlangıç ve hedef "
            "değerlerini yazın ve cinsiyete göre ayrıştırın.",
            "Build structural, process and outcome indicators; state baselines and targets and "
            "disaggregate by sex.",
        ),
    ),
    body=(
        heading("Tematik alanları seçmek", "Choosing thematic areas"),
        paragraph(
            tr=(
                "<p>Tematik alanlar, ihtiyaç analizinin ortaya koyduğu önceliklerden çıkmalıdır. "
                "Avrupa Yerel Yaşamda Kadın Erkek Eşitliği Şartı'nın başlıkları iyi bir kontrol "
                "listesidir: karar alma süreçlerine katılım, işveren olarak belediye, bakım "
                "hizmetleri, kentsel planlama ve ulaşım, kamusal alanda güvenlik, toplumsal "
                "cinsiyete dayalı şiddetle mücadele, ekonomik güçlenme, sağlık, eğitim, kültür ve "
                "spor. İlk planda her şeyi kapsamaya çalışmak yerine belediyenin gerçekten "
                "etkileyebileceği birkaç alanda derinleşmek daha çok sonuç verir.</p>"
            ),
            en=(
                "<p>Thematic areas should come from the priorities the needs analysis has "
                "revealed. The headings of the European Charter for Equality of Women and Men in "
                "Local Life make a good checklist: participation in decision-making, the "
                "municipality as employer, care services, urban planning and transport, safety "
                "in public space, combating gender-based violence, economic empowerment, health, "
                "education, culture and sport. Rather than trying to cover everything in a first "
                "plan, going deep in a few areas the municipality can really influence brings "
                "more results.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Alanları seçerken ulusal politika belgeleriyle uyumu da gözetin; örneğin "
                "Aile ve Sosyal Hizmetler Bakanlığının kadının güçlenmesine ve kadına yönelik "
                "şiddetle mücadeleye ilişkin güncel strateji belgeleri ve eylem planları. Bu "
                "uyum, planın kamu kurumlarıyla ortak yürütülecek eylemlerini "
                "kolaylaştırır.</p>"
            ),
            en=(
                "<p>When choosing areas, also look at consistency with national policy "
                "documents, such as the current strategy documents and action plans of the "
                "Ministry of Family and Social Services on women's empowerment and on combating "
                "violence against women. This consistency makes actions carried out jointly "
                "with public bodies easier.</p>"
            ),
        ),
        heading("SMART hedefler", "SMART objectives"),
        paragraph(
            tr=(
                "<p>Her hedef <b>belirli</b> (neyin değişeceği açık), <b>ölçülebilir</b> (bir "
                "göstergeyle izlenebilir), <b>ulaşılabilir</b> (belediyenin yetki ve "
                "kaynaklarıyla), <b>ilgili</b> (analizde ortaya çıkan bir soruna yanıt veren) ve "
                "<b>zamanlı</b> (ne zamana kadar gerçekleşeceği belli) olmalıdır. “Kadınların "
                "kamusal alanda güvenliğini artırmak” bir amaçtır; “Plan dönemi sonuna kadar "
                "güvenli kent yürüyüşlerinde belirlenen güvensiz noktaların tamamını "
                "iyileştirmek” ise SMART bir hedeftir.</p>"
            ),
            en=(
                "<p>Every objective should be <b>specific</b> (it is clear what will change), "
                "<b>measurable</b> (an indicator can follow it), <b>achievable</b> (with the "
                "municipality's powers and resources), <b>relevant</b> (it answers a problem the "
                "analysis revealed) and <b>time-bound</b> (it is clear by when it will be met). "
                "“Improving women's safety in public space” is an aim; “By the end of the plan "
                "period, improving every unsafe spot identified on safety walks” is a SMART "
                "objective.</p>"
            ),
        ),
        heading("Eylemler", "Actions"),
        paragraph(
            tr=(
                "<p>Her hedef, onu gerçekleştirecek somut eylemlere bölünür. Bir eylemin "
                "izlenebilmesi için en az şu bilgileri içermesi gerekir:</p>"
            ),
            en=(
                "<p>Each objective is broken down into concrete actions that will achieve it. To "
                "be monitored, an action needs at least the following:</p>"
            ),
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Sorumlu birim</b>: eylemi yürütecek ve hesabını verecek tek bir "
                "müdürlük</li>"
                "<li><b>Ortaklar</b>: katkı verecek diğer müdürlükler, kamu kurumları ve sivil "
                "toplum kuruluşları</li>"
                "<li><b>Takvim</b>: başlangıç ve bitiş tarihi ya da yılı</li>"
                "<li><b>Bütçe</b>: tahmini maliyet ve bütçedeki kalemi; ek maliyeti yoksa bu da "
                "yazılmalı</li>"
                "<li><b>Gösterge</b>: eylemin yapıldığını ve sonucunu gösterecek "
                "göstergeler</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Responsible unit</b>: one department that carries out the action and is "
                "accountable for it</li>"
                "<li><b>Partners</b>: other departments, public bodies and civil-society "
                "organisations that will contribute</li>"
                "<li><b>Timeline</b>: start and end date or year</li>"
                "<li><b>Budget</b>: estimated cost and its line in the budget; if there is no "
                "extra cost, say so</li>"
                "<li><b>Indicator</b>: indicators that show the action was done and what it "
                "achieved</li>"
                "</ul>"
            ),
        ),
        heading("Hak temelli göstergeler", "Rights-based indicators"),
        paragraph(
            tr=(
                "<p>Birleşmiş Milletler İnsan Hakları Yüksek Komiserliği (OHCHR) insan hakları "
                "göstergelerini üç türe ayırır. <b>Yapısal göstergeler</b> bir hakkın "
                "gerçekleşmesi için gereken kuralların ve kurumların varlığını (örneğin meclis "
                "kararıyla kabul edilmiş bir plan ya da kurulmuş bir eşitlik birimi), <b>süreç "
                "göstergeleri</b> bu kuralları uygulamak için yapılan çalışmaları (örneğin eğitim "
                "verilen personel sayısı), <b>sonuç göstergeleri</b> ise insanların yaşamındaki "
                "değişimi (örneğin bir hizmete erişen kadınların oranı) ölçer. İyi bir planda "
                "her hedefin en az bir süreç ve bir sonuç göstergesi bulunur.</p>"
            ),
            en=(
                "<p>The Office of the United Nations High Commissioner for Human Rights (OHCHR) "
                "groups human-rights indicators into three types. <b>Structural indicators</b> "
                "measure whether the rules and institutions needed to realise a right exist (for "
                "example a plan adopted by council decision, or an equality unit that has been "
                "set up), <b>process indicators</b> measure the efforts made to apply them (for "
                "example the number of staff trained), and <b>outcome indicators</b> measure "
                "the change in people's lives (for example the share of women who reach a "
                "service). In a good plan, every objective has at least one process and one "
                "outcome indicator.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Her gösterge için tanımı, birimi, veri kaynağını, ölçüm sıklığını, ölçüm "
                "tarihiyle birlikte <b>başlangıç değerini</b> ve plan dönemi için <b>hedef "
                "değerini</b> yazın. Kişilerle ilgili her gösterge kadın, erkek ve toplam "
                "olarak; mümkünse yaş grubuna, engellilik durumuna ve mahalleye göre de "
                "ayrıştırılmalıdır. Başlangıç değeri yoksa ilk ölçümü planın ilk yılında yapmayı "
                "bir eylem olarak ekleyin ve hedefi bu ölçümden sonra belirleyin.</p>"
            ),
            en=(
                "<p>For each indicator, write down its definition, unit, data source, frequency "
                "of measurement, <b>baseline</b> with the date it was measured, and the "
                "<b>target</b> for the plan period. Every indicator about people should be "
                "broken down into women, men and total, and where possible by age group, "
                "disability and neighbourhood. If there is no baseline, add the first "
                "measurement in the plan's first year as an action and set the target after "
                "it.</p>"
            ),
        ),
        heading("İşlenmiş bir örnek", "A worked example"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Tematik alan</b>: kamusal alanda güvenlik.</li>"
                "<li><b>Hedef</b>: plan dönemi sonuna kadar güvenli kent yürüyüşlerinde "
                "belirlenen güvensiz noktaların tamamını iyileştirmek ve akşam saatlerinde "
                "kendini güvende hisseden kadınların oranını artırmak.</li>"
                "<li><b>Eylem</b>: her yıl belirlenen sayıda mahallede kadınlarla güvenli kent "
                "yürüyüşü yapmak ve tespit edilen aydınlatma, görüş ve bakım sorunlarını "
                "kararlaştırılan süre içinde gidermek.</li>"
                "<li><b>Sorumlu birim ve ortaklar</b>: sorumlu Fen İşleri Müdürlüğü; ortaklar "
                "eşitlik birimi, Park ve Bahçeler Müdürlüğü, kent konseyi kadın meclisi, "
                "muhtarlıklar ve elektrik dağıtım şirketi.</li>"
                "<li><b>Takvim ve bütçe</b>: planın her yılı; aydınlatma ve bakım için Fen "
                "İşleri Müdürlüğü bütçesindeki ilgili kalem, yürüyüşlerin düzenlenmesi için "
                "eşitlik biriminin bütçesi.</li>"
                "<li><b>Yapısal gösterge</b>: yürüyüşlerin yöntemini ve tespitlerin takibini "
                "düzenleyen bir yönergenin kabul edilmiş olması (evet/hayır).</li>"
                "<li><b>Süreç göstergeleri</b>: yürüyüş yapılan mahalle sayısı; yürüyüşlere "
                "katılan kadın sayısı; tespit edilen noktalardan süresi içinde iyileştirilenlerin "
                "oranı.</li>"
                "<li><b>Sonuç göstergesi</b>: mahallesinde akşam saatlerinde yalnız yürürken "
                "kendini güvende hissedenlerin oranı, kadınlar ve erkekler için ayrı ayrı; "
                "başlangıç değeri ihtiyaç analizi anketinden gelir, hedef bu değere göre "
                "belirlenir.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Thematic area</b>: safety in public space.</li>"
                "<li><b>Objective</b>: by the end of the plan period, improve every unsafe spot "
                "identified on safety walks and increase the share of women who feel safe in "
                "the evening.</li>"
                "<li><b>Action</b>: each year, hold safety walks with women in an agreed number "
                "of neighbourhoods and fix the lighting, visibility and maintenance problems "
                "found within an agreed time.</li>"
                "<li><b>Responsible unit and partners</b>: the Department of Technical Works is "
                "responsible; partners are the equality unit, the Department of Parks and "
                "Gardens, the city council's women's assembly, neighbourhood heads and the "
                "electricity distribution company.</li>"
                "<li><b>Timeline and budget</b>: every year of the plan; the relevant line in "
                "the Department of Technical Works' budget for lighting and maintenance, and the "
                "equality unit's budget for organising the walks.</li>"
                "<li><b>Structural indicator</b>: a guideline governing the walks' method and the "
                "follow-up of findings has been adopted (yes/no).</li>"
                "<li><b>Process indicators</b>: number of neighbourhoods walked; number of women "
                "taking part; share of identified spots improved on time.</li>"
                "<li><b>Outcome indicator</b>: share of people who feel safe walking alone in "
                "their neighbourhood in the evening, for women and men separately; the baseline "
                "comes from the needs-analysis survey and the target is set from it.</li>"
                "</ul>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Örnekteki sonuç göstergesi kadınlar ve erkekler için ayrı ölçüldüğünden, "
                "aradaki farkın kapanıp kapanmadığı da izlenebilir. Bu platformdaki gösterge "
                "sayfaları da aynı yapıyı kullanır: tür, birim, yön, veri kaynağı, sıklık, "
                "başlangıç ve hedef değerleri. Planınızdaki göstergeleri bu yapıya göre yazmak "
                "izlemeyi kolaylaştırır.</p>"
            ),
            en=(
                "<p>Because the outcome indicator in the example is measured separately for "
                "women and men, you can also follow whether the gap between them closes. The "
                "indicator pages on this platform use the same structure: type, unit, direction, "
                "data source, frequency, baseline and target. Writing your plan's indicators in "
                "this structure makes monitoring easier.</p>"
            ),
        ),
    ),
)

BUDGETING = ChapterText(
    key="guide-budgeting",
    title=Text("Toplumsal cinsiyete duyarlı bütçeleme", "Gender-responsive budgeting"),
    slug=Text("toplumsal-cinsiyete-duyarli-butceleme", "gender-responsive-budgeting"),
    intro=Text(
        tr=(
            "Bütçesi olmayan bir eylem niyet olarak kalır: YEEP eylemlerini stratejik plana, "
            "performans programına ve bütçeye bağlamak ve harcamaların kadınlar ve erkekler "
            "üzerindeki etkisini görünür kılmak."
        ),
        en=(
            "An action without a budget remains an intention: linking YEEP actions to the "
            "strategic plan, the performance programme and the budget, and making visible how "
            "spending affects women and men."
        ),
    ),
    summary=lines(
        (
            "Toplumsal cinsiyete duyarlı bütçeleme ayrı bir “kadın bütçesi” değil, bütün "
            "bütçeye eşitlik gözüyle bakmaktır.",
            "Gender-responsive budgeting is not a separate “women's budget” but looking at the "
            "whole budget through an equality lens.",
        ),
        (
            "Stratejik plan, performans programı ve bütçe zinciri, YEEP eylemlerini bütçeye "
            "taşımanın yoludur.",
            "The chain of strategic plan, performance programme and budget is how YEEP actions "
            "reach the budget.",
        ),
        (
            "Bütçe etiketleme, hangi harcamanın eşitliğe nasıl katkı verdiğini görünür kılar.",
            "Budget tagging makes visible which spending contributes to equality, and how.",
        ),
        (
            "Harcamaların kime ulaştığını cinsiyete göre ayrıştırılmış kullanıcı verileriyle "
            "izleyin.",
            "Track who benefits from spending with sex-disaggregated user data.",
        ),
    ),
    body=(
        heading(
            "Toplumsal cinsiyete duyarlı bütçeleme nedir?",
            "What is gender-responsive budgeting?",
        ),
        paragraph(
            tr=(
                "<p><b>Toplumsal cinsiyete duyarlı bütçeleme</b>, kamu gelirlerinin ve "
                "harcamalarının kadınlar ve erkekler üzerindeki farklı etkilerini analiz etmek ve "
                "bütçe kararlarını eşitliği ilerletecek biçimde vermektir. Kadınlar için ayrı bir "
                "bütçe oluşturmak anlamına gelmez; asıl soru, bütün bütçenin (yol, park, ulaşım, "
                "spor, kültür ve sosyal hizmet harcamalarının) kimin ihtiyacına ne ölçüde yanıt "
                "verdiğidir.</p>"
            ),
            en=(
                "<p><b>Gender-responsive budgeting</b> means analysing the different effects of "
                "public revenue and spending on women and men, and taking budget decisions in a "
                "way that advances equality. It does not mean a separate budget for women; the "
                "real question is whose needs the whole budget (spending on roads, parks, "
                "transport, sport, culture and social services) meets, and to what extent.</p>"
            ),
        ),
        heading(
            "Stratejik plan, performans programı ve bütçe",
            "Strategic plan, performance programme and budget",
        ),
        paragraph(
            tr=(
                "<p>5018 sayılı Kamu Mali Yönetimi ve Kontrol Kanunu, kamu idarelerinin stratejik "
                "plan hazırlamasını ve bütçelerini stratejik plana ve performans programına "
                "dayandırmasını öngörür. 5393 sayılı Belediye Kanunu'na göre de stratejik plan "
                "ve performans programı belediye bütçesinin hazırlanmasına esas olur; yıllık "
                "faaliyet raporu ise gerçekleşmeleri bu hedeflere göre gösterir. YEEP eylemleri "
                "bu zincirin dışında kalırsa bütçeden pay almaları zorlaşır. Zinciri kurmak için "
                "şu adımlar önerilir:</p>"
            ),
            en=(
                "<p>Public Financial Management and Control Law No. 5018 requires public "
                "administrations to prepare strategic plans and to base their budgets on the "
                "strategic plan and the performance programme. Under Municipal Law No. 5393, too, "
                "the strategic plan and the performance programme are the basis on which the "
                "municipal budget is prepared, and the annual activity report shows results "
                "against these targets. If YEEP actions stay outside this chain, they struggle "
                "to get a share of the budget. To build the chain, the following steps are "
                "recommended:</p>"
            ),
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li>YEEP'in hedeflerini stratejik planın amaç ve hedefleriyle eşleştirin; "
                "stratejik plan yenilenirken eşitliği ayrı bir amaç ya da bütün amaçlarda yatay "
                "bir ilke olarak ekleyin.</li>"
                "<li>Her yıl, o yıl yapılacak YEEP eylemlerini performans programına faaliyet ve "
                "performans göstergesi olarak yazın.</li>"
                "<li>Her eylemin maliyetini sorumlu müdürlüğün bütçesindeki ilgili kalemle "
                "ilişkilendirin.</li>"
                "<li>Yıllık faaliyet raporunda YEEP eylemlerinin gerçekleşmesini ayrı bir "
                "başlık altında raporlayın.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Match the YEEP's objectives with the aims and targets of the strategic plan; "
                "when the strategic plan is renewed, add equality as a separate aim or as a "
                "cross-cutting principle in every aim.</li>"
                "<li>Each year, write that year's YEEP actions into the performance programme as "
                "activities and performance indicators.</li>"
                "<li>Link the cost of each action to the relevant line in the responsible "
                "department's budget.</li>"
                "<li>Report on the YEEP actions under a separate heading in the annual activity "
                "report.</li>"
                "</ul>"
            ),
        ),
        heading("Bütçe etiketleme", "Budget tagging"),
        paragraph(
            tr=(
                "<p><b>Bütçe etiketleme</b>, her harcama kalemini eşitliğe katkısına göre "
                "işaretlemektir. OECD'nin kalkınma yardımlarında kullandığı toplumsal cinsiyet "
                "eşitliği işaretine benzer üç düzeyli bir ölçek yeterlidir: eşitliği "
                "<b>doğrudan hedefleyen</b> harcamalar (örneğin bir kadın danışma merkezi), "
                "eşitliğe <b>önemli katkısı olan</b> harcamalar (örneğin kreşler ya da toplu "
                "taşıma hatlarının kadınların güzergâhlarına göre düzenlenmesi) ve eşitliği "
                "<b>hedeflemeyen</b> harcamalar. Etiketler her yıl aynı yöntemle verilirse, "
                "eşitliğe ayrılan payın zaman içindeki değişimi izlenebilir.</p>"
            ),
            en=(
                "<p><b>Budget tagging</b> means marking each spending line by its contribution "
                "to equality. A three-level scale, similar to the gender equality marker the "
                "OECD uses for development aid, is enough: spending that <b>targets equality "
                "directly</b> (for example a women's counselling centre), spending that "
                "<b>contributes significantly</b> to equality (for example nurseries, or public "
                "transport lines arranged around women's routes) and spending that <b>does not "
                "target</b> equality. If the tags are given with the same method every year, the "
                "change in the share spent on equality can be followed over time.</p>"
            ),
        ),
        heading("Harcamanın kime ulaştığını izlemek", "Tracking who benefits"),
        paragraph(
            tr=(
                "<p>Etiketleme niyeti gösterir; gerçek etkiyi görmek için harcamanın kime "
                "ulaştığını ölçmek gerekir. Spor tesisleri, kurslar, kültür etkinlikleri ve "
                "sosyal yardımlar gibi kullanıcı kaydı tutulan hizmetlerde kullanıcıları "
                "cinsiyete ve yaş grubuna göre sayın ve harcamayı buna göre yorumlayın. Örneğin "
                "bir spor tesisini çoğunlukla erkekler kullanıyorsa, kadınların kullanımını "
                "engelleyen koşullar (saatler, soyunma odaları, ulaşım, güvenlik) bir eylemin "
                "konusu olabilir.</p>"
            ),
            en=(
                "<p>Tagging shows intentions; to see the real effect you need to measure who the "
                "spending reaches. For services that keep user records, such as sports "
                "facilities, courses, cultural events and social assistance, count users by sex "
                "and age group and interpret the spending accordingly. For example, if a sports "
                "facility is used mostly by men, the conditions that keep women away (opening "
                "hours, changing rooms, transport, safety) can become the subject of an "
                "action.</p>"
            ),
        ),
        heading("Gelirler ve katılımcı bütçeleme", "Revenue and participatory budgeting"),
        paragraph(
            tr=(
                "<p>Bütçenin gelir tarafı da eşitliği etkiler: kreş, kurs ve toplu taşıma "
                "ücretleri ve indirim politikaları, bakım yükünü taşıyan ve geliri daha düşük "
                "olan kadınların hizmetlere erişimini belirleyebilir. Yatırım önceliklerinin "
                "mahallelerde kadınlarla birlikte tartışıldığı katılımcı bütçeleme uygulamaları "
                "ise kadınların bütçe kararlarına doğrudan katılmasını sağlar.</p>"
            ),
            en=(
                "<p>The revenue side of the budget also affects equality: fees and discounts for "
                "nurseries, courses and public transport can decide whether women who carry the "
                "burden of care and have lower incomes can use services. "
                "Participatory budgeting, in which investment priorities are discussed with "
                "women in the neighbourhoods, lets women take part directly in budget "
                "decisions.</p>"
            ),
        ),
        heading("Küçük belediyeler için", "For smaller municipalities"),
        paragraph(
            tr=(
                "<p>Nüfusu 50.000'in altındaki belediyeler için stratejik plan zorunlu değildir, "
                "ama aynı mantık yıllık bütçeye de uygulanabilir. Planın o yılki eylemlerini "
                "bütçe tasarısıyla birlikte meclise sunmak ve yıl sonunda harcanan tutarı eylem "
                "eylem raporlamak, küçük bir belediye için de uygulanabilir bir başlangıçtır.</p>"
            ),
            en=(
                "<p>A strategic plan is not compulsory for municipalities with fewer than 50,000 "
                "inhabitants, but the same logic can be applied to the annual budget. Presenting "
                "the year's plan actions to the council together with the draft budget, and "
                "reporting the amount spent action by action at the end of the year, is a "
                "workable start for a small municipality too.</p>"
            ),
        ),
    ),
)
