"""The accessibility statement (issue 19 §6): target, how the site is tested, known gaps, whom to
write to about a barrier, and the statement's date. Linked from the footer (a home page child
kept out of the main menu, portal.navigation.footer_pages)."""

from __future__ import annotations

from portal.bilingual import PageText, Text, heading, paragraph

from .site_pages import SAMPLE_EMAIL

#: The day the statement was written; a real installation restates it after each review.
STATEMENT_DATE = Text("6 Aralık 2026", "6 December 2026")

ACCESSIBILITY = PageText(
    key="accessibility",
    title=Text("Erişilebilirlik bildirimi", "Accessibility statement"),
    slug=Text("erisilebilirlik", "accessibility"),
    intro=Text(
        tr=(
            "YEEP İzleme Platformu'nu engelli ya da engelsiz herkesin kullanabilmesini "
            "istiyoruz. Bu bildirim hedefimizi, sitenin nasıl denetlendiğini, bildiğimiz "
            "eksikleri ve bir engelle karşılaşırsanız bize nasıl ulaşacağınızı anlatır."
        ),
        en=(
            "We want everyone, with or without a disability, to be able to use the YEEP "
            "Monitoring Platform. This statement sets out our target, how the site is checked, "
            "the gaps we know of and how to reach us if you meet a barrier."
        ),
    ),
    body=(
        heading("Hedefimiz", "Our target"),
        paragraph(
            tr=(
                "<p>Portalın herkese açık sayfaları, Web İçeriği Erişilebilirlik Yönergeleri "
                "<b>WCAG 2.1 AA</b> düzeyini hedefler. Yönetim paneli (editörlerin ve belediye "
                "kullanıcılarının arayüzü) Wagtail'in kendi erişilebilirlik çalışmasına dayanır; "
                "onu da aynı araçlarla denetliyoruz.</p>"
            ),
            en=(
                "<p>The portal's public pages aim at level <b>WCAG 2.1 AA</b> of the Web Content "
                "Accessibility Guidelines. The admin interface (used by editors and municipal "
                "users) relies on Wagtail's own accessibility work; we check it with the same "
                "tools.</p>"
            ),
        ),
        heading("Nasıl denetliyoruz?", "How we check it"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Otomatik tarayıcı testleri, her sayfa türünü iki dilde axe-core ile hem "
                "1280 piksel genişlikte hem 360 piksellik bir telefon ekranında tarar; ciddi bir "
                "ihlal testi durdurur. Hiçbir sayfa yana kaydırma gerektirmemelidir.</li>"
                "<li>Klavye denetimi: menü, arama, filtreler ve formlar yalnızca klavyeyle "
                "kullanılabilmeli, odak her zaman görünür olmalıdır.</li>"
                "<li>Portalın ürettiği PDF'ler (raporlar, rehber, sertifikalar) dili, başlığı ve "
                "yapısı işaretlenmiş PDF/UA-1 belgeleridir.</li>"
                "<li>Her grafiğin bir metin açıklaması ve yanında aynı sayıları veren bir tablosu "
                "vardır; anlam yalnızca renkle verilmez (desenler, işaret biçimleri, "
                "etiketler).</li>"
                "<li>Çevrilmemiş bir metin İngilizce sayfada Türkçe gösterildiğinde dili "
                "işaretlenir, böylece ekran okuyucular doğru okur.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Automated browser tests check every kind of page in both languages with "
                "axe-core, at a width of 1280 pixels and on a 360-pixel phone screen; a serious "
                "violation stops the tests. No page should need scrolling sideways.</li>"
                "<li>Keyboard checks: the menu, search, filters and forms must work with the "
                "keyboard alone, and the focus must always be visible.</li>"
                "<li>The PDFs the portal generates (reports, the guide, certificates) are tagged "
                "PDF/UA-1 documents with their language, title and structure marked.</li>"
                "<li>Every chart has a text description and, beside it, a table with the same "
                "numbers; meaning is never carried by colour alone (patterns, marker shapes, "
                "labels).</li>"
                "<li>When an untranslated text is shown in Turkish on an English page, its "
                "language is marked so that screen readers read it correctly.</li>"
                "</ul>"
            ),
        ),
        heading("Bildiğimiz eksikler", "Known gaps"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Belediyelerin ve editörlerin yüklediği PDF'ler (örneğin belediyelerin kendi "
                "eylem planları) tarafımızdan denetlenmez ve etiketli olmayabilir; erişilebilir "
                "bir sürüme ihtiyacınız olursa bize yazın.</li>"
                "<li>Haritada üçüncü taraf harita döşemeleri açılırsa döşemelerdeki yer adları "
                "ve görseller bizim denetimimizde değildir. Haritadaki her belediye yanındaki "
                "listede de yer alır.</li>"
                "<li>Sayfalara gömülen videolar ve başka sitelerden gelen içerikler (örneğin "
                "altyazılar) her zaman denetimimizde değildir.</li>"
                "<li>Otomatik testler bütün sorunları bulamaz; ekran okuyucularla ve engelli "
                "kullanıcılarla yapılan düzenli denetimler henüz tamamlanmadı.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>PDFs uploaded by municipalities and editors (for example municipalities' "
                "own action plans) are not checked by us and may not be tagged; write to us if "
                "you need an accessible version.</li>"
                "<li>If third-party map tiles are switched on for the map, the place names and "
                "imagery in the tiles are outside our control. Every municipality on the map is "
                "also in the list beside it.</li>"
                "<li>Videos embedded in pages and content from other sites (captions, for "
                "example) are not always under our control.</li>"
                "<li>Automated tests cannot find every problem; regular reviews with screen "
                "readers and with disabled users have not been completed yet.</li>"
                "</ul>"
            ),
        ),
        heading("Bir engelle karşılaşırsanız", "If you meet a barrier"),
        paragraph(
            tr=(
                f"<p>Bir sayfayı ya da belgeyi kullanamadıysanız lütfen {SAMPLE_EMAIL} adresine "
                "yazın (örnek adres); sayfanın adresini ve karşılaştığınız sorunu belirtin. İki "
                "hafta içinde yanıt vermeyi ve gerekirse içeriği başka bir biçimde sunmayı "
                "hedefliyoruz.</p>"
            ),
            en=(
                f"<p>If you could not use a page or a document, please write to {SAMPLE_EMAIL} "
                "(sample address) with the page's address and the problem you met. We aim to "
                "answer within two weeks and, where needed, to provide the content in another "
                "format.</p>"
            ),
        ),
        heading("Bildirimin tarihi", "Date of this statement"),
        paragraph(
            tr=(
                f"<p>Bu bildirim {STATEMENT_DATE.tr} tarihinde hazırlanmıştır ve her büyük "
                "güncellemeden sonra gözden geçirilir.</p>"
            ),
            en=(
                f"<p>This statement was prepared on {STATEMENT_DATE.en} and is reviewed after "
                "every major update.</p>"
            ),
        ),
    ),
)
