"""The municipality's reply to an assessment, as nested in /api/v1/assessments/ (`reply`).

No endpoint of its own: a reply is read only beside the assessment it answers, and only when the
board has approved it (replies.reading.shown_replies). It never carries figures.
"""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from django.utils.html import strip_tags

from wagtail.rich_text import expand_db_html

from replies.reading import ShownReply


class ReplyDocumentSerializer(serializers.Serializer):
    """A document the municipality attached to its reply."""

    title = serializers.CharField(help_text="Link text (or the document's title).")
    url = serializers.CharField(help_text="Absolute URL of the file.")
    file_extension = serializers.CharField(help_text="File type, e.g. pdf.")


class ReplySerializer(serializers.Serializer):
    """The municipality's own statement about the board's assessment (belediyenin yanıtı)."""

    title = serializers.CharField(help_text="Title of the reply.")
    text = serializers.CharField(help_text="The reply as plain text.")
    html = serializers.CharField(help_text="The reply as HTML (links expanded).")
    language = serializers.CharField(
        help_text="Language of title, text and documents: the requested one, or `tr` while the "
        "reply has no published translation."
    )
    submitted_at = serializers.DateTimeField(
        allow_null=True, help_text="When the municipality submitted it to the board."
    )
    approved_at = serializers.DateTimeField(
        help_text="When the board's approval published it (the reply's date)."
    )
    url = serializers.CharField(help_text="Absolute URL of the reply's own page.")
    documents = ReplyDocumentSerializer(many=True, help_text="Attached documents, in order.")


def reply_data(reply: ShownReply | None, context: dict[str, Any]) -> dict[str, Any] | None:
    """The serialized reply (None without an approved public reply)."""
    if reply is None:
        return None
    request = context.get("request")

    def absolute(url: str) -> str:
        return request.build_absolute_uri(url) if request is not None else url

    html = expand_db_html(reply.page.body)
    data = {
        "title": reply.page.title,
        "text": strip_tags(html).strip(),
        "html": html,
        "language": reply.language,
        "submitted_at": reply.submitted_at,
        "approved_at": reply.approved_at,
        "url": absolute(reply.page.url or ""),
        "documents": [
            {"title": doc.title, "url": absolute(doc.url), "file_extension": doc.file_extension}
            for doc in reply.documents
        ],
    }
    return ReplySerializer(data, context=context).data
