"""Sample training participants and where they come from (issue 19 §7): invented people,
clearly named "Örnek Katılımcı NN", enrolled in the demo's four programmes.

Municipal staff come from the ten monitored municipalities (their pages on the portal) and from
a few other municipalities (named: they have no page); board members come from sample NGOs of the
Monitoring Board. Most have completed their programme, some have not yet, so the project results
page shows figures that are plausible and whole, never the project's real results: the programmes
are sample pages, so the page says "Örnek veri / Sample data".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from demo.content.municipalities import MUNICIPALITIES
from training.models import OrganisationKind

#: Real municipalities without a page in the demo (participants from outside the monitored ten).
OTHER_MUNICIPALITIES = (
    "Tepebaşı Belediyesi",
    "Odunpazarı Belediyesi",
    "Karşıyaka Belediyesi",
    "Bornova Belediyesi",
    "Maltepe Belediyesi",
    "Şişli Belediyesi",
    "Mezitli Belediyesi",
    "Seyhan Belediyesi",
)
#: The board's NGOs in the demo: sample names, not real organisations.
BOARD_NGOS = (
    "Örnek Kadın Dayanışma Derneği",
    "Örnek Eşitlik İzleme Platformu",
    "Örnek Engelsiz Yaşam Derneği",
    "Örnek Gençlik Hakları Vakfı",
)
STAFF_PROGRAMMES = ("training-indicators", "training-gender", "training-preparing")
BOARD_PROGRAMME = "training-rights"
ENROLLED_ON = date(2025, 5, 5)
COMPLETED_ON = date(2025, 6, 20)
#: How many sample municipal staff and board members the demo enrolls.
STAFF_COUNT = 42
BOARD_COUNT = 18


@dataclass(frozen=True)
class SampleParticipant:
    """One invented participant's account and enrollment."""

    username: str
    first_name: str
    last_name: str
    programme: str  # the programme's content key
    kind: OrganisationKind
    municipality: str | None  # a monitored municipality's slug, or None
    organisation: str  # the name of a body without a page
    completed_on: date | None


def _participant(
    number: int,
    programme: str,
    kind: OrganisationKind,
    municipality: str | None,
    organisation: str,
    completed: bool,
) -> SampleParticipant:
    return SampleParticipant(
        username=f"ornek-katilimci-{number:02d}",
        first_name="Örnek",
        last_name=f"Katılımcı {number:02d}",
        programme=programme,
        kind=kind,
        municipality=municipality,
        organisation=organisation,
        completed_on=COMPLETED_ON if completed else None,
    )


def sample_participants() -> tuple[SampleParticipant, ...]:
    """STAFF_COUNT municipal staff (three in four from the monitored municipalities, the rest from
    others; one in seven not yet complete) and BOARD_COUNT board members (one in nine not yet
    complete), in a fixed order."""
    monitored = [facts.key for facts in MUNICIPALITIES]
    people = []
    for index in range(STAFF_COUNT):
        from_monitored = index % 4 != 3
        people.append(
            _participant(
                len(people) + 1,
                STAFF_PROGRAMMES[index % len(STAFF_PROGRAMMES)],
                OrganisationKind.MUNICIPALITY,
                monitored[index % len(monitored)] if from_monitored else None,
                "" if from_monitored else OTHER_MUNICIPALITIES[index % len(OTHER_MUNICIPALITIES)],
                completed=index % 7 != 6,
            )
        )
    for index in range(BOARD_COUNT):
        people.append(
            _participant(
                len(people) + 1,
                BOARD_PROGRAMME,
                OrganisationKind.BOARD_NGO,
                None,
                BOARD_NGOS[index % len(BOARD_NGOS)],
                completed=index % 9 != 8,
            )
        )
    return tuple(people)


#: The demo participant's (demo.content.training.DEMO_PARTICIPANT) municipality.
DEMO_PARTICIPANT_MUNICIPALITY = "kadikoy"
