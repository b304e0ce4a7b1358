"""The ASCII fold and the highlighted excerpt of the site search (portal.text)."""

from __future__ import annotations

import pytest

from portal.text import ascii_fold, highlight_snippet, search_terms


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Kadıköy", "kadikoy"),
        ("KADIKÖY", "kadikoy"),
        ("kadikoy", "kadikoy"),
        ("İzmir", "izmir"),
        ("IZMIR", "izmir"),
        ("Çankaya", "cankaya"),
        ("EŞİTLİĞİ", "esitligi"),
        ("Iğdır Şile Ünye Ödemiş", "igdir sile unye odemis"),
        ("kâr hâlâ Müdürlüğü", "kar hala mudurlugu"),
        ("Straße café", "strasse cafe"),
        ("i\u0307zmir", "izmir"),  # "i" with a combining dot (what str.lower() makes of "İ")
    ],
)
def test_ascii_fold_by_turkish_rules(text: str, folded: str) -> None:
    assert ascii_fold(text) == folded


def test_ascii_fold_never_leaves_a_turkish_letter_or_a_capital() -> None:
    folded = ascii_fold("ÇĞİIÖŞÜçğıiöşü")
    assert folded == "cgiiosucgiiosu"
    assert folded.isascii()


def test_search_terms_are_folded_words_without_duplicates() -> None:
    assert search_terms("Kadıköy, KADIKOY; eşitlik!") == ["kadikoy", "esitlik"]
    assert search_terms("  ") == []


def test_snippet_marks_query_words_ignoring_case_and_turkish_letters() -> None:
    html = highlight_snippet("Kadıköy Belediyesi eşitlik planını açıkladı.", "KADIKOY esitlik")
    assert html == "<mark>Kadıköy</mark> Belediyesi <mark>eşitlik</mark> planını açıkladı."


def test_snippet_marks_word_forms_and_stems() -> None:
    html = highlight_snippet("Belediye eşitliği ve belediyelerin planları.", "belediyeler eşitlik")
    assert html == (
        "<mark>Belediye</mark> <mark>eşitliği</mark> ve <mark>belediyelerin</mark> planları."
    )
    # Short words are not taken for stems: "ve" is not marked for "veri".
    assert "<mark>" not in highlight_snippet("ve", "veri")


def test_snippet_escapes_the_text() -> None:
    html = highlight_snippet('<script>alert("x")</script> eşitlik & <b>adalet</b>', "adalet")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert "&amp;" in html
    assert "&lt;b&gt;<mark>adalet</mark>&lt;/b&gt;" in html


def test_snippet_is_a_window_around_the_first_match() -> None:
    text = " ".join(f"söz{number}" for number in range(100)) + " Çankaya " + "son " * 50
    html = highlight_snippet(text, "cankaya", words=10)
    assert "<mark>Çankaya</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(html.replace("<mark>", "").replace("</mark>", "").split()) <= 12
    assert "söz0 " not in html


def test_snippet_without_a_match_is_the_opening_words() -> None:
    text = "Bir iki üç dört beş altı yedi sekiz dokuz on."
    assert highlight_snippet(text, "yok", words=3) == "Bir iki üç …"
    assert highlight_snippet("", "yok") == ""
    assert highlight_snippet("Kısa.", "") == "Kısa."
