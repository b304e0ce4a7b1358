"""The language of an API response: ?locale=, else the Accept-Language header, else Turkish.

The language cookie is ignored on purpose: responses are cached publicly and vary on
Accept-Language only, so nothing else may choose the language.
"""

from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.request import Request

from django.conf import settings
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header

from portal.locales import locale_for

LOCALE_PARAM = "locale"


def content_languages() -> list[str]:
    """The language codes content is published in ("tr", "en")."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def requested_language(request: Request) -> str:
    """The language the client asked for; a ?locale= outside the content languages is a 400."""
    codes = content_languages()
    param = request.query_params.get(LOCALE_PARAM)
    if param is not None:
        if param not in codes:
            raise ValidationError(
                {
                    LOCALE_PARAM: [
                        _("Geçersiz dil: “%(value)s”. Geçerli değerler: %(choices)s.")
                        % {"value": param[:20], "choices": ", ".join(codes)}
                    ]
                }
            )
        return param
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code == "*":
            continue
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def language_code_of(locale_id: int) -> str:
    """The language code of a Locale id, without a query (Locales are cached per process)."""
    for code in content_languages():
        if locale_for(code).pk == locale_id:
            return code
    return settings.LANGUAGE_CODE
