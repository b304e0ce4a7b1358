"""Bilingual text of the demo stories: invented examples, marked as sample data.

The stories are linked to demo municipalities only to show the filters at work. They are generic
on purpose: no real people, no figures and no claims about what the real municipalities did.
The Turkish and English body blocks have the same structure, paragraph by paragraph (see
portal.bilingual).
"""

from __future__ import annotations

from dataclasses import dataclass

from portal.bilingual import PageText, Text, heading, paragraph, quote
from stories.models import AuthorKind


@dataclass(frozen=True)
class StoryText:
    """A demo story: its page text and the story's own fields."""

    page: PageText
    author_organisation: Text
    author_kind: AuthorKind
    municipality_slug: str  # under /belediyeler/; the link is left out when the page is absent
    area_code: str  # a ThematicArea code; the link is left out when the area is absent
    date: str  # ISO date
    lessons: Text


INDEX = PageText(
    key="stories",
    title=Text("Deneyim paylaşımı", "Experience sharing"),
    slug=Text("deneyimler", "experiences"),
    intro=Text(
        tr=(
            "Belediyelerin ve sivil toplum kuruluşlarının eşitlik çalışmalarında neyin işe "
            "yaradığını, neyin yaramadığını anlattıkları deneyimler."
        ),
        en=("Municipalities and NGOs tell what worked in their equality work and what did not."),
    ),
)

_INVENTED_TR = (
    "Örnek veri: Bu deneyim platformu tanıtmak için uydurulmuş bir örnektir; {who} gerçek bir "
    "çalışmasını anlatmaz."
)
_INVENTED_EN = (
    "Sample data: this story is an invented example to demonstrate the platform; it does not "
    "describe real work by {who}."
)


def _intro(who_tr: str, who_en: str) -> Text:
    return Text(_INVENTED_TR.format(who=who_tr), _INVENTED_EN.format(who=who_en))


STORIES: tuple[StoryText, ...] = (
    StoryText(
        page=PageText(
            key="story-womens-council",
            title=Text(
                "Katılımcı bir kadın meclisi kurmak: ilk yılın dersleri",
                "Setting up a participatory women’s council: lessons from the first year",
            ),
            slug=Text("katilimci-kadin-meclisi", "participatory-womens-council"),
            intro=_intro("herhangi bir belediyenin", "any municipality"),
            body=(
                heading("Başlangıç noktası", "Where we started"),
                paragraph(
                    tr=(
                        "<p>Bir ilçe belediyesinin eşitlik birimi, mahallelerdeki kadınların "
                        "belediye kararlarına düzenli olarak katılabileceği bir kadın meclisi "
                        "kurmaya karar verdi. Amaç, danışma toplantılarını tek seferlik "
                        "etkinlikler olmaktan çıkarmaktı.</p>"
                    ),
                    en=(
                        "<p>The equality unit of a district municipality decided to set up a "
                        "women’s council through which women from the neighbourhoods could take "
                        "part in municipal decisions regularly. The aim was to turn one-off "
                        "consultation meetings into a lasting practice.</p>"
                    ),
                ),
                heading("Ne işe yaradı?", "What worked"),
                paragraph(
                    tr=(
                        "<ul>"
                        "<li>Toplantıları akşam saatlerinde ve çocuk bakımı desteğiyle yapmak</li>"
                        "<li>Gündemi meclis üyeleriyle birlikte belirlemek</li>"
                        "<li>Her toplantıdan sonra belediyenin yanıtını yazılı olarak "
                        "paylaşmak</li>"
                        "</ul>"
                    ),
                    en=(
                        "<ul>"
                        "<li>Holding meetings in the evening, with childcare provided</li>"
                        "<li>Setting the agenda together with the council’s members</li>"
                        "<li>Sharing the municipality’s answer in writing after every "
                        "meeting</li>"
                        "</ul>"
                    ),
                ),
                heading("Ne işe yaramadı?", "What did not work"),
                paragraph(
                    tr=(
                        "<p>İlk çağrı yalnızca belediyenin sosyal medya hesaplarından yapıldı ve "
                        "çoğunlukla zaten belediyeyle bağı olan kadınlara ulaştı. Muhtarlıklar ve "
                        "mahalle dernekleri sürece sonradan katıldı.</p>"
                    ),
                    en=(
                        "<p>The first call went out only on the municipality’s social media "
                        "accounts and mostly reached women who already had ties to the "
                        "municipality. Neighbourhood heads and local associations joined the "
                        "process later.</p>"
                    ),
                ),
                quote(
                    "Önerimizin ne olduğunu ilk kez yazılı bir yanıtta gördük.",
                    "For the first time we saw in a written answer what became of our proposal.",
                    source_tr="Bir meclis üyesi (örnek)",
                    source_en="A council member (sample)",
                ),
            ),
        ),
        author_organisation=Text("Eşitlik Birimi (örnek)", "Equality Unit (sample)"),
        author_kind=AuthorKind.MUNICIPALITY,
        municipality_slug="kadikoy",
        area_code="A1",
        date="2025-03-08",
        lessons=Text(
            tr=(
                "Katılımın önündeki engelleri (saat, ulaşım, çocuk bakımı) baştan kaldırın.\n\n"
                "Meclisin önerilerine belediyenin ne yanıt verdiğini her seferinde görünür "
                "kılın.\n\n"
                "Çağrıyı belediyeye uzak kadınlara ulaşan yerel ağlarla birlikte yapın."
            ),
            en=(
                "Remove the barriers to taking part (time, transport, childcare) from the "
                "start.\n\n"
                "Make the municipality’s answer to the council’s proposals visible every time.\n\n"
                "Make the call together with local networks that reach women who are far from "
                "the municipality."
            ),
        ),
    ),
    StoryText(
        page=PageText(
            key="story-safe-city-walk",
            title=Text(
                "Güvenli kent yürüyüşünü belediyeyle birlikte tasarlamak",
                "Co-designing a safe-city walk audit with the municipality",
            ),
            slug=Text("guvenli-kent-yuruyusu", "safe-city-walk-audit"),
            intro=_intro(
                "herhangi bir dernek ya da belediyenin", "any association or municipality"
            ),
            body=(
                heading("Yürüyüş nasıl tasarlandı?", "How the walk was designed"),
                paragraph(
                    tr=(
                        "<p>Bir kadın derneği ile belediyenin fen işleri ve eşitlik birimleri, "
                        "kadınların kendini güvende hissetmediği sokakları birlikte yürüyerek "
                        "belirlemek için ortak bir kontrol listesi hazırladı: aydınlatma, "
                        "görünürlük, durakların konumu ve yardım isteyebilme olanakları.</p>"
                    ),
                    en=(
                        "<p>A women’s association and the municipality’s public works and "
                        "equality units prepared a shared checklist to identify, by walking "
                        "together, the streets where women do not feel safe: lighting, "
                        "visibility, the position of stops and the chance to ask for help.</p>"
                    ),
                ),
                heading("Ne işe yaradı?", "What worked"),
                paragraph(
                    tr=(
                        "<p>Yürüyüşlere teknik personelin de katılması, tespitlerin doğrudan iş "
                        "programına girmesini kolaylaştırdı. Gece ve gündüz yapılan yürüyüşler "
                        "farklı sorunları ortaya çıkardı.</p>"
                    ),
                    en=(
                        "<p>Because technical staff took part in the walks, the findings went "
                        "straight into the work programme. Walks by night and by day revealed "
                        "different problems.</p>"
                    ),
                ),
                heading("Ne işe yaramadı?", "What did not work"),
                paragraph(
                    tr=(
                        "<p>Tespitlerin hangisinin ne zaman giderileceği başta belirlenmediği "
                        "için katılımcılar bir süre sonuç göremedi; izleme toplantıları ancak "
                        "sonradan takvime bağlandı.</p>"
                    ),
                    en=(
                        "<p>As nobody had agreed at first when each finding would be dealt with, "
                        "the participants saw no results for a while; follow-up meetings were "
                        "only scheduled later.</p>"
                    ),
                ),
            ),
        ),
        author_organisation=Text(
            "Örnek Kadın Dayanışma Derneği", "Sample Women’s Solidarity Association"
        ),
        author_kind=AuthorKind.NGO,
        municipality_slug="nilufer",
        area_code="A7",
        date="2025-05-20",
        lessons=Text(
            tr=(
                "Kontrol listesini dernek ve belediye birlikte hazırlamalı.\n\n"
                "Her tespit için sorumlu birimi ve takvimi yürüyüşün hemen ardından "
                "kararlaştırın."
            ),
            en=(
                "The association and the municipality should draw up the checklist together.\n\n"
                "Agree on the responsible unit and the timetable for each finding right after "
                "the walk."
            ),
        ),
    ),
    StoryText(
        page=PageText(
            key="story-gender-budgeting",
            title=Text(
                "Toplumsal cinsiyete duyarlı bütçelemeye ilk adım",
                "First steps in gender-responsive budgeting",
            ),
            slug=Text("cinsiyete-duyarli-butceleme", "gender-responsive-budgeting"),
            intro=_intro("herhangi bir büyükşehir belediyesinin", "any metropolitan municipality"),
            body=(
                heading("Neden başladık?", "Why we started"),
                paragraph(
                    tr=(
                        "<p>Bir büyükşehir belediyesi, eylem planındaki eşitlik hedeflerinin "
                        "bütçede nerede karşılık bulduğunu göremediğini fark etti. İlk yıl bütün "
                        "bütçe yerine birkaç hizmet alanında pilot bir çalışma yapıldı.</p>"
                    ),
                    en=(
                        "<p>A metropolitan municipality realised that it could not see where "
                        "the equality objectives of its action plan appeared in the budget. In "
                        "the first year it ran a pilot in a few service areas instead of the "
                        "whole budget.</p>"
                    ),
                ),
                heading("Ne işe yaradı?", "What worked"),
                paragraph(
                    tr=(
                        "<p>Strateji ve mali hizmetler birimlerinin eşitlik birimiyle ortak bir "
                        "çalışma grubu kurması ve hizmet verilerini cinsiyete göre ayrıştırmaya "
                        "başlaması, konuşmayı soyut ilkelerden somut kalemlere taşıdı.</p>"
                    ),
                    en=(
                        "<p>A joint working group of the strategy, finance and equality units, "
                        "and starting to break service data down by sex, moved the discussion "
                        "from abstract principles to concrete budget lines.</p>"
                    ),
                ),
                heading("Ne işe yaramadı?", "What did not work"),
                paragraph(
                    tr=(
                        "<p>Bütçe takviminin sıkışık döneminde yapılan eğitimlere katılım düşük "
                        "kaldı; eğitimler bütçe hazırlığından önceki aylara alındı.</p>"
                    ),
                    en=(
                        "<p>Training held in the busiest weeks of the budget calendar was poorly "
                        "attended; it was moved to the months before budget preparation.</p>"
                    ),
                ),
            ),
        ),
        author_organisation=Text(
            "Strateji Geliştirme Dairesi (örnek)", "Strategy Development Department (sample)"
        ),
        author_kind=AuthorKind.MUNICIPALITY,
        municipality_slug="izmir-buyuksehir",
        area_code="A8",
        date="2024-11-25",
        lessons=Text(
            tr=(
                "Bütün bütçe yerine birkaç hizmet alanıyla başlamak işi yönetilebilir kıldı.\n\n"
                "Cinsiyete göre ayrıştırılmış veri olmadan bütçe analizi yapılamıyor; veri "
                "toplamayı ilk adım sayın."
            ),
            en=(
                "Starting with a few service areas instead of the whole budget kept the work "
                "manageable.\n\n"
                "Budget analysis is impossible without sex-disaggregated data; treat collecting "
                "it as the first step."
            ),
        ),
    ),
    StoryText(
        page=PageText(
            key="story-childcare-cooperation",
            title=Text(
                "Küçük bir belediyede çocuk bakımı için iş birliği",
                "A small municipality’s childcare cooperation",
            ),
            slug=Text("cocuk-bakimi-is-birligi", "childcare-cooperation"),
            intro=_intro("herhangi bir belediyenin", "any municipality"),
            body=(
                heading("Sorun", "The problem"),
                paragraph(
                    tr=(
                        "<p>Kendi kreşini açacak kaynağı olmayan küçük bir belediye, çalışan ya da "
                        "iş arayan kadınların çocuk bakımı ihtiyacını bir kadın kooperatifi ve "
                        "bölgedeki okullarla iş birliği yaparak karşılamaya çalıştı.</p>"
                    ),
                    en=(
                        "<p>A small municipality without the means to open its own nursery tried "
                        "to meet the childcare needs of women in work or looking for work by "
                        "cooperating with a women’s cooperative and local schools.</p>"
                    ),
                ),
                heading("Ne işe yaradı?", "What worked"),
                paragraph(
                    tr=(
                        "<p>Belediyenin mekân ve ulaşım desteği, kooperatifin deneyimi ve "
                        "okulların boş sınıfları bir araya gelince, yaz aylarında bir gündüz "
                        "bakım programı başlatılabildi.</p>"
                    ),
                    en=(
                        "<p>With the municipality providing premises and transport, the "
                        "cooperative its experience and the schools their empty classrooms, a "
                        "summer day-care programme could be started.</p>"
                    ),
                ),
                heading("Ne işe yaramadı?", "What did not work"),
                paragraph(
                    tr=(
                        "<p>İş birliği yazılı bir protokole bağlanmadığı için sorumluluklar "
                        "belirsiz kaldı ve program ilk yıl okul döneminde sürdürülemedi.</p>"
                    ),
                    en=(
                        "<p>As the cooperation was not set down in a written protocol, "
                        "responsibilities stayed unclear and the programme could not continue "
                        "into the school year at first.</p>"
                    ),
                ),
            ),
        ),
        author_organisation=Text("Örnek Kadın Kooperatifi", "Sample Women’s Cooperative"),
        author_kind=AuthorKind.OTHER,
        municipality_slug="tunceli",
        area_code="A3",
        date="2025-09-15",
        lessons=Text(
            tr=(
                "Küçük belediyeler bakım hizmetini tek başına değil, yerel ortaklarla birlikte "
                "kurabilir.\n\n"
                "Ortakların sorumluluklarını baştan yazılı bir protokolle belirleyin."
            ),
            en=(
                "Small municipalities can build care services with local partners rather than "
                "alone.\n\n"
                "Set down the partners’ responsibilities in a written protocol from the start."
            ),
        ),
    ),
)
