"""Translation status: the work left to translate the Turkish site into each other language.

One row per Turkish page or translatable snippet and target language, read from wagtail-localize's
own records in a fixed number of queries whatever the number of pages, for
`manage.py translation_status` and the admin report "Çeviri durumu" (Reports menu). The words:

- *segment*: a piece of translatable text wagtail-localize extracted from the Turkish object (its
  StringSegments); synchronised fields (figures, dates, codes, choices) are not segments. A segment
  is *translated* when a StringTranslation without error exists for it in the target language, the
  count `Translation.get_progress()` makes, else *missing*: the English copy shows it in Turkish.
- *outdated*: the English copy lags the Turkish one. Either the Turkish object was synced
  (`TranslationSource.last_updated_at`) after wagtail-localize last built the English copy from it
  (the newest `TranslationLog` of that source and language): the sync saved no English copy, so a
  translator publishes it from the translation editor. Or a Turkish page was published after its
  last sync: "Sync translated pages" has to run first (the row's `sync_url`).
- *untranslated*: no English copy at all, or only an alias showing the Turkish page.
- *unmanaged*: an English copy that wagtail-localize does not keep in sync (its synced translation
  was stopped, or the copy was made another way); its segments are unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.contrib.admin.utils import quote
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef
from django.http import HttpRequest
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
    get_edit_url,
)

from .locales import default_locale, locale_for

#: Depth of the home page; its children are the sections of the site.
HOME_DEPTH = 2
SECTION_DEPTH = 3


class RowState(models.TextChoices):
    """How the target language's copy of an object is kept."""

    SYNCED = "synced", _("Eşitlenen çeviri")
    UNTRANSLATED = "untranslated", _("Çevrilmemiş")
    UNMANAGED = "unmanaged", _("Eşitlenmeyen kopya")


@dataclass(frozen=True)
class TranslationStatusRow:
    """One Turkish page or snippet and its copy in one target language."""

    section_key: str
    section: str
    title: str
    kind: str
    language_code: str
    state: RowState
    #: Pages between the section and this one (e.g. "Kadıköy Belediyesi › YEEP 2024-2028").
    location: str
    #: Segments of the Turkish object; None when it was never submitted for translation.
    total_segments: int | None
    translated_segments: int
    outdated: bool
    #: False for a Turkish page that is a draft (not published yet).
    source_live: bool
    #: The translation editor (or "Translate this page" when there is no copy yet), admin path.
    edit_url: str
    #: The page visitors of the target language see (the Turkish one while untranslated).
    public_url: str = ""
    #: "Sync translated pages", when the Turkish page was published after its last sync.
    sync_url: str = ""

    @property
    def missing_segments(self) -> int:
        """Segments with no translation in the target language."""
        if self.total_segments is None:
            return 0
        return self.total_segments - self.translated_segments

    @property
    def is_missing(self) -> bool:
        """Text is missing in the target language: no copy at all, or untranslated segments."""
        return self.state == RowState.UNTRANSLATED or self.missing_segments > 0

    @property
    def has_work_left(self) -> bool:
        """Anything for a translator to do: missing text, an outdated or an unmanaged copy."""
        return self.is_missing or self.outdated or self.state == RowState.UNMANAGED

    @property
    def state_label(self) -> str:
        """The state in words, for tables and exports."""
        return str(self.state.label)


@dataclass
class SectionSummary:
    """Counts of one section's rows (or of all rows)."""

    section: str
    objects: int = 0
    untranslated: int = 0
    with_missing: int = 0
    missing_segments: int = 0
    outdated: int = 0
    unmanaged: int = 0
    work_left: int = 0

    def add(self, row: TranslationStatusRow) -> None:
        """Count one row."""
        self.objects += 1
        self.untranslated += row.state == RowState.UNTRANSLATED
        self.with_missing += row.state != RowState.UNTRANSLATED and row.missing_segments > 0
        self.missing_segments += row.missing_segments
        self.outdated += row.outdated
        self.unmanaged += row.state == RowState.UNMANAGED
        self.work_left += row.has_work_left


def summarize(rows: Iterable[TranslationStatusRow]) -> tuple[list[SectionSummary], SectionSummary]:
    """The summary of each section, in the order of the rows, and the total."""
    sections: dict[str, SectionSummary] = {}
    total = SectionSummary(section=str(_("Toplam")))
    for row in rows:
        sections.setdefault(row.section_key, SectionSummary(section=row.section)).add(row)
        total.add(row)
    return list(sections.values()), total


#: The columns of the CSV of `manage.py translation_status` and of the admin report's downloads.
EXPORT_HEADINGS: dict[str, Any] = {
    "section": _("Bölüm"),
    "location": _("Konum"),
    "title": _("Başlık"),
    "kind": _("Tür"),
    "language_code": _("Dil"),
    "state_label": _("Durum"),
    "total_segments": _("Segment"),
    "translated_segments": _("Çevrilmiş segment"),
    "missing_segments": _("Eksik segment"),
    "outdated": _("Eski"),
    "source_live": _("Türkçesi yayında"),
    "edit_url": _("Çeviri düzenleyicisi"),
    "public_url": _("Genel adres"),
    "sync_url": _("Eşitleme"),
}


def yes_no(value: bool) -> str:
    """A yes/no cell of a CSV."""
    return str(_("evet") if value else _("hayır"))


def target_locales() -> list[Locale]:
    """Every language the Turkish content is translated into."""
    return list(Locale.objects.exclude(pk=default_locale().pk).order_by("language_code"))


def translation_status(
    language_code: str = "en", request: HttpRequest | None = None
) -> list[TranslationStatusRow]:
    """The translation status of every Turkish page and translatable snippet in one language:
    pages in tree order (English pages without a Turkish one after them), then snippets.

    Raises Locale.DoesNotExist (or LookupError) for a language the site does not have.
    """
    source, target = default_locale(), locale_for(language_code)
    if source.pk == target.pk:
        raise ValueError(f"{language_code} is the source language.")
    records = _source_records(source, target)
    url_cache: Any = request if request is not None else _SiteRootPathsCache()
    return [
        *_page_rows(source, target, records, url_cache),
        *_snippet_rows(source, target, records),
    ]


class _SiteRootPathsCache:
    """Where Wagtail keeps the site root paths while URLs of many pages are built without a
    request (Page.get_url_parts caches them on its `request` argument); without it, each page
    would read them from the cache, or the database while the cache is down."""


@dataclass(frozen=True)
class _SourceRecord:
    """What wagtail-localize knows about one Turkish object and one target language."""

    source_id: int
    synced_at: datetime
    total: int = 0
    translated: int = 0
    #: None when the object was never translated into the target language.
    translation_enabled: bool | None = None
    #: When wagtail-localize last built the target copy from this source.
    built_at: datetime | None = None


def _source_records(source: Locale, target: Locale) -> dict[UUID, _SourceRecord]:
    """wagtail-localize's records of every Turkish object, by translation key (five queries)."""
    segments = StringSegment.objects.filter(source__locale=source).order_by()
    totals = dict(
        segments.values("source_id").annotate(n=Count("pk")).values_list("source_id", "n")
    )
    translated = dict(
        segments.filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale=target,
                    has_error=False,
                )
            )
        )
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    enabled = dict(
        Translation.objects.filter(source__locale=source, target_locale=target).values_list(
            "source_id", "enabled"
        )
    )
    built = dict(
        TranslationLog.objects.filter(source__locale=source, locale=target)
        .order_by()
        .values("source_id")
        .annotate(at=Max("created_at"))
        .values_list("source_id", "at")
    )
    return {
        object_id: _SourceRecord(
            source_id=pk,
            synced_at=synced_at,
            total=totals.get(pk, 0),
            translated=translated.get(pk, 0),
            translation_enabled=enabled.get(pk),
            built_at=built.get(pk),
        )
        for pk, object_id, synced_at in TranslationSource.objects.filter(locale=source).values_list(
            "pk", "object_id", "last_updated_at"
        )
    }


@dataclass
class _Pairing:
    """A Turkish object and its copy in the target language, as one row needs them."""

    section_key: str
    section: str
    title: str
    kind: str
    location: str
    target: Any
    record: _SourceRecord | None
    source_live: bool
    edit_url: str = ""
    untranslated_url: str = ""
    public_url: str = ""
    target_public_url: str = ""
    published_at: datetime | None = None


def _row(pairing: _Pairing, language_code: str) -> TranslationStatusRow:
    """The row of one pairing: untranslated, synced through wagtail-localize or not."""
    record, target = pairing.record, pairing.target
    total = record.total if record else None
    translated = record.translated if record else 0
    common = {
        "section_key": pairing.section_key,
        "section": pairing.section,
        "title": pairing.title,
        "kind": pairing.kind,
        "location": pairing.location,
        "language_code": language_code,
        "source_live": pairing.source_live,
    }
    if target is None or getattr(target, "alias_of_id", None):
        return TranslationStatusRow(
            **common,
            state=RowState.UNTRANSLATED,
            total_segments=total,
            translated_segments=translated,
            outdated=False,
            edit_url=pairing.untranslated_url,
            public_url=pairing.public_url,
        )
    if record is None or not record.translation_enabled:
        return TranslationStatusRow(
            **common,
            state=RowState.UNMANAGED,
            total_segments=None,
            translated_segments=0,
            outdated=False,
            edit_url=pairing.edit_url,
            public_url=pairing.target_public_url,
        )
    needs_sync = pairing.published_at is not None and pairing.published_at > record.synced_at
    not_rebuilt = record.built_at is not None and record.built_at < record.synced_at
    return TranslationStatusRow(
        **common,
        state=RowState.SYNCED,
        total_segments=total,
        translated_segments=translated,
        outdated=needs_sync or not_rebuilt,
        edit_url=pairing.edit_url,
        public_url=pairing.target_public_url,
        sync_url=(
            reverse("wagtail_localize:update_translations", args=[record.source_id])
            if needs_sync
            else ""
        ),
    )


def _page_kind(page: Page) -> str:
    """The page type's name."""
    model = page.content_type.model_class()
    return str(capfirst(model._meta.verbose_name)) if model else page.content_type.model


def _page_rows(
    source: Locale, target: Locale, records: dict[UUID, _SourceRecord], url_cache: Any
) -> list[TranslationStatusRow]:
    """The rows of pages: two queries (both languages' pages, the site root paths)."""
    pages = (
        Page.objects.filter(locale__in=[source, target], depth__gte=HOME_DEPTH)
        .select_related("content_type")
        .only(
            "title",
            "path",
            "depth",
            "url_path",
            "live",
            "translation_key",
            "locale_id",
            "alias_of_id",
            "last_published_at",
            "content_type__app_label",
            "content_type__model",
        )
        .order_by("path")
    )
    titles: dict[str, str] = {}
    by_locale: dict[int, list[Page]] = {source.pk: [], target.pk: []}
    for page in pages:
        by_locale[page.locale_id].append(page)
        titles[page.path] = page.title
    targets = {page.translation_key: page for page in by_locale[target.pk]}

    def url_of(page: Page | None) -> str:
        return (page.get_full_url(request=url_cache) or "") if page and page.live else ""

    def section_of(page: Page) -> tuple[str, str]:
        key = page.path[: Page.steplen * min(page.depth, SECTION_DEPTH)]
        return f"page:{key}", titles.get(key, "")

    def location_of(page: Page) -> str:
        ancestors = range(SECTION_DEPTH + 1, page.depth)
        return " › ".join(titles.get(page.path[: Page.steplen * depth], "") for depth in ancestors)

    def pairing_of(page: Page, copy: Page | None, **extra: Any) -> _Pairing:
        """The pairing of a page (Turkish, or a copy without one) and its target-language copy."""
        section_key, section = section_of(page)
        return _Pairing(
            section_key=section_key,
            section=section,
            title=page.title,
            kind=_page_kind(page),
            location=location_of(page),
            target=copy,
            source_live=page.live,
            edit_url=reverse("wagtailadmin_pages:edit", args=[copy.pk]) if copy else "",
            target_public_url=url_of(copy),
            **extra,
        )

    rows = []
    for page in by_locale[source.pk]:
        copy = targets.pop(page.translation_key, None)
        pairing = pairing_of(
            page,
            copy,
            record=records.get(page.translation_key),
            untranslated_url=reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            public_url=url_of(page),
            published_at=page.last_published_at,
        )
        rows.append(_row(pairing, target.language_code))
    for copy in targets.values():  # target-language pages with no Turkish page
        rows.append(_row(pairing_of(copy, copy, record=None), target.language_code))
    return rows


def translatable_snippet_models() -> list[type[models.Model]]:
    """Snippet models that are translated (plans.ThematicArea, plans.MonitoringPeriod, …)."""
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _snippet_rows(
    source: Locale, target: Locale, records: dict[UUID, _SourceRecord]
) -> list[TranslationStatusRow]:
    """The rows of translatable snippets: one query per snippet model."""
    rows = []
    for model in translatable_snippet_models():
        meta = model._meta
        section_key = f"snippet:{meta.label_lower}"
        section = str(_("Parçacıklar: %(name)s") % {"name": capfirst(meta.verbose_name_plural)})
        objects = list(model._default_manager.filter(locale__in=[source, target]))
        copies = {obj.translation_key: obj for obj in objects if obj.locale_id == target.pk}
        for obj in objects:
            if obj.locale_id != source.pk:
                continue
            copy = copies.get(obj.translation_key)
            pairing = _Pairing(
                section_key=section_key,
                section=section,
                title=str(obj),
                kind=str(capfirst(meta.verbose_name)),
                location="",
                target=copy,
                record=records.get(obj.translation_key),
                source_live=getattr(obj, "live", True),
                edit_url=get_edit_url(copy) if copy else "",
                untranslated_url=reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, quote(obj.pk)],
                ),
            )
            rows.append(_row(pairing, target.language_code))
    return rows
