"""Admin forms: documents (settings.WAGTAILDOCS_DOCUMENT_FORM_BASE) and public collections.

Wagtail enforces the limits themselves: the extension (WAGTAILDOCS_EXTENSIONS, a validator on the
model's file field) and the size (WAGTAILDOCS_MAX_UPLOAD_SIZE, in its form field), each with an
error naming the allowed extensions or the limit. This form says both before the upload, and
lets the browser's file picker offer only the allowed types; a refused file gets one error, not
a second one about its (missing) extension.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.documents.forms import BaseDocumentForm


def allowed_document_types() -> str:
    """The allowed document extensions for people: "CSV, DOCX, …"."""
    return ", ".join(extension.upper() for extension in settings.WAGTAILDOCS_EXTENSIONS)


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with the allowed types and the size limit on the file field."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:  # the multiple uploader's edit form has no file field
            return
        field.help_text = _(
            "İzin verilen dosya türleri: %(types)s. En büyük dosya boyutu: %(size)s."
        ) % {
            "types": allowed_document_types(),
            "size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
        }
        field.widget.attrs["accept"] = ",".join(
            f".{extension}" for extension in settings.WAGTAILDOCS_EXTENSIONS
        )

    def _post_clean(self) -> None:
        # A file the field refused (too big) never reaches the instance, whose clean() would then
        # add "“” dosya uzantısına izin verilmiyor" about the missing name: keep the field's error.
        refused = self._errors.get("file") if self._errors else None
        kept = refused.copy() if refused else None
        super()._post_clean()
        if kept:
            self._errors["file"] = kept


class PublicCollectionForm(WagtailAdminModelForm):
    """Releasing a collection: only collections that may be released are offered (the model's
    clean() still refuses the others), indented by their place in the tree."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from portal.models import releasable_collections

        super().__init__(*args, **kwargs)
        field = self.fields["collection"]
        field.queryset = releasable_collections()
        field.label_from_instance = lambda collection: collection.get_indented_name()
