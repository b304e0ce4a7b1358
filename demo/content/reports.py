"""Bilingual text of the demo reports: three progress reports and a final report, all clearly
sample data (demo.builders.reports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portal.bilingual import PageText, Text, paragraph
from reports.models import ReportKind

INDEX = PageText(
    key="reports",
    title=Text("Raporlar", "Reports"),
    slug=Text("raporlar", "reports"),
    intro=Text(
        "İzleme Heyetinin ilerleme raporları ve final raporu.",
        "The Monitoring Board's progress reports and final report.",
    ),
)


@dataclass(frozen=True)
class DemoReport:
    """One sample report: kind (also its slug), publication date and title."""

    kind: ReportKind
    published: date
    title: Text


REPORTS = (
    DemoReport(
        ReportKind.PROGRESS_1, date(2025, 8, 15), Text("1. İlerleme Raporu", "Progress Report 1")
    ),
    DemoReport(
        ReportKind.PROGRESS_2, date(2026, 2, 16), Text("2. İlerleme Raporu", "Progress Report 2")
    ),
    DemoReport(
        ReportKind.PROGRESS_3, date(2026, 8, 14), Text("3. İlerleme Raporu", "Progress Report 3")
    ),
    DemoReport(ReportKind.FINAL, date(2027, 2, 15), Text("Final Raporu", "Final Report")),
)
#: Every report's summary; its intro is the summary's first 120 characters or so.
SUMMARY = Text(
    "Örnek veri: bu rapor tanıtım amaçlı uydurulmuştur. İzleme Heyetinin on belediyenin YEEP "
    "uygulamasına ilişkin dönem bulgularını, eylemlerin durumunu ve önerilerini özetler.",
    "Sample data: this report is invented for demonstration. It summarises the Monitoring Board's "
    "findings on the ten municipalities' YEEP implementation for the period, the status of the "
    "actions and its recommendations.",
)
BODY = (
    paragraph(
        "<p>Rapor, belediyelerin raporladığı ve İzleme Heyetinin onayladığı verilere dayanır; "
        "ayrıntılı tablolar belediye sayfalarında ve açık veri dosyalarında yer alır.</p>",
        "<p>The report rests on the data the municipalities reported and the Monitoring Board "
        "approved; detailed tables are on the municipality pages and in the open-data files.</p>",
    ),
    paragraph(
        "<p>Heyet, kadınların karar alma süreçlerine katılımı, bakım hizmetleri ve şiddetle "
        "mücadele alanlarında kaynak ayrılmasını ve cinsiyete göre ayrıştırılmış veri "
        "toplanmasını önerir.</p>",
        "<p>The Board recommends allocating resources to women's participation in "
        "decision-making, care services and combating violence, and collecting "
        "sex-disaggregated data.</p>",
    ),
)

#: The report PDF's notice under its title (demo/report_pdf.html).
PDF_NOTICE = Text(
    "bu rapor tanıtım amaçlıdır; belediyelerin gerçek planlarını ya da İzleme Heyetinin gerçek "
    "değerlendirmesini göstermez.",
    "this report is for demonstration; it does not show the municipalities' real plans or the "
    "Monitoring Board's real assessment.",
)
#: How the report PDF was made, before the licence's name.
PDF_SOURCE = Text(
    "Bu rapor, platformun her belediye için yalnızca İzleme Heyetinin onayladığı verilerden "
    "ürettiği izleme raporlarının bir araya getirilmesiyle oluşturulmuştur.",
    "This report brings together the monitoring reports the platform makes for each "
    "municipality from data the Monitoring Board approved, and from nothing else.",
)
