"""Models of stories/ (filled in by the publications issue)."""
