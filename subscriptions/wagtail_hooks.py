"""Admin of subscriptions: a Turkish listing where an address can be looked up and erased; the
feed purge hook (subscriptions.caching).

Nobody adds or edits a subscription by hand (only its owner signs up, confirms and leaves);
erasing (delete) is the one write, for a request under KVKK or GDPR.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.caching import FRONT_CACHE_URLS_HOOK

from .caching import add_feed_urls
from .models import Subscription


class EraseOnlyPermissionPolicy(ModelPermissionPolicy):
    """View and delete only."""

    BLOCKED_ACTIONS = frozenset({"add", "change", "copy", "lock", "unlock", "publish"})

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action not in self.BLOCKED_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user: Any, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class SubscriptionViewSet(SnippetViewSet):
    """Abonelikler: who follows what, since when; search by address, erase on request."""

    model = Subscription
    icon = "mail"
    menu_label = _("E-posta abonelikleri")
    menu_name = "subscriptions"
    add_to_admin_menu = True
    menu_order = 800
    list_display = ["email", "topic", "language", "created_at", "confirmed_at", "unsubscribed_at"]
    list_filter = ["topic", "language"]
    search_fields = ["email"]
    search_backend_name = None
    inspect_view_enabled = True

    @property
    def permission_policy(self) -> ModelPermissionPolicy:
        return EraseOnlyPermissionPolicy(self.model)


register_snippet(SubscriptionViewSet)
hooks.register(FRONT_CACHE_URLS_HOOK, add_feed_urls)
