"""The project's own results: the targets the project promised and what the portal's public data
says of them today (issue 19 §7)."""
