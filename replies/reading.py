"""The public reads of municipalities' replies: beside the assessment, in the report and the API.

A reply is shown only when both it and the assessment it answers are public (live, no view
restriction): the board approved both. Its text follows the language rule (portal/languages.py):
the reply's public copy in the visitor's language, else the Turkish one, marked `lang="tr"`. Its
dates are the Turkish record's: when the municipality submitted the approved version, and when
the board's approval published it. A constant number of queries for any number of assessments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from operator import or_
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.functions import Length, Substr

from wagtail.documents import get_document_model
from wagtail.models import Page, WorkflowState

from plans.models import AssessmentPage
from plans.tree import source_of
from portal.languages import shown_copies
from portal.locales import active_locale, default_locale, language_code_of

from .models import ReplyPage


@dataclass(frozen=True)
class ReplyDocument:
    """A document attached to a reply, with the link text the municipality gave it."""

    title: str
    url: str
    file_extension: str
    file_size: int | None


@dataclass(frozen=True)
class ShownReply:
    """A reply as a visitor sees it: the copy shown and the Turkish record behind it."""

    #: The copy shown: in the visitor's language when public, else the Turkish one.
    page: ReplyPage
    #: The Turkish reply of record (the same object as `page` in Turkish).
    source: ReplyPage
    #: When the municipality submitted the approved version to the board (None if unknown).
    submitted_at: datetime | None
    documents: list[ReplyDocument] = field(default_factory=list)

    @property
    def approved_at(self) -> datetime | None:
        """When the board's approval last published the reply (None for a draft's preview)."""
        return self.source.last_published_at if self.source.live else None

    @property
    def language(self) -> str:
        """The language of the text shown (`tr` or `en`)."""
        return language_code_of(self.page.locale_id)

    @property
    def is_fallback(self) -> bool:
        """Whether the text is the Turkish one shown in another language."""
        return self.page.locale_id != active_locale().pk


def reply_documents(pages: Iterable[ReplyPage]) -> dict[int, list[ReplyDocument]]:
    """{reply id: its documents, in order}, read in one query (none without documents)."""
    wanted: dict[int, list[tuple[Any, str]]] = {}
    for page in pages:
        items = []
        for block in page.documents.raw_data:
            value = block.get("value") or {}
            if block.get("type") == "document" and value.get("document"):
                items.append((value["document"], value.get("title") or ""))
        wanted[page.pk] = items
    ids = {document_id for items in wanted.values() for document_id, _title in items}
    documents = get_document_model().objects.in_bulk(ids) if ids else {}
    return {
        pk: [
            ReplyDocument(
                title=title or documents[document_id].title,
                url=documents[document_id].url,
                file_extension=documents[document_id].file_extension,
                file_size=documents[document_id].file_size,
            )
            for document_id, title in items
            if document_id in documents
        ]
        for pk, items in wanted.items()
    }


def submission_times(sources: Iterable[ReplyPage]) -> dict[int, datetime]:
    """{Turkish reply id: when its latest approved workflow was started}, one query."""
    ids = [str(page.pk) for page in sources]
    if not ids:
        return {}
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=ids,
            status=WorkflowState.STATUS_APPROVED,
        )
        .order_by("created_at")
        .values_list("object_id", "created_at")
    )
    return {int(object_id): created_at for object_id, created_at in states}


def shown_replies(assessments: Iterable[AssessmentPage]) -> dict[int, ShownReply]:
    """{Turkish assessment id: its reply as shown} for the public replies to public assessments
    among `assessments` (pages in any language; their Turkish record is looked up)."""
    sources = {page.pk: page for page in (source_of(a) for a in assessments if a is not None)}
    if not sources:
        return {}
    under = reduce(
        or_, (Q(path__startswith=page.path, depth=page.depth + 1) for page in sources.values())
    )
    # One query: the public Turkish replies whose parent is one of the public assessments.
    steplen = ReplyPage.steplen
    public_assessments = AssessmentPage.objects.for_public().filter(pk__in=list(sources))
    replies = list(
        ReplyPage.objects.for_public()
        .filter(under, locale=default_locale())
        .annotate(parent_path=Substr("path", 1, Length("path") - steplen))
        .filter(parent_path__in=public_assessments.values("path"))
        .order_by("path")
    )
    if not replies:
        return {}
    by_assessment = {
        page.pk: reply
        for reply in replies
        for page in sources.values()
        if reply.path[:-steplen] == page.path
    }
    if active_locale().pk == default_locale().pk:
        shown = {reply.translation_key: reply for reply in replies}
    else:
        shown = shown_copies(replies, ReplyPage)
    documents = reply_documents(shown.values())
    submitted = submission_times(replies)
    return {
        assessment_pk: ShownReply(
            page=shown[reply.translation_key],
            source=reply,
            submitted_at=submitted.get(reply.pk),
            documents=documents[shown[reply.translation_key].pk],
        )
        for assessment_pk, reply in by_assessment.items()
        if reply.translation_key in shown
    }


def reply_for(assessment: AssessmentPage | None) -> ShownReply | None:
    """The public reply to one public assessment (any language's copy), or None."""
    if assessment is None:
        return None
    return shown_replies([assessment]).get(source_of(assessment).pk)


def reply_as_shown(page: ReplyPage) -> ShownReply:
    """A reply page as its own page shows it: itself (the board's preview shows a draft), with
    the Turkish record's dates."""
    source = source_of(page)
    return ShownReply(
        page=page,
        source=source,  # type: ignore[arg-type]
        submitted_at=submission_times([source]).get(source.pk),  # type: ignore[arg-type]
        documents=reply_documents([page])[page.pk],
    )
