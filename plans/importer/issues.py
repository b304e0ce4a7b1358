"""What the importer reports: one problem of an upload, located as the user sees it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

#: At most this many problems are kept (the total is still counted); a file with a systematic
#: mistake would otherwise produce one message per row.
MAX_KEPT_ISSUES = 500


@dataclass(frozen=True)
class ImportIssue:
    """One problem: the table (sheet or CSV file), the spreadsheet line (header = 1), the column
    and a Turkish message. Line and column are None where the whole file or table is meant."""

    table: str
    line: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.table] if self.table else []
        if self.line is not None:
            where.append(_("satır %(line)s") % {"line": self.line})
        if self.column:
            where.append(_("sütun “%(column)s”") % {"column": self.column})
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class IssueList:
    """The problems found so far, in the order found; counts all, keeps the first few hundred."""

    kept: list[ImportIssue] = field(default_factory=list)
    total: int = 0

    def add(self, table: str, line: int | None, column: str | None, message: str) -> None:
        """Record a problem."""
        self.total += 1
        if len(self.kept) < MAX_KEPT_ISSUES:
            self.kept.append(ImportIssue(table, line, column, message))

    def __bool__(self) -> bool:
        return self.total > 0

    @property
    def truncated(self) -> bool:
        """Whether more problems were found than are kept."""
        return self.total > len(self.kept)
