"""Workaround: wagtail-2fa 1.8.0's code form names no device, which django-otp >= 1.7.1 requires.

django-otp 1.7.1 (django-otp PR #188) stopped trying every device of the user when a form leaves
out `otp_device` (that throttled unrelated devices) and answers "Please select a device." instead.
wagtail-2fa's TokenForm has only `otp_token`, so no code is ever accepted: upstream issue
labd/wagtail-2fa#284. This form chooses the device: the user's only confirmed one, or the one they
pick when they have several (a select shown through the template's `extra_fields` loop).

Delete this module, and its install() call in portal.security.TwoFactorMiddleware, once a
wagtail-2fa release after 1.8.0 fixes #284.
"""

from __future__ import annotations

from typing import Any

import django_otp
from wagtail_2fa import views as wagtail_2fa_views
from wagtail_2fa.forms import TokenForm

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy as _


class DeviceTokenForm(TokenForm):
    """wagtail-2fa's code form, telling django-otp which of the user's devices to check."""

    otp_device = forms.ChoiceField(label=_("Doğrulama uygulaması"), required=False)

    def __init__(self, user: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(user, *args, **kwargs)
        devices = (
            list(django_otp.devices_for_user(user, confirmed=True)) if user.is_authenticated else []
        )
        self.fields["otp_device"].choices = [
            (device.persistent_id, device.name) for device in devices
        ]

    @property
    def extra_fields(self) -> list[tuple[str, BoundField]]:
        """The device select, shown by wagtail-2fa's template only when there is a choice."""
        if len(self.fields["otp_device"].choices) > 1:
            return [("otp_device", self["otp_device"])]
        return []

    def clean(self) -> dict[str, Any]:
        """Pick the only device when none was chosen, then let django-otp check the code."""
        choices = self.fields["otp_device"].choices
        if not self.cleaned_data.get("otp_device") and len(choices) == 1:
            self.cleaned_data["otp_device"] = choices[0][0]
        return super().clean()


def install() -> None:
    """Make wagtail-2fa's code view use DeviceTokenForm (idempotent)."""
    wagtail_2fa_views.LoginView.form_class = DeviceTokenForm
