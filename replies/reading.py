"""The public reads of municipalities' replies: beside the assessment, in the report and the API.

A reply is shown only when both it and the assessment it answers are public (live, no view
restriction): the board approved both. Its text follows the language rule (portal/languages.py):
the reply's public copy in the visitor's language, else the Turkish one, marked `lang="tr"`. Its
dates are the Turkish record's: when the municipality submitted the approved version, and when
the board's approval published it. Queries for any number of assessments: none when none has a
child page, else one, plus one for documents and one for the English copies when there are any.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import reduce
from operator import or_
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Cast, Length, Substr

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


def approved_workflows() -> QuerySet[WorkflowState]:
    """The pages' approved workflows (submissions the board approved), latest first."""
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        status=WorkflowState.STATUS_APPROVED,
    ).order_by("-created_at")


def submission_time(reply: ReplyPage) -> datetime | None:
    """When the reply's latest approved version was submitted to the board (one query)."""
    state = approved_workflows().filter(object_id=str(reply.pk)).first()
    return state.created_at if state else None


def shown_replies(assessments: Iterable[AssessmentPage]) -> dict[int, ShownReply]:
    """{Turkish assessment id: its reply as shown} for the public replies to public assessments
    among `assessments` (pages in any language; their Turkish record is looked up)."""
    sources = {page.pk: page for page in (source_of(a) for a in assessments if a is not None)}
    # An assessment without child pages has no reply: most have none, and cost no query then
    # (treebeard keeps `numchild` on the page; pass pages read in this request).
    sources = {pk: page for pk, page in sources.items() if page.numchild}
    if not sources:
        return {}
    under = reduce(
        or_, (Q(path__startswith=page.path, depth=page.depth + 1) for page in sources.values())
    )
    # One query: the public Turkish replies whose parent is one of the public assessments, with
    # when the municipality submitted the approved version.
    steplen = ReplyPage.steplen
    public_assessments = AssessmentPage.objects.for_public().filter(pk__in=list(sources))
    submitted = approved_workflows().filter(object_id=Cast(OuterRef("pk"), CharField()))
    replies = list(
        ReplyPage.objects.for_public()
        .filter(under, locale=default_locale())
        .annotate(parent_path=Substr("path", 1, Length("path") - steplen))
        .filter(parent_path__in=public_assessments.values("path"))
        .annotate(submitted_at=Subquery(submitted.values("created_at")[:1]))
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
    return {
        assessment_pk: ShownReply(
            page=shown[reply.translation_key],
            source=reply,
            submitted_at=reply.submitted_at,  # type: ignore[attr-defined]
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
        submitted_at=submission_time(source),  # type: ignore[arg-type]
        documents=reply_documents([page])[page.pk],
    )
