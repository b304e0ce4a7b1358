"""Factories for report pages."""

from __future__ import annotations

from datetime import date

import factory
import wagtail_factories

from reports.models import ReportIndexPage, ReportKind, ReportPage


class ReportIndexPageFactory(wagtail_factories.PageFactory):
    """The report index; pass parent=<home>."""

    title = "Raporlar"
    slug = "raporlar"

    class Meta:
        model = ReportIndexPage


class ReportPageFactory(wagtail_factories.PageFactory):
    """A progress report; pass parent=<report index>."""

    title = factory.Sequence(lambda n: f"İlerleme raporu {n}")
    kind = ReportKind.PROGRESS_1
    publication_date = date(2025, 8, 15)
    summary = "Raporun özeti."

    class Meta:
        model = ReportPage
