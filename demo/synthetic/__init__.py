"""Synthetic national-scale monitoring data, for benchmarks (`manage.py generate_scale`).

By default: Türkiye's 1,389 municipalities (kinds and provinces as in reality, see geography), each
with a plan of 40 actions and one assessment per year for 10 years, over 20 shared indicators
reported for women, men and the total: 72,248 pages (1,389 municipalities and plans, 55,560
actions, 13,890 assessments, 20 indicators), 555,600 action rows and 833,400 indicator values.
Pages are in the source language (Turkish) only; no English translations are made. Every page
carries the sample-data flag and "Sentetik" in its title.

Public means approved: the assessments are left as the Monitoring Board's approval leaves them for
every public query (live, no unpublished changes, not private, in the source language, first and
last published set; the API's "approved_at" is last_published_at). They have no revision: none of
the public code reads revisions, Wagtail serves and edits a page without one (the editor starts
from the live content), and a faithful revision would repeat every row in JSON (some 400 MB at
this scale), while one without the rows would wipe them on the next publish.

Modules: geography (provinces, kinds, coordinates), content (Turkish wording), rows (statuses and
values over the years), drafts (one municipality in memory), tree (bulk page insertion), bulk (rows
below the ORM: COPY on PostgreSQL), removal (finding and deleting an earlier run's data), builder
(the run, in one transaction).
"""

from __future__ import annotations

from .builder import MARKERS, ScaleBuilder, ScaleError, ScaleOptions, ScaleReport

#: Slug prefix of the synthetic municipalities (bench/targets.py selects them by it).
SLUG_PREFIX = MARKERS.municipality_slug_prefix

__all__ = ["MARKERS", "SLUG_PREFIX", "ScaleBuilder", "ScaleError", "ScaleOptions", "ScaleReport"]
