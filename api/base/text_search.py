"""Turkish-aware matching of text fields, for filters the database cannot fold correctly.

SQLite folds case for ASCII letters only, and no backend folds "I"/"İ" the Turkish way, so these
filters compare in Python (portal.text.turkish_casefold) over the candidate rows' (id, text)
pairs: one query, over at most the ~1,400 municipalities of Türkiye.
"""

from __future__ import annotations

from django.db.models import QuerySet

from portal.text import turkish_casefold, turkish_contains, turkish_slugify


def _folded(text: str) -> tuple[str, str]:
    """The text case-folded the Turkish way, and as an ASCII slug ("Kadıköy" → "kadikoy")."""
    return turkish_casefold(text).strip(), turkish_slugify(text)


def containing(queryset: QuerySet, field: str, needle: str) -> QuerySet:
    """Rows whose `field` contains `needle`, ignoring case (Turkish rules) and Turkish letters
    (so "kadikoy" finds "Kadıköy")."""
    if not turkish_casefold(needle).strip():
        return queryset
    rows = queryset.values_list("pk", field)
    return queryset.filter(pk__in=[pk for pk, text in rows if turkish_contains(text, needle)])


def equal_to(queryset: QuerySet, field: str, value: str) -> QuerySet:
    """Rows whose `field` equals `value`, ignoring case (Turkish rules) and Turkish letters."""
    folded, ascii_slug = _folded(value)
    matches = [
        pk
        for pk, text in queryset.values_list("pk", field)
        if _folded(text)[0] == folded or (ascii_slug and _folded(text)[1] == ascii_slug)
    ]
    return queryset.filter(pk__in=matches)
