"""Page sections cached as rendered HTML until the next content generation.

A monitoring page (home, municipality, plan, action, assessment, period report and its PDF)
spends most of its time reading approved figures and rendering them. Those sections are wrapped
in `{% generation_cache "name" %}` (plans/templatetags/fragment_tags.py), kept under:

- the content generation (portal.caching), which changes after every publish, unpublish, move or
  privacy change, so a section never outlives the approved data it shows;
- the visitor's language, the page (its id and last publication: Wagtail's `Page.cache_key`)
  and the site its links are relative to; any further values the tag names.

A section is rendered without the cache (`may_cache`) in a preview, so a draft never enters it,
and while the current transaction holds a change it has not committed yet (a publish waits for
the commit to start the next generation, as an on-commit callback): kept under the current
generation, such a section would outlive a rollback, and one kept before the change would hide
it from the code that made it (as indicators.caching.public_cached).

The context those sections read is a set of callables (`lazy_sections`), each computed at most
once and only when a section misses its cache: a cached section costs no query. Only what every
visitor of the page sees belongs in such a section: never a form (its CSRF token) or anything
that depends on the user.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from django.http import HttpRequest

from portal.caching import uncommitted_change


def lazy_sections(**builders: Callable[[], Any]) -> dict[str, Any]:
    """`context.update(lazy_sections(overview=lambda: …))`: each builder as a callable the
    template calls at most once (Django calls a callable variable), and only when it is read."""
    return {name: cache(build) for name, build in builders.items()}


def may_cache(request: HttpRequest | None) -> bool:
    """Whether a section rendered for this request may be cached and served to every visitor:
    a request (else links and the preview flag are unknown), not a preview, no uncommitted
    change waiting for its commit."""
    return (
        request is not None
        and not getattr(request, "is_preview", False)
        and not uncommitted_change()
    )
