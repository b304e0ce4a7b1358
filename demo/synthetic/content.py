"""The Turkish wording of synthetic pages and rows (content in the source language, not interface
text). Every title says "Sentetik" so that no synthetic page can pass for a real one."""

from __future__ import annotations

from dataclasses import dataclass

from indicators.models import Direction, Measure, OhchrType
from plans.scales import ActionStatus

SYNTHETIC_INTRO = (
    "Sentetik veri: ölçek ve performans testleri için otomatik üretilmiştir; gerçek bir "
    "belediyeyi, planı ya da İzleme Heyeti değerlendirmesini göstermez."
)
SOURCE_NOTE = "Sentetik veri"


@dataclass(frozen=True)
class IndicatorTheme:
    """What a synthetic indicator measures: a rate (%) or a number of people, split by sex."""

    title: str
    unit: str
    ohchr_type: str
    direction: str
    baseline: tuple[float, float]  # range of a municipality's first-year total
    yearly_change: tuple[float, float]  # range of the yearly change, as a share of the baseline

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"

    @property
    def measure(self) -> Measure:
        """A rate is a percentage; a number of people is a count (compared per capita)."""
        return Measure.PERCENTAGE if self.is_rate else Measure.COUNT


_OUT, _PRO, _STR = OhchrType.OUTCOME, OhchrType.PROCESS, OhchrType.STRUCTURAL
_UP, _FLAT = Direction.HIGHER, Direction.NEUTRAL
INDICATOR_THEMES = tuple(
    IndicatorTheme(*theme)
    for theme in (
        ("Kadın istihdam oranı", "%", _OUT, _UP, (18, 45), (0.0, 0.04)),
        ("Belediye meclisinde kadın üye oranı", "%", _STR, _UP, (5, 30), (0.0, 0.08)),
        ("Kreş ve gündüz bakımındaki çocuk sayısı", "kişi", _OUT, _UP, (40, 900), (0.0, 0.10)),
        ("Kadın danışma merkezine başvuran sayısı", "kişi", _PRO, _FLAT, (30, 600), (-0.02, 0.08)),
        ("Eşitlik eğitimi alan belediye personeli", "kişi", _PRO, _UP, (10, 400), (0.0, 0.15)),
        ("Meslek kurslarını bitiren kişi sayısı", "kişi", _PRO, _UP, (20, 800), (-0.03, 0.10)),
        ("Belediye yöneticileri arasında kadın oranı", "%", _STR, _UP, (8, 35), (0.0, 0.06)),
        ("Geceleri kendini güvende hisseden kişi oranı", "%", _OUT, _UP, (35, 70), (-0.01, 0.03)),
        ("Spor tesislerini kullanan kişi sayısı", "kişi", _OUT, _UP, (100, 5000), (0.0, 0.07)),
        ("Sosyal yardım alan hane reisi sayısı", "kişi", _OUT, _FLAT, (50, 3000), (-0.05, 0.05)),
        ("Kadın kooperatiflerindeki ortak sayısı", "kişi", _OUT, _UP, (5, 250), (0.0, 0.12)),
        ("Katılımcı bütçe toplantılarına katılım oranı", "%", _PRO, _UP, (2, 20), (0.0, 0.10)),
    )
)

OBJECTIVE_TITLES = (
    "Bakım yükünün kadınlar ve erkekler arasında eşit paylaşılması",
    "Kadınların ekonomik hayata katılımının artırılması",
    "Kadına yönelik şiddetin önlenmesi ve destek hizmetleri",
    "Kent mekânının herkes için güvenli ve erişilebilir olması",
    "Yerel karar alma süreçlerinde kadınların temsilinin artırılması",
    "Belediye hizmetlerinde toplumsal cinsiyete duyarlı bütçeleme",
    "Kadınların sağlık hizmetlerine erişiminin güçlendirilmesi",
    "Eğitim ve farkındalık çalışmalarının yaygınlaştırılması",
)

ACTION_TITLES = (
    "Mahalle kreşlerinin kapasitesinin artırılması",
    "Yaşlı ve engelli bakımına evde destek hizmeti",
    "Kadın kooperatiflerine satış noktası sağlanması",
    "Meslek edindirme kurslarının açılması",
    "Kadın danışma merkezinin çalışma saatlerinin uzatılması",
    "Şiddete uğrayan kadınlar için sığınma evi kurulması",
    "Sokak aydınlatmasının güvenlik denetimi",
    "Toplu taşıma duraklarının erişilebilir hâle getirilmesi",
    "Meclis komisyonlarına kadın danışman katılımı",
    "Toplumsal cinsiyete duyarlı bütçe analizi yapılması",
    "Personele toplumsal cinsiyet eşitliği eğitimi",
    "Kadın sağlığı taramalarının mahallelere taşınması",
    "Kız çocuklarına yönelik bilim ve sanat atölyeleri",
    "Cinsiyete göre ayrıştırılmış veri sisteminin kurulması",
    "Parklarda kadınlara yönelik spor alanları",
    "Kırsal mahallelerde kadın girişimciliğinin desteklenmesi",
    "Eşitlik birimi kurulması ve personel atanması",
    "Yerel eşitlik komisyonunun düzenli toplanması",
    "Ev içi bakım emeği üzerine farkındalık kampanyası",
    "Göçmen kadınlara yönelik dil ve uyum kursları",
)

RESPONSIBLE_UNITS = (
    "Kadın ve Aile Hizmetleri Müdürlüğü",
    "Sosyal Destek Hizmetleri Müdürlüğü",
    "Strateji Geliştirme Müdürlüğü",
    "İnsan Kaynakları ve Eğitim Müdürlüğü",
    "Fen İşleri Müdürlüğü",
    "Park ve Bahçeler Müdürlüğü",
    "Kültür ve Sosyal İşler Müdürlüğü",
    "Eşitlik Birimi",
)

EVIDENCE = {
    ActionStatus.NOT_STARTED: "Sentetik kanıt: henüz başlanmadı.",
    ActionStatus.IN_PROGRESS: "Sentetik kanıt: faaliyet raporu ve katılım listeleri.",
    ActionStatus.COMPLETED: "Sentetik kanıt: tamamlanma tutanağı ve fotoğraflar.",
    ActionStatus.DELAYED: "Sentetik kanıt: gecikme gerekçesi yazısı.",
    ActionStatus.CANCELLED: "Sentetik kanıt: iptal kararı.",
}
BOARD_COMMENTS = {
    ActionStatus.NOT_STARTED: "Sentetik yorum: eylem takvimin gerisinde.",
    ActionStatus.IN_PROGRESS: "Sentetik yorum: ilerleme var, hedef gruba erişim izlenmeli.",
    ActionStatus.COMPLETED: "Sentetik yorum: eylem hedefine ulaştı.",
    ActionStatus.DELAYED: "Sentetik yorum: kaynak yetersizliği gecikmeye yol açtı.",
    ActionStatus.CANCELLED: "Sentetik yorum: iptal gerekçesi yeterince açıklanmadı.",
}
RECOMMENDATION = "Sentetik öneri: verileri cinsiyete göre ayrıştırarak raporlayın."


def municipality_title(number: int, province: str) -> str:
    """ "Sentetik Belediye 0001 (Çorum)"."""
    return f"Sentetik Belediye {number:04d} ({province})"


def plan_title(first_year: int, last_year: int) -> str:
    return f"Sentetik Yerel Eşitlik Eylem Planı {first_year}–{last_year}"


def action_title(code: str, theme: str) -> str:
    return f"Sentetik eylem {code}: {theme}"


def assessment_title(period_name: str) -> str:
    return f"{period_name}: İzleme Heyeti değerlendirmesi"


def indicator_title(number: int, theme: IndicatorTheme) -> str:
    return f"Sentetik gösterge {number:02d}: {theme.title}"


def period_name(prefix: str, year: int) -> str:
    """ "Sentetik izleme dönemi 2027"."""
    return f"{prefix}{year}"
