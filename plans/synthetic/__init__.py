"""Synthetic national-scale monitoring data, for benchmarks (`manage.py generate_scale`).

By default: Türkiye's 1,389 municipalities (kinds and provinces as in reality, see geography), each
with a plan of 40 actions and one assessment per year for 10 years, over 20 shared indicators
reported for women, men and the total: about 58,000 pages, 13,890 assessments, 555,600 action rows
and 833,400 indicator values. Pages are in the source language (Turkish) only; no English
translations are made. Every page carries the sample-data flag and "Sentetik" in its title.

Public means approved: the assessments are left as the Monitoring Board's approval leaves them for
every public query (live, no unpublished changes, not private, in the source language, first and
last published set; the API's "approved_at" is last_published_at). They have no revision: none of
the public code reads revisions, Wagtail serves and edits a page without one (the editor starts
from the live content), and a faithful revision would repeat every row in JSON (gigabytes at this
scale), while one without the rows would wipe them on the next publish.

Modules: geography (provinces, kinds, coordinates), content (Turkish wording), rows (statuses and
values over the years), tree (bulk page insertion), removal (finding and deleting an earlier run's
data), builder (the run).
"""

from __future__ import annotations

from .builder import MARKERS, ScaleBuilder, ScaleError, ScaleOptions, ScaleReport

#: Slug prefix of the synthetic municipalities (bench/targets.py selects them by it).
SLUG_PREFIX = MARKERS.municipality_slug_prefix

__all__ = ["MARKERS", "SLUG_PREFIX", "ScaleBuilder", "ScaleError", "ScaleOptions", "ScaleReport"]
