"""Who may publish monitoring results: the Monitoring Board only (and superusers).

Wagtail lets anyone with "publish" permission on a page publish it; editors have that permission
on the whole site. For assessment and report pages (BoardApprovedPageMixin) we narrow it: the
board's approval is the only way a result becomes public. The page's permission tester answers
can_publish/can_unpublish, and a before_publish_page hook (plans.wagtail_hooks) refuses the
"create and publish in one go" path, which Wagtail checks against the parent page instead.

A municipality's reporters see only their own municipality: `hide_other_municipalities` narrows the
admin's page listings (explorer, page chooser) for users whose page rights are all on municipality
pages, so another municipality's drafts, titles and ids never show (plans.wagtail_hooks).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from wagtail.models import Page, PagePermissionTester

from portal.memo import remembered
from portal.roles import MONITORING_BOARD


def is_board_member(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the user may approve and publish monitoring results."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=MONITORING_BOARD).exists()


def is_synced_translation_of_approved(page: Page) -> bool:
    """Whether the page is a translation, kept in step by wagtail-localize, of a source-language
    page that is live and public (the board approved it).

    Its figures are never read from it (plans.monitoring reads the source record) and its text
    comes from segments of the approved source, so publishing it needs no second approval. A
    translation that swaps in something of its own (an overridden segment, such as the English
    PDF of a report) says what the board has not seen: that one needs the board again."""
    from wagtail_localize.models import SegmentOverride, Translation

    from portal.locales import default_locale
    from portal.models import public_pages

    default = default_locale()
    if page.locale_id == default.pk:
        return False
    source_is_public = (
        public_pages().filter(translation_key=page.translation_key, locale=default).exists()
    )
    return (
        source_is_public
        and Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        ).exists()
        and not SegmentOverride.objects.filter(
            locale_id=page.locale_id, context__object_id=page.translation_key
        ).exists()
    )


def may_publish_board_page(user: AbstractBaseUser | AnonymousUser, page: Page) -> bool:
    """Whether the user may publish (or unpublish) this assessment or report: a board member
    always; a translator (an editor allowed to submit translations) the synced translation of an
    approved page."""
    if is_board_member(user):
        return True
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm("wagtail_localize.submit_translation")
        and is_synced_translation_of_approved(page)
    )


class BoardApprovedPageMixin:
    """Page types whose publication is the Monitoring Board's decision (assessments, reports)."""

    def permissions_for_user(self, user: Any) -> BoardPublishPermissionTester:
        """Only the Monitoring Board may publish or unpublish pages of this type."""
        return BoardPublishPermissionTester(user, self)


class BoardPublishPermissionTester(PagePermissionTester):
    """Page permissions where publishing and unpublishing need Monitoring Board membership,
    except for the synced translation of an approved page (may_publish_board_page)."""

    @cached_property
    def may_publish_this_page(self) -> bool:
        """may_publish_board_page, once per tester: the admin asks can_publish and
        can_unpublish several times while rendering one edit page."""
        return may_publish_board_page(self.user, self.page)

    def can_publish(self) -> bool:
        return super().can_publish() and self.may_publish_this_page

    def can_unpublish(self) -> bool:
        return super().can_unpublish() and self.may_publish_this_page

    def can_publish_subpage(self) -> bool:
        return super().can_publish_subpage() and is_board_member(self.user)


def reporter_municipalities(user: AbstractBaseUser | AnonymousUser) -> list[Page] | None:
    """The municipality pages (every language) a reporter-only user has rights on.

    None when the user is not limited to municipalities: superusers, and anyone with page rights
    outside municipality pages (editors, the board) or with none at all.
    """
    if not user.is_authenticated or not user.is_active or user.is_superuser:
        return None
    return remembered(user, REPORTER_CACHE, lambda: _read_reporter_municipalities(user))


#: Where reporter_municipalities() keeps its answer on the user object (portal.memo): for the
#: request the object lives in (an admin page asks three times: the menu, twice, and the
#: explorer's or dashboard's hooks).
REPORTER_CACHE = "_yeep_reporter_municipalities"


def _read_reporter_municipalities(user: AbstractBaseUser) -> list[Page] | None:
    from .models import MunicipalityPage

    pages = list(Page.objects.filter(group_permissions__group__user=user).distinct())
    municipality_type = ContentType.objects.get_for_model(MunicipalityPage)
    if not pages or any(page.content_type_id != municipality_type.pk for page in pages):
        return None
    return pages


def other_municipalities_condition(user: AbstractBaseUser | AnonymousUser) -> Q | None:
    """A condition on pages matching those inside municipalities that are not the user's own
    (reporters only); None when the user may see every municipality."""
    own = reporter_municipalities(user)
    if own is None:
        return None
    from .models import MunicipalityIndexPage

    inside_municipalities = Q()
    for index in MunicipalityIndexPage.objects.only("path", "depth"):
        inside_municipalities |= Q(path__startswith=index.path, depth__gt=index.depth)
    if not inside_municipalities:
        return None
    inside_own = Q()
    for page in own:
        inside_own |= Q(path__startswith=page.path)
    return inside_municipalities & ~inside_own


def hide_other_municipalities(
    pages: QuerySet[Page], user: AbstractBaseUser | AnonymousUser
) -> QuerySet[Page]:
    """The pages without those of municipalities other than a reporter's own."""
    condition = other_municipalities_condition(user)
    return pages if condition is None else pages.exclude(condition)


def is_hidden_from(page: Page, user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the page belongs to a municipality the (reporter) user may not see."""
    condition = other_municipalities_condition(user)
    return condition is not None and Page.objects.filter(condition, pk=page.pk).exists()
