"""Content-Security-Policy directives (django-csp 4), built from the other settings.

Three policies, picked by path in portal.security.ContentSecurityPolicyMiddleware:

- the public site (every page under /tr/ and /en/, the API, documents' error pages...): scripts,
  styles, fonts and images from this site only, no 'unsafe-inline' or 'unsafe-eval'; frames
  only from the video providers Wagtail's embed finder accepts (WAGTAILEMBEDS_FINDERS); framed by
  this site only (frame-ancestors 'self'), except the indicator embeds, which replace
  frame-ancestors with * in their view (indicators.models.IndicatorPage.embed);
- /admin/: Wagtail's admin still needs inline scripts and styles (and eval in its modal
  choosers), so it gets the public policy plus 'unsafe-inline', 'unsafe-eval' and data:/blob:
  images, only there;
- /api/docs/: Swagger UI's page (drf-spectacular) has an inline script and style block.

Pure functions of URLs: this module reads no Django settings, so base.py and production.py can
call it.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

#: Players of the oEmbed providers the site accepts (base.WAGTAILEMBEDS_FINDERS): YouTube (also its
#: privacy-enhanced domain) and Vimeo. Another provider needs its player's origin here too.
EMBED_FRAME_ORIGINS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)

Directives = dict[str, list[str] | bool]


def origin_of(url: str) -> str | None:
    """The scheme://host[:port] of an absolute http(s) URL; None for a relative one.

    Leaflet placeholders in the host become a CSP wildcard label: the tile URL template
    "https://{s}.tile.example.org/{z}/{x}/{y}.png" gives "https://*.tile.example.org".
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    labels = parts.netloc.split(".")
    templated = [index for index, label in enumerate(labels) if "{" in label]
    if templated:
        # CSP allows a wildcard only as the leftmost label: cover every label up to the last
        # templated one.
        labels = ["*", *labels[templated[-1] + 1 :]]
    return f"{parts.scheme}://{'.'.join(labels)}"


def _origins(urls: Iterable[str]) -> list[str]:
    """The distinct origins of the absolute URLs among urls, in order."""
    found = [origin for origin in (origin_of(url) for url in urls if url) if origin]
    return list(dict.fromkeys(found))


def public_directives(
    *, map_tile_url: str = "", media_url: str = "", upgrade_insecure: bool = False
) -> Directives:
    """The policy of every page except the admin and the API docs."""
    media = _origins([media_url])
    directives: Directives = {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *media, *_origins([map_tile_url])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *media],
        "frame-src": [SELF, *EMBED_FRAME_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
    if upgrade_insecure:
        directives["upgrade-insecure-requests"] = True
    return directives


def _with(directives: Directives, extra: dict[str, list[str]]) -> Directives:
    """A copy of directives with the extra sources appended."""
    combined = dict(directives)
    for name, sources in extra.items():
        current = combined.get(name)
        base = list(current) if isinstance(current, list) else []
        combined[name] = [*base, *sources]
    return combined


def admin_directives(public: Directives) -> Directives:
    """The Wagtail admin's policy: the public one (its previews render public pages) plus what
    the admin's own code needs."""
    return _with(
        public,
        {
            "script-src": [UNSAFE_INLINE, UNSAFE_EVAL],
            "style-src": [UNSAFE_INLINE],
            "img-src": ["data:", "blob:"],
            "font-src": ["data:"],
        },
    )


def api_docs_directives(public: Directives) -> Directives:
    """Swagger UI at /api/docs/: its page has one inline script and one inline style block, and
    its stylesheet uses data: images."""
    return _with(
        public,
        {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE], "img-src": ["data:"]},
    )


def policies(
    *, map_tile_url: str, media_url: str, upgrade_insecure: bool = False
) -> tuple[dict[str, Directives], list[tuple[str, Directives]]]:
    """CONTENT_SECURITY_POLICY (django-csp's setting: the public policy) and CSP_AREA_POLICIES
    ((path prefix, directives) of the parts of the site with their own policy)."""
    public = public_directives(
        map_tile_url=map_tile_url, media_url=media_url, upgrade_insecure=upgrade_insecure
    )
    areas = [("/admin/", admin_directives(public)), ("/api/docs/", api_docs_directives(public))]
    return {"DIRECTIVES": public}, areas
