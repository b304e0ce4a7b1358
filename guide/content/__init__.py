"""Text of the guide for municipalities preparing their first YEEP (Turkish source, English).

Pure data, no Django: `manage.py setup_demo` (demo.builders.guide) turns it into a GuidePage and
its chapters, in Turkish with English translations. The Turkish and English versions of each body
block are matched segment by segment by portal.translation, so they must have the same structure:
one ``<p>`` or one ``<ul>`` with the same number of ``<li>`` items, and the same ``<b>``/``<i>``
markup. The examples are generic and contain no statistics about any municipality.
"""

from __future__ import annotations

from .analysis import NEEDS_ANALYSIS, PARTICIPATION
from .foreword import FOREWORD
from .foundations import GETTING_READY, WHY
from .monitoring import CHECKLIST, MONITORING
from .planning import BUDGETING, WRITING
from .types import ChapterText

__all__ = ["CHAPTERS", "FOREWORD", "ChapterText"]

#: The chapters in reading order (the order they are created in the page tree).
CHAPTERS: tuple[ChapterText, ...] = (
    WHY,
    GETTING_READY,
    NEEDS_ANALYSIS,
    PARTICIPATION,
    WRITING,
    BUDGETING,
    MONITORING,
    CHECKLIST,
)
