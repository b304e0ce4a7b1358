"""The Monitoring Board's approval step: Wagtail's group approval, made deliberate.

- Approving always opens a confirmation that says what becomes public (the municipality, the
  period, the number of action rows and indicator values) and, for an assessment, the figures
  that change against the live version (plans.compare_views.change_summary, through the
  `approval_changes` template tag), with an optional comment; there is no one-click "Onayla"
  from a row's menu.
- Asking for changes needs a comment: the reporter must learn what to change.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import GroupApprovalTask


class RequestChangesForm(TaskStateCommentForm):
    """The "Değişiklik iste" form: the comment is required."""

    comment = forms.CharField(
        label=_("Yorum"),
        required=True,
        widget=forms.Textarea({"rows": 4}),
        help_text=_("Raportöre neyi değiştirmesi gerektiğini yazın; düzenleme sayfasında görür."),
    )


class BoardApprovalTask(GroupApprovalTask):
    """Group approval by the Monitoring Board with a confirmation for approving and a required
    comment for asking for changes (see the module docstring)."""

    def get_actions(self, obj: Any, user: Any) -> list[tuple[str, str, bool]]:
        """Wagtail's actions without the one-click approval: "approve" always has its form."""
        return [
            (name, _("Onayla…") if name == "approve" else label, needs_form)
            for name, label, needs_form in super().get_actions(obj, user)
            if needs_form
        ]

    def get_form_for_action(self, action: str) -> type[forms.Form]:
        """Asking for changes requires a comment; approving keeps an optional one."""
        return RequestChangesForm if action == "reject" else super().get_form_for_action(action)

    def get_template_for_action(self, action: str) -> str:
        """The approval's confirmation shows what becomes public."""
        if action == "approve":
            return "plans/admin/approve_confirmation.html"
        return super().get_template_for_action(action)

    @classmethod
    def get_description(cls) -> str:
        return str(
            _(
                "İzleme Heyeti üyeleri onaylar; onay bir doğrulama, değişiklik isteği bir yorum "
                "ister."
            )
        )

    class Meta:
        verbose_name = _("İzleme Heyeti onay adımı")
        verbose_name_plural = _("İzleme Heyeti onay adımları")
