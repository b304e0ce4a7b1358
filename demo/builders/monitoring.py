"""The demo's monitoring data: areas, periods, indicators, a sample plan per municipality with
actions, an approved assessment for each of the first three monitoring periods and one for the
final period (not over on the demo's calendar) as a draft in the board's workflow.

Everything here is invented sample data and every page carries the sample-data flag, but it holds
together: each action follows one trajectory across the periods (progress never falls, a
completed action stays completed), the board's texts are worded from the numbers
(demo.builders.narratives), indicator values follow a trend towards the municipality's target,
with baselines and targets per disaggregation, and headcounts are whole numbers.
Deterministic: a fixed seed per municipality; idempotent: objects are found by slug or translation
key first.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, TextIO

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale, Page, PageLogEntry, Revision

from demo.content import monitoring as data
from demo.content.indicators import INDICATOR_INDEX, INDICATORS
from demo.content.municipalities import MUNICIPALITIES
from indicators.models import IndicatorIndexPage, IndicatorPage, IndicatorTarget
from plans.data_quality import DataFlag
from plans.models import (
    ActionAssessment,
    ActionIndicator,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    MunicipalityPage,
    PlanObjective,
    PlanPage,
    ThematicArea,
)
from plans.scales import ActionStatus, Disaggregation
from portal.bilingual import Text, block_id, paragraph, stream_data
from portal.text import turkish_slugify
from portal.translation import translate

from . import media
from .narratives import RowFigures, assessment_narrative, assessment_summary, progress_sentence
from .publishing import Publisher

SEED = 20251125
ACTIONS_PER_PLAN = 15
PLAN_YEARS = data.PLAN_YEARS

#: Assessments per plan, one per monitoring period; all but the last are approved.
ROUNDS = 4
APPROVED_ROUNDS = 3
#: The share of indicators outside its actions' links a municipality still reports.
REPORTED_SHARE = 0.85
AREA_NAMES = {area.key: area.name for area in data.AREAS}

#: An action's figures in each monitoring period: (status, progress in %).
Trajectory = list[tuple[ActionStatus, int]]


def trajectory(rng: random.Random) -> Trajectory:
    """Status and progress of one action in each period: work starts in some period (or not
    yet), moves at its own pace or stalls (delayed), rarely is cancelled; progress never falls
    and a completed or cancelled action stays so."""
    start = rng.choices([1, 2, 3, ROUNDS + 1], weights=[5, 3, 2, 1])[0]
    pace = rng.choice([15, 25, 35, 50])
    stalls_after = rng.choice([2, 3, 4]) if rng.random() < 0.3 else ROUNDS + 1
    cancelled_from = rng.choice([2, 3, 4]) if rng.random() < 0.06 else ROUNDS + 1
    figures: Trajectory = []
    status, progress = ActionStatus.NOT_STARTED, 0
    for round_number in range(1, ROUNDS + 1):
        if status == ActionStatus.COMPLETED:
            pass
        elif round_number >= cancelled_from:
            status = ActionStatus.CANCELLED
        elif round_number >= start:
            stalled = round_number >= max(stalls_after, start + 1)
            progress = min(100, progress + (rng.randint(0, 5) if stalled else pace))
            if progress == 100:
                status = ActionStatus.COMPLETED
            else:
                status = ActionStatus.DELAYED if stalled else ActionStatus.IN_PROGRESS
        figures.append((status, progress))
    return figures


def whole_or_tenths(value: Decimal, text: data.IndicatorText) -> Decimal:
    """A sample figure as the indicator counts it: percentages in tenths, everything else
    (people, places, scores, yes/no) in whole numbers, never negative."""
    step = Decimal("0.1") if text.unit.tr == "%" else Decimal("1")
    return max(value.quantize(step), Decimal(0))


def by_disaggregation(
    total: Decimal, text: data.IndicatorText
) -> list[tuple[Disaggregation, Decimal]]:
    """The total and, for a disaggregated indicator, its women's and men's figures (see
    SeriesShape): a headcount is split in whole people, a percentage by the shape's gap."""
    total = whole_or_tenths(total, text)
    rows = [(Disaggregation.TOTAL, total)]
    if text.disaggregated:
        if text.unit.tr == "%":
            gap = Decimal(str(text.shape.women_share * 10 - 5))
            rows += [(Disaggregation.WOMEN, total + gap), (Disaggregation.MEN, total - gap)]
        else:
            women = whole_or_tenths(total * Decimal(str(text.shape.women_share)), text)
            rows += [(Disaggregation.WOMEN, women), (Disaggregation.MEN, total - women)]
    return [(kind, whole_or_tenths(value, text)) for kind, value in rows]


def in_language(item: Any, language: str) -> Any:
    """The copy of a translatable page or snippet in `language`; the item itself when it has
    none (not `.localized`, which follows the active language)."""
    return item.get_translation_or_none(Locale.objects.get(language_code=language)) or item


def plan_values(municipality: MunicipalityPage, language: str) -> dict[str, Any]:
    """Title, slug, intro and summary of a municipality's sample plan in one language."""
    years = {"first": PLAN_YEARS[0], "last": PLAN_YEARS[1]}
    return {
        "title": getattr(data.PLAN_TITLE, language).format(**years),
        "slug": getattr(data.PLAN_SLUG, language).format(**years),
        "intro": getattr(data.PLAN_INTRO, language).format(
            municipality=in_language(municipality, language).title
        ),
        "summary": getattr(data.PLAN_SUMMARY, language).format(
            municipality=in_language(municipality, language).title
        ),
    }


def bilingual_name(item: Any, field: str) -> Text:
    """A translatable page's or snippet's field in Turkish and English."""
    return Text(getattr(in_language(item, "tr"), field), getattr(in_language(item, "en"), field))


def assessment_values(
    plan: PlanPage,
    period: MonitoringPeriod,
    language: str,
    rows: list[RowFigures] | None,
    previous: list[RowFigures] | None,
) -> dict[str, Any]:
    """Title, slug, intro, summary and narrative of a sample assessment in one language, the
    board's texts worded from its rows' figures (a draft, rows None, has no board text yet)."""
    name = in_language(period, language).name
    municipality = plan.get_parent().specific
    values = {
        "title": getattr(data.ASSESSMENT_TITLE, language).format(period=name),
        "slug": slugify(period.kind),
        "intro": getattr(data.ASSESSMENT_INTRO, language).format(
            municipality=in_language(municipality, language).title, period=name
        ),
        "summary": "",
        "narrative": [],
    }
    if rows is not None:
        narrative = assessment_narrative(
            bilingual_name(municipality, "title"), bilingual_name(period, "name"), rows, previous
        )
        values["summary"] = getattr(assessment_summary(rows), language)
        values["narrative"] = stream_data(f"{plan.pk}:{period.kind}", narrative, language)
    return values


def paragraph_stream(key: str, text: Text, language: str) -> list[dict[str, Any]]:
    """A one-paragraph StreamField value whose block id is the same in both languages."""
    return stream_data(key, (paragraph(f"<p>{text.tr}</p>", f"<p>{text.en}</p>"),), language)


def not_yet_due(start: date) -> Text:
    """The board's comment on an action whose planned start is after the period's end."""
    with translation.override("tr"):
        turkish = date_format(start, "j F Y")
    with translation.override("en"):
        english = date_format(start, "j F Y")
    return Text(
        f"Örnek değerlendirme: Plan bu eylemin {turkish} tarihinde başlamasını öngörüyor; dönem "
        "sonunda henüz başlaması beklenmiyordu, bu yüzden puanlanmadı.",
        f"Sample assessment: the plan schedules this action to start on {english}; it was not "
        "yet due at the end of the period, so it is not rated.",
    )


#: The board approves a period's assessments four to five weeks after the period ends, before
#: the progress report on that period (demo/content/reports.py) is published.
APPROVAL_DELAY = timedelta(days=28)


def approval_time(period: MonitoringPeriod, slug: str) -> datetime:
    """When the board approved a municipality's assessment of `period` on the demo's calendar:
    APPROVAL_DELAY after the period's end, spread over ten days by municipality (stable)."""
    day = period.end_date + APPROVAL_DELAY + timedelta(days=zlib.crc32(slug.encode()) % 10)
    return timezone.make_aware(datetime.combine(day, time(14, 0)))


def date_publication(pages: Iterable[Page], when: datetime) -> None:
    """Date the pages' publication, their live revisions and their log at `when` (the demo's
    calendar, not the day the demo was built)."""
    pks = [page.pk for page in pages]
    live_revisions = Page.objects.filter(pk__in=pks).values("live_revision_id")
    Revision.objects.filter(pk__in=live_revisions).update(created_at=when)
    PageLogEntry.objects.filter(page_id__in=pks).update(timestamp=when)
    Page.objects.filter(pk__in=pks).update(
        first_published_at=when, last_published_at=when, latest_revision_created_at=when
    )


class MonitoringDemoBuilder:
    """Adds the monitoring demo under an existing demo site (see DemoSiteBuilder)."""

    def __init__(
        self,
        stdout: TextIO,
        turkish: Locale,
        english: Locale,
        board: AbstractBaseUser,
        submitters: dict[str, AbstractBaseUser],
        default_submitter: AbstractBaseUser,
    ) -> None:
        self.stdout = stdout
        self.turkish = turkish
        self.english = english
        self.publisher = Publisher(stdout, english)
        self.board = board
        self.submitters = submitters
        self.default_submitter = default_submitter

    def build(self, home: Page, municipality_index: Page, plan_limit: int | None = None) -> None:
        """Snippets, indicators, then one plan per demo municipality (the first plan_limit
        only)."""
        self.areas = {text.key: self.area(text) for text in data.AREAS}
        self.periods = [self.period(text) for text in data.PERIODS]
        self.indicators = self.indicator_pages(home)
        self.targeted: set[str] = set()  # indicators given new targets by this run
        # The demo's own municipalities only, never generate_scale's synthetic ones.
        municipalities = (
            MunicipalityPage.objects.child_of(municipality_index)
            .filter(slug__in=[facts.key for facts in MUNICIPALITIES])
            .order_by("path")
        )
        for municipality in municipalities[:plan_limit]:
            self.plan(municipality.specific)
        # Targets were added as rows; a revision keeps the editor's view in step with them.
        for code in sorted(self.targeted):
            indicator = self.indicators[code]
            if indicator.has_unpublished_changes is False:
                indicator.save_revision().publish()

    # Snippets ----------------------------------------------------------------------------------

    def translated_snippet(self, instance: Any, english_values: dict[str, Any]) -> None:
        """The snippet's English translation, synced by wagtail-localize (as a translator makes
        it), unless it exists."""
        translate(instance, self.english, english_values)

    def area(self, text: data.AreaText) -> ThematicArea:
        area = ThematicArea.objects.filter(locale=self.turkish, code=text.code).first()
        if area is None:
            area = ThematicArea.objects.create(
                locale=self.turkish,
                code=text.code,
                name=text.name.tr,
                description=text.description.tr,
                sort_order=int(text.code.lstrip("A") or 0),
            )
        self.translated_snippet(area, {"name": text.name.en, "description": text.description.en})
        return area

    def period(self, text: data.PeriodText) -> MonitoringPeriod:
        period = MonitoringPeriod.objects.filter(locale=self.turkish, kind=text.kind).first()
        if period is None:
            period = MonitoringPeriod.objects.create(
                locale=self.turkish,
                name=text.name.tr,
                kind=text.kind,
                start_date=date.fromisoformat(text.start),
                end_date=date.fromisoformat(text.end),
            )
        self.translated_snippet(period, {"name": text.name.en})
        return period

    # Pages -------------------------------------------------------------------------------------

    def indicator_pages(self, home: Page) -> dict[str, IndicatorPage]:
        index = self.publisher.text_page(
            home, IndicatorIndexPage, INDICATOR_INDEX, show_in_menus=True, is_sample_data=True
        )
        return {text.code: self.indicator(index, text) for text in INDICATORS}

    def indicator(self, index: Page, text: data.IndicatorText) -> IndicatorPage:
        def values(language: str) -> dict[str, Any]:
            return {
                "title": getattr(text.title, language),
                "slug": getattr(text.slug, language),
                "intro": getattr(text.description, language),
                "unit": getattr(text.unit, language),
                "data_source": getattr(text.source, language),
                "references": [
                    {
                        "type": "reference",
                        "id": block_id(f"{text.code}:ref", number),
                        "value": {
                            "instrument": reference.instrument,
                            "article": reference.article,
                            "note": getattr(reference.note, language),
                        },
                    }
                    for number, reference in enumerate(text.references)
                ],
                "methodology": stream_data(f"{text.code}:method", text.methodology, language),
            }

        return self.publisher.child(
            index,
            IndicatorPage,
            values,
            quiet=True,
            code=text.code,
            area=self.areas[text.area_key],
            ohchr_type=text.ohchr_type,
            measure=text.measure,
            direction=text.direction,
            periodicity=text.periodicity,
            disaggregated_by_sex=text.disaggregated,
            is_sample_data=True,
        )

    def plan(self, municipality: MunicipalityPage) -> None:
        """A sample plan with objectives, actions and its sample PDF, three approved
        assessments and the final period's draft."""
        turkish = plan_values(municipality, "tr")
        if PlanPage.objects.child_of(municipality).filter(slug=turkish["slug"]).exists():
            return
        rng = random.Random(f"{SEED}:{municipality.slug}")  # noqa: S311 - sample data, not security
        templates = rng.sample(list(data.ACTIONS), ACTIONS_PER_PLAN)
        used_areas = {template.area_key for template in templates}
        objectives = [
            objective for objective in data.OBJECTIVES if objective.area_key in used_areas
        ]
        objective_of = {objective.area_key: objective.number for objective in data.OBJECTIVES}
        coded: list[tuple[str, data.ActionText]] = []
        counters: dict[int, int] = {}
        for template in sorted(templates, key=lambda item: objective_of[item.area_key]):
            number = objective_of[template.area_key]
            counters[number] = counters.get(number, 0) + 1
            coded.append((f"{number}.{counters[number]}", template))
        plan = PlanPage(
            **turkish,
            plan_document=self.plan_document(municipality, turkish["title"], objectives, coded),
            start_year=PLAN_YEARS[0],
            end_year=PLAN_YEARS[1],
            council_decision_number=f"{PLAN_YEARS[0]}/{rng.randint(10, 250)}",
            council_decision_date=date(PLAN_YEARS[0] - 1, 12, rng.randint(1, 28)),
            is_sample_data=True,
            objectives=[
                PlanObjective(
                    sort_order=position,  # as the admin's inline panel saves them
                    code=str(objective.number),
                    title=objective.title.tr,
                    area=self.areas[objective.area_key],
                )
                for position, objective in enumerate(objectives)
            ],
        )
        self.publisher.publish_new(municipality, plan, quiet=True)
        english = plan_values(municipality, "en")
        english["objectives"] = [{"title": objective.title.en} for objective in objectives]
        self.publisher.translate(plan, english, quiet=True)
        actions = [(self.action(plan, template, code, rng), template) for code, template in coded]
        self.stdout.write(f"  + {plan.url_path} ({len(actions)} actions)\n")
        linked = {code for _action, template in actions for code in template.indicator_codes}
        reported = [
            text for text in INDICATORS if text.code in linked or rng.random() < REPORTED_SHARE
        ]
        factors = {text.code: Decimal(str(1 + rng.uniform(-0.15, 0.15))) for text in reported}
        self.targets(municipality, reported, factors)
        paths = [trajectory(rng) for _action in actions]
        previous: list[RowFigures] | None = None
        for round_number, period in enumerate(self.periods[:ROUNDS], start=1):
            figures = [
                RowFigures(
                    code=action.code,
                    area=AREA_NAMES[template.area_key],
                    status=path[round_number - 1][0],
                    progress=path[round_number - 1][1],
                )
                for (action, template), path in zip(actions, paths, strict=True)
            ]
            self.assessment(
                plan, municipality, period, actions, figures, previous, reported, factors, rng
            )
            previous = figures

    def plan_document(
        self,
        municipality: MunicipalityPage,
        title: str,
        objectives: list[data.ObjectiveText],
        coded: list[tuple[str, data.ActionText]],
    ) -> Any:
        """The plan's sample PDF: its objectives and actions, labelled as sample data."""
        # Its title is shown on the English plan page too (the document is shared): no Turkish
        # words but the municipality's name; the PDF's first line says it is sample data.
        full_title = f"{municipality.title} · YEEP {PLAN_YEARS[0]}–{PLAN_YEARS[1]}"
        items = "".join(f"<li>{escape(objective.title.tr)}</li>" for objective in objectives)
        rows = "".join(f"<li>{code} {escape(template.title.tr)}</li>" for code, template in coded)
        heading = f"{municipality.title}: {title} (örnek)"
        body = (
            "<p>Bu belge platformun tanıtımı için üretilmiştir; belediyenin gerçek planı "
            f"değildir.</p><h2>Hedefler</h2><ol>{items}</ol><h2>Eylemler</h2><ul>{rows}</ul>"
        )
        return media.document(
            full_title,
            f"{municipality.slug}-{PLAN_YEARS[0]}-{PLAN_YEARS[1]}-ornek.pdf",
            lambda: media.sample_pdf(heading, body),
            self.stdout,
        )

    def action(
        self, plan: PlanPage, template: data.ActionText, code: str, rng: random.Random
    ) -> ActionPage:
        def values(language: str) -> dict[str, Any]:
            title = getattr(template.title, language)
            slugger = turkish_slugify if language == "tr" else slugify
            return {
                "title": title,
                "slug": slugger(f"{code} {title}")[:80],
                "responsible_unit": getattr(template.responsible_unit, language),
                "partners": getattr(template.partners, language),
                "description": paragraph_stream(
                    f"{plan.pk}:{code}", template.description, language
                ),
            }

        start = date(PLAN_YEARS[0] + rng.randint(0, 1), rng.choice([1, 4, 7, 10]), 1)
        page = ActionPage(
            **values("tr"),
            code=code,
            objective_code=code.split(".")[0],
            area=self.areas[template.area_key],
            start_date=start,
            end_date=date(min(start.year + rng.randint(1, 3), PLAN_YEARS[1]), 12, 31),
            budget=Decimal(template.budget_try) if template.budget_try else None,
            is_sample_data=True,
            indicator_links=[
                ActionIndicator(indicator=self.indicators[indicator_code])
                for indicator_code in template.indicator_codes
            ],
        )
        self.publisher.publish_new(plan, page, quiet=True)
        self.publisher.translate(page, values("en"), quiet=True)
        return page

    def assessment(
        self,
        plan: PlanPage,
        municipality: MunicipalityPage,
        period: MonitoringPeriod,
        actions: list[tuple[ActionPage, data.ActionText]],
        figures: list[RowFigures],
        previous: list[RowFigures] | None,
        reported: list[data.IndicatorText],
        factors: dict[str, Decimal],
        rng: random.Random,
    ) -> None:
        """One period's assessment: approved and translated, or (the last period) a draft the
        municipality's reporter has submitted to the board."""
        round_number = self.periods.index(period) + 1
        approved = round_number <= APPROVED_ROUNDS
        rows = []
        row_texts: list[dict[str, Text]] = []  # each row's text in both languages
        for position, ((action, template), row) in enumerate(zip(actions, figures, strict=True)):
            texts = {"evidence": rng.choice(data.EVIDENCE[row.status.value])}
            rating = rng.choice(data.RATINGS_BY_STATUS[row.status]) if approved else None
            if approved:
                comment = rng.choice(data.BOARD_COMMENTS[row.status.value])
                if row.status == ActionStatus.NOT_STARTED and action.start_date > period.end_date:
                    # Not due yet: no delay to explain and nothing to rate.
                    comment, rating = not_yet_due(action.start_date), None
                before = None if previous is None else previous[position].progress
                progress = progress_sentence(row.progress, before)
                texts["board_comment"] = Text(
                    f"{comment.tr} {progress.tr}", f"{comment.en} {progress.en}"
                )
                choices = data.RECOMMENDATIONS_BY_AREA[template.area_key]
                texts["recommendation"] = data.RECOMMENDATIONS[rng.choice(choices)]
            rows.append(
                ActionAssessment(
                    sort_order=position,  # a reporter's save keeps the plan's order
                    action=action,
                    status=row.status,
                    progress=row.progress,
                    rating=rating,
                    **{name: text.tr for name, text in texts.items()},
                )
            )
            row_texts.append(texts)
        values = []
        for text in reported:
            values.extend(
                self.sample_values(
                    self.indicators[text.code],
                    text,
                    period,
                    round_number,
                    factors[text.code],
                    municipality.slug,
                )
            )
        for position, value in enumerate(values):
            value.sort_order = position
        board_rows = figures if approved else None
        page = AssessmentPage(
            **assessment_values(plan, period, "tr", board_rows, previous),
            period=period,
            is_sample_data=True,
            action_rows=rows,
            indicator_values=values,
        )
        if approved:
            self.publisher.publish_new(plan, page, user=self.board, quiet=True)
            english = assessment_values(plan, period, "en", board_rows, previous)
            english["action_rows"] = [
                {name: text.en for name, text in texts.items()} for texts in row_texts
            ]
            english["indicator_values"] = [
                {"source_note": data.SOURCE_NOTE.en} for _value in values
            ]
            translation = self.publisher.translate(page, english, quiet=True)
            date_publication([page, translation], approval_time(period, municipality.slug))
        else:
            page.live = False
            plan.add_child(instance=page)
            submitter = self.submitters.get(municipality.slug, self.default_submitter)
            page.save_revision(user=submitter)
            page.get_workflow().start(page, submitter)

    def sample_values(
        self,
        indicator: IndicatorPage,
        text: data.IndicatorText,
        period: MonitoringPeriod,
        round_number: int,
        factor: Decimal,
        municipality_key: str = "",
    ) -> list[IndicatorValue]:
        """Invented values following the indicator's SeriesShape, scaled by the municipality's
        factor: one step towards the target each period, stopping at it (sample data), with
        the data-quality flags of data.SAMPLE_FLAGS."""
        flags = {
            DataFlag(code).field_name: True
            for (town, code_of, round_of), codes in data.SAMPLE_FLAGS.items()
            if town == municipality_key
            and code_of in ("*", text.code)
            and round_of in (0, round_number)
            for code in codes
        }
        shape = text.shape
        total = shape.baseline + shape.step * round_number
        total = min(total, shape.target) if shape.step > 0 else max(total, shape.target)
        return [
            IndicatorValue(
                indicator=indicator,
                date=period.end_date,
                disaggregation=kind,
                value=value,
                source_note=data.SOURCE_NOTE.tr,
                **flags,
            )
            for kind, value in by_disaggregation(Decimal(str(total)) * factor, text)
        ]

    def targets(
        self,
        municipality: MunicipalityPage,
        reported: list[data.IndicatorText],
        factors: dict[str, Decimal],
    ) -> None:
        """Baseline and target per municipality, and per disaggregation where the indicator is
        disaggregated, for the indicators it reports."""
        for text in reported:
            indicator = self.indicators[text.code]
            if indicator.targets.filter(municipality=municipality).exists():
                continue
            self.targeted.add(text.code)
            factor = factors[text.code]
            baselines = by_disaggregation(Decimal(str(text.shape.baseline)) * factor, text)
            targets = by_disaggregation(Decimal(str(text.shape.target)) * factor, text)
            IndicatorTarget.objects.bulk_create(
                IndicatorTarget(
                    page=indicator,
                    municipality=municipality,
                    disaggregation=kind,
                    baseline_value=baseline,
                    baseline_year=PLAN_YEARS[0],
                    target_value=target,
                    target_year=PLAN_YEARS[1],
                )
                for (kind, baseline), (_kind, target) in zip(baselines, targets, strict=True)
            )
