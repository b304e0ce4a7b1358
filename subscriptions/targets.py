"""What a subscription follows: the page model of each topic and its public page."""

from __future__ import annotations

from uuid import UUID

from django.apps import apps
from django.utils import translation

from wagtail.models import Page

from portal.languages import shown_by_key

from .models import Topic

#: The page model each page topic follows.
TOPIC_MODELS = {
    Topic.MUNICIPALITY: "plans.MunicipalityPage",
    Topic.INDICATOR: "indicators.IndicatorPage",
}


def topic_model(topic: str) -> type[Page] | None:
    """The page model a topic follows; None for all news."""
    label = TOPIC_MODELS.get(topic)  # type: ignore[call-overload]
    return apps.get_model(label) if label else None


def public_target(topic: str, key: UUID | None, language: str | None = None) -> Page | None:
    """The followed page's public copy in `language` (else its Turkish page); None when the
    topic follows no page or the page is not public in either language."""
    model = topic_model(topic)
    if model is None or key is None:
        return None
    with translation.override(language or translation.get_language()):
        return shown_by_key(model.objects.for_public(), [key]).get(key)
