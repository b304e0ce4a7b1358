"""`manage.py translation_status [--locale en] [--all] [--format text|csv] [--fail-if-missing]`

What is left to translate: a summary per section of the site, then the pages and snippets with
work left (portal.translation_status defines missing, outdated, untranslated and unmanaged).
"""

from __future__ import annotations

import csv
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.spreadsheets import safe_row
from portal.translation_status import (
    EXPORT_HEADINGS,
    RowState,
    SectionSummary,
    TranslationStatusRow,
    summarize,
    translation_status,
    yes_no,
)


class Command(BaseCommand):
    """Print the translation status of the site in one language."""

    help = (
        "Türkçe sayfaların ve parçacıkların bir dile çeviri durumunu bölüm bölüm özetler, sonra "
        "kalan işi listeler. Eksik: wagtail-localize'ın bir segmenti (çevrilecek metin parçası; "
        "rakamlar, tarihler ve kodlar segment değildir) için o dilde hatasız çeviri yok; sayfanın "
        "kopyası o metni Türkçe gösterir. Çevrilmemiş: o dilde kopya yok (ya da yalnızca Türkçe "
        "sayfanın takma adı var). Eski: Türkçe kaynak, kopya wagtail-localize ile son kez "
        "oluşturulduktan sonra eşitlendi (TranslationSource.last_updated_at, en yeni "
        "TranslationLog'dan yeni) ya da Türkçe sayfa son eşitlemeden sonra yayımlandı (önce "
        "'Çevrilmiş sayfaları eşitle' gerekir). Eşitlenmeyen: kopya var ama wagtail-localize onu "
        "eşitlemiyor (eşitli çeviri durdurulmuş ya da kopya başka yolla yapılmış)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--locale", default="en", help="Hedef dil kodu (öntanımlı: en)")
        parser.add_argument(
            "--all",
            action="store_true",
            help="Yalnızca kalan işi olanları değil, bütün sayfaları ve parçacıkları listele",
        )
        parser.add_argument(
            "--format",
            choices=["text", "csv"],
            default="text",
            help="text: özet ve liste; csv: her satırda bir sayfa ya da parçacık",
        )
        parser.add_argument(
            "--fail-if-missing",
            action="store_true",
            help=(
                "Türkçesi yayında olan bir sayfada ya da parçacıkta eksik metin varsa (çevrilmemiş "
                "ya da eksik segmentli) 1 koduyla çık; CI için"
            ),
        )

    def handle(self, *args: Any, **options: Any) -> None:
        code = options["locale"]
        try:
            rows = translation_status(code)
            locale = Locale.objects.get(language_code=code)
        except (Locale.DoesNotExist, LookupError, ValueError):
            raise CommandError(_("Çevrilecek bir dil değil: %(code)s") % {"code": code}) from None
        listed = rows if options["all"] else [row for row in rows if row.has_work_left]
        if options["format"] == "csv":
            self.write_csv(listed)
        else:
            self.write_text(rows, listed, locale, everything=options["all"])
        missing = [row for row in rows if row.is_missing and row.source_live]
        if options["fail_if_missing"] and missing:
            raise CommandError(
                _("%(count)s yayındaki sayfada ya da parçacıkta eksik çeviri var.")
                % {"count": len(missing)},
                returncode=1,
            )

    def write_csv(self, rows: list[TranslationStatusRow]) -> None:
        """One line per row, with the headings of the admin report's download."""
        writer = csv.writer(self.stdout, lineterminator="\n")
        writer.writerow(safe_row(str(heading) for heading in EXPORT_HEADINGS.values()))
        for row in rows:
            writer.writerow(safe_row(_csv_cell(row, name) for name in EXPORT_HEADINGS))

    def write_text(
        self,
        rows: list[TranslationStatusRow],
        listed: list[TranslationStatusRow],
        locale: Locale,
        *,
        everything: bool,
    ) -> None:
        """The summary table, then the listed rows under their sections."""
        self.stdout.write(
            _("Çeviri durumu: Türkçe → %(language)s (%(code)s)")
            % {"language": locale.get_display_name(), "code": locale.language_code}
        )
        self.stdout.write("")
        sections, total = summarize(rows)
        for line in _summary_table([*sections, total]):
            self.stdout.write(line)
        self.stdout.write("")
        heading = _("Bütün satırlar (%(count)s)") if everything else _("Kalan iş (%(count)s)")
        self.stdout.write(heading % {"count": len(listed)})
        section = None
        for row in listed:
            if row.section_key != section:
                section = row.section_key
                self.stdout.write("")
                self.stdout.write(row.section)
            place = f"{row.location} › " if row.location else ""
            self.stdout.write(f"  {place}{row.title} ({row.kind})")
            self.stdout.write(f"    {_issues(row)}: {settings.WAGTAILADMIN_BASE_URL}{row.edit_url}")


def _csv_cell(row: TranslationStatusRow, name: str) -> Any:
    """One cell of the CSV: yes/no for flags, nothing for an unknown count, full admin URLs."""
    value = getattr(row, name)
    if isinstance(value, bool):
        return yes_no(value)
    if value is None:
        return ""
    if name in ("edit_url", "sync_url") and value:
        return f"{settings.WAGTAILADMIN_BASE_URL}{value}"
    return value


def _issues(row: TranslationStatusRow) -> str:
    """What is wrong with the row's copy, in words ("güncel" when nothing is)."""
    issues = []
    if row.state == RowState.UNTRANSLATED:
        issues.append(_("çevrilmemiş"))
    elif row.state == RowState.UNMANAGED:
        issues.append(_("wagtail-localize ile eşitlenmiyor"))
    if row.missing_segments:
        issues.append(
            _("%(missing)s/%(total)s segment eksik")
            % {"missing": row.missing_segments, "total": row.total_segments}
        )
    if row.sync_url:
        issues.append(
            _("eski, önce eşitleyin: %(url)s")
            % {"url": f"{settings.WAGTAILADMIN_BASE_URL}{row.sync_url}"}
        )
    elif row.outdated:
        issues.append(_("eski"))
    if not row.source_live:
        issues.append(_("Türkçesi taslak"))
    return ", ".join(issues) or _("güncel")


def _summary_table(summaries: list[SectionSummary]) -> list[str]:
    """The per-section counts as aligned text lines (the last summary is the total)."""
    headings = [
        _("Bölüm"),
        _("Nesne"),
        _("Kalan iş"),
        _("Çevrilmemiş"),
        _("Eksik segmentli"),
        _("Eksik segment"),
        _("Eski"),
        _("Eşitlenmeyen"),
    ]
    table = [headings] + [
        [
            summary.section,
            *(
                str(number)
                for number in (
                    summary.objects,
                    summary.work_left,
                    summary.untranslated,
                    summary.with_missing,
                    summary.missing_segments,
                    summary.outdated,
                    summary.unmanaged,
                )
            ),
        ]
        for summary in summaries
    ]
    widths = [max(len(line[column]) for line in table) for column in range(len(headings))]
    return [
        "  ".join(
            cell.ljust(width) if column == 0 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in table
    ]
