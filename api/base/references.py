"""Reference filters and helpers that several endpoints share (municipality, plan, area,
period)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from plans.models import MonitoringPeriod, MunicipalityPage, PlanPage, ThematicArea

from .filters import Matcher, ReferenceFilter


def municipality_filter(match: Matcher, **kwargs: Any) -> ReferenceFilter:
    """`?municipality=<slug or id>` of a public municipality page (any language)."""
    return ReferenceFilter(
        match=match,
        candidates=lambda: MunicipalityPage.objects.for_public(),
        lookups=("slug", "pk"),
        not_found=_("Yayımlanmış böyle bir belediye yok: “%(value)s”."),
        help_text=kwargs.pop(
            "help_text",
            "A municipality (belediye), by slug (e.g. `kadikoy`) or page id, in either language. "
            "An unknown municipality is answered with 400.",
        ),
        **kwargs,
    )


def plan_filter(match: Matcher) -> ReferenceFilter:
    """`?plan=<id>` of a public plan page (any language)."""
    return ReferenceFilter(
        match=match,
        candidates=lambda: PlanPage.objects.for_public(),
        lookups=("pk",),
        not_found=_("Yayımlanmış böyle bir eylem planı yok: “%(value)s”."),
        help_text="A plan (eylem planı) by page id, in either language. An unknown plan is "
        "answered with 400.",
    )


def area_filter(match: Matcher) -> ReferenceFilter:
    """`?area=<code>` of a thematic area."""
    return ReferenceFilter(
        match=match,
        candidates=lambda: ThematicArea.objects.all(),
        lookups=("code__iexact",),
        not_found=_("Böyle bir tematik alan kodu yok: “%(value)s”."),
        help_text="A thematic area (tematik alan) by code, e.g. `A3`. An unknown code is "
        "answered with 400.",
    )


def period_filter(match: Matcher) -> ReferenceFilter:
    """`?period=<id>` of a monitoring period (either language's copy)."""
    return ReferenceFilter(
        match=match,
        candidates=lambda: MonitoringPeriod.objects.all(),
        lookups=("pk",),
        not_found=_("Böyle bir izleme dönemi yok: “%(value)s”."),
        help_text="A monitoring period (izleme dönemi) by id (see /monitoring-periods/; either "
        "language's copy). An unknown period is answered with 400.",
    )
