"""`manage.py setup_demo`: the demo site, idempotently (see demo.builders.site)."""

from __future__ import annotations

import os
from io import StringIO
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand

from demo.builders.site import DemoSiteBuilder
from demo.content.users import DEMO_USERS
from portal.indexing import search_index_off

DEFAULT_ADMIN_PASSWORD = "yeep-admin-2026"  # noqa: S105 - demo only, printed, overridable
DEFAULT_DEMO_PASSWORD = "yeep-demo-2026"  # noqa: S105


class Command(BaseCommand):
    """Create the demo site (pages in Turkish and English, roles, one user per role)."""

    help = (
        "Create or complete the demo site. Passwords come from DEMO_ADMIN_PASSWORD and "
        "DEMO_USER_PASSWORD (defaults are printed)."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--plans",
            type=int,
            default=None,
            help="Give sample plans to only the first N municipalities (all by default; the "
            "tests use a few to stay fast).",
        )
        parser.add_argument(
            "--no-search-index",
            action="store_true",
            help="Leave the search index as it is (the tests, which never search the demo).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        admin_password = os.environ.get("DEMO_ADMIN_PASSWORD") or DEFAULT_ADMIN_PASSWORD
        demo_password = os.environ.get("DEMO_USER_PASSWORD") or DEFAULT_DEMO_PASSWORD
        self.stdout.write("Demo site:")
        # Pages are saved several times each while they are built (draft, revision, publication,
        # translation): the search index is written once at the end instead of on every save.
        with search_index_off():
            DemoSiteBuilder(
                self.stdout, admin_password, demo_password, plan_limit=options["plans"]
            ).build()
        if not options["no_search_index"]:
            call_command("update_index", stdout=StringIO())
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
        self.stdout.write(f"  Admin login at /admin/  user: admin  password: {admin_password}")
        others = ", ".join(user.username for user in DEMO_USERS if user.group)
        self.stdout.write(f"  Role accounts ({others}) password: {demo_password}")
