"""Wagtail hooks of indicators/: the comparisons purged when a municipality changes."""

from __future__ import annotations

from wagtail import hooks

from portal.caching import FRONT_CACHE_URLS_HOOK

from .caching import add_comparison_urls

hooks.register(FRONT_CACHE_URLS_HOOK, add_comparison_urls)
