"""Sign-up, confirmation and unsubscribe views (under /tr/ and /en/, portal/urls.py).

Sign-up answers the same page whether the address is new, waiting for confirmation, already
confirmed or unsubscribed (no address enumeration); only a new or lapsed subscription gets a
confirmation e-mail, and nothing else is sent before it is confirmed. The form is csrf-exempt:
it sits on pages the front cache serves to everyone, it acts for no signed-in user, and the
double opt-in, the honeypot and the per-IP limit stop abuse. Unsubscribing is one click: a POST to
the link (RFC 8058, from the mail program, without CSRF) unsubscribes at once; a GET shows a
button, so link scanners that fetch every link unsubscribe nobody. Confirmation works the same way.
"""

from __future__ import annotations

import logging

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import mail, ratelimit
from .forms import SubscribeForm
from .models import Notice, Subscription
from .tokens import confirmed_id, unsubscribed_email, unsubscribed_id

logger = logging.getLogger(__name__)


def subscribe_address(email: str, topic: str, key: object, language: str) -> Subscription | None:
    """Create or renew the subscription; the one to send a confirmation to, or None when the
    address already follows this (confirmed) and nothing is sent."""
    lookup = {"email__iexact": email, "topic": topic, "target_key": key}
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().filter(**lookup).first()
        if subscription is not None and subscription.is_active:
            return None
        if subscription is None:
            try:
                with transaction.atomic():
                    return Subscription.objects.create(
                        email=email, topic=topic, target_key=key, language=language
                    )
            except IntegrityError:  # a concurrent sign-up created it
                return None
        subscription.language = language
        subscription.created_at = timezone.now()
        subscription.confirmed_at = None
        subscription.unsubscribed_at = None
        subscription.save()
        return subscription


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    """POST: sign up (then "check your inbox"); GET or errors: the form on a page of its own."""
    if request.method == "GET":
        form = SubscribeForm(initial=request.GET.dict())
        return TemplateResponse(request, "subscriptions/subscribe.html", {"form": form})
    if not ratelimit.allow(request):
        return TemplateResponse(request, "subscriptions/rate_limited.html", status=429)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return TemplateResponse(request, "subscriptions/subscribe.html", {"form": form}, status=400)
    if not form.is_bot:
        data = form.cleaned_data
        language = translation.get_language() or "tr"
        email = data["email"].strip()
        subscription = subscribe_address(email, data["topic"], data["key"], language[:2])
        if subscription is not None:
            try:
                mail.confirmation(subscription).send()
            except Exception:  # noqa: BLE001 - the same answer; the visitor may try again
                logger.exception("Confirmation e-mail for subscription %s failed", subscription.pk)
    return TemplateResponse(request, "subscriptions/pending.html", {})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET: a button; POST: confirm the subscription (link valid for CONFIRMATION_DAYS)."""
    pk = confirmed_id(token)
    subscription = Subscription.objects.filter(pk=pk).first() if pk is not None else None
    if subscription is None:
        return TemplateResponse(request, "subscriptions/invalid_link.html", status=404)
    if request.method == "POST" and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.unsubscribed_at = None
        subscription.save(update_fields=["confirmed_at", "unsubscribed_at"])
    context = {"subscription": subscription, "done": request.method == "POST"}
    return TemplateResponse(request, "subscriptions/confirm.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET: a button; POST (one click, RFC 8058): unsubscribe and drop what is still due. The
    token names one subscription, or an address (every subscription of it: a notice e-mail's
    List-Unsubscribe)."""
    pk = unsubscribed_id(token)
    email = unsubscribed_email(token) if pk is None else None
    if pk is None and email is None:
        return TemplateResponse(request, "subscriptions/invalid_link.html", status=404)
    if pk is not None:
        subscriptions = Subscription.objects.filter(pk=pk)
    else:
        subscriptions = Subscription.objects.filter(email__iexact=email)
    first = subscriptions.order_by("pk").first()
    if request.method == "POST":
        subscriptions.filter(unsubscribed_at__isnull=True).update(unsubscribed_at=timezone.now())
        Notice.objects.filter(subscription__in=subscriptions, sent_at__isnull=True).delete()
    done = request.method == "POST" or not subscriptions.filter(unsubscribed_at__isnull=True)
    if first is None or pk is not None:
        topic = first.get_topic_display() if first is not None else ""
    else:
        topic = _("bu adresin tüm abonelikleri")
    context = {"subscription": first, "done": done, "topic": topic}
    return TemplateResponse(request, "subscriptions/unsubscribe.html", context)
