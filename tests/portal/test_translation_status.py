"""The translation status (portal.translation_status): its rows, `manage.py translation_status`
and the admin report "Çeviri durumu"."""

from __future__ import annotations

from io import StringIO

import pytest

from django.contrib.auth.models import AbstractUser
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

from plans.models import MunicipalityPage
from portal.models import StandardPage
from portal.translation import publish_translation
from portal.translation_status import (
    RowState,
    TranslationStatusRow,
    summarize,
    translation_status,
)
from tests.plans.factories import MunicipalityPageFactory, ThematicAreaFactory
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/ceviri-durumu/"


def row_of(title: str) -> TranslationStatusRow:
    """The English row of the Turkish page or snippet with this title."""
    return next(row for row in translation_status("en") if row.title == title)


def translated_page(tree: SiteTree, title: str = "Yöntem") -> StandardPage:
    """A live Turkish standard page under the home page, with its English translation."""
    page = StandardPageFactory(
        parent=tree.home,
        title=title,
        body=[{"type": "paragraph", "value": "<p>Hak temelli izleme.</p>"}],
    )
    publish_translation(
        page,
        tree.english,
        {
            "title": f"{title} (en)",
            "slug": f"{page.slug}-en",
            "intro": "A short introduction.",
            "body": [
                {"type": "paragraph", "value": "<p>Rights-based monitoring.</p>", "id": block.id}
                for block in page.body
            ],
        },
    )
    return page


def add_paragraph(page: StandardPage) -> None:
    """An editor adds a paragraph to the Turkish page and publishes it."""
    page.body.append(("paragraph", RichText("<p>Yeni paragraf.</p>")))
    page.save_revision().publish()


def sync(page: StandardPage) -> TranslationSource:
    """wagtail-localize's "Sync translated pages" without publishing the translations."""
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        source.update_target_view_restrictions(translation.target_locale)
    return source


def untranslated_municipality(tree: SiteTree) -> MunicipalityPage:
    """A live Turkish municipality with no English page."""
    return MunicipalityPageFactory(parent=tree.index, title="Tepebaşı Belediyesi", slug="tepebasi")


def test_fully_translated_page_has_nothing_missing(site_tree: SiteTree) -> None:
    page = translated_page(site_tree)

    row = row_of(page.title)

    assert row.state == RowState.SYNCED
    assert row.total_segments == row.translated_segments > 0
    assert row.missing_segments == 0
    assert not row.outdated
    assert not row.has_work_left
    assert row.section == page.title  # a child of the home page is a section of its own
    english = site_tree.english_of(page)
    assert row.edit_url == reverse("wagtailadmin_pages:edit", args=[english.pk])
    assert row.public_url == english.full_url


def test_turkish_page_published_after_its_last_sync_is_outdated(site_tree: SiteTree) -> None:
    page = translated_page(site_tree)

    add_paragraph(page)
    row = row_of(page.title)

    assert row.outdated
    assert row.missing_segments == 0  # the new paragraph is not sent for translation yet
    source = TranslationSource.objects.get_for_instance(page)
    assert row.sync_url == reverse("wagtail_localize:update_translations", args=[source.pk])


def test_synced_paragraph_is_missing_until_the_english_copy_is_rebuilt(
    site_tree: SiteTree,
) -> None:
    page = translated_page(site_tree)
    add_paragraph(page)

    sync(page)
    row = row_of(page.title)

    assert row.missing_segments == 1
    assert row.translated_segments == row.total_segments - 1
    assert row.outdated  # synced after wagtail-localize last built the English copy
    assert not row.sync_url
    assert row.is_missing and row.has_work_left

    # "Sync translated pages" with "publish translations" rebuilds the English copy at once:
    # no longer outdated, but the new paragraph shows in Turkish until it is translated.
    Translation.objects.get(source__object_id=page.translation_key).save_target(publish=True)
    row = row_of(page.title)
    assert not row.outdated
    assert row.missing_segments == 1


def test_turkish_page_without_english_is_untranslated(site_tree: SiteTree) -> None:
    page = untranslated_municipality(site_tree)

    rows = translation_status("en")
    row = next(row for row in rows if row.title == page.title)

    assert row.state == RowState.UNTRANSLATED
    assert row.is_missing and row.has_work_left
    assert row.total_segments is None  # never submitted: wagtail-localize has no segments yet
    assert row.section == site_tree.index.title
    assert row.edit_url == reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert row.public_url == page.full_url  # English visitors see the Turkish page meanwhile
    sections, total = summarize(rows)
    municipalities = next(s for s in sections if s.section == site_tree.index.title)
    assert municipalities.untranslated == 1
    assert municipalities.work_left == 1
    assert total.untranslated == 1


def test_english_copy_whose_synced_translation_was_stopped_is_unmanaged(
    site_tree: SiteTree,
) -> None:
    page = translated_page(site_tree)
    Translation.objects.filter(source__object_id=page.translation_key).update(enabled=False)

    row = row_of(page.title)

    assert row.state == RowState.UNMANAGED
    assert row.has_work_left and not row.is_missing


def test_snippet_without_english_copy_links_to_translate_it(site_tree: SiteTree) -> None:
    area = ThematicAreaFactory(code="A9", name="Kent güvenliği")

    row = row_of(str(area))

    assert row.state == RowState.UNTRANSLATED
    assert row.section == "Parçacıklar: Tematik alanlar"
    assert row.edit_url == reverse(
        "wagtail_localize:submit_snippet_translation", args=["plans", "thematicarea", area.pk]
    )


def test_rows_take_a_fixed_number_of_queries(
    site_tree: SiteTree, django_assert_max_num_queries
) -> None:
    translation_status("en")  # warm the per-process caches (locales)
    for number in range(3):
        translated_page(site_tree, title=f"Sayfa {number}")
        add_paragraph(StandardPage.objects.get(title=f"Sayfa {number}"))
    untranslated_municipality(site_tree)
    ThematicAreaFactory()

    with django_assert_max_num_queries(10):
        rows = translation_status("en")

    assert len(rows) >= 9


def test_command_summarises_sections_and_names_the_work_left(site_tree: SiteTree) -> None:
    page = untranslated_municipality(site_tree)
    out = StringIO()

    call_command("translation_status", stdout=out)

    output = out.getvalue()
    assert "Çeviri durumu: Türkçe → English (en)" in output
    assert site_tree.index.title in output  # the section, in the summary and above its rows
    assert page.title in output
    assert f"/admin/localize/submit/page/{page.pk}/" in output
    assert site_tree.kadikoy.title not in output  # translated: no work left


def test_command_lists_every_row_with_all_and_writes_csv(site_tree: SiteTree) -> None:
    out = StringIO()
    call_command("translation_status", "--all", "--format", "csv", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Bölüm,Konum,Başlık,Tür,Dil,Durum")
    assert any(site_tree.kadikoy.title in line for line in lines[1:])


def test_fail_if_missing_exits_1_only_when_text_is_missing(site_tree: SiteTree) -> None:
    call_command("translation_status", "--fail-if-missing", stdout=StringIO())  # all translated

    untranslated_municipality(site_tree)
    with pytest.raises(CommandError) as raised:
        call_command("translation_status", "--fail-if-missing", stdout=StringIO())

    assert raised.value.returncode == 1


def test_command_refuses_an_unknown_language(site_tree: SiteTree) -> None:
    with pytest.raises(CommandError):
        call_command("translation_status", "--locale", "xx", stdout=StringIO())


def test_admin_report_lists_rows_for_editors(
    client: Client, editor: AbstractUser, site_tree: SiteTree
) -> None:
    page = untranslated_municipality(site_tree)
    client.force_login(editor)

    response = client.get(REPORT_URL, {"work_left": "yes"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Çeviri durumu" in html
    assert page.title in html
    assert reverse("wagtail_localize:submit_page_translation", args=[page.pk]) in html
    assert site_tree.kadikoy.title not in html  # no work left there
    assert REPORT_URL in client.get("/admin/").content.decode()  # in the Reports menu


def test_admin_report_filters_by_section(
    client: Client, editor: AbstractUser, site_tree: SiteTree
) -> None:
    page = translated_page(site_tree)
    client.force_login(editor)

    response = client.get(REPORT_URL + "results/", {"section": f"page:{page.path}"})

    html = response.content.decode()
    assert page.title in html
    assert site_tree.kadikoy.title not in html


def test_admin_report_downloads_csv(
    client: Client, editor: AbstractUser, site_tree: SiteTree
) -> None:
    client.force_login(editor)

    response = client.get(REPORT_URL, {"export": "csv"})

    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert content.startswith("Bölüm,Konum,Başlık")
    assert site_tree.kadikoy.title in content


def test_admin_report_is_not_for_reporters(
    client: Client, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    for user in (kadikoy_reporter, board_member):
        client.force_login(user)
        response = client.get(REPORT_URL)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
        assert REPORT_URL not in client.get("/admin/").content.decode()


def test_admin_report_asks_anonymous_visitors_to_log_in(
    client: Client, site_tree: SiteTree
) -> None:
    response = client.get(REPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
