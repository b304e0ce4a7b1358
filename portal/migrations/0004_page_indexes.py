"""Two indexes on wagtailcore_page that PostgreSQL needs at national scale (generate_scale:
72,000 pages); SQLite gets nothing (its search backend is FTS5, its planner differs).

- `portal_page_id_as_text`: the database search backend (django-modelsearch, under Wagtail)
  joins its index entries to the pages on `page.id::varchar(50) = indexentry.object_id`, which
  no index served. A LIMIT made the planner pick a nested loop comparing every page with every
  match: /ara/?q=Sentetik took 8 s, 80 ms with the index.
- `portal_page_depth_path`: treebeard reads a page's children as `depth = d AND path BETWEEN`
  its subtree, and the home page's subtree is the whole site, so the main menu (on every page)
  scanned all pages: 12-19 ms a page view, 0.05 ms with the index.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

# The first expression must be the one the search backend writes, or PostgreSQL will not use it.
INDEXES = {
    "portal_page_id_as_text": "(((id::varchar(50))::text))",
    "portal_page_depth_path": "(depth, path)",
}


def create(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {columns}")


def drop(apps: Any, schema_editor: Any) -> None:
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_remove_wagtail_default_groups"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create, drop)]
