"""Who may import into which plan, asked of Wagtail's page permissions (never of group names).

A reporter's group has add/change permission on their own MunicipalityPage only, so they can
import into its plans and no other; editors and the Monitoring Board have those permissions on
the municipality index, so on every plan.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from wagtail.models import Page

from plans.models import AssessmentPage, MonitoringPeriod, MunicipalityPage, PlanPage
from plans.tree import source_of
from portal.locales import default_locale
from portal.text import turkish_sort_key


def can_import_into(user: Any, plan: PlanPage) -> bool:
    """Whether the user may upload data for the plan (draft or create its assessments)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    permissions = plan.permissions_for_user(user)
    return permissions.can_add_subpage() or permissions.can_edit()


def check_can_write(user: Any, plan: PlanPage, assessment: AssessmentPage | None) -> None:
    """Raise PermissionDenied unless the user may save a draft of the assessment (or create it).

    user=None is the management command run without --user: the shell is trusted.
    """
    if user is None:
        return
    if assessment is not None:
        allowed = assessment.permissions_for_user(user).can_edit()
    else:
        allowed = plan.permissions_for_user(user).can_add_subpage()
    if not allowed:
        raise PermissionDenied(
            _("Bu planın izleme verisini içe aktarma yetkiniz yok: %(plan)s.") % {"plan": plan}
        )


def plans_for_user(user: Any) -> list[PlanPage]:
    """Source-language plans the user may import into, by municipality and plan title."""
    plans = [
        plan
        for plan in PlanPage.objects.filter(locale=default_locale())
        if can_import_into(user, plan)
    ]
    parent_paths = {plan.path[: -Page.steplen] for plan in plans}
    municipalities = {
        page.path: page for page in MunicipalityPage.objects.filter(path__in=parent_paths)
    }
    for plan in plans:
        plan.municipality = municipalities[plan.path[: -Page.steplen]]  # type: ignore[attr-defined]
    return sorted(
        plans,
        key=lambda plan: (
            turkish_sort_key(plan.municipality.title),  # type: ignore[attr-defined]
            turkish_sort_key(plan.title),
        ),
    )


def resolve_plan(spec: str) -> PlanPage:
    """The source-language plan named by its page id or by "municipality-slug/plan-slug"."""
    spec = spec.strip().strip("/")
    if spec.isdigit():
        plan = PlanPage.objects.filter(pk=int(spec)).first()
    elif spec.count("/") == 1:
        municipality_slug, plan_slug = spec.split("/")
        municipality = MunicipalityPage.objects.filter(
            locale=default_locale(), slug=municipality_slug
        ).first()
        plan = (
            PlanPage.objects.child_of(municipality).filter(slug=plan_slug).first()
            if municipality
            else None
        )
    else:
        plan = None
    if plan is None:
        raise LookupError(
            _("Plan bulunamadı: “%(spec)s” (sayfa numarası ya da belediye/plan yazın).")
            % {"spec": spec}
        )
    return source_of(plan).specific


def resolve_period(pk: int | str) -> MonitoringPeriod:
    """The source-language monitoring period with this id (or whose translation has it)."""
    period = MonitoringPeriod.objects.filter(pk=pk).first() if str(pk).isdigit() else None
    if period is None:
        raise LookupError(_("İzleme dönemi bulunamadı: “%(pk)s”.") % {"pk": pk})
    return source_period(period)


def source_period(period: MonitoringPeriod) -> MonitoringPeriod:
    """The period in the source language (assessments refer to that one)."""
    if period.locale_id == default_locale().pk:
        return period
    return period.get_translation_or_none(default_locale()) or period
