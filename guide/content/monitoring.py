"""Chapters on following the plan: monitoring and evaluation, and a checklist before adoption."""

from __future__ import annotations

from .types import ChapterText, Text, heading, lines, paragraph

MONITORING = ChapterText(
    key="guide-monitoring",
    title=Text(
        "Sivil toplumla izleme ve değerlendirme",
        "Monitoring and evaluation with civil society",
    ),
    slug=Text("izleme-ve-degerlendirme", "monitoring-and-evaluation"),
    intro=Text(
        tr=(
            "Planın işe yarayıp yaramadığını öğrenmek için düzenli izleme, bağımsız bir bakış ve "
            "açık veri gerekir: izleme dönemleri, ilerleme raporları, sivil toplumdan bir izleme "
            "heyeti ve öğrenerek güncellenen bir plan."
        ),
        en=(
            "Finding out whether the plan works takes regular monitoring, an independent view "
            "and open data: monitoring periods, progress reports, a monitoring board from civil "
            "society and a plan that is revised as you learn."
        ),
    ),
    summary=lines(
        (
            "İzleme düzenini plan kabul edilmeden önce belirleyin: kim, hangi veriyi, ne zaman "
            "toplayacak.",
            "Set up monitoring before the plan is adopted: who collects which data, and when.",
        ),
        (
            "Her izleme döneminde eylemlerin durumunu ve göstergelerin değerini raporlayın.",
            "In each monitoring period, report the status of actions and the values of indicators.",
        ),
        (
            "Bağımsız sivil toplum temsilcilerinden oluşan bir izleme heyeti, izlemeyi daha "
            "güvenilir kılar.",
            "A monitoring board of independent civil-society representatives makes monitoring "
            "more credible.",
        ),
        (
            "İzleme verilerini açık veri olarak yayımlayın.",
            "Publish monitoring data as open data.",
        ),
        (
            "Ara değerlendirmede planı güncelleyin; değişiklikleri meclis kararıyla yapın.",
            "Revise the plan at the mid-term review, with changes made by council decision.",
        ),
    ),
    body=(
        heading("İzleme ve değerlendirme", "Monitoring and evaluation"),
        paragraph(
            tr=(
                "<p><b>İzleme</b>, planın uygulanmasını düzenli aralıklarla takip etmektir: "
                "eylemler yapıldı mı, göstergeler ne durumda? <b>Değerlendirme</b> ise belirli "
                "anlarda, genellikle dönem ortasında ve sonunda, planın amaçlarına ulaşıp "
                "ulaşmadığını, ulaştıysa ya da ulaşamadıysa nedenini sorgular. İkisi birbirini "
                "besler: iyi bir izleme verisi olmadan değerlendirme yapılamaz.</p>"
            ),
            en=(
                "<p><b>Monitoring</b> means following the plan's implementation at regular "
                "intervals: were the actions carried out, where do the indicators stand? "
                "<b>Evaluation</b> asks at set moments, usually mid-term and at the end, whether "
                "the plan reached its aims, and why or why not. The two feed each other: there is "
                "no evaluation without good monitoring data.</p>"
            ),
        ),
        heading("İzleme dönemleri ve sorumluluklar", "Monitoring periods and responsibilities"),
        paragraph(
            tr=(
                "<p>İzleme takvimini plan kabul edilmeden önce belirleyin; örneğin altı ayda bir "
                "iç izleme ve yılda bir kamuya açık ilerleme raporu. Her gösterge için veriyi "
                "kimin, hangi kaynaktan ve ne zaman toplayacağını yazın. Eşitlik birimi verileri "
                "müdürlüklerden toplar, ama her müdürlük kendi eylemlerinin durumundan "
                "sorumludur.</p>"
            ),
            en=(
                "<p>Set the monitoring calendar before the plan is adopted, for example internal "
                "monitoring every six months and a public progress report once a year. For each "
                "indicator, write down who collects the data, from which source and when. The "
                "equality unit gathers the data from departments, but each department is "
                "responsible for the status of its own actions.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Her izleme döneminde her eylem için durum (başlamadı, devam ediyor, "
                "tamamlandı, gecikti, iptal edildi), ilerleme, kanıt (belge, fotoğraf, kayıt) ve "
                "varsa gecikmenin nedeni raporlanır. Göstergeler için dönemin değeri kadın, erkek "
                "ve toplam olarak ve veri kaynağıyla birlikte girilir. Tutarlı bir durum ölçeği, "
                "dönemler ve belediyeler arasında karşılaştırmayı mümkün kılar.</p>"
            ),
            en=(
                "<p>In each monitoring period, every action is reported with its status (not "
                "started, in progress, completed, delayed, cancelled), progress, evidence "
                "(documents, photos, records) and, if it is late, the reason. For indicators, the "
                "period's value is entered for women, men and total, with its data source. A "
                "consistent status scale makes comparison between periods and municipalities "
                "possible.</p>"
            ),
        ),
        heading("İlerleme raporları", "Progress reports"),
        paragraph(
            tr=(
                "<p>İlerleme raporu kısa ve okunur olmalıdır: dönemin özeti, eylemlerin durum "
                "dağılımı, göstergelerin başlangıç ve hedef değerlerine göre durumu, gecikmelerin "
                "nedenleri ve bir sonraki dönem için öneriler. Rapor meclise sunulmalı ve "
                "belediyenin internet sitesinde yayımlanmalıdır. Plan dönemi sonunda, bütün "
                "dönemi değerlendiren bir final raporu hazırlanır.</p>"
            ),
            en=(
                "<p>A progress report should be short and readable: a summary of the period, the "
                "actions by status, where the indicators stand against their baselines and "
                "targets, the reasons for delays and recommendations for the next period. The "
                "report should go to the council and be published on the municipality's "
                "website. At the end of the plan period, a final report evaluates the whole "
                "period.</p>"
            ),
        ),
        heading("Bağımsız bir izleme heyeti", "An independent monitoring board"),
        paragraph(
            tr=(
                "<p>Belediyenin kendi raporu gereklidir ama yeterli değildir. Toplumsal cinsiyet "
                "eşitliği ve hak temelli izleme konusunda deneyimli, bağımsız sivil toplum "
                "kuruluşlarının temsilcilerinden oluşan bir <b>izleme heyeti</b>, belediyenin "
                "bildirdiği bilgileri göstergelerle karşılaştırır, kanıtları inceler ve "
                "değerlendirmesini kamuoyuyla paylaşır. Heyetin bağımsızlığını korumak için "
                "üyelerin nasıl seçileceğini, belediyeden hangi bilgileri hangi sürede alacağını "
                "ve değerlendirmelerini nasıl yayımlayacağını yazılı bir çerçeveyle "
                "belirleyin.</p>"
            ),
            en=(
                "<p>The municipality's own report is necessary but not enough. A <b>monitoring "
                "board</b> of representatives of independent civil-society organisations "
                "experienced in gender equality and rights-based monitoring compares the "
                "information the municipality reports with the indicators, examines the evidence "
                "and shares its assessment with the public. To protect the board's "
                "independence, set out in writing how members are chosen, which information it "
                "receives from the municipality and how quickly, and how it publishes its "
                "assessments.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Bu platform böyle bir modelin örneğidir: belediyeler eylemlerin durumunu ve "
                "gösterge değerlerini bildirir, İzleme Heyeti bunları değerlendirir ve Heyet "
                "onaylamadan hiçbir değerlendirme yayımlanmaz. Kendi izleme düzeninizi kurarken "
                "bu iş bölümünden yararlanabilirsiniz.</p>"
            ),
            en=(
                "<p>This platform is an example of such a model: municipalities report the "
                "status of actions and the values of indicators, the Monitoring Board assesses "
                "them, and no assessment is published until the Board approves it. You can draw "
                "on this division of work when setting up your own monitoring.</p>"
            ),
        ),
        heading("Verileri açık yayımlamak", "Publishing data openly"),
        paragraph(
            tr=(
                "<p>İzleme verilerini yalnızca PDF raporlarda değil, makinece okunabilir biçimde "
                "(örneğin CSV) ve açık bir lisansla yayımlayın. Açık veri, kadın örgütlerinin, "
                "araştırmacıların ve gazetecilerin planı bağımsız olarak incelemesine ve "
                "belediyeler arasında karşılaştırma yapılmasına imkân verir. Yayımlanan veriler "
                "toplu olmalı ve küçük gruplarda kişilerin tanınmasına yol açmamalıdır.</p>"
            ),
            en=(
                "<p>Publish monitoring data not only in PDF reports but in a machine-readable "
                "format (such as CSV) and under an open licence. Open data lets women's "
                "organisations, researchers and journalists examine the plan independently and "
                "compare municipalities. Published data should be aggregated and must not make "
                "individuals in small groups identifiable.</p>"
            ),
        ),
        heading("Öğrenmek ve planı güncellemek", "Learning and revising the plan"),
        paragraph(
            tr=(
                "<p>İzleme, planı savunmak için değil, iyileştirmek için yapılır. Dönem ortasında "
                "bir ara değerlendirme yapın: işlemeyen eylemleri değiştirin, gerçekçi olmayan "
                "hedefleri gerekçesiyle güncelleyin, yeni ortaya çıkan ihtiyaçları ekleyin. "
                "Değişiklikleri meclis kararıyla yapın ve kamuoyuyla paylaşın; final "
                "değerlendirmesinden çıkan dersleri bir sonraki planın ihtiyaç analizine "
                "taşıyın.</p>"
            ),
            en=(
                "<p>Monitoring is done to improve the plan, not to defend it. Hold a mid-term "
                "review: change the actions that do not work, revise unrealistic targets with "
                "the reasons, add needs that have emerged. Make the changes by council decision "
                "and share them with the public; carry the lessons of the final evaluation into "
                "the needs analysis of the next plan.</p>"
            ),
        ),
    ),
)

CHECKLIST = ChapterText(
    key="guide-checklist",
    title=Text("Meclise sunmadan önce kontrol listesi", "Checklist before adoption"),
    slug=Text("kontrol-listesi", "checklist"),
    intro=Text(
        tr="Taslağı belediye meclisine sunmadan önce gözden geçirmeniz için kısa bir liste.",
        en="A short list to go through before the draft goes to the municipal council.",
    ),
    summary=lines(
        (
            "Plan sahiplik, analiz, katılım, içerik, bütçe ve izleme başlıklarında eksiksiz mi?",
            "Is the plan complete on ownership, analysis, participation, content, budget and "
            "monitoring?",
        ),
        (
            "Her eylemin sorumlusu, takvimi, bütçesi ve göstergesi var mı?",
            "Does every action have a responsible unit, a timeline, a budget and an indicator?",
        ),
        (
            "Taslak kamuoyuyla paylaşıldı ve görüşler yanıtlandı mı?",
            "Was the draft shared with the public and were the comments answered?",
        ),
    ),
    body=(
        heading("Sahiplik ve süreç", "Ownership and process"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Hazırlık sürecini başlatan bir meclis kararı ya da başkanlık onayı var.</li>"
                "<li>Planın koordinasyonundan sorumlu birim ve kişi belli.</li>"
                "<li>Bütün müdürlükler çalışma grubunda temsil edildi.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>A council decision or the mayor's approval launched the preparation.</li>"
                "<li>The unit and the person coordinating the plan are named.</li>"
                "<li>Every department was represented in the working group.</li>"
                "</ul>"
            ),
        ),
        heading("Analiz ve katılım", "Analysis and participation"),
        paragraph(
            tr=(
                "<ul>"
                "<li>İhtiyaç analizi cinsiyete göre ayrıştırılmış verilere dayanıyor ve "
                "kaynakları belirtilmiş.</li>"
                "<li>Engelli, yaşlı, göçmen ve kırsalda yaşayan kadınların görüşleri "
                "alındı.</li>"
                "<li>Kadın örgütleri ve varsa kent konseyi kadın meclisi sürece katıldı.</li>"
                "<li>Taslak yayımlandı, görüşler toplandı ve bir katılım raporu "
                "hazırlandı.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The needs analysis rests on sex-disaggregated data and names its "
                "sources.</li>"
                "<li>Women with disabilities, older, migrant and rural women were heard.</li>"
                "<li>Women's organisations and, where it exists, the city council's women's "
                "assembly took part.</li>"
                "<li>The draft was published, comments were collected and a participation report "
                "was prepared.</li>"
                "</ul>"
            ),
        ),
        heading("Planın içeriği", "Content of the plan"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Plan; sunuş ve meclis kararını, yasal ve politik çerçeveyi, ihtiyaç "
                "analizinin özetini ve katılım raporunu içeriyor.</li>"
                "<li>Tematik alanlar analizle gerekçelendirildi; hedefler SMART.</li>"
                "<li>Her eylemin sorumlu birimi, ortakları, takvimi ve bütçesi yazılı.</li>"
                "<li>Her hedefin en az bir süreç ve bir sonuç göstergesi var; başlangıç ve hedef "
                "değerleri ve veri kaynakları belli.</li>"
                "<li>Kişilerle ilgili göstergeler kadın, erkek ve toplam olarak "
                "ayrıştırılıyor.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The plan contains a foreword and the council decision, the legal and policy "
                "frame, a summary of the needs analysis and the participation report.</li>"
                "<li>The thematic areas are justified by the analysis; the objectives are "
                "SMART.</li>"
                "<li>Every action has a responsible unit, partners, a timeline and a budget in "
                "writing.</li>"
                "<li>Every objective has at least one process and one outcome indicator, with "
                "baselines, targets and data sources.</li>"
                "<li>Indicators about people are broken down into women, men and total.</li>"
                "</ul>"
            ),
        ),
        heading("Bütçe", "Budget"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Eylemler stratejik planın hedefleriyle eşleştirildi.</li>"
                "<li>İlk yılın eylemleri performans programına ve bütçe tasarısına girdi.</li>"
                "<li>Bütçe etiketlemenin yöntemi belirlendi.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The actions are matched with the targets of the strategic plan.</li>"
                "<li>The first year's actions are in the performance programme and the draft "
                "budget.</li>"
                "<li>The method of budget tagging is decided.</li>"
                "</ul>"
            ),
        ),
        heading("İzleme ve açıklık", "Monitoring and openness"),
        paragraph(
            tr=(
                "<ul>"
                "<li>İzleme takvimi, veri sorumluları ve raporlama biçimi yazılı.</li>"
                "<li>Sivil toplumun yer aldığı bağımsız bir izleme düzeni tanımlandı.</li>"
                "<li>İlerleme raporlarının ve verilerin nasıl yayımlanacağı belli.</li>"
                "<li>Ara değerlendirmenin tarihi ve planın nasıl güncelleneceği yazılı.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>The monitoring calendar, the people responsible for data and the reporting "
                "format are in writing.</li>"
                "<li>An independent monitoring arrangement involving civil society is "
                "defined.</li>"
                "<li>It is clear how progress reports and data will be published.</li>"
                "<li>The date of the mid-term review and how the plan will be revised are in "
                "writing.</li>"
                "</ul>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Listedeki bütün maddeler karşılandığında plan meclise sunulmaya hazırdır. "
                "Kabulün ardından planı meclis kararıyla birlikte belediyenin internet sitesinde "
                "yayımlayın ve hazırlık sürecine katılan herkesle paylaşın.</p>"
            ),
            en=(
                "<p>When every item on the list is met, the plan is ready for the council. After "
                "adoption, publish it with the council decision on the municipality's website "
                "and share it with everyone who took part in the preparation.</p>"
            ),
        ),
    ),
)
