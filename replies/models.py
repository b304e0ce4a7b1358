"""The municipality's reply to an approved assessment (issue 19 §2: the right of reply).

Design
    A reply is a domain noun of its own, not a field of the assessment: it has its own author (the
    municipality's reporters, not the board), its own workflow and its own label ("Belediyenin
    yanıtı"), and it never changes the board's figures, which stay in the assessment's rows.

    It is a page, `ReplyPage`, the only child type of an `AssessmentPage` (one per assessment),
    rather than a snippet with DraftStateMixin and WorkflowMixin, because a page gets everything
    the reply needs from what the portal already has, with no new rule:

    - permissions: the municipality's reporters group has add/change rights on its own
      `MunicipalityPage` subtree only (plans/roles.py), so Nilüfer's reporters cannot add a reply
      under Kadıköy's assessments; `hide_other_municipalities` keeps other municipalities out of
      their explorer and choosers, as for every page;
    - approval: the "İzleme Heyeti onayı" workflow is assigned to the municipality index
      (portal/roles.py `ensure_board_workflow`) and Wagtail gives it to every page below, replies
      included; `BoardApprovedPageMixin` keeps everyone but the board from publishing one;
    - revisions, previews, privacy (inherited from the assessment), search, the sitemap and
      translation (wagtail-localize: the text and document titles are segments; a translator
      publishes the synced English copy of an approved reply, as for assessments);
    - the public-read rule (`for_public()`) and the language rule (portal/languages.py).

    A snippet would have needed its own permission policy per municipality, its own workflow
    assignment and its own public-read and purge rules.

Rules of its own (here): a reply can only be created under an assessment the board has approved
(live and public) and in the source language (the English copy is its translation); one reply per
assessment. Public reads go through replies/reading.py.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from plans.models import AssessmentPage
from plans.permissions import BoardApprovedPageMixin
from portal.blocks import RICH_TEXT_FEATURES, stream_blocks
from portal.locales import default_locale
from portal.models import PortalPage, PortalPageQuerySet, public_pages

__all__ = ["ReplyPage", "ReplyQuerySet"]


class ReplyQuerySet(PortalPageQuerySet):
    """Queries over replies; for_public() is approved (only the board publishes)."""


ReplyManager = PageManager.from_queryset(ReplyQuerySet)


def is_public_page(page: Page) -> bool:
    """Whether the page is live and not under a view restriction (the public-read rule)."""
    return public_pages().filter(pk=page.pk).exists()


class ReplyPage(BoardApprovedPageMixin, PortalPage):
    """…/<plan>/<period>/yanit/: the municipality's own statement about the board's assessment."""

    body = RichTextField(
        _("Yanıt"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "Belediyenin değerlendirmeye yanıtı (Türkçe). İzleme Heyeti yalnızca bunun bir yanıt "
            "olduğunu denetler; yanıt değerlendirmenin rakamlarını değiştirmez."
        ),
    )
    documents = StreamField(
        stream_blocks("document"),
        blank=True,
        verbose_name=_("Belgeler"),
        help_text=_("Yanıtı destekleyen belgeler (PDF, tablo…), belediyenin koleksiyonundan."),
    )

    objects = ReplyManager()

    content_panels = [*Page.content_panels, FieldPanel("body"), FieldPanel("documents")]
    search_fields = [*PortalPage.search_fields, index.SearchField("body")]

    parent_page_types = ["plans.AssessmentPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("body"),
        TranslatableField("documents"),
    ]

    class Meta:
        verbose_name = _("Belediyenin yanıtı")
        verbose_name_plural = _("Belediyelerin yanıtları")

    @classmethod
    def can_create_at(cls, parent: Page) -> bool:
        """Only under an assessment the board has approved (live and public), in the source
        language: until then there is nothing public to reply to."""
        return (
            super().can_create_at(parent)
            and parent.locale_id == default_locale().pk
            and is_public_page(parent)
        )

    def route(self, request: HttpRequest, path_components: list[str]) -> Any:
        """Served only while the assessment it answers is public too (Wagtail would serve a live
        child of an unpublished page; unpublishing an assessment unpublishes its reply too, see
        unpublish_with_assessment)."""
        if not path_components and not self.assessment_is_public():
            raise Http404
        return super().route(request, path_components)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The reply as its own page shows it (also the board's preview of a draft)."""
        from .reading import reply_as_shown

        context = super().get_context(request, *args, **kwargs)
        context["reply"] = reply_as_shown(self)
        context["assessment"] = self.get_parent()
        return context

    def get_admin_display_title(self) -> str:
        """The title in the admin (the board's queue, history, choosers) after the assessment's,
        which names the municipality and the period."""
        title = super().get_admin_display_title()
        parent = self.get_parent()
        if parent is None or not isinstance(parent.specific_deferred, AssessmentPage):
            return title
        return f"{parent.specific_deferred.get_admin_display_title()} · {title}"

    def approval_summary(self) -> str:
        """What approving this version publishes, for the board's confirmation."""
        return str(
            _(
                "Belediyenin yanıtı, değerlendirmenin yanında belediyenin kendi açıklaması olarak "
                "yayımlanır. Onaylamadan önce bunun değerlendirmeye bir yanıt olduğunu (kötüye "
                "kullanım, kişisel veri ya da konu dışı içerik olmadığını) denetleyin; yanıt "
                "değerlendirmenin rakamlarını değiştirmez."
            )
        )

    def assessment_is_public(self) -> bool:
        """Whether the assessment this reply answers is live and public."""
        parent = self.get_parent()
        return parent is not None and is_public_page(parent)


def unpublish_with_assessment(sender: type[Page], instance: Page, **kwargs: Any) -> None:
    """page_unpublished handler: an assessment taken off the site takes its reply with it, so
    no channel (sitemap, search, API v2) lists a reply to what is no longer public."""
    for reply in ReplyPage.objects.child_of(instance).live():
        reply.unpublish()
