"""portal.languages: each helper of the language rule, its query counts, and lang_attr."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from django.utils import translation

from wagtail.models import PageViewRestriction

from plans.models import MunicipalityPage, ThematicArea
from portal.languages import (
    in_visitor_language,
    lang_attr,
    shown_by_key,
    shown_copies,
    shown_copy,
    shown_pages,
    title_in_lang,
)
from portal.locales import active_locale
from tests.plans.factories import ThematicAreaFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_english() -> Iterator[None]:
    with translation.override("en"):
        active_locale()  # the locale cache is warm: counted queries are the helpers' own
        yield


def areas(site_tree: SiteTree) -> tuple[ThematicArea, ThematicArea, ThematicArea]:
    """A1 with an English copy (returned second) and A2 without one."""
    translated = ThematicAreaFactory(code="A1", name="Bakım hizmetleri")
    english = translated.copy_for_translation(site_tree.english)
    english.name = "Care services"
    english.save()
    return translated, english, ThematicAreaFactory(code="A2", name="İstihdam")


def test_in_visitor_language_in_turkish_is_the_turkish_rows(site_tree: SiteTree) -> None:
    rows = in_visitor_language(MunicipalityPage.objects.for_public())
    assert set(rows) == {site_tree.kadikoy, site_tree.nilufer}


def test_in_visitor_language_falls_back_per_row_in_one_query(
    site_tree: SiteTree, in_english: None, django_assert_num_queries
) -> None:
    english_kadikoy = site_tree.english_of(site_tree.kadikoy)
    site_tree.english_of(site_tree.nilufer).unpublish()
    with django_assert_num_queries(1):
        rows = list(in_visitor_language(MunicipalityPage.objects.for_public()))
    assert set(rows) == {english_kadikoy, site_tree.nilufer}


def test_in_visitor_language_on_snippets(site_tree: SiteTree, in_english: None) -> None:
    _turkish, english, untranslated = areas(site_tree)
    assert set(in_visitor_language(ThematicArea.objects.all())) == {english, untranslated}


def test_shown_by_key_prefers_the_visitor_language_among_the_queryset(
    site_tree: SiteTree, in_english: None, django_assert_num_queries
) -> None:
    kadikoy, nilufer = site_tree.kadikoy, site_tree.nilufer
    PageViewRestriction.objects.bulk_create(  # this copy only (no mirroring signal)
        [PageViewRestriction(page=site_tree.english_of(nilufer), restriction_type="login")]
    )
    keys = {kadikoy.translation_key, nilufer.translation_key}
    with django_assert_num_queries(1):
        shown = shown_by_key(MunicipalityPage.objects.for_public(), keys)
    assert shown == {
        kadikoy.translation_key: site_tree.english_of(kadikoy),
        nilufer.translation_key: nilufer,  # the English copy is private: the Turkish page
    }
    with django_assert_num_queries(0):
        assert shown_by_key(MunicipalityPage.objects.for_public(), [None]) == {}


def test_shown_by_key_leaves_out_keys_public_in_neither_language(
    site_tree: SiteTree, in_english: None
) -> None:
    site_tree.kadikoy.unpublish()
    site_tree.english_of(site_tree.kadikoy).unpublish()
    key = site_tree.kadikoy.translation_key
    assert shown_by_key(MunicipalityPage.objects.for_public(), {key}) == {}


def test_shown_copies_of_snippets_in_the_visitor_language_cost_no_query(
    site_tree: SiteTree, in_english: None, django_assert_num_queries
) -> None:
    turkish, english, untranslated = areas(site_tree)
    with django_assert_num_queries(0):
        assert shown_copies([english, None]) == {english.translation_key: english}
    with django_assert_num_queries(1):
        shown = shown_copies([turkish, untranslated])
    assert shown == {turkish.translation_key: english, untranslated.translation_key: untranslated}
    with django_assert_num_queries(0):
        assert shown_copies([]) == {}


def test_shown_copies_of_pages_are_public_specific_pages(
    site_tree: SiteTree, in_english: None, django_assert_num_queries
) -> None:
    base_page = site_tree.kadikoy.page_ptr
    with django_assert_num_queries(1):
        shown = shown_copies([base_page], MunicipalityPage)
    english = shown[site_tree.kadikoy.translation_key]
    assert isinstance(english, MunicipalityPage)
    assert english == site_tree.english_of(site_tree.kadikoy)


def test_shown_pages_keep_order_drop_duplicates_and_fall_back(
    site_tree: SiteTree, in_english: None, django_assert_num_queries
) -> None:
    kadikoy, nilufer = site_tree.kadikoy, site_tree.nilufer
    site_tree.english_of(kadikoy).unpublish()
    english_nilufer = site_tree.english_of(nilufer)
    with django_assert_num_queries(1):
        shown = shown_pages([nilufer, None, kadikoy, english_nilufer])
    assert shown == [english_nilufer, kadikoy]


def test_shown_pages_leave_out_private_pages(site_tree: SiteTree, in_english: None) -> None:
    PageViewRestriction.objects.create(page=site_tree.kadikoy, restriction_type="login")
    assert shown_pages([site_tree.kadikoy, site_tree.nilufer]) == [
        site_tree.english_of(site_tree.nilufer)
    ]


def test_shown_copy(site_tree: SiteTree, in_english: None, django_assert_num_queries) -> None:
    turkish, english, _untranslated = areas(site_tree)
    with django_assert_num_queries(0):
        assert shown_copy(None) is None
        assert shown_copy(english) == english
    assert shown_copy(turkish) == english
    site_tree.kadikoy.unpublish()
    site_tree.english_of(site_tree.kadikoy).unpublish()
    assert shown_copy(site_tree.kadikoy) is None


def test_lang_attr_marks_only_another_language(site_tree: SiteTree, in_english: None) -> None:
    turkish, english, _untranslated = areas(site_tree)
    assert lang_attr(turkish) == ' lang="tr"'
    assert lang_attr(english) == ""
    assert lang_attr(None) == ""
    with translation.override("tr"):
        assert lang_attr(turkish) == ""
        assert lang_attr(site_tree.english_of(site_tree.kadikoy)) == ' lang="en"'


def test_title_in_lang_wraps_only_a_fallback_title(site_tree: SiteTree, in_english: None) -> None:
    site_tree.kadikoy.title = "Kadıköy <b>Belediyesi</b>"
    assert title_in_lang(site_tree.kadikoy) == (
        '<span lang="tr">Kadıköy &lt;b&gt;Belediyesi&lt;/b&gt;</span>'
    )
    assert title_in_lang(site_tree.english_of(site_tree.kadikoy)) == "Kadıköy Municipality"
