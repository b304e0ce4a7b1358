"""Recording the notices due when something is published, after the publishing transaction.

`page_published` fires inside the transaction that publishes (the board's approval, a report's or
news item's publication); the receiver only schedules `record_notices` with
`transaction.on_commit`, so a rolled-back approval records nothing and nothing is sent from the
request: `manage.py send_notices` sends later. Only a page that is public when the transaction has
committed counts (for_public(): live, no view restriction); drafts, rejections (never published)
and private pages record nothing. Who is told:

- an approved assessment (the Turkish page of record): its municipality's followers, and the
  followers of each indicator it gives a value of;
- a report, news item or event: the followers of each municipality it names
  (plans/models/links.py); a news item also the followers of all news.
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.db import transaction

from wagtail.models import Page
from wagtail.signals import page_published

from plans.models import AssessmentPage, MunicipalityPage
from plans.models.links import MunicipalityLinksMixin
from plans.tree import municipality_path
from portal.models import public_pages

from .models import Notice, Subscription, Topic

#: Page types whose publication is a notice: their app label and model name.
NOTICE_MODELS = (
    "plans.AssessmentPage",
    "reports.ReportPage",
    "news.NewsPage",
    "events.EventPage",
)


def is_notice_page(page: Page) -> bool:
    """Whether publishing this page type may notify subscribers."""
    return page._meta.label in NOTICE_MODELS


def followers(page: Page) -> Any:
    """The active subscriptions told about a public page (a queryset, or None for none)."""
    if isinstance(page, AssessmentPage):
        if not AssessmentPage.objects.of_record().filter(pk=page.pk).exists():
            return None
        municipality = MunicipalityPage.objects.filter(path=municipality_path(page.path))
        municipality_keys = set(municipality.values_list("translation_key", flat=True))
        indicator_keys = set(
            page.indicator_values.values_list("indicator__translation_key", flat=True)
        )
        return Subscription.objects.following(
            Topic.MUNICIPALITY, municipality_keys
        ) | Subscription.objects.following(Topic.INDICATOR, indicator_keys)
    if not public_pages(type(page)).filter(pk=page.pk).exists():
        return None
    keys: set[UUID] = set()
    if isinstance(page, MunicipalityLinksMixin):
        keys = set(
            page.municipality_link_rows().values_list("municipality__translation_key", flat=True)
        )
    queryset = Subscription.objects.following(Topic.MUNICIPALITY, keys)
    if page._meta.label == "news.NewsPage":
        queryset = queryset | Subscription.objects.following(Topic.NEWS)
    return queryset


def record_notices(page_id: int) -> int:
    """Record one due notice per follower of the page (none twice); how many are new."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    if not is_notice_page(page):
        return 0
    subscriptions = followers(page)
    if subscriptions is None:
        return 0
    ids = list(subscriptions.values_list("pk", flat=True).distinct())
    existing = set(
        Notice.objects.filter(subscription_id__in=ids, page_key=page.translation_key).values_list(
            "subscription_id", flat=True
        )
    )
    new = [
        Notice(subscription_id=pk, page_key=page.translation_key)
        for pk in ids
        if pk not in existing
    ]
    Notice.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def on_page_published(sender: Any, instance: Page, **kwargs: Any) -> None:
    """Receiver of page_published: schedule the notices for after the commit."""
    if is_notice_page(instance):
        page_id = instance.pk
        transaction.on_commit(lambda: record_notices(page_id))


def connect() -> None:
    """Connect the receiver (called from SubscriptionsConfig.ready)."""
    page_published.connect(on_page_published, dispatch_uid="subscriptions.notices.published")
