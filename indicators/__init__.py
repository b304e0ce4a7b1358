"""Rights-based indicators (IndicatorIndexPage, IndicatorPage), from the monitoring-core issue."""
