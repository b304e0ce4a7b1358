"""Demo reports: three progress reports and a final report, all clearly sample data."""

from __future__ import annotations

from datetime import date
from typing import TextIO

from django.contrib.auth.models import AbstractBaseUser

from wagtail.models import Locale, Page

from plans.models import MonitoringPeriod, MunicipalityPage
from portal.demo.text import paragraph, stream_data
from portal.roles import ensure_board_workflow, ensure_core_groups
from portal.translation import publish_translation

from .models import ReportIndexPage, ReportKind, ReportMunicipality, ReportPage

# kind, publication date, Turkish title, English title
REPORTS = (
    (ReportKind.PROGRESS_1, date(2025, 8, 15), "1. İlerleme Raporu", "Progress Report 1"),
    (ReportKind.PROGRESS_2, date(2026, 2, 16), "2. İlerleme Raporu", "Progress Report 2"),
    (ReportKind.PROGRESS_3, date(2026, 8, 14), "3. İlerleme Raporu", "Progress Report 3"),
    (ReportKind.FINAL, date(2027, 2, 15), "Final Raporu", "Final Report"),
)
SUMMARY = (
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


def build_demo(home: Page, english: Locale, board: AbstractBaseUser, stdout: TextIO) -> None:
    """The report index under home and the four sample reports, published by the board."""
    index = ReportIndexPage.objects.child_of(home).first()
    if index is None:
        index = ReportIndexPage(
            title="Raporlar",
            slug="raporlar",
            intro="İzleme Heyetinin ilerleme raporları ve final raporu.",
            show_in_menus=True,
            is_sample_data=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        stdout.write(f"  + {index.url_path}")
    if index.get_translation_or_none(english) is None:
        publish_translation(
            index,
            english,
            {
                "title": "Reports",
                "slug": "reports",
                "intro": "The Monitoring Board's progress reports and final report.",
            },
        )
    # The board approves reports: give it both languages' index (roles are idempotent).
    ensure_core_groups()
    ensure_board_workflow()
    board = type(board).objects.get(pk=board.pk)  # Wagtail caches permissions on the user object
    periods = {
        period.kind: period for period in MonitoringPeriod.objects.filter(locale=home.locale)
    }
    municipalities = list(MunicipalityPage.objects.filter(locale=home.locale).order_by("path"))
    for kind, published, title_tr, title_en in REPORTS:
        slug = kind.value
        if ReportPage.objects.child_of(index).filter(slug=slug).exists():
            continue
        report = ReportPage(
            title=title_tr,
            slug=slug,
            intro=SUMMARY[0][:120].rsplit(" ", 1)[0] + "…",
            kind=kind,
            period=periods.get(kind.value),
            publication_date=published,
            summary=SUMMARY[0],
            body=stream_data(f"report:{slug}", BODY, "tr"),
            is_sample_data=True,
            covered_municipalities=[ReportMunicipality(municipality=m) for m in municipalities],
        )
        index.add_child(instance=report)
        report.save_revision(user=board).publish(user=board)
        publish_translation(
            report,
            english,
            {
                "title": title_en,
                "slug": slug,
                "intro": SUMMARY[1][:120].rsplit(" ", 1)[0] + "…",
                "summary": SUMMARY[1],
                "body": stream_data(f"report:{slug}", BODY, "en"),
            },
        )
        stdout.write(f"  + {report.url_path}")
