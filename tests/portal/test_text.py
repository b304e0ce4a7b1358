"""Turkish collation, case folding and slugs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from django.utils import translation

from portal.text import shown_number, turkish_casefold, turkish_slugify, turkish_sorted


def test_turkish_alphabetical_order() -> None:
    names = ["Ünye", "İzmir", "Çorum", "Uşak", "Cide", "Iğdır", "Çankaya"]
    assert turkish_sorted(names) == ["Cide", "Çankaya", "Çorum", "Iğdır", "İzmir", "Uşak", "Ünye"]


def test_turkish_order_puts_each_special_letter_after_its_base() -> None:
    assert turkish_sorted(["Şile", "Sinop", "Zonguldak"]) == ["Sinop", "Şile", "Zonguldak"]
    assert turkish_sorted(["Ğ", "H", "G"]) == ["G", "Ğ", "H"]
    assert turkish_sorted(["Ödemiş", "Ordu", "Pazar"]) == ["Ordu", "Ödemiş", "Pazar"]
    # Dotless ı comes before dotted i, in either case.
    assert turkish_sorted(["ilgaz", "Ilgın", "ırmak", "İnegöl"]) == [
        "Ilgın",
        "ırmak",
        "ilgaz",
        "İnegöl",
    ]


def test_sort_is_case_insensitive_and_total() -> None:
    assert turkish_sorted(["ankara", "Adana", "ANKARA"]) == ["Adana", "ANKARA", "ankara"]
    assert turkish_sorted(["kâr", "kar", "kas"]) == ["kar", "kâr", "kas"]


def test_sort_by_key() -> None:
    rows = [{"name": "Çankaya"}, {"name": "Cide"}]
    assert turkish_sorted(rows, key=lambda row: row["name"]) == [
        {"name": "Cide"},
        {"name": "Çankaya"},
    ]


def test_turkish_casefold() -> None:
    assert turkish_casefold("EŞİTLİK") == "eşitlik"
    assert turkish_casefold("IŞIK") == "ışık"
    assert turkish_casefold("İSTANBUL") == turkish_casefold("istanbul")
    assert "EŞİTLİK".lower() != "eşitlik"  # why the helper exists


def test_turkish_slugify() -> None:
    assert turkish_slugify("Kadıköy Belediyesi") == "kadikoy-belediyesi"
    assert turkish_slugify("İZMİR Büyükşehir") == "izmir-buyuksehir"
    assert turkish_slugify("Çağlayan Şişli Öğüt") == "caglayan-sisli-ogut"


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("tr", Decimal("31.50"), "31,5"),
        ("en", Decimal("31.50"), "31.5"),
        ("tr", Decimal("40.00"), "40"),
        ("tr", 12, "12"),
        ("tr", None, "—"),
    ],
)
def test_shown_number_follows_the_language_without_needless_zeros(
    language: str, value: Decimal | int | None, expected: str
) -> None:
    with translation.override(language):
        assert shown_number(value) == expected
