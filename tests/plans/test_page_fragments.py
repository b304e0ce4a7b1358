"""The monitoring pages' sections cached until the next content generation (plans.fragments,
`{% generation_cache %}`): a second request is served from the cache in fewer queries, with the
same HTML; a committed publication shows on the next request; a preview and a publication still
waiting for its commit are never cached."""

from __future__ import annotations

import re

import pytest

from django.db import connection
from django.template import engines
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from plans.models import AssessmentPage
from tests.commits import committed
from tests.query_counts import MAX_QUERIES_PER_PAGE
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import html_of

pytestmark = pytest.mark.django_db


def urls(monitoring: Monitoring) -> dict[str, str]:
    """The pages whose sections are cached, in both languages where the scenario has them."""
    kadikoy = monitoring.tree.kadikoy
    period = monitoring.assessments[0].period
    return {
        "home": monitoring.tree.home.url,
        "home (en)": monitoring.tree.english_of(monitoring.tree.home).url,
        "municipality index": monitoring.tree.index.url,
        "municipality": kadikoy.url,
        "municipality (en)": monitoring.tree.english_of(kadikoy).url,
        "plan": monitoring.plan.url,
        "action": monitoring.actions[0].url,
        "assessment": monitoring.assessments[0].url,
        "report": f"{kadikoy.url}rapor/{period.pk}/",
    }


def get(client: Client, url: str) -> tuple[str, int]:
    """The page's HTML without its form tokens (new on every request), and its queries."""
    with CaptureQueriesContext(connection) as queries:
        html = html_of(client, url)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html), len(queries)


def correct_the_assessment(monitoring: Monitoring) -> None:
    """The board approves a correction: the first action cancelled, with a new comment."""
    revised = monitoring.assessments[0].get_latest_revision_as_object()
    rows = list(revised.action_rows.all())
    rows[0].status, rows[0].progress, rows[0].board_comment = "cancelled", 0, "Düzeltilen yorum"
    revised.action_rows = rows
    revised.save_revision().publish()


def test_a_second_request_is_served_from_the_cache(client: Client, monitoring: Monitoring) -> None:
    for name, url in urls(monitoring).items():
        first, missed = get(client, url)
        again, hit = get(client, url)
        assert again == first, name
        assert hit < missed, (name, hit, missed)
        assert hit <= MAX_QUERIES_PER_PAGE, (name, hit)


def test_a_committed_publication_shows_on_the_next_request(
    client: Client, monitoring: Monitoring
) -> None:
    pages = urls(monitoring)
    shown = ("action", "assessment", "report")
    before = {name: get(client, pages[name])[0] for name in (*shown, "municipality", "home")}
    assert all("Onaylı yorum: kreş açıldı." in before[name] for name in shown)
    with committed():
        correct_the_assessment(monitoring)
    for name in shown:
        html, _queries = get(client, pages[name])
        assert "Düzeltilen yorum" in html, name
        if name == "assessment":  # the old comment only in the history of corrections
            assert "kreş açıldı. → Düzeltilen yorum" in html
        else:
            assert "kreş açıldı" not in html, name
    # The status counts: one completed action fewer, one cancelled more.
    municipality, _queries = get(client, pages["municipality"])
    assert municipality != before["municipality"]
    home, _queries = get(client, pages["home"])
    assert "1 / 3 (%33)" in before["home"] and "0 / 3 (%0)" in home
    # And the new sections are cached in turn.
    again, hit = get(client, pages["home"])
    assert again == home and hit < MAX_QUERIES_PER_PAGE


def test_a_publication_waiting_for_its_commit_is_not_cached(
    client: Client, monitoring: Monitoring
) -> None:
    """A section rendered while the transaction holds an uncommitted publication is read afresh
    and kept nowhere: kept, it would outlive a rollback."""
    url = monitoring.actions[0].url
    get(client, url)  # cached
    correct_the_assessment(monitoring)  # published, not committed
    html, _queries = get(client, url)
    assert "Düzeltilen yorum" in html  # not the cached section
    connection.run_on_commit.clear()  # rolled back, say: its callbacks never run
    html, _queries = get(client, url)
    assert "Düzeltilen yorum" not in html and "kreş açıldı" in html  # nothing of it was kept


def test_hit_queries_do_not_grow_with_the_data(client: Client, monitoring: Monitoring) -> None:
    pages = urls(monitoring)
    small = {name: get(client, url) and get(client, url)[1] for name, url in pages.items()}
    with committed():
        monitoring.add_plan_actions(20)
        correct_the_assessment(monitoring)
    large = {name: get(client, url) and get(client, url)[1] for name, url in pages.items()}
    assert large == small


def test_a_preview_is_rendered_afresh_and_never_cached(monitoring: Monitoring) -> None:
    template = engines["django"].from_string(
        '{% load fragment_tags %}{% generation_cache "test" %}{{ value }}{% endgeneration_cache %}'
    )
    page = AssessmentPage.objects.get(pk=monitoring.assessments[0].pk)
    connection.run_on_commit.clear()

    def render(value: str, *, preview: bool) -> str:
        request = RequestFactory(HTTP_HOST="localhost").get(page.url)
        request.is_preview = preview
        return template.render({"page": page, "value": value}, request)

    assert render("taslak", preview=True) == "taslak"
    assert render("yayında", preview=False) == "yayında"  # the preview left nothing behind
    assert render("taslak 2", preview=True) == "taslak 2"  # nor does it read the cached one
    assert render("başka", preview=False) == "yayında"  # the published one is cached
