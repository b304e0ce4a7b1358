"""What the portal's own public data says of the project's targets: one figure per measure.

Every figure is read from what anonymous visitors can already see, plus completed enrollments:

- municipalities with an approved assessment: `AssessmentPage.objects.of_record()` (public,
  source-language assessments) under a public municipality page;
- published reports: public, source-language `ReportPage`s by kind (each progress report counted
  once, however many pages carry its kind);
- people trained: completed enrollments (an editor filled in `completed_on`) in public programmes
  of the given topics, each person counted once; municipal staff are those whose enrollment records
  a municipality, board members those whose enrollment records one of the board's NGOs; the
  municipalities are counted from the same enrollments (a municipality page of the portal, or a
  named municipality outside the portal, told apart by its name under Turkish case rules);
- meetings: the actual attendance of public, source-language events of the kind, summed; the
  municipalities of a platform information meeting are the public municipality pages it links to.

Nobody is named: only counts leave this module. Five queries, whatever the amount of data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from events.models import EventKind, EventMunicipality, EventPage
from plans.models import AssessmentPage, MunicipalityPage
from plans.tree import municipality_prefix
from portal.locales import default_locale
from portal.text import turkish_casefold
from reports.models import ReportKind, ReportPage
from training.models import Enrollment, OrganisationKind, TrainingProgrammePage, TrainingTopic


class Measure(models.TextChoices):
    """The figures the portal can measure; a target names one (fixed: each is computed here)."""

    MUNICIPALITIES_ASSESSED = (
        "municipalities_assessed",
        _("Belediyeler: İzleme Heyeti'nin onaylı değerlendirmesi yayımlanmış"),
    )
    PROGRESS_REPORTS = "progress_reports", _("Raporlar: yayımlanmış ilerleme raporları")
    FINAL_REPORTS = "final_reports", _("Raporlar: yayımlanmış final raporu")
    STAFF_TRAINED = (
        "staff_trained",
        _("Kişiler: belediye personeli eğitimlerinden birini tamamlayan belediye çalışanları"),
    )
    STAFF_MUNICIPALITIES = (
        "staff_municipalities",
        _("Belediyeler: bu eğitimleri tamamlayan çalışanların belediyeleri"),
    )
    BOARD_MEMBERS_TRAINED = (
        "board_members_trained",
        _("Kişiler: hak temelli izleme eğitimini tamamlayan İzleme Heyeti üyeleri"),
    )
    OPENING_ATTENDANCE = "opening_attendance", _("Kişiler: açılış toplantısına katılanlar")
    CLOSING_ATTENDANCE = (
        "closing_attendance",
        _("Kişiler: kapanış ve yaygınlaştırma toplantısına katılanlar"),
    )
    PLATFORM_INFORMATION_ATTENDANCE = (
        "platform_information_attendance",
        _("Kişiler: platform bilgilendirme toplantısına katılanlar"),
    )
    PLATFORM_INFORMATION_MUNICIPALITIES = (
        "platform_information_municipalities",
        _("Belediyeler: platform bilgilendirme toplantısının ilgili belediyeleri"),
    )
    EXPERIENCE_SHARING_ATTENDANCE = (
        "experience_sharing_attendance",
        _("Kişiler: deneyim paylaşımı toplantısına katılanlar"),
    )


#: The topics of the training for municipal staff (the project's three training subjects).
STAFF_TOPICS = (
    TrainingTopic.INDICATOR_MONITORING,
    TrainingTopic.GENDER_EQUALITY,
    TrainingTopic.PREPARING_YEEP,
)
#: The topic of the Monitoring Board's training.
BOARD_TOPICS = (TrainingTopic.RIGHTS_BASED_MONITORING,)
#: Meeting kinds whose actual attendance a measure sums.
ATTENDANCE = {
    Measure.OPENING_ATTENDANCE: EventKind.OPENING,
    Measure.CLOSING_ATTENDANCE: EventKind.CLOSING,
    Measure.PLATFORM_INFORMATION_ATTENDANCE: EventKind.PLATFORM_INFORMATION,
    Measure.EXPERIENCE_SHARING_ATTENDANCE: EventKind.EXPERIENCE_SHARING,
}
PROGRESS_KINDS = (ReportKind.PROGRESS_1, ReportKind.PROGRESS_2, ReportKind.PROGRESS_3)


@dataclass(frozen=True)
class TrainedGroup:
    """People who completed a training, by the kind of body they come from: how many people and
    from how many distinct bodies (never who)."""

    kind: OrganisationKind | None  # None: the enrollment records no organisation
    people: int
    organisations: int


@dataclass
class Figures:
    """The measured figure of every measure, whether sample (demo) content went into any of
    them, and the completed training by organisation kind."""

    values: dict[str, int] = field(default_factory=dict)
    sample: set[str] = field(default_factory=set)  # measures with sample content counted
    trained: list[TrainedGroup] = field(default_factory=list)

    def value(self, measure: str) -> int:
        """The figure of one measure (0 when nothing counts yet)."""
        return self.values.get(measure, 0)

    @property
    def is_sample_data(self) -> bool:
        """Whether any figure counts demo content."""
        return bool(self.sample)


def measure_figures() -> Figures:
    """Every measure's figure from public pages and completed enrollments. Five queries."""
    figures = Figures()
    default = default_locale()
    _assessed(figures, default)
    _reports(figures, default)
    _trained(figures, default)
    _attendance(figures, default)
    _meeting_municipalities(figures, default)
    return figures


def _record(figures: Figures, measure: Measure, value: int, sample: bool) -> None:
    figures.values[measure] = value
    if sample:
        figures.sample.add(measure)


def _assessed(figures: Figures, default: Locale) -> None:
    """Public municipalities with at least one approved (public, source-language) assessment."""
    municipality_paths = MunicipalityPage.objects.for_public().filter(locale=default).values("path")
    row = (
        AssessmentPage.objects.of_record()
        .annotate(municipality_path=municipality_prefix("path"))
        .filter(municipality_path__in=municipality_paths)
        .aggregate(
            municipalities=Count("municipality_path", distinct=True),
            sample=Count("pk", filter=Q(is_sample_data=True)),
        )
    )
    _record(figures, Measure.MUNICIPALITIES_ASSESSED, row["municipalities"], bool(row["sample"]))


def _reports(figures: Figures, default: Locale) -> None:
    """Published progress reports (each kind once) and final reports."""
    kinds: dict[str, bool] = {}
    final = final_sample = 0
    rows = (
        ReportPage.objects.for_public()
        .filter(locale=default, kind__in=[*PROGRESS_KINDS, ReportKind.FINAL])
        .values_list("kind", "is_sample_data")
    )
    for kind, sample in rows:
        if kind == ReportKind.FINAL:
            final += 1
            final_sample += sample
        else:
            kinds[kind] = kinds.get(kind, False) or sample
    _record(figures, Measure.PROGRESS_REPORTS, len(kinds), any(kinds.values()))
    _record(figures, Measure.FINAL_REPORTS, final, bool(final_sample))


def _organisation_key(municipality_id: int | None, organisation: str) -> str:
    """One body: a municipality page by id, else the organisation's name, Turkish-casefolded with
    spaces collapsed (so "Tepebaşı belediyesi" and "TEPEBAŞI Belediyesi" are one)."""
    if municipality_id is not None:
        return f"page:{municipality_id}"
    return "name:" + " ".join(turkish_casefold(organisation).split())


def _trained(figures: Figures, default: Locale) -> None:
    """People who completed a training in a public programme, counted once each, by topic group
    and by the kind of body their enrollment records."""
    programmes = TrainingProgrammePage.objects.for_public().filter(locale=default).values("pk")
    rows = Enrollment.objects.filter(
        completed_on__isnull=False, programme__in=programmes
    ).values_list(
        "user_id",
        "organisation_kind",
        "municipality_id",
        "organisation",
        "programme__topic",
        "programme__is_sample_data",
    )
    people: dict[tuple[str, str], set[int]] = defaultdict(set)  # (topic group, kind): users
    bodies: dict[tuple[str, str], set[str]] = defaultdict(set)
    sample: set[str] = set()
    for user_id, kind, municipality_id, organisation, topic, is_sample in rows:
        group = "staff" if topic in STAFF_TOPICS else "board" if topic in BOARD_TOPICS else "other"
        for key in ((group, kind), ("all", kind)):
            people[key].add(user_id)
            if kind:
                bodies[key].add(_organisation_key(municipality_id, organisation))
        if is_sample:
            sample.add(group)
    staff_key = ("staff", OrganisationKind.MUNICIPALITY.value)
    board_key = ("board", OrganisationKind.BOARD_NGO.value)
    _record(figures, Measure.STAFF_TRAINED, len(people[staff_key]), "staff" in sample)
    _record(figures, Measure.STAFF_MUNICIPALITIES, len(bodies[staff_key]), "staff" in sample)
    _record(figures, Measure.BOARD_MEMBERS_TRAINED, len(people[board_key]), "board" in sample)
    kinds: list[OrganisationKind | None] = [*OrganisationKind, None]
    figures.trained = [
        TrainedGroup(
            kind=kind,
            people=len(people["all", kind.value if kind else ""]),
            organisations=len(bodies["all", kind.value if kind else ""]),
        )
        for kind in kinds
        if people.get(("all", kind.value if kind else ""))
    ]


def _attendance(figures: Figures, default: Locale) -> None:
    """The actual attendance of public, source-language meetings, summed by kind."""
    rows = (
        EventPage.objects.for_public()
        .filter(locale=default, kind__in=ATTENDANCE.values(), actual_attendance__isnull=False)
        .values("kind")
        .annotate(total=Sum("actual_attendance"), sample=Count("pk", filter=Q(is_sample_data=True)))
        .order_by()
    )
    totals = {row["kind"]: (row["total"], row["sample"]) for row in rows}
    for measure, kind in ATTENDANCE.items():
        total, sample = totals.get(kind, (0, 0))
        _record(figures, measure, total or 0, bool(sample))


def _meeting_municipalities(figures: Figures, default: Locale) -> None:
    """The public municipalities that public platform information meetings link to."""
    events = (
        EventPage.objects.for_public()
        .filter(locale=default, kind=EventKind.PLATFORM_INFORMATION)
        .values("pk")
    )
    municipalities = MunicipalityPage.objects.for_public().values("pk")
    row = EventMunicipality.objects.filter(
        page__in=events, municipality__in=municipalities
    ).aggregate(
        municipalities=Count("municipality__translation_key", distinct=True),
        sample=Count("pk", filter=Q(page__is_sample_data=True)),
    )
    _record(
        figures,
        Measure.PLATFORM_INFORMATION_MUNICIPALITIES,
        row["municipalities"],
        bool(row["sample"]),
    )
