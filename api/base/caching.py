"""HTTP caching of API responses: ETag over the rendered body, Cache-Control, Vary.

The ETag is a hash of the JSON body, computed once the response is rendered (as Django's
ConditionalGetMiddleware does, but only for the API): a client that sends it back in
If-None-Match gets a 304 without the body. There is no Last-Modified: a correct one would be the
time of the newest change to any row behind the response, and some changes (an assessment
unpublished, a translation withdrawn) leave no timestamp on the rows that remain.
"""

from __future__ import annotations

import hashlib

from rest_framework.request import Request
from rest_framework.response import Response

from django.http import HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag

MAX_AGE = 60


def cache_publicly(request: Request, response: Response) -> None:
    """Mark a successful GET for shared caches and answer a matching If-None-Match with 304."""
    patch_vary_headers(response, ("Accept-Language",))
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return
    patch_cache_control(response, public=True, max_age=MAX_AGE)

    def add_etag(rendered: HttpResponseBase) -> HttpResponseBase | None:
        digest = hashlib.sha256(rendered.content).hexdigest()[:32]
        rendered["ETag"] = quote_etag(digest)
        return get_conditional_response(request, etag=rendered["ETag"], response=rendered)

    response.add_post_render_callback(add_etag)
