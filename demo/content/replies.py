"""The demo's sample reply of a municipality to the board's assessment (sample data)."""

from __future__ import annotations

from portal.bilingual import Text

#: The municipality that replies, by slug: the demo's one reporter account is Kadıköy's.
REPLY_MUNICIPALITY = "kadikoy"

TITLE = Text(
    "Kadıköy Belediyesinin yanıtı (örnek veri)", "Kadıköy Municipality's reply (sample data)"
)
SLUG = Text("yanit", "reply")
BODY = Text(
    "<p>Örnek veri: Bu yanıt tanıtım amaçlıdır. Belediyemiz, İzleme Heyetinin değerlendirmesi "
    "için teşekkür eder. Geciken eylemlerdeki kreş binasının ruhsat süreci dönem sonundan sonra "
    "tamamlanmıştır; ilerleme bir sonraki dönemin verisinde görülecektir.</p>"
    "<p>Heyetin önerisi doğrultusunda kadın danışma merkezinin çalışma saatleri "
    "uzatılmıştır.</p>",
    "<p>Sample data: this reply is for demonstration only. The municipality thanks the "
    "Monitoring Board for its assessment. The licence for the nursery building in the delayed "
    "actions was granted after the period ended; the progress will show in the next period's "
    "data.</p>"
    "<p>Following the board's recommendation, the women's counselling centre's opening hours "
    "have been extended.</p>",
)
