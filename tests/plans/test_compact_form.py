"""The assessment form's compact rows: one line per action and per indicator value, the board's
fields beside each row, editable for the board and read-only for reporters."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from django.contrib.auth.models import AbstractUser
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from plans.models import ActionAssessment, AssessmentPage, IndicatorValue
from tests.plans.factories import IndicatorPageFactory
from tests.plans.test_workflow import draft_assessment, logged_in
from tests.scenarios.monitoring import Monitoring, action_row, assessment_form_data, value_row

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

EARLIER_COMMENT = "Heyetin önceki yorumu: kreş sayısı arttı."


def assessed_draft(monitoring: Monitoring) -> AssessmentPage:
    """A draft whose first row the board has already rated and commented on."""
    page = draft_assessment(monitoring)
    ActionAssessment.objects.filter(assessment=page).update(rating=3, board_comment=EARLIER_COMMENT)
    page.refresh_from_db()
    page.save_revision()
    return page


def edit_page(user: AbstractUser, page: AssessmentPage) -> str:
    response = logged_in(user).get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def row_html(html: str, prefix: str) -> str:
    """The markup of one row (from its inline_child_<prefix> element to the next row's)."""
    start = html.index(f'id="inline_child_{prefix}"')
    following = html.find('data-inline-panel-child id="inline_child_', start + 1)
    return html[start : following if following != -1 else len(html)]


def saved_rows(page: AssessmentPage) -> dict[str, list[dict[str, object]]]:
    """The POST rows of the page's saved action rows and values, with their ids (rows posted
    without an id are new ones: the saved rows would stay beside them)."""
    actions = [
        {**action_row(row.action, row.status, row.progress), "id": row.pk}
        for row in page.action_rows.all()
    ]
    values = [
        {**value_row(row.indicator, row.date, row.disaggregation, row.value), "id": row.pk}
        for row in page.indicator_values.all()
    ]
    return {"rows": actions, "values": values}


def post_rows(
    user: AbstractUser, page: AssessmentPage, rows: list[dict[str, object]], **extra: object
) -> HttpResponse:
    """Posts the edit form (a draft save) with these action rows and the saved values."""
    data = assessment_form_data(
        title=page.title,
        slug=page.slug,
        period=page.period,
        rows=rows,
        values=saved_rows(page)["values"],
        summary=extra.pop("summary", page.summary),
        **extra,
    )
    # The rows with an id are the formsets' initial forms (they come first).
    data["action_rows-INITIAL_FORMS"] = str(sum(1 for row in rows if "id" in row))
    data["indicator_values-INITIAL_FORMS"] = str(page.indicator_values.count())
    return logged_in(user).post(f"/admin/pages/{page.pk}/edit/", data)


def latest(page: AssessmentPage) -> AssessmentPage:
    """The page as its latest revision (what a draft save wrote)."""
    return AssessmentPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_reporter_sees_one_row_per_action_headed_by_its_title(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = make_rows(monitoring, actions=3)
    html = edit_page(kadikoy_reporter, page)

    for index, action in enumerate(monitoring.actions[:3]):
        row = row_html(html, f"action_rows-{index}")
        assert 'class="yeep-row"' in row
        assert f'<span class="yeep-row__caption">{action.title}</span>' in row
        assert f'name="action_rows-{index}-status"' in row
        assert f'name="action_rows-{index}-progress"' in row
    assert html.count('class="yeep-row"') == 3 + 1 + 1 + 1  # 3 actions, 1 value, 2 templates
    assert "/static/plans/admin/rows.css" in html  # the rows' stylesheet (the panel's media)


def test_reporter_reads_the_boards_fields_but_cannot_edit_them(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = assessed_draft(monitoring)
    html = edit_page(kadikoy_reporter, page)
    row = row_html(html, "action_rows-0")

    board = row[row.index('class="yeep-row__board"') :]
    assert "İzleme Heyeti" in board
    assert EARLIER_COMMENT in board  # the board's earlier comment, as text
    assert "Yeterli" in board  # the rating's label
    assert 'aria-readonly="true"' in board
    for field in ("rating", "board_comment", "recommendation"):
        assert f'name="action_rows-0-{field}"' not in html
    # The page-level text is read-only too, in a section collapsed for the reporter.
    assert 'name="summary"' not in html
    assert re.search(r'<section class="w-panel collapsed"[^>]*izleme_heyetinin', html)


def test_board_member_edits_the_boards_fields_in_each_row(
    monitoring: Monitoring, board_member: AbstractUser
) -> None:
    page = assessed_draft(monitoring)
    html = edit_page(board_member, page)
    row = row_html(html, "action_rows-0")

    board = row[row.index('class="yeep-row__board"') :]
    assert re.search(r'<select name="action_rows-0-rating"[^>]*>', board)
    assert 'name="action_rows-0-board_comment"' in board
    assert EARLIER_COMMENT in board
    assert 'name="action_rows-0-recommendation"' in board
    assert "disabled" not in re.search(r'<select name="action_rows-0-rating"[^>]*>', board)[0]
    assert 'name="summary"' in html
    assert not re.search(r'<section class="w-panel collapsed"[^>]*izleme_heyetinin', html)


def test_reporter_row_without_board_text_shows_no_board_group(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = draft_assessment(monitoring)  # the board has written nothing yet
    row = row_html(edit_page(kadikoy_reporter, page), "action_rows-0")
    assert "yeep-row__board" not in row


def test_a_posted_rating_from_a_reporter_is_ignored_without_error(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = assessed_draft(monitoring)
    (row,) = saved_rows(page)["rows"]
    row.update(status="in_progress", progress=40, rating="5", board_comment="Kendi yorumumuz")

    response = post_rows(kadikoy_reporter, page, [row], summary="Kendi özetimiz")

    assert response.status_code == 302, response.content.decode()[:2000]
    saved = latest(page)
    (row,) = saved.action_rows.all()
    assert (row.status, row.progress) == ("in_progress", 40)  # the reporter's facts are saved
    assert (row.rating, row.board_comment) == (3, EARLIER_COMMENT)  # the board's are kept
    assert saved.summary == page.summary


def test_reporter_saves_a_draft_with_changed_status_and_progress(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    (row,) = saved_rows(page)["rows"]
    row.update(status="in_progress", progress="65", evidence="Yeni kreş açıldı.")

    response = post_rows(kadikoy_reporter, page, [row])

    assert response.status_code == 302, response.content.decode()[:2000]
    (row,) = latest(page).action_rows.all()
    assert (row.status, row.progress, row.evidence) == ("in_progress", 65, "Yeni kreş açıldı.")


def test_adding_a_row_still_works(monitoring: Monitoring, kadikoy_reporter: AbstractUser) -> None:
    page = draft_assessment(monitoring)
    html = edit_page(kadikoy_reporter, page)

    # What Wagtail's InlinePanel script needs to add, delete and order rows.
    for element_id in ("id_action_rows-FORMS", "id_action_rows-ADD", "id_action_rows-TOTAL_FORMS"):
        assert f'id="{element_id}"' in html
    template = html[html.index('<template id="id_action_rows-EMPTY_FORM_TEMPLATE">') :]
    template = template[: template.index("</template>")]
    assert 'id="inline_child_action_rows-__prefix__"' in template
    assert 'name="action_rows-__prefix__-action"' in template
    assert 'name="action_rows-__prefix__-DELETE"' in template
    assert 'name="action_rows-__prefix__-ORDER"' in template
    assert 'id="id_action_rows-__prefix__-DELETE-button"' in template
    assert "data-inline-panel-child-count" in template
    assert 'name="action_rows-__prefix__-rating"' not in template  # reporter: board fields off
    assert 'id="id_action_rows-0-DELETE-button"' in html

    rows = [*saved_rows(page)["rows"], action_row(monitoring.actions[1], "not_started", 0)]
    response = post_rows(kadikoy_reporter, page, rows)

    assert response.status_code == 302, response.content.decode()[:2000]
    rows = latest(page).action_rows.all()
    assert [(row.action_id, row.status) for row in rows] == [
        (monitoring.actions[0].pk, "completed"),
        (monitoring.actions[1].pk, "not_started"),
    ]


def test_indicator_rows_are_headed_by_indicator_date_and_disaggregation(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    row = row_html(edit_page(kadikoy_reporter, page), "indicator_values-0")
    assert f"{monitoring.indicator.title} · 30 Haziran 2026 · Toplam" in row
    assert 'name="indicator_values-0-value"' in row


def make_rows(
    monitoring: Monitoring, *, actions: int, values: int = 1, page: AssessmentPage | None = None
) -> AssessmentPage:
    """A draft (`page`, or a new one) with a row for each of `actions` actions and `values`
    indicator values, and no other rows."""
    monitoring.add_plan_actions(max(0, actions - len(monitoring.actions)))
    page = page or draft_assessment(monitoring)
    ActionAssessment.objects.filter(assessment=page).delete()
    IndicatorValue.objects.filter(assessment=page).delete()
    index = monitoring.indicator.get_parent()
    indicators = [monitoring.indicator] + [
        IndicatorPageFactory(parent=index) for _ in range(values // 3)
    ]
    kinds = ("women", "men", "total")
    ActionAssessment.objects.bulk_create(
        ActionAssessment(
            assessment=page,
            locale=page.locale,
            sort_order=number,
            action=action,
            status="in_progress",
            progress=number,
            board_comment=f"Yorum {number}",
        )
        for number, action in enumerate(monitoring.actions[:actions])
    )
    IndicatorValue.objects.bulk_create(
        IndicatorValue(
            assessment=page,
            locale=page.locale,
            sort_order=number,
            indicator=indicators[number // 3],
            date=date(2026, 6, 30),
            disaggregation=kinds[number % 3],
            value=Decimal(number),
        )
        for number in range(values)
    )
    page.refresh_from_db()
    page.save_revision()
    return page


@pytest.mark.parametrize("user_fixture", ["kadikoy_reporter", "board_member"])
def test_the_edit_page_runs_the_same_queries_for_any_number_of_rows(
    monitoring: Monitoring, user_fixture: str, request: pytest.FixtureRequest
) -> None:
    client = logged_in(request.getfixturevalue(user_fixture))

    def queries(page: AssessmentPage) -> int:
        client.get(f"/admin/pages/{page.pk}/edit/")  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        rows = html.count('data-inline-panel-child id="inline_child_action_rows-')
        assert rows == len(page.action_rows.all()) + 1  # and the empty form
        return len(captured.captured_queries)

    page = make_rows(monitoring, actions=3, values=4)
    few = queries(page)
    # The page choosers of the rows (action, indicator) take their pages and the pages' parents
    # from the panel's one read of the subjects (plans.admin_panels.prime_chooser), and the
    # draft's rows are restored with their foreign keys checked in bulk (plans.revision_rows);
    # each cost a few queries a row before: 264 queries for this page.
    many = queries(make_rows(monitoring, actions=15, values=22, page=page))
    assert many <= few + 2
    assert many <= 90


def test_reporter_saves_a_form_without_the_boards_inputs(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    """What the reporter's browser posts: the board's fields are text, so none of their inputs
    (a StreamField's widget fails on missing inputs unless the form ignores them)."""
    page = assessed_draft(monitoring)
    page.narrative = [("paragraph", "<p>Heyetin genel değerlendirmesi.</p>")]
    page.summary = "Heyetin özeti."
    page.save_revision()
    (row,) = saved_rows(page)["rows"]
    row.update(status="delayed", progress="12")
    data = assessment_form_data(
        title=page.title,
        slug=page.slug,
        period=page.period,
        rows=[row],
        values=saved_rows(page)["values"],
    )
    data["action_rows-INITIAL_FORMS"] = "1"
    data["indicator_values-INITIAL_FORMS"] = "1"
    board_inputs = re.compile(
        r"^(summary|narrative|recommendations)|-(rating|board_comment|recommendation)$"
    )
    data = {key: value for key, value in data.items() if not board_inputs.search(key)}

    response = logged_in(kadikoy_reporter).post(f"/admin/pages/{page.pk}/edit/", data)

    assert response.status_code == 302, response.content.decode()[:2000]
    saved = latest(page)
    (saved_row,) = saved.action_rows.all()
    assert (saved_row.status, saved_row.progress) == ("delayed", 12)
    assert (saved_row.rating, saved_row.board_comment) == (3, EARLIER_COMMENT)
    assert saved.summary == "Heyetin özeti."
    assert "Heyetin genel değerlendirmesi." in str(saved.narrative)


def test_a_rows_field_error_is_shown_in_its_cell_and_tied_to_its_input(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    """The compact cells (plans.admin_panels.render_row_cell) keep what Wagtail's field markup
    gives: the label for the input, the required mark, the error beside the field, announced
    with the input (aria-invalid, aria-describedby)."""
    page = draft_assessment(monitoring)
    (row,) = saved_rows(page)["rows"]
    row.update(progress="140")

    response = post_rows(kadikoy_reporter, page, [row])

    assert response.status_code == 200  # the form again, with the error
    cell = row_html(response.content.decode(), "action_rows-0")
    cell = cell[cell.index("yeep-row__cell--progress") :]
    cell = cell[: cell.index("yeep-row__cell", 30)]
    assert '<label class="w-field__label" for="id_action_rows-0-progress"' in cell
    assert '<span class="w-required-mark">*</span>' in cell
    assert "w-field--error" in cell
    error = re.search(r'data-field-errors id="([^"]+)">(.*?)</div>', cell, re.S)
    assert error is not None and "100" in error.group(2)  # "… less than or equal to 100."
    field = re.search(r'<input type="number" name="action_rows-0-progress"[^>]*>', cell)
    assert field is not None
    assert 'aria-invalid="true"' in field.group(0)
    assert error.group(1) in field.group(0)  # aria-describedby names the error


def test_rows_carry_no_comment_buttons(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    """Rows are outside Wagtail's comments (data-contentpath-disabled): a comment button in a
    row would do nothing, so none is drawn; the page's own fields keep theirs."""
    html = edit_page(kadikoy_reporter, draft_assessment(monitoring))

    rows = html[html.index('id="id_action_rows-FORMS"') : html.index('id="id_action_rows-ADD"')]
    assert 'id="inline_child_action_rows-0"' in rows
    assert "data-comment-add" not in rows
    assert "data-comment-add" in html[: html.index('id="id_action_rows-FORMS"')]
