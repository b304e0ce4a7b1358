"""Builds the demo site: pages in Turkish with English translations, roles and demo users.

Deterministic and idempotent: every object is looked up by a natural key (slug, username, group
name) and created only when missing, so a second run changes nothing but the demo passwords.
"""

from __future__ import annotations

from typing import Any, TextIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.content import site as content
from demo.content.municipalities import MUNICIPALITIES, MunicipalityFacts
from demo.content.populations import population_fields
from demo.content.users import BOARD_MEMBER, DEFAULT_SUBMITTER, DEMO_USERS, SUBMITTERS
from plans.models import MunicipalityIndexPage, MunicipalityPage, OpenDataPage
from portal.models import HomePage, StandardPage

from . import events, guide, news, replies, reports, stories, training
from .monitoring import MonitoringDemoBuilder
from .publishing import Publisher, page_values
from .results import build as build_results


def municipality_values(facts: MunicipalityFacts, language: str) -> dict[str, Any]:
    """Field values of a municipality page in one language (slug stays the Turkish one)."""
    summary = content.MUNICIPALITY_SUMMARIES[facts.key]
    return {
        "title": getattr(facts.title, language),
        "slug": facts.key,
        "province": getattr(facts.province, language),
        "summary": getattr(summary, language),
    }


class DemoSiteBuilder:
    """Creates (or completes) the demo site; writes progress to the given stream."""

    def __init__(
        self,
        stdout: TextIO,
        admin_password: str,
        demo_password: str,
        plan_limit: int | None = None,
    ) -> None:
        self.stdout = stdout
        self.plan_limit = plan_limit
        self.admin_password = admin_password
        self.demo_password = demo_password
        self.turkish = Locale.objects.get(language_code="tr")
        self.english, _ = Locale.objects.get_or_create(language_code="en")
        self.publisher = Publisher(stdout, self.english)

    def build(self) -> None:
        """Build everything, then index references once, in bulk.

        Wagtail updates its reference index on every save (thousands of times here: translation
        segments are saved too); doing it once at the end takes a fraction of the time. E-mail
        notifications of the demo's workflow submissions go nowhere.
        """
        with (
            disable_reference_index_auto_update(),
            override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"),
        ):
            self.build_content()
        for page in Page.objects.specific().iterator():
            ReferenceIndex.create_or_update_for_object(page)

    @transaction.atomic
    def build_content(self) -> None:
        """Build everything, in dependency order."""
        home = self.home_page()
        index = self.publisher.text_page(
            home, MunicipalityIndexPage, content.MUNICIPALITY_INDEX, show_in_menus=True
        )
        for facts in MUNICIPALITIES:
            self.municipality_page(index, facts)
        for text in content.STANDARD_PAGES:
            self.publisher.text_page(
                home,
                StandardPage,
                text,
                show_in_menus=text.key in content.MENU_PAGES,
                is_sample_data=text.key in content.SAMPLE_PAGES,
            )
        self.publisher.text_page(home, OpenDataPage, content.OPEN_DATA, show_in_menus=True)
        call_command("setup_roles", stdout=self.stdout)
        self.users()
        self.monitoring(home, index)
        replies.build(self.publisher)
        self.publications(home)

    # Pages -------------------------------------------------------------------------------------

    def home_page(self) -> HomePage:
        """The Turkish home page at the site root, replacing Wagtail's placeholder page."""
        home = HomePage.objects.filter(locale=self.turkish, depth=2).first()
        if home is None:
            placeholder_type = ContentType.objects.get_for_model(Page)
            Page.objects.filter(depth=2, content_type=placeholder_type).delete()
            home = self.publisher.publish_new(
                Page.get_first_root_node(),
                HomePage(
                    **page_values(content.HOME, "tr"),
                    locale=self.turkish,
                    contact_email=content.SAMPLE_EMAIL,
                ),
            )
        # A new site is localhost:80 (as Wagtail's own); an existing one keeps its address, which
        # `make demo` and deploy/prepare-db.sh set from SITE_URL (deploy/site_root.py).
        site = Site.objects.filter(is_default_site=True).first() or Site(
            is_default_site=True, hostname="localhost", port=80
        )
        site.root_page = home
        site.site_name = content.SITE_NAME.tr
        site.save()
        self.publisher.translate(home, page_values(content.HOME, "en"))
        return home

    def municipality_page(self, index: Page, facts: MunicipalityFacts) -> MunicipalityPage:
        """One of the ten municipalities, with its facts; its demo summary marks it as sample."""
        return self.publisher.child(
            index,
            MunicipalityPage,
            lambda language: municipality_values(facts, language),
            kind=facts.kind,
            plate_code=facts.plate_code,
            latitude=facts.latitude,
            longitude=facts.longitude,
            website=facts.website,
            is_sample_data=True,
            **population_fields(facts.key),
        )

    def monitoring(self, home: HomePage, index: Page) -> None:
        """Sample plans, indicators and assessments (see demo.builders.monitoring)."""
        users = get_user_model().objects.in_bulk(
            [BOARD_MEMBER, DEFAULT_SUBMITTER, *SUBMITTERS.values()], field_name="username"
        )
        MonitoringDemoBuilder(
            self.stdout,
            self.turkish,
            self.english,
            board=users[BOARD_MEMBER],
            submitters={slug: users[name] for slug, name in SUBMITTERS.items()},
            default_submitter=users[DEFAULT_SUBMITTER],
        ).build(home, index, plan_limit=self.plan_limit)

    def publications(self, home: HomePage) -> None:
        """Reports (published by the board), news, experience-sharing stories, the guide, the
        training programmes, the events (training sessions link to their programmes) and the
        project's results measured from them."""
        board = get_user_model().objects.get(username=BOARD_MEMBER)
        reports.build(home, self.publisher, board)
        stories.build(home, self.publisher)
        news.build(home, self.publisher)
        guide.build(home, self.publisher)
        training.build(home, self.publisher)
        events.build(home, self.publisher)
        build_results(home, self.publisher)

    # People ------------------------------------------------------------------------------------

    def users(self) -> None:
        """One account per role; passwords are (re)set so the printed login always works."""
        user_model = get_user_model()
        for demo in DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=demo.username,
                defaults={
                    "first_name": demo.first_name,
                    "last_name": demo.last_name,
                    "email": f"{demo.username}@example.org",
                },
            )
            is_admin = demo.group is None
            user.is_superuser = user.is_staff = is_admin
            user.set_password(self.admin_password if is_admin else self.demo_password)
            user.save()
            if demo.group:
                user.groups.add(self.group_for(demo.group))
            if created:
                self.stdout.write(f"  + user {demo.username}\n")

    def group_for(self, name_or_municipality_slug: str) -> Group:
        """A role group by name, or a municipality's reporters group by the municipality's slug."""
        municipality = MunicipalityPage.objects.filter(
            locale=self.turkish, slug=name_or_municipality_slug
        ).first()
        if municipality is not None:
            return municipality.reporters_group
        return Group.objects.get(name=name_or_municipality_slug)
