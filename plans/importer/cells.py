"""Reading one cell of an uploaded file: text, numbers, progress, ISO dates and scale codes.

A cell is what the csv module gives (text) or what openpyxl gives (text, int, float, date,
datetime, bool or None). Each parser returns the value or raises CellError with a Turkish message.

Decisions (summarised in the plans.importer package docstring):
- numbers: a dot is the decimal separator; a single comma is accepted as a Turkish decimal comma
  ("12,5" = 12.5); thousands separators and spaces are refused, because "1.234" and "1,234" are
  ambiguous; at most 4 decimal places (what IndicatorValue stores), except XLSX number cells,
  whose binary fractions are rounded to 4 places;
- progress: a whole number 0–100, an optional "%" sign allowed;
- dates: ISO YYYY-MM-DD, or a date cell of the spreadsheet;
- status and disaggregation: the code (in_progress) or its label in any site language
  ("Devam ediyor", "In progress"), compared with Turkish case folding;
- data-quality flags (yes or no): true/false (as the exports write them), evet/hayır, yes/no,
  1/0, x for yes, or a spreadsheet's TRUE/FALSE cell; an empty cell is no.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from portal.text import turkish_casefold

Cell = str | int | float | Decimal | date | datetime | bool | None

DECIMAL_PLACES = 4  # IndicatorValue.value: max_digits=14, decimal_places=4
MAX_INTEGER_DIGITS = 10
_QUANTUM = Decimal(1).scaleb(-DECIMAL_PLACES)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CellError(ValueError):
    """A cell that cannot be read; the message is for the user."""


def is_blank(cell: Cell) -> bool:
    """Whether the cell is empty (None or only whitespace)."""
    return cell is None or (isinstance(cell, str) and not cell.strip())


def text(cell: Cell) -> str:
    """The cell as stripped text; numbers as typed ("3", "1.2"), dates in ISO form."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def decimal(cell: Cell) -> Decimal:
    """A decimal number (see the module docstring for the accepted forms)."""
    if isinstance(cell, (bool, date, datetime)):
        raise CellError(_("Sayı olmalı."))
    if isinstance(cell, float):
        if cell != cell or cell in (float("inf"), float("-inf")):
            raise CellError(_("Sayı olmalı."))
        value = Decimal(repr(cell))
        if -value.as_tuple().exponent > DECIMAL_PLACES:  # type: ignore[operator]
            value = value.quantize(_QUANTUM, rounding=ROUND_HALF_UP)
    elif isinstance(cell, (int, Decimal)):
        value = Decimal(cell)
    else:
        value = _decimal_from_text(text(cell))
    if not value.is_finite():
        raise CellError(_("Sayı olmalı."))
    if -value.as_tuple().exponent > DECIMAL_PLACES:  # type: ignore[operator]
        raise CellError(
            _("En çok %(places)s ondalık basamak olabilir: “%(value)s”.")
            % {"places": DECIMAL_PLACES, "value": text(cell)}
        )
    if abs(value) >= Decimal(10) ** MAX_INTEGER_DIGITS:
        raise CellError(_("Sayı çok büyük: “%(value)s”.") % {"value": text(cell)})
    return value


def _decimal_from_text(raw: str) -> Decimal:
    cleaned = raw
    if "," in cleaned:
        if "." in cleaned or cleaned.count(",") > 1:
            raise CellError(
                _(
                    "“%(value)s” okunamadı: binlik ayırıcı kullanmayın; ondalık ayırıcı nokta "
                    "(ya da tek bir virgül) olmalı, örneğin 1234.5."
                )
                % {"value": raw}
            )
        cleaned = cleaned.replace(",", ".")
    try:
        if not cleaned or any(char.isspace() for char in cleaned):
            raise InvalidOperation
        return Decimal(cleaned)
    except InvalidOperation:
        raise CellError(
            _("Sayı olmalı (ondalık ayırıcı nokta), “%(value)s” yazılmış.") % {"value": raw}
        ) from None


def progress(cell: Cell) -> int:
    """A whole percentage between 0 and 100 ("40", "40%", 40)."""
    raw = cell.strip().strip("%").strip() if isinstance(cell, str) else cell
    try:
        value = decimal(raw)
    except CellError:
        raise CellError(
            _("İlerleme 0 ile 100 arasında bir tam sayı olmalı, “%(value)s” yazılmış.")
            % {"value": text(cell)}
        ) from None
    if value != value.to_integral_value() or not 0 <= value <= 100:
        raise CellError(
            _("İlerleme 0 ile 100 arasında bir tam sayı olmalı, “%(value)s” yazılmış.")
            % {"value": text(cell)}
        )
    return int(value)


def iso_date(cell: Cell) -> date:
    """A date: an ISO YYYY-MM-DD text or a spreadsheet date cell."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    raw = text(cell)
    if isinstance(cell, str) and _ISO_DATE.match(raw):
        try:
            return date.fromisoformat(raw)
        except ValueError:
            pass
    raise CellError(
        _(
            "Tarih YYYY-AA-GG biçiminde geçerli bir tarih olmalı (örneğin 2025-06-30), "
            "“%(value)s” yazılmış."
        )
        % {"value": raw}
    )


@lru_cache(maxsize=8)
def _choice_lookup(choices: type[models.TextChoices]) -> dict[str, str]:
    """{case-folded code or label in any site language: code}."""
    lookup: dict[str, str] = {}
    for member in choices:
        lookup[turkish_casefold(member.value)] = member.value
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                lookup[turkish_casefold(str(member.label))] = member.value
    return lookup


def choice(cell: Cell, choices: type[models.TextChoices]) -> str:
    """The code of a scale value given by code or label (any language, any case)."""
    raw = text(cell)
    lookup = _choice_lookup(choices)
    try:
        return lookup[turkish_casefold(raw)]
    except KeyError:
        allowed = ", ".join(f"{member.value} ({member.label})" for member in choices)
        raise CellError(
            _("Geçersiz değer “%(value)s”. Geçerli değerler: %(allowed)s.")
            % {"value": raw, "allowed": allowed}
        ) from None


class FlagAnswer(models.TextChoices):
    """The answers a data-quality flag cell takes (codes as the exports write them)."""

    YES = "true", _lazy("evet")
    NO = "false", _lazy("hayır")


_FLAG_EXTRAS = {"1": FlagAnswer.YES, "x": FlagAnswer.YES, "0": FlagAnswer.NO}


def flag(cell: Cell) -> bool:
    """A data-quality flag cell as a boolean (empty cells are handled by the caller)."""
    raw = text(cell)
    extra = _FLAG_EXTRAS.get(turkish_casefold(raw))
    if extra is not None:
        return extra == FlagAnswer.YES
    try:
        return choice(cell, FlagAnswer) == FlagAnswer.YES
    except CellError:
        raise CellError(
            _(
                "Geçersiz değer “%(value)s”. Evet ya da hayır yazın (true/false, evet/hayır, "
                "1/0) ya da boş bırakın."
            )
            % {"value": raw}
        ) from None
