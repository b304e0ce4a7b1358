"""Builds the demo site: pages in Turkish with English translations, roles and demo users.

Deterministic and idempotent: every object is looked up by a natural key (slug, username, group
name) and created only when missing, so a second run changes nothing but the demo passwords.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TextIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from plans.models import MunicipalityIndexPage, MunicipalityPage, OpenDataPage
from portal.models import HomePage, PortalPage, StandardPage
from portal.roles import EDITORS, MONITORING_BOARD, TRAINING_PARTICIPANTS

from . import content, publishing
from .municipalities import MUNICIPALITIES, MunicipalityFacts
from .text import PageText, stream_data

# Standard pages that belong in the main menu; the rest are linked from the footer.
MENU_PAGES = {"about", "board", "methodology"}
# Pages whose content is invented for the demo and must carry the sample-data notice.
SAMPLE_PAGES = {"contact", "press"}


@dataclass(frozen=True)
class DemoUser:
    """A demo account: username, display name and the role group it joins (None: superuser)."""

    username: str
    first_name: str
    last_name: str
    group: str | None


DEMO_USERS = (
    DemoUser("admin", "Site", "Yöneticisi", None),
    DemoUser("editor", "Ece", "Editör", EDITORS),
    DemoUser("heyet", "Hale", "Heyet Üyesi", MONITORING_BOARD),
    DemoUser("kadikoy-raportor", "Kaan", "Kadıköy Raportörü", "kadikoy"),
    DemoUser("katilimci", "Kevser", "Katılımcı", TRAINING_PARTICIPANTS),
)


def page_values(text: PageText, language: str) -> dict[str, Any]:
    """Field values of a page built from bilingual text, in one language."""
    values: dict[str, Any] = {
        "title": getattr(text.title, language),
        "slug": getattr(text.slug, language),
        "intro": getattr(text.intro, language),
    }
    if text.body:
        values["body"] = stream_data(text.key, text.body, language)
    return values


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
        index = self.child_page(home, MunicipalityIndexPage, content.MUNICIPALITY_INDEX, menu=True)
        for facts in MUNICIPALITIES:
            self.municipality_page(index, facts)
        for text in content.STANDARD_PAGES:
            self.child_page(
                home,
                StandardPage,
                text,
                menu=text.key in MENU_PAGES,
                sample=text.key in SAMPLE_PAGES,
            )
        self.child_page(home, OpenDataPage, content.OPEN_DATA, menu=True)
        call_command("setup_roles", stdout=self.stdout)
        self.users()
        self.monitoring(home, index)
        self.publications(home)

    # Pages -------------------------------------------------------------------------------------

    def publish_new(self, parent: Page, page: PortalPage) -> PortalPage:
        """Add page under parent and publish it through a revision, as an editor would."""
        return publishing.publish_new(parent, page, self.stdout)

    def translate(self, page: PortalPage, values: dict[str, Any]) -> None:
        """Publish the English translation through wagtail-localize unless it exists."""
        publishing.translate(page, self.english, values, self.stdout)

    def home_page(self) -> HomePage:
        """The Turkish home page at the site root, replacing Wagtail's placeholder page."""
        home = HomePage.objects.filter(locale=self.turkish, depth=2).first()
        if home is None:
            placeholder_type = ContentType.objects.get_for_model(Page)
            Page.objects.filter(depth=2, content_type=placeholder_type).delete()
            root = Page.get_first_root_node()
            home = self.publish_new(
                root,
                HomePage(
                    **page_values(content.HOME, "tr"),
                    locale=self.turkish,
                    contact_email=content.SAMPLE_EMAIL,
                ),
            )
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port, site.root_page = "localhost", 80, home
        site.site_name = content.SITE_NAME.tr
        site.save()
        self.translate(home, page_values(content.HOME, "en"))
        return home

    def child_page(
        self,
        parent: Page,
        model: type[PortalPage],
        text: PageText,
        *,
        menu: bool = False,
        sample: bool = False,
    ) -> PortalPage:
        """Find the child by its Turkish slug, or create and publish it; then translate it."""
        values = page_values(text, "tr")
        page = model.objects.child_of(parent).filter(slug=values["slug"]).first()
        if page is None:
            page = self.publish_new(
                parent, model(**values, show_in_menus=menu, is_sample_data=sample)
            )
        self.translate(page, page_values(text, "en"))
        return page

    def municipality_page(self, index: Page, facts: MunicipalityFacts) -> MunicipalityPage:
        """One of the ten municipalities, with its facts; its demo summary marks it as sample."""
        page = MunicipalityPage.objects.child_of(index).filter(slug=facts.key).first()
        if page is None:
            page = self.publish_new(
                index,
                MunicipalityPage(
                    **municipality_values(facts, "tr"),
                    kind=facts.kind,
                    plate_code=facts.plate_code,
                    latitude=facts.latitude,
                    longitude=facts.longitude,
                    website=facts.website,
                    is_sample_data=True,
                ),
            )
        self.translate(page, municipality_values(facts, "en"))
        return page

    def monitoring(self, home: HomePage, index: Page) -> None:
        """Sample plans, indicators and assessments (see portal.demo.monitoring)."""
        from .monitoring import MonitoringDemoBuilder

        users = get_user_model().objects.in_bulk(
            ["heyet", "editor", "kadikoy-raportor"], field_name="username"
        )
        MonitoringDemoBuilder(
            self.stdout,
            self.turkish,
            self.english,
            board=users["heyet"],
            submitters={"kadikoy": users["kadikoy-raportor"]},
            default_submitter=users["editor"],
        ).build(home, index, plan_limit=self.plan_limit)

    def publications(self, home: HomePage) -> None:
        """Reports (published by the board), news, experience-sharing stories, the guide, the
        training programmes and the events (training sessions link to their programmes)."""
        from events.demo import build_demo as build_events
        from guide.demo import build_demo as build_guide
        from news.demo import build_demo as build_news
        from reports.demo import build_demo as build_reports
        from stories.demo import build_demo as build_stories
        from training.demo import build_demo as build_training

        board = get_user_model().objects.get(username="heyet")
        build_reports(home, self.english, board, self.stdout)
        build_stories(home, self.english, self.stdout)
        build_news(home, self.english, self.stdout)
        build_guide(home, self.english, self.stdout)
        build_training(home, self.english, self.stdout)
        build_events(home, self.stdout)

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
                self.stdout.write(f"  + user {demo.username}")

    def group_for(self, name_or_municipality_slug: str) -> Group:
        """A role group by name, or a municipality's reporters group by the municipality's slug."""
        municipality = MunicipalityPage.objects.filter(
            locale=self.turkish, slug=name_or_municipality_slug
        ).first()
        if municipality is not None:
            return municipality.reporters_group
        return Group.objects.get(name=name_or_municipality_slug)
