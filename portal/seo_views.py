"""The social cards of pages and /favicon.ico; mounted by one line of portal/urls.py
(`path("", include("portal.seo_views"))`), so their routes live here with the views."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import path
from django.views.decorators.http import require_safe

from .models import public_pages
from .seo import card_token, social_card_path, social_card_png

#: How long a visitor's browser may keep a card. Shared caches may not: a card is not purged when
#: its page is unpublished or made private, so only the page check below may hand it out.
CARD_BROWSER_SECONDS = 3600


@require_safe
def social_card(request: HttpRequest, page_id: int, token: str) -> HttpResponse:
    """The card (PNG) of a live public page; 404 for a draft, a private page or no page. An old
    token (the title changed since) redirects to the current card."""
    page = public_pages().filter(pk=page_id).specific().first()
    if page is None:
        raise Http404("No public page with this id.")
    if token != card_token(page):
        return HttpResponseRedirect(social_card_path(page))
    response = HttpResponse(social_card_png(page), content_type="image/png")
    response["Cache-Control"] = f"private, max-age={CARD_BROWSER_SECONDS}"
    return response


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, which browsers and crawlers ask for whatever the page links: the icon among
    the static files (its hashed name in production)."""
    return HttpResponseRedirect(static("img/favicon.ico"))


urlpatterns = [
    path("social-cards/<int:page_id>/<slug:token>.png", social_card, name="social_card"),
    path("favicon.ico", favicon, name="favicon"),
]
