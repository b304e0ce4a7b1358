"""The board's sample texts, worded from the sample numbers they describe.

The demo's assessments are invented, but what the board says about them must agree with them: a
narrative names the municipality and the period, counts the actions by status, says "about a
third completed" only when about a third are, compares with the previous period and names the
actions that are late. Every text is a `Text` in Turkish and English (the English becomes the
wagtail-localize translation). Pure functions of the numbers, no database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from plans.scales import ActionStatus
from portal.bilingual import Block, Text, heading, paragraph

#: Named fractions and how close a share must be to be called "about" one of them.
FRACTIONS = (
    (Fraction(1, 4), Text("dörtte biri", "a quarter")),
    (Fraction(1, 3), Text("üçte biri", "a third")),
    (Fraction(1, 2), Text("yarısı", "half")),
    (Fraction(2, 3), Text("üçte ikisi", "two thirds")),
    (Fraction(3, 4), Text("dörtte üçü", "three quarters")),
)
ABOUT = Fraction(1, 25)


@dataclass(frozen=True)
class RowFigures:
    """One action row of an assessment: the action's code and area, its status and progress."""

    code: str
    area: Text
    status: ActionStatus
    progress: int


def share_words(part: int, whole: int) -> Text:
    """How much `part` of `whole` is, in words that are true: "about a third" only within 4
    percentage points of a third, else "fewer than a quarter", "less than half", …"""
    if part == 0:
        return Text("hiçbiri", "none")
    if part == whole:
        return Text("tamamı", "all")
    share = Fraction(part, whole)
    for fraction, words in FRACTIONS:
        if abs(share - fraction) <= ABOUT:
            return Text(f"yaklaşık {words.tr}", f"about {words.en}")
    if share < Fraction(1, 4):
        return Text("dörtte birinden azı", "fewer than a quarter")
    if share < Fraction(1, 2):
        return Text("yarısından azı", "less than half")
    return Text("yarısından fazlası", "more than half")


def count(rows: list[RowFigures], *statuses: ActionStatus) -> int:
    """How many rows have one of the statuses."""
    return sum(row.status in statuses for row in rows)


def mean_progress(rows: list[RowFigures]) -> int:
    """The rows' mean progress in whole percent (cancelled actions left out)."""
    counted = [row.progress for row in rows if row.status != ActionStatus.CANCELLED]
    return round(sum(counted) / len(counted)) if counted else 0


def status_counts(rows: list[RowFigures]) -> Text:
    """ "15 eylemden 5 tanesi tamamlandı, 7 tanesi sürüyor, …": the non-zero counts."""
    parts = [  # (status, Turkish, English for one action, English for several)
        (ActionStatus.COMPLETED, "tamamlandı", "is complete", "are complete"),
        (ActionStatus.IN_PROGRESS, "sürüyor", "is under way", "are under way"),
        (ActionStatus.DELAYED, "gecikmede", "is delayed", "are delayed"),
        (ActionStatus.NOT_STARTED, "henüz başlamadı", "has not started", "have not started"),
        (ActionStatus.CANCELLED, "iptal edildi", "was cancelled", "were cancelled"),
    ]
    shown = [
        (count(rows, status), tr, one if count(rows, status) == 1 else several)
        for status, tr, one, several in parts
    ]
    shown = [item for item in shown if item[0] or item[1] == "tamamlandı"]
    turkish = ", ".join(f"{number} tanesi {words}" for number, words, _en in shown)
    english = ", ".join(f"{number} {words}" for number, _tr, words in shown)
    return Text(
        f"Plandaki {len(rows)} eylemden {turkish}.",
        f"Of the plan’s {len(rows)} actions, {english}.",
    )


def assessment_summary(rows: list[RowFigures]) -> Text:
    """The assessment's one-line summary (plain text)."""
    counts = status_counts(rows)
    return Text(f"Örnek değerlendirme: {counts.tr}", f"Sample assessment: {counts.en}")


def area_paragraph(rows: list[RowFigures]) -> Block | None:
    """Which thematic area moved most and which least (mean progress), if they differ."""
    by_area: dict[Text, list[RowFigures]] = defaultdict(list)
    for row in rows:
        by_area[row.area].append(row)
    means = sorted(((mean_progress(items), area) for area, items in by_area.items()),
                   key=lambda item: (item[0], item[1].en))  # fmt: skip
    (low, weakest), (high, strongest) = means[0], means[-1]
    if high == low:
        return None
    return paragraph(
        f"<p>En çok ilerleme <b>{strongest.tr}</b> alanındaki eylemlerde (ortalama %{high}), en "
        f"az ilerleme <b>{weakest.tr}</b> alanındaki eylemlerde (ortalama %{low}) "
        "görülmektedir.</p>",
        f"<p>Actions in <b>{strongest.en}</b> have progressed most (on average {high}%), those "
        f"in <b>{weakest.en}</b> least (on average {low}%).</p>",
    )


def late_paragraph(rows: list[RowFigures]) -> Block:
    """The delayed and not-started actions by code, and the board's priority that follows."""
    delayed = [row.code for row in rows if row.status == ActionStatus.DELAYED]
    waiting = [row.code for row in rows if row.status == ActionStatus.NOT_STARTED]
    tr: list[str] = []
    en: list[str] = []
    if delayed:
        tr.append(f"Geciken eylemler: {', '.join(delayed)}.")
        en.append(f"Delayed actions: {', '.join(delayed)}.")
    if waiting:
        tr.append(f"Henüz başlamayan eylemler: {', '.join(waiting)}.")
        en.append(f"Actions not yet started: {', '.join(waiting)}.")
    if len(delayed) + len(waiting) > count(rows, ActionStatus.COMPLETED):
        tr.append(
            "Heyet, bir sonraki dönemde öncelikle bu eylemlerin takviminin ve bütçesinin "
            "netleştirilmesini bekler."
        )
        en.append(
            "The Board expects the timetable and budget of these actions to be settled first "
            "in the next period."
        )
    else:
        tr.append(
            "Heyet, tamamlanan hizmetlerin kalıcı bütçeyle sürdürülmesini ve sonuçlarının "
            "cinsiyete göre ayrıştırılmış veriyle izlenmesini önerir."
        )
        en.append(
            "The Board recommends keeping the completed services going with a permanent budget "
            "and following their results with sex-disaggregated data."
        )
    return paragraph(f"<p>{' '.join(tr)}</p>", f"<p>{' '.join(en)}</p>")


def comparison_paragraph(rows: list[RowFigures], previous: list[RowFigures]) -> Block:
    """Completed actions and mean progress against the previous approved period."""
    before, now = mean_progress(previous), mean_progress(rows)
    done_before, done_now = (count(items, ActionStatus.COMPLETED) for items in (previous, rows))
    if now > before:
        trend = Text(
            f"ortalama ilerleme %{before} düzeyinden %{now} düzeyine çıktı",
            f"mean progress rose from {before}% to {now}%",
        )
    else:
        trend = Text(f"ortalama ilerleme %{now} düzeyinde kaldı", f"mean progress stayed at {now}%")
    return paragraph(
        f"<p>Bir önceki dönemde tamamlanan eylem sayısı {done_before} idi, bu dönem "
        f"{done_now}; {trend.tr}.</p>",
        f"<p>The number of completed actions was {done_before} in the previous period and is "
        f"{done_now} now; {trend.en}.</p>",
    )


def assessment_narrative(
    municipality: Text, period: Text, rows: list[RowFigures], previous: list[RowFigures] | None
) -> tuple[Block, ...]:
    """The board's narrative of one period's assessment of one municipality's plan."""
    completed = share_words(count(rows, ActionStatus.COMPLETED), len(rows))
    counts = status_counts(rows)
    blocks = [
        paragraph(
            f"<p><b>Bu metin örnek bir değerlendirmedir.</b> {municipality.tr} için platformun "
            "tanıtımı amacıyla, örnek verilerden üretilmiştir; belediyenin gerçek izleme "
            "sonuçlarını yansıtmaz.</p>",
            f"<p><b>This text is a sample assessment.</b> It was generated from sample data for "
            f"{municipality.en} to demonstrate the platform and does not reflect the "
            "municipality’s real monitoring results.</p>",
        ),
        heading("Genel değerlendirme", "Overall assessment"),
        paragraph(
            f"<p>{period.tr} sonunda: {counts.tr} Böylece eylemlerin {completed.tr} tamamlanmış "
            "durumdadır.</p>",
            f"<p>At the end of {period.en}: {counts.en} So {completed.en} of the actions are "
            "complete.</p>",
        ),
    ]
    if previous is not None:
        blocks.append(comparison_paragraph(rows, previous))
    areas = area_paragraph(rows)
    if areas is not None:
        blocks.append(areas)
    blocks.append(late_paragraph(rows))
    return tuple(blocks)


def progress_sentence(progress: int, previous: int | None) -> Text:
    """The row's progress against the previous period, appended to the board's comment."""
    if previous is None:
        return Text(
            f"Dönem sonunda ilerleme %{progress}.",
            f"Progress at the end of the period: {progress}%.",
        )
    if progress > previous:
        return Text(
            f"İlerleme önceki dönemdeki %{previous} düzeyinden %{progress} düzeyine çıktı.",
            f"Progress rose from {previous}% in the previous period to {progress}%.",
        )
    return Text(
        f"İlerleme önceki dönemden bu yana %{progress} düzeyinde.",
        f"Progress has stayed at {progress}% since the previous period.",
    )
