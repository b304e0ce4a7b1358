"""One import, start to end: read and check the whole file, then write one draft or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from plans.models import AssessmentPage, MonitoringPeriod, PlanPage
from plans.tree import source_of

from .access import can_import_into, source_period
from .applying import AssessmentLocked, WriteResult, write_draft
from .issues import ImportIssue, IssueList
from .reading import open_upload
from .validation import ImportTarget, RowChecker


@dataclass
class ImportOutcome:
    """What an import did: the problems found in the file, or why the file was refused as a whole
    (the assessment is awaiting the board, say) — then nothing was written — or the draft
    written."""

    issues: list[ImportIssue] = field(default_factory=list)
    issue_count: int = 0
    written: WriteResult | None = None
    #: Why a file without errors could not be imported ("" when it was, or had errors).
    refusal: str = ""
    #: What was read but not imported (the board's columns), whatever the outcome.
    warnings: list[ImportIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the draft was written."""
        return self.written is not None

    @property
    def assessment(self) -> AssessmentPage | None:
        """The assessment the draft revision belongs to."""
        return self.written.assessment if self.written else None

    def summary(self) -> str:
        """One Turkish sentence on what was written, for messages and the command's output."""
        if self.refusal:
            return _("İçe aktarılmadı; hiçbir şey değiştirilmedi: %(reason)s") % {
                "reason": self.refusal
            }
        if self.written is None:
            return _("%(count)s hata bulundu; hiçbir şey değiştirilmedi.") % {
                "count": self.issue_count
            }
        result = self.written
        return _(
            "“%(title)s” için yeni bir taslak kaydedildi%(created)s: %(actions_added)s eylem "
            "durumu eklendi, %(actions_updated)s güncellendi; %(values_added)s gösterge değeri "
            "eklendi, %(values_updated)s güncellendi. Taslak yayımlanmadı: yayımlanması için "
            "İzleme Heyeti onayına gönderin."
        ) % {
            "title": result.assessment.get_admin_display_title(),
            "created": _(" (değerlendirme sayfası oluşturuldu)") if result.created else "",
            "actions_added": result.actions_added,
            "actions_updated": result.actions_updated,
            "values_added": result.values_added,
            "values_updated": result.values_updated,
        }


def import_monitoring_file(
    fileobj: IO[bytes],
    filename: str,
    *,
    plan: PlanPage,
    period: MonitoringPeriod,
    user: Any = None,
) -> ImportOutcome:
    """Import a CSV or XLSX file of one plan's indicator values and action statuses for one
    monitoring period, as a new draft revision of the period's assessment.

    A translated plan or period stands for its source-language version. The whole file is
    checked first; with any problem nothing is written. user=None (the management command
    without --user) skips the permission check. Raises PermissionDenied when the user may not
    import into the plan.
    """
    plan, period = source_of(plan).specific, source_period(period)
    if user is not None and not can_import_into(user, plan):
        raise PermissionDenied(
            _("Bu planın izleme verisini içe aktarma yetkiniz yok: %(plan)s.") % {"plan": plan}
        )
    issues = IssueList()
    target = ImportTarget.build(plan, period)
    checker = RowChecker(target, issues)
    with open_upload(fileobj, filename, issues) as sources:
        for source in sources:
            checker.check(source)
    if not issues and not checker.actions and not checker.values:
        issues.add(
            filename,
            None,
            None,
            _("Dosyada içe aktarılacak satır yok (doldurulmuş durum ya da değer bulunamadı)."),
        )
    warnings = checker.warnings()
    if issues:
        return ImportOutcome(issues.kept, issues.total, warnings=warnings)
    try:
        written = write_draft(target, checker.actions, checker.values, user)
    except AssessmentLocked as locked:
        return ImportOutcome(refusal=str(locked), warnings=warnings)
    except ValidationError as invalid:  # the assessment page itself (e.g. its latest revision)
        return ImportOutcome(refusal=" ".join(invalid.messages), warnings=warnings)
    return ImportOutcome(written=written, warnings=warnings)
