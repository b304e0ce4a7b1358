"""Models of news/ (filled in by the publications issue)."""
