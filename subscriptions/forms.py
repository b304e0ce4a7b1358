"""The sign-up form: an address, what to follow, and a honeypot field people never see."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Topic
from .targets import public_target

#: The honeypot's name: a field a browser may autofill for bots, hidden from people and screen
#: readers (templates/subscriptions/form.html).
HONEYPOT = "website"


class SubscribeForm(forms.Form):
    """Sign-up. `key` is the followed page's translation key (municipality or indicator)."""

    email = forms.EmailField(
        label=_("E-posta adresi"),
        max_length=254,
        error_messages={
            "required": _("E-posta adresi: bu alan zorunludur."),
            "invalid": _("E-posta adresi: geçerli bir adres girin, örneğin ad@ornek.org."),
        },
    )
    topic = forms.ChoiceField(
        label=_("Takip edilen"),
        choices=Topic.choices,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Takip edilen: bilinmeyen bir seçim.")},
    )
    key = forms.UUIDField(label=_("Sayfa"), required=False, widget=forms.HiddenInput)
    website = forms.CharField(label=_("Web sitesi"), required=False)

    def clean(self) -> dict[str, Any]:
        """A page topic needs a public page of its kind."""
        data = super().clean()
        topic = data.get("topic")
        if topic and topic != Topic.NEWS:
            target = public_target(topic, data.get("key"))
            if target is None:
                self.add_error("key", _("Sayfa: takip edilecek yayımlanmış sayfa bulunamadı."))
            else:
                data["key"] = target.translation_key
        elif topic == Topic.NEWS:
            data["key"] = None
        return data

    @property
    def is_bot(self) -> bool:
        """Whether the honeypot was filled (only a bot fills a field nobody sees)."""
        return bool(self.data.get(HONEYPOT, "").strip())
