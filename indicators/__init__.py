"""Rights-based indicators (IndicatorIndexPage, IndicatorPage) and their approved series."""
