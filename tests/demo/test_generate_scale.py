"""`manage.py generate_scale`: a valid tree of live, approved synthetic pages that every public
channel shows, the same for the same seed, replaced (not duplicated) by a second run, and never
touching real pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import StringIO
from typing import Any

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db.models import Q
from django.test import Client

from wagtail.models import Collection, Page

from demo.synthetic import MARKERS, SLUG_PREFIX
from indicators.models import IndicatorIndexPage, IndicatorPage
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
)
from plans.roles import ensure_all_municipality_reporters
from portal.caching import content_generation
from tests.plans.factories import IndicatorIndexPageFactory
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

SIZE = {"municipalities": 3, "actions": 4, "indicators": 3, "years": 2}


def generate(**options: Any) -> str:
    """Run the command at the tiny test size (options override it); return its output."""
    arguments = [f"--{name}={value}" for name, value in {**SIZE, **options}.items()]
    output = StringIO()
    call_command("generate_scale", *arguments, stdout=output)
    return output.getvalue()


@dataclass
class Synthetic:
    """The synthetic pages of a run, in tree order."""

    municipalities: list[MunicipalityPage]
    plans: list[PlanPage]
    actions: list[ActionPage]
    assessments: list[AssessmentPage]
    indicators: list[IndicatorPage]

    @classmethod
    def read(cls) -> Synthetic:
        municipalities = list(
            MunicipalityPage.objects.filter(slug__startswith=SLUG_PREFIX).order_by("path")
        )
        under = Q(pk__in=[])
        for municipality in municipalities:
            under |= Q(path__startswith=municipality.path)

        def below(model: type[Page]) -> list[Any]:
            return list(model.objects.filter(under).order_by("path"))

        indicators = IndicatorPage.objects.filter(slug__startswith=MARKERS.indicator_slug_prefix)
        return cls(
            municipalities,
            below(PlanPage),
            below(ActionPage),
            below(AssessmentPage),
            list(indicators.order_by("path")),
        )

    @property
    def pages(self) -> list[Page]:
        return [
            *self.municipalities, *self.plans, *self.actions, *self.assessments, *self.indicators
        ]  # fmt: skip


@pytest.fixture
def indicator_index(site_tree: SiteTree) -> IndicatorIndexPage:
    """The indicator index the synthetic indicators go under (the session tree has none)."""
    return IndicatorIndexPageFactory(parent=site_tree.home)


@pytest.fixture
def synthetic(indicator_index: IndicatorIndexPage) -> Synthetic:
    """A tiny synthetic build."""
    generate()
    return Synthetic.read()


def snapshot() -> dict[str, Any]:
    """Everything a run generates that must not depend on the run: titles, slugs, tree places,
    facts, statuses and values (ids and timestamps aside)."""
    pages = Synthetic.read().pages
    return {
        "pages": [
            (page.title, page.slug, page.url_path, str(page.translation_key)) for page in pages
        ],
        "municipalities": [
            (page.kind, page.province, page.plate_code, page.latitude, page.longitude)
            for page in Synthetic.read().municipalities
        ],
        "rows": list(
            ActionAssessment.objects.filter(action__slug__startswith="sentetik-")
            .order_by("assessment__path", "sort_order")
            .values_list("action__code", "status", "progress", "rating")
        ),
        "values": list(
            IndicatorValue.objects.filter(assessment__slug__startswith="sentetik-")
            .order_by("assessment__path", "sort_order")
            .values_list("indicator__code", "date", "disaggregation", "value")
        ),
    }


def real_pages() -> list[tuple[Any, ...]]:
    """The pages that are not synthetic, as they are (numchild aside: parents gain children)."""
    return list(
        Page.objects.exclude(title__startswith="Sentetik")
        .order_by("path")
        .values_list("pk", "path", "title", "slug", "url_path", "live", "latest_revision")
    )


def test_builds_a_valid_tree_of_live_turkish_sample_pages(synthetic: Synthetic) -> None:
    assert Page.find_problems() == ([], [], [], [], [])
    assert len(synthetic.municipalities) == 3
    assert len(synthetic.plans) == 3
    assert len(synthetic.actions) == 3 * 4
    assert len(synthetic.assessments) == 3 * 2
    assert len(synthetic.indicators) == 3
    for page in synthetic.pages:
        parent = page.get_parent()
        assert page.live and not page.has_unpublished_changes, page
        assert page.is_sample_data and "Sentetik" in page.title, page
        assert page.locale.language_code == "tr" and page.get_translations().count() == 0
        assert page.url_path == f"{parent.url_path}{page.slug}/"
        assert page.slug.isascii()
        assert page.numchild == Page.objects.child_of(page).count()
        assert page.specific_class is type(page)
    index = synthetic.municipalities[0].get_parent()
    assert index.numchild == Page.objects.child_of(index).count() == 2 + 3  # Kadıköy, Nilüfer


def test_municipalities_have_turkish_names_and_places_in_turkiye(synthetic: Synthetic) -> None:
    titles = [page.title for page in synthetic.municipalities]
    assert titles == ["Sentetik Belediye 0001 (Adana)", *titles[1:]]
    assert len(set(titles)) == len({page.slug for page in synthetic.municipalities}) == 3
    for page in synthetic.municipalities:
        assert page.title.endswith(f"({page.province})")
        assert Decimal("35.5") <= page.latitude <= Decimal("42.5")
        assert Decimal("25.5") <= page.longitude <= Decimal("45.0")
        page.full_clean()  # plate code, coordinates and kind pass the model's validation


def test_plans_have_objectives_actions_links_and_approved_assessments(
    synthetic: Synthetic,
) -> None:
    plan = synthetic.plans[0]
    codes = {objective.code for objective in PlanObjective.objects.filter(page=plan)}
    actions = ActionPage.objects.child_of(plan)
    assert codes and {action.objective_code for action in actions} <= codes
    assert ActionIndicator.objects.filter(page__in=actions).exists()
    assessments = AssessmentPage.objects.child_of(plan).order_by("period__start_date")
    assert [page.period.name for page in assessments] == [
        "Sentetik izleme dönemi 2027",
        "Sentetik izleme dönemi 2028",
    ]
    # Public means approved: every row and value is read through the public helpers.
    assert set(AssessmentPage.objects.of_record()) >= set(synthetic.assessments)
    public_rows = ActionAssessment.objects.for_public().filter(assessment__in=assessments)
    assert public_rows.count() == 2 * 4
    values = IndicatorValue.objects.for_public().filter(assessment=assessments[0])
    assert values.count() == 3 * 3
    by_kind = {value.disaggregation: value.value for value in values if value.indicator.unit != "%"}
    if by_kind:  # counts: women and men add up to the total
        assert by_kind["women"] + by_kind["men"] == by_kind["total"]


def test_pages_render_the_synthetic_data_with_the_sample_notice(
    client: Client, synthetic: Synthetic
) -> None:
    assessment = synthetic.assessments[-1]
    action_row = ActionAssessment.objects.filter(assessment=assessment).first()
    indicator = synthetic.indicators[0]
    expected = {
        synthetic.municipalities[0].url: [synthetic.plans[0].title, assessment.period.name],
        synthetic.plans[0].url: [synthetic.actions[0].title],
        synthetic.actions[0].url: [assessment.period.name],
        assessment.url: [action_row.action.title, action_row.board_comment, indicator.title],
        indicator.url: [synthetic.municipalities[0].title],
    }
    for url, texts in expected.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'id="sample-notice-title"' in html, url
        for text in texts:
            assert text in html, (url, text)
    listing = client.get(synthetic.municipalities[0].get_parent().url).content.decode()
    assert all(page.title in listing for page in synthetic.municipalities)


def test_api_lists_the_synthetic_data(client: Client, synthetic: Synthetic) -> None:
    municipality = synthetic.municipalities[0]
    municipalities = client.get("/api/v1/municipalities/?page_size=100").json()
    assert {page.pk for page in synthetic.municipalities} <= {
        item["id"] for item in municipalities["results"]
    }
    assessments = client.get(f"/api/v1/assessments/?municipality={municipality.slug}").json()
    assert assessments["count"] == 2
    assert len(assessments["results"][0]["action_rows"]) == 4
    assert assessments["results"][0]["approved_at"] is not None
    values = client.get(
        f"/api/v1/indicator-values/?municipality={municipality.slug}&page_size=100"
    ).json()
    assert len(values["results"]) == 2 * 3 * 3  # paged by cursor: no count
    assert values["next"] is None
    plans = client.get(f"/api/v1/plans/?municipality={municipality.slug}").json()
    assert [item["title"] for item in plans["results"]] == [synthetic.plans[0].title]


def test_site_search_finds_municipalities_and_plans(client: Client, synthetic: Synthetic) -> None:
    municipality = synthetic.municipalities[0]
    html = client.get("/tr/ara/", {"q": "Sentetik"}).content.decode()
    assert municipality.title in html
    assert synthetic.plans[0].title in html


def test_an_editor_opens_a_synthetic_assessment_in_the_admin(synthetic: Synthetic) -> None:
    """No revision is made: Wagtail's editor starts from the live page and its rows."""
    admin = get_user_model().objects.create_superuser("root", password="x-secret-123")
    client = Client(HTTP_HOST="localhost")
    client.force_login(admin)
    assessment = synthetic.assessments[0]
    response = client.get(f"/admin/pages/{assessment.pk}/edit/")
    assert response.status_code == 200
    assert ActionAssessment.objects.filter(assessment=assessment).first().board_comment in (
        response.content.decode()
    )


def test_same_seed_gives_the_same_data(indicator_index: IndicatorIndexPage) -> None:
    generate(seed=7)
    first = snapshot()
    generate(seed=7)
    assert snapshot() == first
    generate(seed=8)
    assert snapshot()["values"] != first["values"]


def test_a_run_starts_a_new_content_generation(indicator_index: IndicatorIndexPage) -> None:
    before = content_generation()
    generate()
    assert content_generation() > before  # cached fragments of the old data are not reused


def test_a_second_run_replaces_the_synthetic_data(indicator_index: IndicatorIndexPage) -> None:
    generate()
    before = Synthetic.read()
    output = generate(municipalities=2)
    after = Synthetic.read()
    assert "Removed 27 synthetic pages, 2 monitoring periods" in output  # 3 × 8 + 3
    assert len(after.municipalities) == 2 and len(after.indicators) == 3
    assert not Page.objects.filter(pk__in=[page.pk for page in before.pages]).exists()
    assert MonitoringPeriod.objects.filter(name__startswith="Sentetik").count() == 2
    assert Page.find_problems() == ([], [], [], [], [])
    index = after.municipalities[0].get_parent()
    assert index.numchild == 2 + 2


def test_reporters_groups_made_for_synthetic_municipalities_go_with_them(
    site_tree: SiteTree, indicator_index: IndicatorIndexPage
) -> None:
    """setup_roles (run by setup_demo) gives every municipality a group and a collection."""
    generate()
    groups = ensure_all_municipality_reporters()
    synthetic = Synthetic.read().municipalities
    assert len(groups) == 2 + 3
    output = generate()
    assert "and 3 reporters groups" in output
    assert Group.objects.filter(pk__in=[group.pk for group in groups]).count() == 2
    assert not Collection.objects.filter(name__in=[page.title for page in synthetic]).exists()
    assert Collection.find_problems() == ([], [], [], [], [])
    kadikoy = MunicipalityPage.objects.get(pk=site_tree.kadikoy.pk)
    assert kadikoy.reporters_group_id and kadikoy.collection_id


def test_real_and_demo_pages_are_untouched(monitoring: Monitoring) -> None:
    pages = real_pages()
    values = list(IndicatorValue.objects.filter(assessment__in=monitoring.assessments).values())
    generate()
    generate()
    assert real_pages() == pages
    assert list(IndicatorValue.objects.filter(assessment__in=monitoring.assessments).values()) == (
        values
    )
    assert monitoring.indicator.values.count() == 3


def test_synthetic_indicator_used_by_a_real_assessment_stops_the_rerun(
    monitoring: Monitoring,
) -> None:
    generate()
    synthetic_indicator = Synthetic.read().indicators[0]
    IndicatorValue.objects.create(
        assessment=monitoring.assessments[0],
        indicator=synthetic_indicator,
        date=date(2025, 6, 30),
        value=Decimal(1),
    )
    with pytest.raises(CommandError, match="still use synthetic pages"):
        generate()
    assert IndicatorPage.objects.filter(pk=synthetic_indicator.pk).exists()  # rolled back


def test_missing_indexes_and_bad_sizes_are_refused(site_tree: SiteTree) -> None:
    with pytest.raises(CommandError, match="no indicator index"):
        generate()
    assert not MunicipalityPage.objects.filter(slug__startswith=SLUG_PREFIX).exists()
    assert not IndicatorIndexPage.objects.exists()
    with pytest.raises(CommandError, match="at least 1"):
        generate(actions=0)
