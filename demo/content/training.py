"""Texts of the demo training programmes (Turkish and English).

The four programmes the project runs: indicator-based monitoring, gender equality and preparing a
YEEP for municipal staff, and rights-based monitoring for the Monitoring Board. Trainers are named
by role only; the texts describe the method, not invented results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.bilingual import PageText, Text, paragraph
from training.models import TrainingAudience, TrainingTopic


@dataclass(frozen=True)
class DemoExercise:
    """An exercise of a module."""

    title: Text
    minutes: int
    instructions: Text


@dataclass(frozen=True)
class DemoModule:
    """A module; `private` modules and their material are for the programme's participants."""

    text: PageText
    minutes: int
    objectives: tuple[Text, ...]
    material: Text
    material_kind: str
    private: bool
    exercise: DemoExercise | None = None


@dataclass(frozen=True)
class DemoProgramme:
    """A programme with its modules."""

    text: PageText
    topic: TrainingTopic
    audience: TrainingAudience
    audience_description: Text
    hours: int
    duration_note: Text
    outcomes: tuple[Text, ...]
    trainers: tuple[tuple[Text, Text], ...]  # (role, organisation)
    modules: tuple[DemoModule, ...]


INDEX = PageText(
    key="training-index",
    title=Text("Eğitimler", "Training"),
    slug=Text("egitimler", "training"),
    intro=Text(
        tr=(
            "Belediye çalışanları için gösterge temelli izleme, toplumsal cinsiyet eşitliği ve "
            "yerel eşitlik eylem planı hazırlama eğitimleri; İzleme Heyeti için hak temelli izleme "
            "eğitimi. Her programın ilk modülü herkese açıktır."
        ),
        en=(
            "Training for municipal staff in indicator-based monitoring, gender equality and "
            "preparing a local equality action plan; training in rights-based monitoring for the "
            "Monitoring Board. The first module of every programme is open to everyone."
        ),
    ),
)

TRAINER_ROLE = Text("Proje eğitmeni", "Project trainer")
SAMPLE_NGO = Text("Örnek sivil toplum kuruluşu", "Sample civil-society organisation")


def _module(
    key: str,
    title: Text,
    slug: Text,
    intro: Text,
    body: Text,
    objectives: tuple[Text, ...],
    material: Text,
    *,
    kind: str,
    private: bool,
    minutes: int = 90,
    exercise: DemoExercise | None = None,
) -> DemoModule:
    return DemoModule(
        text=PageText(
            key=key, title=title, slug=slug, intro=intro, body=(paragraph(body.tr, body.en),)
        ),
        minutes=minutes,
        objectives=objectives,
        material=material,
        material_kind=kind,
        private=private,
        exercise=exercise,
    )


#: The demo participant (demo.content.users) and their enrollments: (programme key, enrolled on,
#: completed on or None).
DEMO_PARTICIPANT = "katilimci"
DEMO_ENROLLMENTS = (
    ("training-indicators", date(2025, 5, 20), date(2025, 6, 12)),
    ("training-preparing", date(2025, 5, 20), None),
)

PROGRAMMES = (
    DemoProgramme(
        text=PageText(
            key="training-indicators",
            title=Text("Gösterge temelli izleme eğitimi", "Indicator-based monitoring training"),
            slug=Text("gosterge-temelli-izleme", "indicator-based-monitoring"),
            intro=Text(
                tr=(
                    "Eylem planlarının ilerlemesini cinsiyete göre ayrıştırılmış göstergelerle "
                    "izlemeyi ve raporlamayı öğreten program."
                ),
                en=(
                    "How to monitor and report an action plan's progress with indicators "
                    "disaggregated by sex."
                ),
            ),
        ),
        topic=TrainingTopic.INDICATOR_MONITORING,
        audience=TrainingAudience.MUNICIPAL_STAFF,
        audience_description=Text(
            "Eşitlik birimi, strateji geliştirme ve veri birimlerinin çalışanları",
            "Staff of equality, strategy and data units",
        ),
        hours=12,
        duration_note=Text("2 gün, 4 oturum", "2 days, 4 sessions"),
        outcomes=(
            Text(
                "Bir eylem için çıktı ve sonuç göstergesi ayırt eder.",
                "Tells an output indicator from an outcome indicator for an action.",
            ),
            Text(
                "Başlangıç değeri, hedef ve veri kaynağı belirler.",
                "Sets a baseline, a target and a data source.",
            ),
            Text(
                "Verileri kadın ve erkek için ayrı toplar ve raporlar.",
                "Collects and reports data separately for women and men.",
            ),
        ),
        trainers=((TRAINER_ROLE, SAMPLE_NGO),),
        modules=(
            _module(
                "training-indicators-1",
                Text("Gösterge nedir, ne işe yarar?", "What an indicator is and what it is for"),
                Text("gosterge-nedir", "what-is-an-indicator"),
                Text(
                    "Göstergenin tanımı, türleri ve iyi bir göstergenin özellikleri.",
                    "What an indicator is, its kinds and the qualities of a good one.",
                ),
                Text(
                    "<p>Bir gösterge, bir eylemin amaçladığı değişimin gerçekleşip "
                    "gerçekleşmediğini gösteren ölçülebilir bir bilgidir. Çıktı göstergeleri "
                    "yapılanı (ör. açılan kurs sayısı), sonuç göstergeleri değişeni (ör. kursu "
                    "bitirip işe giren kadın sayısı) ölçer.</p>",
                    "<p>An indicator is a measurable piece of information that shows whether "
                    "the change an action aims at is happening. Output indicators measure what "
                    "was done (e.g. courses opened), outcome indicators what changed (e.g. women "
                    "who finished a course and found work).</p>",
                ),
                (
                    Text(
                        "Çıktı ve sonuç göstergesini ayırt etmek", "Telling outputs from outcomes"
                    ),
                    Text("SMART ölçütlerini uygulamak", "Applying the SMART criteria"),
                ),
                Text("Gösterge türleri ders notu", "Handout: kinds of indicators"),
                kind="handout",
                private=False,
            ),
            _module(
                "training-indicators-2",
                Text("Ayrıştırılmış veri toplama", "Collecting disaggregated data"),
                Text("ayristirilmis-veri", "disaggregated-data"),
                Text(
                    "Verileri cinsiyete, yaşa ve engellilik durumuna göre ayrıştırmak.",
                    "Disaggregating data by sex, age and disability.",
                ),
                Text(
                    "<p>Belediye hizmetlerinden kimin yararlandığını görmek için veriler en az "
                    "cinsiyete göre ayrıştırılmalıdır. Bu modülde başvuru formlarının ve kayıt "
                    "sistemlerinin buna göre nasıl düzenleneceği çalışılır.</p>",
                    "<p>To see who benefits from municipal services, data must at least be "
                    "disaggregated by sex. This module works through how to adapt application "
                    "forms and record systems accordingly.</p>",
                ),
                (Text("Kayıt formlarını gözden geçirmek", "Reviewing record forms"),),
                Text("Ayrıştırılmış veri sunumu", "Slides: disaggregated data"),
                kind="slides",
                private=True,
                exercise=DemoExercise(
                    title=Text("Bir hizmet formunu düzenleyin", "Revise a service form"),
                    minutes=30,
                    instructions=Text(
                        "<p>Gruplar kendi belediyelerinden bir başvuru formunu cinsiyete göre "
                        "ayrıştırılmış veri toplayacak biçimde yeniden düzenler.</p>",
                        "<p>Groups revise an application form from their own municipality so "
                        "that it collects data disaggregated by sex.</p>",
                    ),
                ),
            ),
            _module(
                "training-indicators-3",
                Text(
                    "Başlangıç değeri ve hedef belirlemek",
                    "Setting baselines and targets",
                ),
                Text(
                    "baslangic-ve-hedef",
                    "baselines-and-targets",
                ),
                Text(
                    "Bir göstergenin başlangıç değerini ölçmek ve gerçekçi bir hedef koymak.",
                    "Measuring an indicator's baseline and setting a realistic target.",
                ),
                Text(
                    "<p>Hedef, başlangıç değeri bilinmeden konamaz. Bu modülde planın ilk "
                    "yılındaki veriden başlangıç değeri çıkarılır ve kaynaklara göre ulaşılabilir "
                    "bir hedef yazılır.</p>",
                    "<p>No target can be set without a known baseline. This module derives a "
                    "baseline from the plan's first-year data and writes a target the resources "
                    "can reach.</p>",
                ),
                (
                    Text(
                        "Başlangıç değerini belgelemek",
                        "Documenting a baseline",
                    ),
                    Text(
                        "Hedefi kaynaklarla ilişkilendirmek",
                        "Linking a target to resources",
                    ),
                ),
                Text(
                    "Başlangıç ve hedef çalışma kâğıdı",
                    "Worksheet: baselines and targets",
                ),
                kind="worksheet",
                private=True,
            ),
            _module(
                "training-indicators-4",
                Text(
                    "Göstergeyi izlemek ve raporlamak",
                    "Monitoring and reporting an indicator",
                ),
                Text(
                    "izleme-ve-raporlama",
                    "monitoring-and-reporting",
                ),
                Text(
                    "Dönemsel veriyi girmek, eğilimi okumak ve İzleme Heyetine raporlamak.",
                    "Entering periodic data, reading the trend and reporting to the Monitoring "
                    "Board.",
                ),
                Text(
                    "<p>Her izleme döneminde gösterge değeri kaynağıyla birlikte girilir. Bu "
                    "modülde bir dizinin eğilimi okunur ve sapmaların nedenleri rapora "
                    "yazılır.</p>",
                    "<p>In every monitoring period an indicator's value is entered with its "
                    "source. This module reads a series' trend and writes the reasons for "
                    "deviations into the report.</p>",
                ),
                (
                    Text(
                        "Bir değer dizisini yorumlamak",
                        "Interpreting a series of values",
                    ),
                    Text(
                        "Sapmaları açıklamak",
                        "Explaining deviations",
                    ),
                ),
                Text(
                    "İzleme ve raporlama sunumu",
                    "Slides: monitoring and reporting",
                ),
                kind="slides",
                private=True,
            ),
        ),
    ),
    DemoProgramme(
        text=PageText(
            key="training-gender",
            title=Text("Toplumsal cinsiyet eşitliği eğitimi", "Gender equality training"),
            slug=Text("toplumsal-cinsiyet-esitligi", "gender-equality"),
            intro=Text(
                tr="Yerel yönetim hizmetlerinde toplumsal cinsiyet eşitliğinin temel kavramları.",
                en="The basic concepts of gender equality in local government services.",
            ),
        ),
        topic=TrainingTopic.GENDER_EQUALITY,
        audience=TrainingAudience.MUNICIPAL_STAFF,
        audience_description=Text(
            "Hizmet birimlerinin yöneticileri ve çalışanları",
            "Managers and staff of service units",
        ),
        hours=6,
        duration_note=Text("1 gün", "1 day"),
        outcomes=(
            Text(
                "Cinsiyet ve toplumsal cinsiyet kavramlarını ayırt eder.",
                "Distinguishes sex from gender.",
            ),
            Text(
                "Bir hizmetin kadınlara ve erkeklere etkisini çözümler.",
                "Analyses a service's effect on women and men.",
            ),
        ),
        trainers=((TRAINER_ROLE, SAMPLE_NGO),),
        modules=(
            _module(
                "training-gender-1",
                Text("Temel kavramlar", "Key concepts"),
                Text("temel-kavramlar", "key-concepts"),
                Text(
                    "Toplumsal cinsiyet, eşitlik ve ayrımcılık yasağı.",
                    "Gender, equality and non-discrimination.",
                ),
                Text(
                    "<p>Toplumsal cinsiyet, kadınlara ve erkeklere toplumca yüklenen rolleri "
                    "anlatır. Eşitlik, herkesin hak ve hizmetlere eşit erişimini; ayrımcılık "
                    "yasağı ise doğrudan ve dolaylı ayrımcılığın önlenmesini gerektirir.</p>",
                    "<p>Gender describes the roles society assigns to women and men. Equality "
                    "requires equal access to rights and services for all; non-discrimination "
                    "requires preventing direct and indirect discrimination.</p>",
                ),
                (Text("Kavramları örneklerle açıklamak", "Explaining the concepts with examples"),),
                Text("Kavramlar sözlüğü", "Glossary of concepts"),
                kind="reading",
                private=False,
            ),
            _module(
                "training-gender-2",
                Text("Hizmetlerde toplumsal cinsiyet analizi", "Gender analysis of services"),
                Text("toplumsal-cinsiyet-analizi", "gender-analysis"),
                Text(
                    "Bir belediye hizmetinin kimlere ulaştığını çözümlemek.",
                    "Analysing whom a municipal service reaches.",
                ),
                Text(
                    "<p>Toplu taşıma, aydınlatma ya da kreş gibi bir hizmetin kadınların ve "
                    "erkeklerin günlük yaşamına etkisi, kullanım verileri ve görüşmelerle "
                    "çözümlenir.</p>",
                    "<p>The effect of a service such as public transport, street lighting or "
                    "childcare on women's and men's daily lives is analysed with usage data and "
                    "interviews.</p>",
                ),
                (Text("Bir hizmetin analizini yapmak", "Analysing one service"),),
                Text("Analiz çalışma föyü", "Worksheet: gender analysis"),
                kind="worksheet",
                private=True,
            ),
            _module(
                "training-gender-3",
                Text(
                    "Toplumsal cinsiyete duyarlı bütçeleme",
                    "Gender-responsive budgeting",
                ),
                Text(
                    "duyarli-butceleme",
                    "gender-responsive-budgeting",
                ),
                Text(
                    "Belediye bütçesinin kadınlara ve erkeklere etkisini okumak.",
                    "Reading how a municipal budget affects women and men.",
                ),
                Text(
                    "<p>Bütçe tarafsız değildir: bir harcamanın kimin işine yaradığı sorulmadan "
                    "eşitlik hedeflerine kaynak ayrılamaz. Bu modülde bir müdürlüğün bütçesi bu "
                    "gözle incelenir.</p>",
                    "<p>A budget is not neutral: no resources reach equality goals unless one "
                    "asks whom a spending line serves. This module reads one directorate's budget "
                    "that way.</p>",
                ),
                (
                    Text(
                        "Bütçe kalemlerini etiketlemek",
                        "Tagging budget lines",
                    ),
                ),
                Text(
                    "Bütçe okuma rehberi",
                    "Guide: reading a budget",
                ),
                kind="reading",
                private=True,
            ),
            _module(
                "training-gender-4",
                Text(
                    "Eşitlik ilkesini iletişime yansıtmak",
                    "Equality in communication",
                ),
                Text(
                    "esitlikci-iletisim",
                    "equality-in-communication",
                ),
                Text(
                    "Belediyenin duyurularında kalıp yargılardan kaçınmak.",
                    "Avoiding stereotypes in the municipality's announcements.",
                ),
                Text(
                    "<p>Afişler, duyurular ve sosyal medya iletileri kalıp yargıları "
                    "güçlendirebilir ya da kırabilir. Bu modülde gerçek örnekler üzerinden "
                    "eşitlikçi bir dil çalışılır.</p>",
                    "<p>Posters, announcements and social-media posts can reinforce stereotypes "
                    "or break them. This module works on equal language using real examples.</p>",
                ),
                (
                    Text(
                        "Kalıp yargıları tanımak",
                        "Recognising stereotypes",
                    ),
                    Text(
                        "Eşitlikçi dil kullanmak",
                        "Using equal language",
                    ),
                ),
                Text(
                    "Eşitlikçi iletişim kontrol listesi",
                    "Checklist: equal communication",
                ),
                kind="worksheet",
                private=True,
            ),
        ),
    ),
    DemoProgramme(
        text=PageText(
            key="training-preparing",
            title=Text("YEEP hazırlama eğitimi", "Preparing a YEEP"),
            slug=Text("yeep-hazirlama", "preparing-a-yeep"),
            intro=Text(
                tr="İlk yerel eşitlik eylem planını hazırlayacak belediyeler için adım adım süreç.",
                en="The process, step by step, for municipalities writing their first plan.",
            ),
        ),
        topic=TrainingTopic.PREPARING_YEEP,
        audience=TrainingAudience.MUNICIPAL_STAFF,
        audience_description=Text(
            "Planı hazırlayacak çalışma grubunun üyeleri",
            "Members of the working group that will write the plan",
        ),
        hours=12,
        duration_note=Text("2 gün", "2 days"),
        outcomes=(
            Text(
                "İhtiyaç analizinden eylemlere giden yolu planlar.",
                "Plans the path from needs analysis to actions.",
            ),
            Text(
                "Kadın örgütlerinin katılımını sağlayan bir süreç kurar.",
                "Sets up a process in which women's organisations take part.",
            ),
        ),
        trainers=((TRAINER_ROLE, SAMPLE_NGO),),
        modules=(
            _module(
                "training-preparing-1",
                Text("İhtiyaç analizi", "Needs analysis"),
                Text("ihtiyac-analizi", "needs-analysis"),
                Text(
                    "Kentteki eşitsizlikleri verilerle ve katılımla ortaya koymak.",
                    "Showing the city's inequalities with data and participation.",
                ),
                Text(
                    "<p>Plan, kentteki kadınların ve erkeklerin durumunu gösteren verilere ve "
                    "kadın örgütleriyle yapılan görüşmelere dayanmalıdır.</p>",
                    "<p>A plan must rest on data showing the situation of women and men in the "
                    "city and on consultations with women's organisations.</p>",
                ),
                (Text("Veri kaynaklarını listelemek", "Listing data sources"),),
                Text("İhtiyaç analizi kontrol listesi", "Checklist: needs analysis"),
                kind="handout",
                private=False,
            ),
            _module(
                "training-preparing-2",
                Text("Eylemleri ve bütçeyi yazmak", "Writing actions and the budget"),
                Text("eylemler-ve-butce", "actions-and-budget"),
                Text(
                    "Ölçülebilir eylemler, sorumlu birimler ve bütçe.",
                    "Measurable actions, responsible units and the budget.",
                ),
                Text(
                    "<p>Her eylemin bir sorumlu birimi, takvimi, bütçesi ve en az bir "
                    "göstergesi olmalıdır.</p>",
                    "<p>Every action needs a responsible unit, a timetable, a budget and at "
                    "least one indicator.</p>",
                ),
                (Text("Bir eylem kartı doldurmak", "Filling in an action card"),),
                Text("Eylem kartı şablonu", "Template: action card"),
                kind="worksheet",
                private=True,
            ),
            _module(
                "training-preparing-3",
                Text(
                    "Paydaşlarla plan hazırlamak",
                    "Preparing the plan with stakeholders",
                ),
                Text(
                    "paydaslarla-hazirlik",
                    "with-stakeholders",
                ),
                Text(
                    "Kadın örgütleri, kent konseyi ve müdürlüklerle katılımcı hazırlık.",
                    "Participatory preparation with women's organisations, the city council and "
                    "directorates.",
                ),
                Text(
                    "<p>Plan, ihtiyaçları yaşayanlarla birlikte yazıldığında uygulanır. Bu "
                    "modülde katılımcı toplantıların nasıl düzenleneceği ve görüşlerin plana "
                    "nasıl yansıtılacağı çalışılır.</p>",
                    "<p>A plan written with the people who live its needs gets implemented. This "
                    "module covers how to hold participatory meetings and carry their views into "
                    "the plan.</p>",
                ),
                (
                    Text(
                        "Paydaş haritası çıkarmak",
                        "Mapping stakeholders",
                    ),
                ),
                Text(
                    "Paydaş toplantısı rehberi",
                    "Guide: stakeholder meetings",
                ),
                kind="reading",
                private=True,
            ),
            _module(
                "training-preparing-4",
                Text(
                    "Planı meclise sunmak ve izlemeye hazırlamak",
                    "Taking the plan to the council and preparing its monitoring",
                ),
                Text(
                    "meclis-ve-izleme",
                    "council-and-monitoring",
                ),
                Text(
                    "Meclis kararı, sorumlu birimler ve izleme takvimi.",
                    "The council decision, responsible units and the monitoring calendar.",
                ),
                Text(
                    "<p>Meclis kararıyla kabul edilen plan, sorumlu birimleri ve izleme takvimi "
                    "belli olduğunda izlenebilir. Bu modülde plan bu gözle son kez gözden "
                    "geçirilir.</p>",
                    "<p>A plan adopted by council decision can be monitored once its responsible "
                    "units and monitoring calendar are set. This module reviews the plan one last "
                    "time with that in mind.</p>",
                ),
                (
                    Text(
                        "Sorumlu birimleri netleştirmek",
                        "Settling the responsible units",
                    ),
                    Text(
                        "İzleme takvimi yazmak",
                        "Writing a monitoring calendar",
                    ),
                ),
                Text(
                    "Plan kontrol listesi",
                    "Checklist: the plan",
                ),
                kind="handout",
                private=True,
            ),
        ),
    ),
    DemoProgramme(
        text=PageText(
            key="training-rights",
            title=Text("Hak temelli izleme eğitimi", "Rights-based monitoring training"),
            slug=Text("hak-temelli-izleme", "rights-based-monitoring"),
            intro=Text(
                tr=(
                    "İzleme Heyeti üyeleri için planları insan hakları standartlarına göre "
                    "değerlendirme eğitimi."
                ),
                en=(
                    "Training for Monitoring Board members in assessing plans against human "
                    "rights standards."
                ),
            ),
        ),
        topic=TrainingTopic.RIGHTS_BASED_MONITORING,
        audience=TrainingAudience.MONITORING_BOARD,
        audience_description=Text(
            "İzleme Heyeti'ni oluşturan sivil toplum kuruluşlarının temsilcileri",
            "Representatives of the NGOs forming the Monitoring Board",
        ),
        hours=9,
        duration_note=Text("1,5 gün", "1.5 days"),
        outcomes=(
            Text(
                "Eylemleri CEDAW ve Avrupa Şartı maddeleriyle ilişkilendirir.",
                "Links actions to CEDAW and European Charter articles.",
            ),
            Text(
                "Değerlendirmeyi kanıta dayalı ve yapıcı biçimde yazar.",
                "Writes an evidence-based, constructive assessment.",
            ),
        ),
        trainers=((TRAINER_ROLE, SAMPLE_NGO),),
        modules=(
            _module(
                "training-rights-1",
                Text("Hak temelli yaklaşım", "The rights-based approach"),
                Text("hak-temelli-yaklasim", "rights-based-approach"),
                Text(
                    "Yükümlülük sahipleri ve hak sahipleri.",
                    "Duty bearers and rights holders.",
                ),
                Text(
                    "<p>Hak temelli izleme, belediyeyi yükümlülük sahibi, kentte yaşayanları "
                    "hak sahibi olarak görür ve planı bu yükümlülüklere göre değerlendirir.</p>",
                    "<p>Rights-based monitoring sees the municipality as the duty bearer and "
                    "residents as rights holders, and assesses the plan against those duties.</p>",
                ),
                (Text("Yükümlülükleri tanımlamak", "Identifying duties"),),
                Text("Hak temelli izleme ders notu", "Handout: rights-based monitoring"),
                kind="handout",
                private=False,
            ),
            _module(
                "training-rights-2",
                Text("Değerlendirme yazmak", "Writing an assessment"),
                Text("degerlendirme-yazmak", "writing-an-assessment"),
                Text(
                    "Puanlama ölçeği, kanıt ve öneri.",
                    "The rating scale, evidence and recommendations.",
                ),
                Text(
                    "<p>Heyet her eylemi dört basamaklı ölçekle puanlar; her puanı bir kanıta "
                    "dayandırır ve uygulanabilir bir öneriyle tamamlar.</p>",
                    "<p>The board rates each action on a four-point scale, grounds every "
                    "rating in evidence and completes it with a feasible recommendation.</p>",
                ),
                (Text("Kanıta dayalı puan vermek", "Rating on evidence"),),
                Text("Değerlendirme örnekleri sunumu", "Slides: sample assessments"),
                kind="slides",
                private=True,
            ),
            _module(
                "training-rights-3",
                Text(
                    "Kanıtları değerlendirmek",
                    "Weighing the evidence",
                ),
                Text(
                    "kanitlar",
                    "weighing-evidence",
                ),
                Text(
                    "Belediyenin raporladığı kanıtları doğrulamak ve puanlamak.",
                    "Verifying and rating the evidence a municipality reports.",
                ),
                Text(
                    "<p>Heyetin puanı kanıta dayanır: meclis kararları, faaliyet raporları, "
                    "kayıtlar ve yerinde gözlem. Bu modülde kanıtların güvenilirliği "
                    "tartışılır.</p>",
                    "<p>The Board's rating rests on evidence: council decisions, activity "
                    "reports, records and site visits. This module discusses how reliable each "
                    "kind of evidence is.</p>",
                ),
                (
                    Text(
                        "Kanıt türlerini ayırt etmek",
                        "Telling kinds of evidence apart",
                    ),
                ),
                Text(
                    "Kanıt değerlendirme çalışma kâğıdı",
                    "Worksheet: weighing evidence",
                ),
                kind="worksheet",
                private=True,
            ),
            _module(
                "training-rights-4",
                Text(
                    "Öneri yazmak ve onaylamak",
                    "Writing and approving recommendations",
                ),
                Text(
                    "oneri-yazmak",
                    "writing-recommendations",
                ),
                Text(
                    "Uygulanabilir öneriler ve Heyetin onay süreci.",
                    "Actionable recommendations and the Board's approval process.",
                ),
                Text(
                    "<p>İyi bir öneri kime, neyi, ne zamana kadar yapması gerektiğini söyler. Bu "
                    "modülde öneriler yazılır ve platformdaki onay adımları uygulamalı olarak "
                    "gösterilir.</p>",
                    "<p>A good recommendation says who should do what by when. This module writes "
                    "recommendations and shows the platform's approval steps in practice.</p>",
                ),
                (
                    Text(
                        "Ölçülebilir öneri yazmak",
                        "Writing measurable recommendations",
                    ),
                    Text(
                        "Onay adımlarını izlemek",
                        "Following the approval steps",
                    ),
                ),
                Text(
                    "Onay süreci sunumu",
                    "Slides: the approval process",
                ),
                kind="slides",
                private=True,
            ),
        ),
    ),
)
