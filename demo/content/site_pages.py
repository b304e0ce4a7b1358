"""Demo pages about the site: contact (sample address) and the privacy notice."""

from __future__ import annotations

from portal.bilingual import PageText, Text, heading, paragraph

#: The only contact address in the demo: example.org, never a real mailbox.
SAMPLE_EMAIL = "iletisim@example.org"

CONTACT = PageText(
    key="contact",
    title=Text("İletişim", "Contact"),
    slug=Text("iletisim", "contact"),
    intro=Text(
        tr="Proje ve platformla ilgili sorularınız için bize e-postayla ulaşabilirsiniz.",
        en="You can reach us by e-mail with questions about the project and the platform.",
    ),
    body=(
        paragraph(
            tr=(
                "<p><b>Örnek iletişim bilgisi:</b> Bu demo sitedeki iletişim bilgileri örnektir; "
                "gerçek kurulumda proje ekibinin bilgileriyle değiştirilmelidir.</p>"
            ),
            en=(
                "<p><b>Sample contact details:</b> the contact details on this demo site are "
                "samples and must be replaced with the project team’s own in a real "
                "installation.</p>"
            ),
        ),
        heading("E-posta", "E-mail"),
        paragraph(
            tr=f"<p>Proje ekibine {SAMPLE_EMAIL} adresinden yazabilirsiniz (örnek adres).</p>",
            en=f"<p>You can write to the project team at {SAMPLE_EMAIL} (sample address).</p>",
        ),
        heading("Hangi konularda yazabilirsiniz?", "What you can write to us about"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Proje, İzleme Heyeti ve izleme yöntemi hakkındaki sorular</li>"
                "<li>Platformu kullanmak ya da eğitimlere katılmak isteyen belediyelerin "
                "başvuruları</li>"
                "<li>Yayımlanmış verilerde fark ettiğiniz hatalar: lütfen sayfayı ve ilgili veriyi "
                "belirtin</li>"
                "<li>Açık verilerin yeniden kullanımı ve basın soruları</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>Questions about the project, the Monitoring Board and the monitoring "
                "methodology</li>"
                "<li>Requests from municipalities that would like to use the platform or take part "
                "in the training</li>"
                "<li>Errors you notice in published data: please tell us the page and the data "
                "concerned</li>"
                "<li>Reuse of the open data, and press enquiries</li>"
                "</ul>"
            ),
        ),
        heading("Belediye kullanıcıları için", "For municipal users"),
        paragraph(
            tr=(
                "<p>Hesap ve erişim sorunları için lütfen kurumsal e-posta adresinizden yazın ve "
                "belediyenizin adını belirtin. Yayımlanmış bir değerlendirmeye ilişkin düzeltme "
                "talepleri İzleme Heyetine iletilir; değerlendirmeyi yalnızca heyet "
                "değiştirebilir.</p>"
            ),
            en=(
                "<p>For account and access problems, please write from your institutional e-mail "
                "address and give the name of your municipality. Requests to correct a published "
                "assessment are passed on to the Monitoring Board; only the Board can change an "
                "assessment.</p>"
            ),
        ),
        paragraph(
            tr=(
                "<p>Bize yazarken paylaştığınız kişisel veriler yalnızca talebinizi yanıtlamak "
                "için kullanılır; ayrıntılar gizlilik bildirimimizde yer alır.</p>"
            ),
            en=(
                "<p>Any personal data you share when writing to us is used only to answer your "
                "request; details are in our privacy notice.</p>"
            ),
        ),
    ),
)

PRIVACY = PageText(
    key="privacy",
    title=Text("Gizlilik bildirimi", "Privacy notice"),
    slug=Text("gizlilik", "privacy"),
    intro=Text(
        tr=(
            "Bu portal olabildiğince az kişisel veri tutar. Aşağıda hangi verileri neden "
            "tuttuğumuzu sade bir dille açıklıyoruz."
        ),
        en=(
            "This portal keeps as little personal data as possible. Below we explain in plain "
            "language which data we keep and why."
        ),
    ),
    body=(
        paragraph(
            tr=(
                "<p><b>Örnek metin:</b> Bu bildirim demo amaçlıdır; portalı işleten kuruluş, veri "
                "sorumlusu olarak kendi bilgileriyle güncellemelidir.</p>"
            ),
            en=(
                "<p><b>Sample text:</b> this notice is for demonstration; the organisation running "
                "the portal should update it with its own details as data controller.</p>"
            ),
        ),
        heading("Hangi verileri tutuyoruz?", "What data we keep"),
        paragraph(
            tr=(
                "<ul>"
                "<li><b>Kullanıcı hesapları:</b> Editörler, İzleme Heyeti üyeleri, belediye "
                "kullanıcıları ve eğitim katılımcıları için ad, e-posta adresi, rol ve geri "
                "döndürülemez biçimde saklanan parola özeti. Sayfalardaki değişikliklerin kim "
                "tarafından ve ne zaman yapıldığı sürüm geçmişinde kayıtlıdır.</li>"
                "<li><b>İndirme sayıları:</b> Raporların ve veri dosyalarının kaç kez indirildiği "
                "anonim olarak sayılır; bu sayıyla birlikte IP adresi, tarayıcı bilgisi ya da "
                "başka bir kişisel veri saklanmaz.</li>"
                "<li><b>Sunucu kayıtları:</b> Barındırma sunucusu, güvenlik amacıyla IP adresi "
                "içeren teknik erişim kayıtlarını sınırlı bir süre tutabilir; bu süreyi portalı "
                "işleten kuruluş belirler.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li><b>User accounts:</b> name, e-mail address, role and an irreversibly stored "
                "password hash for editors, Monitoring Board members, municipal users and "
                "training participants. The revision history records who changed a page and "
                "when.</li>"
                "<li><b>Download counts:</b> the number of times reports and data files are "
                "downloaded is counted anonymously; no IP address, browser information or other "
                "personal data is stored with this count.</li>"
                "<li><b>Server logs:</b> the hosting server may keep technical access logs, "
                "including IP addresses, for a limited time for security purposes; the "
                "organisation running the portal sets this period.</li>"
                "</ul>"
            ),
        ),
        paragraph(
            tr=(
                "<p>İzleme verileri kişisel veri içermez: göstergeler toplu verilerdir ve kişi "
                "düzeyinde bilgi yayımlanmaz.</p>"
            ),
            en=(
                "<p>Monitoring data contain no personal data: indicators are aggregate figures, "
                "and no information about individuals is published.</p>"
            ),
        ),
        heading("E-posta abonelikleri", "E-mail subscriptions"),
        paragraph(
            tr=(
                "<p>Bir belediyeyi, bir göstergeyi ya da haberleri e-postayla takip ederseniz "
                "yalnızca şunları saklarız: e-posta adresiniz, neyi takip ettiğiniz, e-postaların "
                "dili (Türkçe ya da İngilizce) ve tarihler (abonelik, onay ve abonelikten çıkma "
                "tarihleri). Bunları yalnızca size onay e-postasını ve takip ettiğiniz konudaki "
                "yeni yayınların bildirimlerini göndermek için kullanırız (dayanak: açık "
                "rızanız; KVKK md. 5/1, GDPR md. 6/1-a); kimseyle paylaşmayız. Onay bağlantısına "
                "7 gün içinde tıklamazsanız adresiniz silinir ve size başka e-posta gönderilmez. "
                "Her e-postadaki bağlantıyla tek tıkla abonelikten çıkabilirsiniz; çıktığınız "
                "abonelik 7 gün sonra tümüyle silinir. Adresinizin hemen silinmesini "
                f"{SAMPLE_EMAIL} adresine yazarak isteyebilirsiniz (KVKK md. 11, GDPR md. "
                "17).</p>"
            ),
            en=(
                "<p>If you follow a municipality, an indicator or the news by e-mail, we keep "
                "only: your e-mail address, what you follow, the language of the e-mails "
                "(Turkish or English) and the dates (of subscribing, confirming and "
                "unsubscribing). We use them only to send you the confirmation e-mail and "
                "notices of new publications about what you follow (legal basis: your explicit "
                "consent; KVKK Art. 5(1), GDPR Art. 6(1)(a)); we share them with no one. If you "
                "do not click the confirmation link within 7 days, your address is erased and "
                "no other e-mail is sent to you. Every e-mail has a link to unsubscribe with one "
                "click; a subscription you left is erased completely after 7 days. You can ask "
                f"for your address to be erased at once by writing to {SAMPLE_EMAIL} (KVKK Art. "
                "11, GDPR Art. 17).</p>"
            ),
        ),
        heading("Çerezler ve üçüncü taraflar", "Cookies and third parties"),
        paragraph(
            tr=(
                "<ul>"
                "<li>Ziyaretçileri izleyen ya da reklam amaçlı çerezler kullanılmaz.</li>"
                "<li>Yalnızca oturum ve form güvenliği gibi teknik olarak zorunlu çerezler "
                "kullanılır.</li>"
                "<li>Haritalar varsayılan olarak üçüncü taraf harita döşemelerini yüklemez; "
                "böylece IP adresiniz bir harita sağlayıcısıyla paylaşılmaz.</li>"
                "<li>Yazı tipleri, stil dosyaları ve betikler portalın kendi sunucusundan "
                "yüklenir.</li>"
                "</ul>"
            ),
            en=(
                "<ul>"
                "<li>No tracking or advertising cookies are used.</li>"
                "<li>Only technically necessary cookies are used, such as those for signing in "
                "and form security.</li>"
                "<li>By default, maps do not load third-party map tiles, so your IP address is not "
                "shared with a map provider.</li>"
                "<li>Fonts, style sheets and scripts are served from the portal’s own "
                "server.</li>"
                "</ul>"
            ),
        ),
        heading("Haklarınız", "Your rights"),
        paragraph(
            tr=(
                "<p>Kişisel veriler, 6698 sayılı Kişisel Verilerin Korunması Kanunu (KVKK) "
                "kapsamında işlenir. Kanunun 11. maddesi uyarınca kişisel verilerinizin işlenip "
                "işlenmediğini öğrenme, bunlar hakkında bilgi isteme ve eksik ya da yanlış "
                "işlenmiş verilerin düzeltilmesini ya da silinmesini talep etme gibi haklara "
                "sahipsiniz.</p>"
            ),
            en=(
                "<p>Personal data are processed under the Turkish Personal Data Protection Law No. "
                "6698 (KVKK). Under Article 11 of the Law, you have rights such as learning "
                "whether your personal data are processed, requesting information about them, and "
                "asking for incomplete or inaccurate data to be corrected or deleted.</p>"
            ),
        ),
        paragraph(
            tr=(
                f"<p>Haklarınızı kullanmak ya da sorularınız için {SAMPLE_EMAIL} adresine "
                "yazabilirsiniz (örnek adres).</p>"
            ),
            en=(
                f"<p>To exercise your rights or ask a question, write to {SAMPLE_EMAIL} "
                "(sample address).</p>"
            ),
        ),
    ),
)


PRESS_KIT = PageText(
    key="press",
    title=Text("Basın kiti", "Press kit"),
    slug=Text("basin-kiti", "press-kit"),
    intro=Text(
        tr="Gazeteciler için platform hakkında kısa bilgi, kaynak gösterme ve iletişim.",
        en="For journalists: the platform in brief, how to cite it and whom to contact.",
    ),
    body=(
        heading("Kısaca platform", "The platform in brief"),
        paragraph(
            tr=(
                "<p>YEEP İzleme Platformu, belediyelerin Yerel Eşitlik Eylem Planlarını bağımsız "
                "sivil toplum kuruluşlarından oluşan <b>İzleme Heyeti</b>nin hak temelli "
                "göstergelerle izlediği açık kaynaklı bir portaldır. Yayımlanan her değerlendirme "
                "Heyetin onayından geçer.</p>"
            ),
            en=(
                "<p>The YEEP Monitoring Platform is an open-source portal where the "
                "<b>Monitoring Board</b>, made up of independent civil-society organisations, "
                "monitors municipalities' Local Equality Action Plans with rights-based "
                "indicators. Every published assessment is approved by the Board.</p>"
            ),
        ),
        heading("Veriyi kullanmak ve kaynak göstermek", "Using the data and citing it"),
        paragraph(
            tr=(
                "<p>İçerik ve veriler aksi belirtilmedikçe CC BY 4.0 lisanslıdır. Lütfen "
                "“YEEP İzleme Platformu, İzleme Heyeti” olarak kaynak gösterin ve ilgili sayfaya "
                "bağlantı verin. Göstergelerin CSV dosyaları her gösterge sayfasındadır.</p>"
            ),
            en=(
                "<p>Content and data are licensed CC BY 4.0 unless stated otherwise. Please "
                "credit “YEEP Monitoring Platform, Monitoring Board” and link to the page you "
                "used. Each indicator page offers its values as a CSV file.</p>"
            ),
        ),
        heading("Logolar ve basın iletişimi", "Logos and press contact"),
        paragraph(
            tr=(
                f"<p><b>Örnek veri:</b> logolar gerçek kurulumda bu sayfaya belge olarak "
                f"eklenir. Basın soruları için: {SAMPLE_EMAIL} (örnek adres).</p>"
            ),
            en=(
                f"<p><b>Sample data:</b> in a real installation the logos are attached to this "
                f"page as documents. Press enquiries: {SAMPLE_EMAIL} (sample address).</p>"
            ),
        ),
    ),
)

OPEN_DATA = PageText(
    key="open-data",
    title=Text("Açık veri", "Open data"),
    slug=Text("acik-veri", "open-data"),
    intro=Text(
        tr=(
            "İzleme Heyeti'nin onayladığı gösterge değerleri ve eylem durumları, tüm belediyeler "
            "ya da tek bir belediye için CSV, XLSX ve JSON olarak; CC BY 4.0 lisansıyla."
        ),
        en=(
            "Indicator values and action statuses approved by the Monitoring Board, for all "
            "municipalities or one, as CSV, XLSX and JSON; licensed CC BY 4.0."
        ),
    ),
    body=(
        paragraph(
            tr=(
                "<p>Dosyalar her istekte onaylı değerlendirmelerden yeniden üretilir; taslaklar "
                "ve onay bekleyen değerlendirmeler hiçbir dosyada yer almaz. Sütun adları her "
                "dilde aynıdır, böylece betikleriniz iki dilde de çalışır; anlamları veri "
                "sözlüğündedir. Aynı veriler API üzerinden de okunabilir.</p>"
            ),
            en=(
                "<p>The files are produced afresh from approved assessments on every request; "
                "drafts and assessments awaiting approval never appear in a file. Column names "
                "are the same in every language, so your scripts work in both; their meaning is "
                "in the data dictionary. The same data can also be read through the API.</p>"
            ),
        ),
    ),
)
