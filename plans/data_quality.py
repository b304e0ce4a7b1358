"""Data-quality flags of an indicator value, each defined once (issue 19 §3).

A reported value may be an estimate, provisional, the first after a break in its series (the
method or the source changed), or not comparable with other municipalities' values. Each flag is
a boolean field of `plans.models.IndicatorValue` named `flag_<code>`; the codes are those of the
API, the exports and the importer, and the footnote symbols follow Eurostat's flags (e estimated,
p provisional, b break in time series, d definition differs), so a reader who knows them reads
these. Charts, tables, the comparison, the exports and the API all read labels and symbols from
here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

__all__ = [
    "FLAG_FIELDS",
    "DataFlag",
    "FlagNote",
    "flag_column_description",
    "flag_notes",
    "flags_of",
]


class DataFlag(models.TextChoices):
    """A data-quality flag of an indicator value (code, label)."""

    ESTIMATE = "estimate", _("Tahmin")
    PROVISIONAL = "provisional", _("Geçici")
    SERIES_BREAK = "series_break", _("Seri kırılması")
    NOT_COMPARABLE = "not_comparable", _("Belediyeler arası karşılaştırılamaz")

    @property
    def field_name(self) -> str:
        """The IndicatorValue field that holds the flag (`flag_estimate`)."""
        return f"flag_{self.value}"

    @property
    def symbol(self) -> str:
        """The footnote symbol shown beside a flagged value (Eurostat's letter)."""
        return _SYMBOLS[self.value]

    @property
    def description(self) -> str:
        """What the flag tells the reader, for footnotes and the data dictionary."""
        return str(_DESCRIPTIONS[self.value])


_SYMBOLS = {"estimate": "e", "provisional": "p", "series_break": "b", "not_comparable": "d"}

_DESCRIPTIONS = {
    "estimate": _("Değer ölçülmedi, tahmin edildi."),
    "provisional": _("Değer geçicidir; kesinleşince değişebilir."),
    "series_break": _(
        "Yöntem ya da kaynak bu değerden itibaren değişti; önceki değerlerle doğrudan "
        "karşılaştırılamaz."
    ),
    "not_comparable": _(
        "Tanım ya da kapsam farklı; diğer belediyelerin değerleriyle karşılaştırılamaz."
    ),
}

#: The model fields of the flags, in the order of DataFlag.
FLAG_FIELDS: tuple[str, ...] = tuple(flag.field_name for flag in DataFlag)


def _column_description(flag: DataFlag) -> str:
    return gettext(
        "Veri kalitesi işareti “%(label)s” (dipnot işareti %(symbol)s): true ya da false. "
        "%(description)s İçe aktarmada isteğe bağlı; boş hücre false sayılır."
    ) % {"label": flag.label, "symbol": flag.symbol, "description": flag.description}


#: The data dictionary's description of a flag's column, in the active language when shown.
flag_column_description = lazy(_column_description, str)


def flags_of(row: Any) -> list[DataFlag]:
    """The flags set on a value (an IndicatorValue or any object with the flag_* attributes)."""
    return [flag for flag in DataFlag if getattr(row, flag.field_name, False)]


@dataclass(frozen=True)
class FlagNote:
    """One footnote: a flag's symbol, label and description."""

    flag: DataFlag
    symbol: str
    label: str
    description: str


def flag_notes(flags: Iterable[DataFlag]) -> list[FlagNote]:
    """The footnotes of the given flags, each once, in the order of DataFlag."""
    present = set(flags)
    return [
        FlagNote(flag, flag.symbol, str(flag.label), flag.description)
        for flag in DataFlag
        if flag in present
    ]
