"""Monitoring data of the demo site: thematic areas, indicators, objectives, periods, assessments.

Pure data, Turkish (source) and English. Everything here is a generic template:
demo.builders.monitoring builds each sample plan from these areas, objectives and actions (the
action templates and the sample phrases of action rows live in demo.content.actions), invents
indicator values from each SeriesShape and labels all of it as sample data.

Rights references cite CEDAW, the İstanbul Convention, the European Charter for Equality of Women
and Men in Local Life (CEMR 2006; in it housing is article 19 and safety and security article 21)
and the Constitution of the Republic of Türkiye. The İstanbul Convention is cited as the normative
standard the Monitoring Board uses, although Türkiye withdrew from it with effect from 1 July 2021.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from plans.scales import ActionStatus, BoardRating
from portal.bilingual import Block, Text

from .actions import ACTIONS, BOARD_COMMENTS, EVIDENCE, ActionText

__all__ = [
    "ACTIONS",
    "AREAS",
    "ASSESSMENT_INTRO",
    "ASSESSMENT_TITLE",
    "BOARD_COMMENTS",
    "DEMO_TODAY",
    "EVIDENCE",
    "INSTRUMENTS",
    "OBJECTIVES",
    "PERIODS",
    "PLAN_INTRO",
    "PLAN_SLUG",
    "PLAN_SUMMARY",
    "PLAN_TITLE",
    "PLAN_YEARS",
    "RATINGS_BY_STATUS",
    "RECOMMENDATIONS",
    "RECOMMENDATIONS_BY_AREA",
    "SAMPLE_FLAGS",
    "SOURCE_NOTE",
    "ActionText",
    "AreaText",
    "IndicatorText",
    "ObjectiveText",
    "PeriodText",
    "ReferenceText",
    "SeriesShape",
]

#: The rights instruments an indicator may cite.
INSTRUMENTS = ("cedaw", "istanbul_convention", "european_charter", "constitution")


@dataclass(frozen=True)
class AreaText:
    """A gender-equality thematic area shared by all plans, so that plans can be compared."""

    key: str
    code: str
    name: Text
    description: Text


@dataclass(frozen=True)
class ReferenceText:
    """One rights reference of an indicator: instrument (one of INSTRUMENTS) and article."""

    instrument: str
    article: str
    note: Text


@dataclass(frozen=True)
class SeriesShape:
    """How the demo generator invents sample values of an indicator (always labelled sample data).

    The total of period i (0-based, in PERIODS order) is ``baseline + i * step``; when step points
    towards the target the total stops at the target. Counts are rounded to whole numbers.
    Disaggregated counts: women = round(total * women_share), men = total - women.
    Disaggregated percentages: gap = women_share * 10 - 5 percentage points, women = total + gap,
    men = total - gap. women_share is ignored when the indicator is not disaggregated.
    """

    baseline: float
    target: float
    step: float
    women_share: float


@dataclass(frozen=True)
class IndicatorText:
    """A rights-based indicator; ohchr_type is "structural", "process" or "outcome"; measure
    (what kind of figure it is: indicators.models.Measure) is "count", "percentage" or "other"."""

    code: str
    slug: Text
    title: Text
    description: Text
    area_key: str
    ohchr_type: str
    unit: Text
    measure: str
    direction: str
    source: Text
    periodicity: str
    disaggregated: bool
    references: tuple[ReferenceText, ...]
    methodology: tuple[Block, ...]
    shape: SeriesShape


@dataclass(frozen=True)
class ObjectiveText:
    """A plan objective ("hedef") template; its code in a plan is str(number)."""

    area_key: str
    number: int
    title: Text


@dataclass(frozen=True)
class PeriodText:
    """A monitoring period; kind is "progress-1", "progress-2", "progress-3" or "final"."""

    key: str
    kind: str
    name: Text
    start: str
    end: str


def _area(key: str, code: str, name: tuple[str, str], description: tuple[str, str]) -> AreaText:
    return AreaText(key, code, Text(*name), Text(*description))


AREAS: tuple[AreaText, ...] = (
    _area(
        "participation",
        "A1",
        ("Katılım ve Karar Alma", "Participation and Decision-Making"),
        (
            "Kadınların yerel siyasette, belediye yönetiminde ve katılımcı mekanizmalarda eşit "
            "temsilini ve etkin katılımını kapsar.",
            "Covers women’s equal representation and active participation in local politics, "
            "municipal management and participatory mechanisms.",
        ),
    ),
    _area(
        "economy",
        "A2",
        ("Ekonomik Güçlenme ve İstihdam", "Economic Empowerment and Employment"),
        (
            "Kadınların nitelikli istihdama, mesleki eğitime, girişimciliğe ve ekonomik "
            "kaynaklara eşit erişimini kapsar.",
            "Covers women’s equal access to decent work, vocational training, entrepreneurship "
            "and economic resources.",
        ),
    ),
    _area(
        "care",
        "A3",
        ("Bakım Hizmetleri", "Care Services"),
        (
            "Çocuk, yaşlı ve engelli bakımına yönelik erişilebilir belediye hizmetlerini ve bakım "
            "yükünün kadınlar ile erkekler arasında adil paylaşımını kapsar.",
            "Covers accessible municipal services for the care of children, older and disabled "
            "people, and a fair sharing of care work between women and men.",
        ),
    ),
    _area(
        "violence",
        "A4",
        ("Kadına Yönelik Şiddetle Mücadele", "Combating Violence against Women"),
        (
            "Şiddetin önlenmesini, şiddete uğrayan kadınlara danışmanlık, barınma ve yönlendirme "
            "desteğini ve kurumlar arası eşgüdümü kapsar.",
            "Covers preventing violence, counselling, shelter and referral for women who "
            "experience it, and co-ordination between agencies.",
        ),
    ),
    _area(
        "health",
        "A5",
        ("Sağlık", "Health"),
        (
            "Kadınların koruyucu sağlık, üreme sağlığı ve ruh sağlığı hizmetlerine eşit ve "
            "engelsiz erişimini kapsar.",
            "Covers women’s equal and barrier-free access to preventive, reproductive and mental "
            "health services.",
        ),
    ),
    _area(
        "education",
        "A6",
        (
            "Eğitim, Farkındalık ve Kalıp Yargılarla Mücadele",
            "Education, Awareness and Countering Stereotypes",
        ),
        (
            "Toplumsal cinsiyet kalıp yargılarını azaltmaya yönelik eğitim, farkındalık ve "
            "iletişim çalışmalarını kapsar.",
            "Covers education, awareness-raising and communication that reduce gender stereotypes.",
        ),
    ),
    _area(
        "urban",
        "A7",
        ("Kentsel Planlama, Güvenlik ve Ulaşım", "Urban Planning, Safety and Mobility"),
        (
            "Kamusal alanların ve toplu ulaşımın kadınların ve erkeklerin farklı ihtiyaçlarına "
            "göre güvenli ve erişilebilir biçimde planlanmasını kapsar.",
            "Covers planning public spaces and public transport to be safe and accessible for the "
            "different needs of women and men.",
        ),
    ),
    _area(
        "capacity",
        "A8",
        (
            "Kurumsal Kapasite ve Toplumsal Cinsiyete Duyarlı Bütçeleme",
            "Institutional Capacity and Gender-Responsive Budgeting",
        ),
        (
            "Eşitlik birimini, personelin kapasitesini, cinsiyete göre ayrıştırılmış verileri ve "
            "toplumsal cinsiyete duyarlı bütçelemeyi kapsar.",
            "Covers the equality unit, staff capacity, sex-disaggregated data and "
            "gender-responsive budgeting.",
        ),
    ),
)


OBJECTIVES: tuple[ObjectiveText, ...] = (
    ObjectiveText(
        "participation",
        1,
        Text(
            "Kadınların yerel karar alma süreçlerine eşit ve etkin katılımını güçlendirmek",
            "Strengthen women’s equal and effective participation in local decision-making",
        ),
    ),
    ObjectiveText(
        "economy",
        2,
        Text(
            "Kadınların nitelikli istihdama ve ekonomik kaynaklara erişimini artırmak",
            "Increase women’s access to decent work and economic resources",
        ),
    ),
    ObjectiveText(
        "care",
        3,
        Text(
            "Erişilebilir bakım hizmetlerini yaygınlaştırarak bakım yükünün adil paylaşımını "
            "desteklemek",
            "Expand accessible care services and support a fair sharing of care work",
        ),
    ),
    ObjectiveText(
        "violence",
        4,
        Text(
            "Kadına yönelik şiddeti önlemek ve şiddete uğrayan kadınlara bütüncül destek sağlamak",
            "Prevent violence against women and give comprehensive support to women who "
            "experience it",
        ),
    ),
    ObjectiveText(
        "health",
        5,
        Text(
            "Kadınların sağlık hizmetlerine eşit ve engelsiz erişimini sağlamak",
            "Ensure women’s equal, barrier-free access to health services",
        ),
    ),
    ObjectiveText(
        "education",
        6,
        Text(
            "Toplumsal cinsiyet kalıp yargılarını azaltmak ve eşitlik bilincini yaygınlaştırmak",
            "Reduce gender stereotypes and spread awareness of equality",
        ),
    ),
    ObjectiveText(
        "urban",
        7,
        Text(
            "Kentsel mekânı ve toplu ulaşımı kadınlar için güvenli ve erişilebilir kılmak",
            "Make urban space and public transport safe and accessible for women",
        ),
    ),
    ObjectiveText(
        "capacity",
        8,
        Text(
            "Belediyenin eşitlik kapasitesini ve toplumsal cinsiyete duyarlı bütçelemeyi "
            "kurumsallaştırmak",
            "Institutionalise the municipality’s equality capacity and gender-responsive budgeting",
        ),
    ),
)

PERIODS: tuple[PeriodText, ...] = (
    PeriodText(
        "progress-1",
        "progress-1",
        Text("1. İlerleme Dönemi (Ocak–Haziran 2025)", "Progress period 1 (January–June 2025)"),
        "2025-01-01",
        "2025-06-30",
    ),
    PeriodText(
        "progress-2",
        "progress-2",
        Text("2. İlerleme Dönemi (Temmuz–Aralık 2025)", "Progress period 2 (July–December 2025)"),
        "2025-07-01",
        "2025-12-31",
    ),
    PeriodText(
        "progress-3",
        "progress-3",
        Text("3. İlerleme Dönemi (Ocak–Haziran 2026)", "Progress period 3 (January–June 2026)"),
        "2026-01-01",
        "2026-06-30",
    ),
    PeriodText(
        "final",
        "final",
        Text("Final Dönemi (Temmuz–Aralık 2026)", "Final period (July–December 2026)"),
        "2026-07-01",
        "2026-12-31",
    ),
)

RECOMMENDATIONS: tuple[Text, ...] = (
    Text(
        "Tüm hizmet kayıtları en az kadın, erkek ve toplam olarak ayrıştırılmalı ve altı ayda bir "
        "yayımlanmalıdır.",
        "All service records should be broken down at least into women, men and total and "
        "published every six months.",
    ),
    Text(
        "YEEP eylemlerine ayrılan ödenekler bütçede etiketlenmeli, harcama gerçekleşmeleri eylem "
        "bazında raporlanmalıdır.",
        "Funds for YEEP actions should be tagged in the budget and actual spending reported "
        "action by action.",
    ),
    Text(
        "Kreş ve evde bakım kapasitesi bekleme listelerine ve mahalle düzeyinde ihtiyaç analizine "
        "göre planlanmalıdır.",
        "Nursery and home-care capacity should be planned from waiting lists and a "
        "neighbourhood-level needs analysis.",
    ),
    Text(
        "Kurumlar arası yönlendirme protokolü uygulamaya konmalı ve şiddete uğrayan kadınlar için "
        "belediyede tek bir iletişim noktası belirlenmelidir.",
        "The inter-agency referral protocol should be put into practice, with a single contact "
        "point in the municipality for women who experience violence.",
    ),
    Text(
        "Katılımcı toplantılar kadınların katılabileceği saatlerde, erişilebilir mekânlarda ve "
        "çocuk bakımı desteğiyle düzenlenmelidir.",
        "Participatory meetings should be held at times women can attend, in accessible venues "
        "and with childcare.",
    ),
    Text(
        "İmar ve ulaşım projeleri, kadınlarla yapılan güvenlik yürüyüşlerinin bulguları dikkate "
        "alınarak hazırlanmalıdır.",
        "Zoning and transport projects should build on the findings of safety walks held with "
        "women.",
    ),
    Text(
        "Eşitlik birimi kadrolu personel ve kendi bütçesiyle güçlendirilmeli, meclis eşitlik "
        "komisyonu düzenli toplanmalıdır.",
        "The equality unit should be strengthened with permanent staff and its own budget, and "
        "the council’s equality commission should meet regularly.",
    ),
    Text(
        "Meslek edindirme kursları geleneksel rolleri pekiştirmek yerine kadınların nitelikli ve "
        "kayıtlı istihdama geçişini hedeflemelidir.",
        "Vocational courses should aim at women’s move into decent, registered work rather than "
        "reinforce traditional roles.",
    ),
)

#: The recommendations that fit an action of each thematic area (indexes into RECOMMENDATIONS):
#: a row's recommendation is one of its area's.
RECOMMENDATIONS_BY_AREA: dict[str, tuple[int, ...]] = {
    "participation": (4, 0),
    "economy": (7, 0),
    "care": (2, 1),
    "violence": (3, 0),
    "health": (0, 1),
    "education": (0, 4),
    "urban": (5, 1),
    "capacity": (6, 1),
}

#: The day the demo's calendar is written for (the demo is the same whenever it is built):
#: nothing dated after it is published.
DEMO_TODAY = date(2026, 12, 5)

#: The board's rating follows the action's status, so neither the demo nor the synthetic data
#: praise a delayed action.
RATINGS_BY_STATUS = {
    ActionStatus.NOT_STARTED: (BoardRating.INADEQUATE, BoardRating.NEEDS_IMPROVEMENT),
    ActionStatus.IN_PROGRESS: (BoardRating.NEEDS_IMPROVEMENT, BoardRating.ADEQUATE),
    ActionStatus.COMPLETED: (BoardRating.ADEQUATE, BoardRating.GOOD_PRACTICE),
    ActionStatus.DELAYED: (BoardRating.INADEQUATE, BoardRating.NEEDS_IMPROVEMENT),
    ActionStatus.CANCELLED: (BoardRating.INADEQUATE,),
}

#: The years of every sample plan, and its text ({first} and {last} are the years, {municipality}
#: the municipality's Turkish title).
PLAN_YEARS = (2024, 2028)
PLAN_TITLE = Text(
    "Yerel Eşitlik Eylem Planı {first}–{last}", "Local Equality Action Plan {first}–{last}"
)
PLAN_SLUG = Text("yeep-{first}-{last}", "leap-{first}-{last}")
PLAN_INTRO = Text(
    "Örnek veri: {municipality} için tanıtım amaçlı uydurulmuş bir plan.",
    "Sample data: a plan for {municipality} invented for demonstration.",
)
#: The source note of every sample indicator value.
SOURCE_NOTE = Text("Örnek veri", "Sample data")
#: Sample data-quality flags (plans.data_quality codes) of the demo's values, by municipality key,
#: indicator code ("*": every indicator) and monitoring round (1-based; 0: every round):
#: the latest approved round is still provisional in Kadıköy and Nilüfer; Çankaya estimated one
#: attendance figure; İzmir counts senior managers by a new definition from round 2 on (a break);
#: Ankara's course completers include its companies' courses (not comparable with districts').
SAMPLE_FLAGS: dict[tuple[str, str, int], tuple[str, ...]] = {
    ("kadikoy", "*", 3): ("provisional",),
    ("nilufer", "*", 3): ("provisional",),
    ("cankaya", "G02", 2): ("estimate",),
    ("izmir-buyuksehir", "G01", 2): ("series_break",),
    ("ankara-buyuksehir", "G03", 0): ("not_comparable",),
}
PLAN_SUMMARY = Text(
    "Örnek veri: {municipality} için örnek bir YEEP; hedefler ve eylemler gerçek plandan "
    "alınmamıştır.",
    "Sample data: an example LEAP for {municipality}; its objectives and actions are not taken "
    "from the real plan.",
)

#: An assessment's text ({period} is the monitoring period's name); its narrative follows.
ASSESSMENT_TITLE = Text(
    "{period}: İzleme Heyeti değerlendirmesi", "{period}: Monitoring Board assessment"
)
ASSESSMENT_INTRO = Text(
    "Örnek veri: {municipality} için tanıtım amaçlı değerlendirme, {period}.",
    "Sample data: an assessment of {municipality} for demonstration, {period}.",
)
