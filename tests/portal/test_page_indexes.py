"""The indexes portal's migration 0004 adds to Wagtail's page table on PostgreSQL, and that the
planner uses them for the queries they were made for (search join, children of a page)."""

from __future__ import annotations

import pytest

from django.db import connection

from wagtail.models import Page

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-only indexes"),
]


def plan_of(sql: str, params: list[object]) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny test table: force the choice
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_search_join_on_page_id_as_text_can_use_an_index() -> None:
    plan = plan_of("SELECT id FROM wagtailcore_page WHERE (id::varchar(50))::text = %s", ["1"])
    assert "portal_page_id_as_text" in plan


def test_children_of_the_home_page_can_use_an_index(site_tree) -> None:  # type: ignore[no-untyped-def]
    children = site_tree.home.get_children().live()
    sql, params = children.values("pk").query.sql_with_params()
    assert "portal_page_depth_path" in plan_of(sql, list(params))
    assert Page.objects.filter(pk__in=children.values("pk")).exists()
