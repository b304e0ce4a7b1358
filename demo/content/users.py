"""The demo's accounts: one per role, with invented names and example.org addresses."""

from __future__ import annotations

from dataclasses import dataclass

from portal.roles import EDITORS, MONITORING_BOARD, TRAINING_PARTICIPANTS


@dataclass(frozen=True)
class DemoUser:
    """A demo account: username, display name and the role group it joins (None: superuser; a
    municipality's slug: that municipality's reporters)."""

    username: str
    first_name: str
    last_name: str
    group: str | None


DEMO_USERS = (
    DemoUser("admin", "Site", "Yöneticisi", None),
    DemoUser("editor", "Ece", "Editör", EDITORS),
    DemoUser("heyet", "Hale", "Heyet Üyesi", MONITORING_BOARD),
    DemoUser("kadikoy-raportor", "Kaan", "Kadıköy Raportörü", "kadikoy"),
    DemoUser("katilimci", "Kevser", "Katılımcı", TRAINING_PARTICIPANTS),
)

#: Who approves the demo's assessments and reports, and who submits the drafts (per municipality
#: slug, else the editor).
BOARD_MEMBER = "heyet"
SUBMITTERS = {"kadikoy": "kadikoy-raportor"}
DEFAULT_SUBMITTER = "editor"
