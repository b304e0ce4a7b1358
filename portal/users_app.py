"""Wagtail's users app with its groups and users listed in Turkish order (portal.turkish_order).

Installed in place of "wagtail.users" (Wagtail's documented way to swap the user and group
viewsets); the label stays "wagtailusers"."""

from __future__ import annotations

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with the viewsets of portal.turkish_order."""

    group_viewset = "portal.turkish_order.TurkishGroupViewSet"
    user_viewset = "portal.turkish_order.TurkishUserViewSet"
