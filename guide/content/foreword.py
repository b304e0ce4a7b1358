"""The guide's front page: title, introduction and foreword."""

from __future__ import annotations

from .types import PageText, Text, heading, paragraph

FOREWORD = PageText(
    key="guide",
    title=Text(
        "İlk YEEP'ini hazırlayan belediyeler için kılavuz",
        "Guide to preparing a first YEEP",
    ),
    slug=Text("kilavuz", "guide"),
    intro=Text(
        tr=(
            "Yerel Eşitlik Eylem Planını ilk kez hazırlayacak belediyeler için adım adım bir yol "
            "haritası: hukuki çerçeveden ihtiyaç analizine, katılımdan hak temelli göstergelere, "
            "bütçeden izlemeye."
        ),
        en=(
            "A step-by-step roadmap for municipalities preparing their first Local Equality "
            "Action Plan: from the legal frame to needs analysis, from participation to "
            "rights-based indicators, from budgeting to monitoring."
        ),
    ),
    body=(
        heading("Bu kılavuz kimin için?", "Who this guide is for"),
        paragraph(
            tr=(
                "<p>Bu kılavuz, ilk <b>Yerel Eşitlik Eylem Planını (YEEP)</b> hazırlamaya karar "
                "veren ya da bu kararı almayı düşünen belediyelerin yöneticileri, meclis üyeleri, "
                "eşitlik birimlerinin çalışanları ve sürece katılacak müdürlüklerin temsilcileri "
                "için yazıldı. Planı belediyeyle birlikte hazırlayacak kadın örgütleri, kent "
                "konseyleri ve diğer sivil toplum kuruluşları da kılavuzu aynı amaçla "
                "kullanabilir.</p>"
            ),
            en=(
                "<p>This guide is written for the managers, council members, equality unit staff "
                "and departmental representatives of municipalities that have decided, or are "
                "considering, to prepare their first <b>Local Equality Action Plan (YEEP)</b>. "
                "Women's organisations, city councils and other civil-society organisations that "
                "will prepare the plan together with the municipality can use it for the same "
                "purpose.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Kılavuz, on belediyenin planlarını hak temelli göstergelerle izleyen sivil "
                "toplum kuruluşlarının bu platformda biriktirdiği yaklaşıma dayanır. Amacı hazır "
                "bir şablon dayatmak değil; her belediyenin kendi ölçeğine, nüfusuna ve "
                "kaynaklarına uygun bir planı adım adım kurmasına yardım etmektir.</p>"
            ),
            en=(
                "<p>The guide builds on the approach that the civil-society organisations "
                "monitoring the plans of ten municipalities with rights-based indicators have "
                "developed on this platform. It does not impose a ready-made template; it helps "
                "each municipality build, step by step, a plan that fits its own scale, "
                "population and resources.</p>"
            ),
        ),
        heading("Kılavuz nasıl kullanılır?", "How to use the guide"),
        paragraph(
            tr=(
                "<p>Bölümler, bir planın hazırlanma sırasını izler. Her bölüm, o bölümün ana "
                "noktalarını özetleyen bir kutuyla başlar; bölümleri sırayla okuyabilir ya da "
                "ihtiyaç duyduğunuz aşamaya doğrudan geçebilirsiniz:</p>"
            ),
            en=(
                "<p>The chapters follow the order in which a plan is prepared. Each chapter "
                "opens with a box summarising its key points; read them in order or go straight "
                "to the stage you need:</p>"
            ),
        ),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Neden ve nasıl bir plan</b>: planın ne olduğu ve dayandığı hukuki ve "
                "politik çerçeve</li>"
                "<li><b>Hazırlık, ihtiyaç analizi ve katılım</b>: sahiplenme, ekip, veri ve "
                "kadınların sesi</li>"
                "<li><b>Planı yazmak ve bütçelemek</b>: hedefler, eylemler, göstergeler ve "
                "bütçeyle bağlantı</li>"
                "<li><b>İzleme ve son kontrol</b>: sivil toplumla izleme ve meclise sunmadan "
                "önce kontrol listesi</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>Why and what kind of plan</b>: what the plan is and the legal and policy "
                "frame it rests on</li>"
                "<li><b>Preparation, needs analysis and participation</b>: ownership, the team, "
                "data and women's voices</li>"
                "<li><b>Writing and budgeting the plan</b>: objectives, actions, indicators and "
                "the link to the budget</li>"
                "<li><b>Monitoring and a final check</b>: monitoring with civil society and a "
                "checklist before the plan goes to the council</li>"
                "</ul>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Kılavuzun tamamını tek sayfada açıp yazdırabilir ya da PDF olarak "
                "kaydedebilirsiniz. Kılavuzdaki örnekler geneldir; hiçbir belediyenin gerçek "
                "verisini ya da planını göstermez. Yasal düzenlemeler ve ulusal politika "
                "belgeleri zaman içinde değişebileceğinden, planınızı yazarken güncel metinleri "
                "mutlaka kontrol edin.</p>"
            ),
            en=(
                "<p>You can open the whole guide on one page to print it or save it as a PDF. "
                "The examples in the guide are generic; they show no municipality's real data or "
                "plan. Laws and national policy documents change over time, so always check the "
                "current texts while writing your plan.</p>"
            ),
        ),
    ),
)
