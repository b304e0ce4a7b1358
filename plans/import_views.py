"""Admin views of the monitoring data importer: the plans a user may import into, the upload
form with its error table, and the per-plan templates (XLSX with both sheets, CSV per table).

URLs (registered by plans.wagtail_hooks under /admin/izleme-verisi/, namespace plans_import):
- index: the plans the user may import into, with their templates;
- upload, <plan id>/: the upload form (?donem=<period id> preselects the period);
- template_xlsx, <plan id>/sablon.xlsx and template_csv, <plan id>/sablon/<table>.csv: the
  templates (?donem=<period id> fills in the period).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.locales import default_locale

from .exchange import TABLES
from .exports import csv_response
from .importer import (
    MAX_UPLOAD_BYTES,
    TEMPLATE_COLUMNS,
    can_import_into,
    import_monitoring_file,
    instructions,
    plans_for_user,
    resolve_period,
    table_lines,
    template_rows,
    workbook_bytes,
)
from .models import MonitoringPeriod, PlanPage
from .opendata import TABLE_TITLES, XLSX_CONTENT_TYPE
from .tree import source_of


def importable_plan(request: HttpRequest, plan_id: int) -> PlanPage:
    """The source-language plan, or 403 when the user may not import into it."""
    plan = source_of(get_object_or_404(PlanPage, pk=plan_id)).specific
    if not can_import_into(request.user, plan):
        raise PermissionDenied(_("Bu planın izleme verisini içe aktarma yetkiniz yok."))
    return plan


def requested_period(request: HttpRequest) -> MonitoringPeriod | None:
    """The period named by ?donem=, or None."""
    try:
        return resolve_period(request.GET["donem"])
    except (KeyError, LookupError):
        return None


def template_links(plan: PlanPage, period: MonitoringPeriod | None = None) -> list[dict[str, str]]:
    """[{label, url}] of the plan's template downloads."""
    query = f"?donem={period.pk}" if period else ""
    links = [
        {
            "label": _("Şablon (XLSX, iki sayfa)"),
            "url": reverse("plans_import:template_xlsx", args=[plan.pk]) + query,
        }
    ]
    for table in TABLES:
        links.append(
            {
                "label": _("CSV: %(table)s") % {"table": TABLE_TITLES[table.name]},
                "url": reverse("plans_import:template_csv", args=[plan.pk, table.name]) + query,
            }
        )
    return links


class ImportForm(forms.Form):
    """The period the file is for and the file itself."""

    period = forms.ModelChoiceField(
        queryset=MonitoringPeriod.objects.none(),
        label=gettext_lazy("İzleme dönemi"),
        help_text=gettext_lazy("Dosyadaki değerlerin ve durumların ait olduğu izleme dönemi."),
    )
    file = forms.FileField(label=gettext_lazy("Dosya (CSV ya da XLSX)"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "Şablonu kullanın. CSV UTF-8 kodlamalı olmalı (virgül ya da noktalı virgülle "
            "ayrılmış); en çok %(limit)s MB."
        ) % {"limit": MAX_UPLOAD_BYTES // 1024 // 1024}
        self.fields["period"].queryset = MonitoringPeriod.objects.filter(  # type: ignore[attr-defined]
            locale=default_locale()
        ).order_by("start_date")


class ImportIndexView(WagtailAdminTemplateMixin, TemplateView):
    """The plans the user may import into, each with its upload form and templates."""

    template_name = "plans/admin/import_index.html"
    page_title = gettext_lazy("Veri içe aktar")
    header_icon = "upload"

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["plans"] = [
            {
                "plan": plan,
                "upload_url": reverse("plans_import:upload", args=[plan.pk]),
                "templates": template_links(plan),
            }
            for plan in plans_for_user(self.request.user)
        ]
        return context


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload a file for one plan; errors are listed in a table, success leads to the draft."""

    template_name = "plans/admin/import_form.html"
    form_class = ImportForm
    header_icon = "upload"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.plan = importable_plan(request, kwargs["plan_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self) -> str:
        return _("Veri içe aktar: %(plan)s") % {"plan": self.plan.get_admin_display_title()}

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("plans_import:index"), "label": _("Veri içe aktar")},
            {"url": "", "label": self.plan.get_admin_display_title()},
        ]

    def get_initial(self) -> dict[str, Any]:
        return {"period": requested_period(self.request)}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            plan=self.plan,
            municipality=self.plan.get_parent(),
            action_url=self.request.get_full_path(),
            submit_button_label=_("Yükle ve denetle"),
            submit_button_active_label=_("Denetleniyor…"),
            templates=template_links(self.plan, requested_period(self.request)),
            plan_edit_url=reverse("wagtailadmin_pages:edit", args=[self.plan.pk]),
        )
        return context

    def form_valid(self, form: ImportForm) -> HttpResponse:
        upload = form.cleaned_data["file"]
        outcome = import_monitoring_file(
            upload,
            upload.name,
            plan=self.plan,
            period=form.cleaned_data["period"],
            user=self.request.user,
        )
        if not outcome.ok:
            return self.render_to_response(self.get_context_data(form=form, outcome=outcome))
        edit_url = reverse("wagtailadmin_pages:edit", args=[outcome.assessment.pk])
        messages.success(
            self.request,
            outcome.summary(),
            buttons=[messages.button(edit_url, _("Taslağı aç ve onaya gönder"))],
        )
        for warning in outcome.warnings:
            messages.warning(self.request, str(warning))
        return redirect("plans_import:upload", self.plan.pk)


def template_xlsx(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan's import template as a workbook with both sheets and an instructions sheet."""
    plan = importable_plan(request, plan_id)
    rows = template_rows(plan, requested_period(request))
    content = workbook_bytes(
        [(table.name, TEMPLATE_COLUMNS[table.name], rows[table.name]) for table in TABLES],
        instructions(),
        choice_lists=True,
    )
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(plan)}.xlsx"'
    return response


def template_csv(request: HttpRequest, plan_id: int, table: str) -> HttpResponse:
    """One table of the plan's import template as CSV (UTF-8 with BOM, comma-separated)."""
    if table not in TEMPLATE_COLUMNS:
        raise Http404
    plan = importable_plan(request, plan_id)
    columns = TEMPLATE_COLUMNS[table]
    rows = template_rows(plan, requested_period(request))[table]
    return csv_response(f"{_filename(plan)}-{table}.csv", list(columns), table_lines(columns, rows))


def _filename(plan: PlanPage) -> str:
    return f"sablon-{plan.get_parent().slug}-{plan.slug}"


app_name = "plans_import"
urlpatterns = [
    path("", ImportIndexView.as_view(), name="index"),
    path("<int:plan_id>/", ImportView.as_view(), name="upload"),
    path("<int:plan_id>/sablon.xlsx", template_xlsx, name="template_xlsx"),
    path("<int:plan_id>/sablon/<slug:table>.csv", template_csv, name="template_csv"),
]
