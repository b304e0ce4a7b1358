"""Who may publish monitoring results: the Monitoring Board only (and superusers).

Wagtail lets anyone with "publish" permission on a page publish it; editors have that permission
on the whole site. For assessment and report pages (BoardApprovedPageMixin) we narrow it: the
board's approval is the only way a result becomes public. The page's permission tester answers
can_publish/can_unpublish, and a before_publish_page hook (plans.wagtail_hooks) refuses the
"create and publish in one go" path, which Wagtail checks against the parent page instead.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from wagtail.models import PagePermissionTester

from portal.roles import MONITORING_BOARD


def is_board_member(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the user may approve and publish monitoring results."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=MONITORING_BOARD).exists()


class BoardApprovedPageMixin:
    """Page types whose publication is the Monitoring Board's decision (assessments, reports)."""

    def permissions_for_user(self, user: Any) -> BoardPublishPermissionTester:
        """Only the Monitoring Board may publish or unpublish pages of this type."""
        return BoardPublishPermissionTester(user, self)


class BoardPublishPermissionTester(PagePermissionTester):
    """Page permissions where publishing and unpublishing need Monitoring Board membership."""

    def can_publish(self) -> bool:
        return super().can_publish() and is_board_member(self.user)

    def can_unpublish(self) -> bool:
        return super().can_unpublish() and is_board_member(self.user)

    def can_publish_subpage(self) -> bool:
        return super().can_publish_subpage() and is_board_member(self.user)
