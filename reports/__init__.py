"""Progress and final reports of the monitoring (ReportIndexPage, ReportPage)."""
