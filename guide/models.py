"""Models of guide/ (filled in by the publications issue)."""
