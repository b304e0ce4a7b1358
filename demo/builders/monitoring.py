"""The demo's monitoring data: areas, periods, indicators, a sample plan per municipality with
actions, two approved assessments and one draft in the board's workflow.

Everything here is invented sample data and every page carries the sample-data flag. Deterministic:
a fixed seed per municipality; idempotent: objects are found by slug or translation key first.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from django.contrib.auth.models import AbstractBaseUser
from django.utils.text import slugify

from wagtail.models import Locale, Page

from demo.content import monitoring as data
from demo.content.indicators import INDICATOR_INDEX, INDICATORS
from demo.content.municipalities import MUNICIPALITIES
from indicators.models import IndicatorIndexPage, IndicatorPage, IndicatorTarget
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

from .publishing import Publisher

SEED = 20251125
ACTIONS_PER_PLAN = 15
PLAN_YEARS = data.PLAN_YEARS

# Status mix of the sample assessments: period 1 mostly starting, period 2 further along.
STATUS_WEIGHTS = {
    1: [(ActionStatus.NOT_STARTED, 4), (ActionStatus.IN_PROGRESS, 6), (ActionStatus.DELAYED, 2),
        (ActionStatus.COMPLETED, 1)],
    2: [(ActionStatus.IN_PROGRESS, 6), (ActionStatus.COMPLETED, 4), (ActionStatus.DELAYED, 2),
        (ActionStatus.NOT_STARTED, 1), (ActionStatus.CANCELLED, 1)],
    3: [(ActionStatus.IN_PROGRESS, 5), (ActionStatus.COMPLETED, 6), (ActionStatus.DELAYED, 1)],
}  # fmt: skip
PROGRESS_RANGE = {
    ActionStatus.NOT_STARTED: (0, 0),
    ActionStatus.IN_PROGRESS: (15, 85),
    ActionStatus.COMPLETED: (100, 100),
    ActionStatus.DELAYED: (5, 40),
    ActionStatus.CANCELLED: (0, 10),
}


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


def assessment_values(
    plan: PlanPage, period: MonitoringPeriod, language: str, *, approved: bool
) -> dict[str, Any]:
    """Title, slug, intro, summary and narrative of a sample assessment in one language (a draft
    has neither summary nor narrative yet)."""
    name = in_language(period, language).name
    return {
        "title": getattr(data.ASSESSMENT_TITLE, language).format(period=name),
        "slug": slugify(period.kind),
        "intro": getattr(data.ASSESSMENT_INTRO, language).format(
            municipality=in_language(plan.get_parent().specific, language).title, period=name
        ),
        "summary": getattr(data.ASSESSMENT_ABSTRACT, language) if approved else "",
        "narrative": stream_data(f"{plan.pk}:{period.kind}", data.ASSESSMENT_SUMMARY, language)
        if approved
        else [],
    }


def paragraph_stream(key: str, text: Text, language: str) -> list[dict[str, Any]]:
    """A one-paragraph StreamField value whose block id is the same in both languages."""
    return stream_data(key, (paragraph(f"<p>{text.tr}</p>", f"<p>{text.en}</p>"),), language)


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
            direction=text.direction,
            periodicity=text.periodicity,
            disaggregated_by_sex=text.disaggregated,
            is_sample_data=True,
        )

    def plan(self, municipality: MunicipalityPage) -> None:
        """A sample plan with objectives and actions, two approved assessments, one draft."""
        turkish = plan_values(municipality, "tr")
        if PlanPage.objects.child_of(municipality).filter(slug=turkish["slug"]).exists():
            return
        rng = random.Random(f"{SEED}:{municipality.slug}")  # noqa: S311 - sample data, not security
        templates = rng.sample(list(data.ACTIONS), ACTIONS_PER_PLAN)
        used_areas = {template.area_key for template in templates}
        objectives = [
            objective for objective in data.OBJECTIVES if objective.area_key in used_areas
        ]
        plan = PlanPage(
            **turkish,
            start_year=PLAN_YEARS[0],
            end_year=PLAN_YEARS[1],
            council_decision_number=f"{PLAN_YEARS[0]}/{rng.randint(10, 250)}",
            council_decision_date=date(PLAN_YEARS[0] - 1, 12, rng.randint(1, 28)),
            is_sample_data=True,
            objectives=[
                PlanObjective(
                    code=str(objective.number),
                    title=objective.title.tr,
                    area=self.areas[objective.area_key],
                )
                for objective in objectives
            ],
        )
        self.publisher.publish_new(municipality, plan, quiet=True)
        english = plan_values(municipality, "en")
        english["objectives"] = [{"title": objective.title.en} for objective in objectives]
        self.publisher.translate(plan, english, quiet=True)
        objective_of = {objective.area_key: objective.number for objective in data.OBJECTIVES}
        actions: list[tuple[ActionPage, data.ActionText]] = []
        counters: dict[int, int] = {}
        for template in sorted(templates, key=lambda item: objective_of[item.area_key]):
            number = objective_of[template.area_key]
            counters[number] = counters.get(number, 0) + 1
            code = f"{number}.{counters[number]}"
            actions.append((self.action(plan, template, code, rng), template))
        self.stdout.write(f"  + {plan.url_path} ({len(actions)} actions)\n")
        for round_number, period in enumerate(self.periods[:3], start=1):
            self.assessment(plan, municipality, period, actions, round_number, rng)

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
        round_number: int,
        rng: random.Random,
    ) -> None:
        approved = round_number < 3
        rows = []
        row_texts: list[dict[str, Text]] = []  # each row's text in both languages
        for position, (action, _template) in enumerate(actions):
            statuses, weights = zip(*STATUS_WEIGHTS[round_number], strict=True)
            status = rng.choices(statuses, weights)[0]
            low, high = PROGRESS_RANGE[status]
            progress = rng.randint(low, high)
            texts = {"evidence": rng.choice(data.EVIDENCE[status.value])}
            rating = rng.choice(data.RATINGS_BY_STATUS[status]) if approved else None
            if approved:
                texts["board_comment"] = rng.choice(data.BOARD_COMMENTS[status.value])
                texts["recommendation"] = rng.choice(data.RECOMMENDATIONS)
            rows.append(
                ActionAssessment(
                    sort_order=position,  # a reporter's save keeps the plan's order
                    action=action,
                    status=status,
                    progress=progress,
                    rating=rating,
                    **{name: text.tr for name, text in texts.items()},
                )
            )
            row_texts.append(texts)
        values = []
        codes = sorted({code for _action, template in actions for code in template.indicator_codes})
        for code in codes:
            text = next(item for item in INDICATORS if item.code == code)
            values.extend(
                self.sample_values(self.indicators[code], text, period, round_number, rng)
            )
        for position, value in enumerate(values):
            value.sort_order = position
        page = AssessmentPage(
            **assessment_values(plan, period, "tr", approved=approved),
            period=period,
            is_sample_data=True,
            action_rows=rows,
            indicator_values=values,
        )
        if round_number == 1:
            self.targets(municipality, codes, rng)
        if approved:
            self.publisher.publish_new(plan, page, user=self.board, quiet=True)
            english = assessment_values(plan, period, "en", approved=True)
            english["action_rows"] = [
                {name: text.en for name, text in texts.items()} for texts in row_texts
            ]
            english["indicator_values"] = [
                {"source_note": data.SOURCE_NOTE.en} for _value in values
            ]
            self.publisher.translate(page, english, quiet=True)
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
        rng: random.Random,
    ) -> list[IndicatorValue]:
        """Invented values following the indicator's SeriesShape (sample data)."""
        shape = text.shape
        total = Decimal(str(shape.baseline + shape.step * round_number))
        total *= Decimal(str(1 + rng.uniform(-0.1, 0.1)))
        total = total.quantize(Decimal("0.1"))
        rows = [(Disaggregation.TOTAL, total)]
        if text.disaggregated:
            if text.unit.tr == "%":
                gap = Decimal(str(shape.women_share * 10 - 5))
                rows += [(Disaggregation.WOMEN, total + gap), (Disaggregation.MEN, total - gap)]
            else:
                women = (total * Decimal(str(shape.women_share))).quantize(Decimal("1"))
                rows += [(Disaggregation.WOMEN, women), (Disaggregation.MEN, total - women)]
        return [
            IndicatorValue(
                indicator=indicator,
                date=period.end_date,
                disaggregation=kind,
                value=max(value, Decimal(0)),
                source_note=data.SOURCE_NOTE.tr,
            )
            for kind, value in rows
        ]

    def targets(self, municipality: MunicipalityPage, codes: list[str], rng: random.Random) -> None:
        """Baseline and target per municipality for the indicators its plan uses."""
        for code in codes:
            indicator = self.indicators[code]
            text = next(item for item in INDICATORS if item.code == code)
            if indicator.targets.filter(municipality=municipality).exists():
                continue
            factor = Decimal(str(1 + rng.uniform(-0.15, 0.15)))
            self.targeted.add(code)
            IndicatorTarget.objects.create(
                page=indicator,
                municipality=municipality,
                disaggregation=Disaggregation.TOTAL,
                baseline_value=(Decimal(str(text.shape.baseline)) * factor).quantize(
                    Decimal("0.1")
                ),
                baseline_year=PLAN_YEARS[0],
                target_value=Decimal(str(text.shape.target)),
                target_year=PLAN_YEARS[1],
            )
