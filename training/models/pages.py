"""Training pages: the index, a programme (topic, audience, outcomes, trainers) and its modules.

Privacy is Wagtail's own: a module is participants-only when it carries a page privacy setting
(normally "these groups": the programme's participants group), and a material is
participants-only when its document lies in the programme's restricted collection. Module order
is the page tree order, so editors reorder modules by dragging them in the admin.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.blocks import stream_blocks
from portal.models import PortalPage
from portal.routes import LocalizedRoutesMixin, localized_path

from ..blocks import ListItemBlock, TrainerBlock, material_blocks


class TrainingTopic(models.TextChoices):
    """The subjects the project trains in."""

    INDICATOR_MONITORING = "indicator_monitoring", _("Gösterge temelli izleme")
    GENDER_EQUALITY = "gender_equality", _("Toplumsal cinsiyet eşitliği")
    PREPARING_YEEP = "preparing_yeep", _("Yerel eşitlik eylem planı hazırlama")
    RIGHTS_BASED_MONITORING = "rights_based_monitoring", _("Hak temelli izleme")


class TrainingAudience(models.TextChoices):
    """Who a programme is for."""

    MUNICIPAL_STAFF = "municipal_staff", _("Belediye personeli")
    MONITORING_BOARD = "monitoring_board", _("İzleme Heyeti üyeleri")
    CIVIL_SOCIETY = "civil_society", _("Sivil toplum kuruluşları")


def login_redirect(request: HttpRequest) -> HttpResponse:
    """Send an anonymous visitor to the front-end login, coming back here afterwards."""
    return redirect_to_login(request.get_full_path(), resolve_url("wagtailcore_login"))


class TrainingIndexPage(LocalizedRoutesMixin, PortalPage):
    """/egitimler/: the programmes, and `katilimci/` (in English `participant/`), a participant's
    own programmes (never in the sitemap: it is for signed-in participants)."""

    content_panels = PortalPage.content_panels
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.TrainingProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Eğitim listesi")
        verbose_name_plural = _("Eğitim listeleri")

    def programmes(self) -> list[TrainingProgrammePage]:
        """Live, public programmes under this index, in tree order."""
        return list(TrainingProgrammePage.objects.child_of(self).for_public().order_by("path"))

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Add the programmes."""
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = self.programmes()
        return context

    @localized_path("participant", tr="katilimci/", en="participant/")
    def participant(self, request: HttpRequest) -> HttpResponse:
        """The signed-in participant's programmes, modules, materials and certificates."""
        if not request.user.is_authenticated:
            return login_redirect(request)
        from ..participants import participant_programmes

        context = self.get_context(request)
        context["enrolled"] = participant_programmes(request)
        response = TemplateResponse(request, "training/participant.html", context)
        response["Cache-Control"] = "private, no-store"
        return response


class TrainingProgrammePage(LocalizedRoutesMixin, PortalPage):
    """A training programme: topic, audience, learning outcomes, duration, trainers, modules."""

    topic = models.CharField(_("Konu"), max_length=40, choices=TrainingTopic.choices)
    audience = models.CharField(_("Hedef kitle"), max_length=40, choices=TrainingAudience.choices)
    audience_description = models.CharField(
        _("Hedef kitle açıklaması"),
        max_length=250,
        blank=True,
        help_text=_("Örneğin: 50 belediyeden eşitlik birimi ve strateji birimi çalışanları."),
    )
    duration_hours = models.PositiveSmallIntegerField(_("Süre (saat)"), null=True, blank=True)
    duration_note = models.CharField(
        _("Süre açıklaması"), max_length=120, blank=True, help_text=_("Örneğin: 2 gün, 4 oturum.")
    )
    learning_outcomes = StreamField(
        [("outcome", ListItemBlock(label=_("Kazanım")))],
        blank=True,
        verbose_name=_("Öğrenme kazanımları"),
        help_text=_("Katılımcıların programın sonunda yapabilecekleri; her biri bir satır."),
    )
    trainers = StreamField([("trainer", TrainerBlock())], blank=True, verbose_name=_("Eğitmenler"))
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document"),
        blank=True,
        verbose_name=_("Tanıtım"),
    )
    participants_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("Katılımcı grubu"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    private_collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Katılımcılara özel koleksiyon"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *PortalPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("topic"), FieldPanel("audience")]),
                FieldPanel("audience_description"),
                FieldRowPanel([FieldPanel("duration_hours"), FieldPanel("duration_note")]),
            ],
            heading=_("Program"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("trainers"),
        FieldPanel("body"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("learning_outcomes"),
        index.SearchField("body"),
        index.FilterField("topic"),
    ]

    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = ["training.TrainingModulePage"]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("topic"),
        SynchronizedField("audience"),
        SynchronizedField("duration_hours"),
        TranslatableField("audience_description"),
        TranslatableField("duration_note"),
        TranslatableField("learning_outcomes"),
        TranslatableField("trainers"),
        TranslatableField("body"),
    ]

    class Meta:
        verbose_name = _("Eğitim programı")
        verbose_name_plural = _("Eğitim programları")

    def live_modules(self) -> list[TrainingModulePage]:
        """The live modules in tree order, public or not (privacy is checked per request)."""
        return list(TrainingModulePage.objects.child_of(self).live().order_by("path"))

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Modules the visitor may open, and how many more are for participants only."""
        from ..access import open_page_ids

        context = super().get_context(request, *args, **kwargs)
        modules = self.live_modules()
        opened = open_page_ids(request, modules)
        context["modules"] = [module for module in modules if module.pk in opened]
        context["closed_module_count"] = len(modules) - len(context["modules"])
        context["enrollment"] = self.enrollment_for(request)
        return context

    def enrollment_for(self, request: HttpRequest) -> Any:
        """The signed-in user's enrollment in this programme (in any language), or None."""
        if not request.user.is_authenticated:
            return None
        from .enrollment import Enrollment

        return (
            Enrollment.objects.filter(
                programme__translation_key=self.translation_key, user=request.user
            )
            .select_related("programme", "user")
            .first()
        )

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """A signed-in visitor sees their own enrollment: never cache that page for others."""
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            response["Cache-Control"] = "private, no-store"
        return response

    @localized_path("certificate", tr="sertifika/", en="certificate/")
    def certificate(self, request: HttpRequest) -> HttpResponse:
        """The signed-in participant's certificate of participation (PDF), once an editor has
        marked the programme complete for them; 404 for everyone else."""
        if not request.user.is_authenticated:
            return login_redirect(request)
        enrollment = self.enrollment_for(request)
        if enrollment is None or not enrollment.is_complete:
            raise Http404(_("Bu program için tamamlanmış bir katılımınız yok."))
        from ..certificates import certificate_response

        return certificate_response(request, self, enrollment)


class TrainingModulePage(PortalPage):
    """One module of a programme: objectives, content and materials."""

    duration_minutes = models.PositiveSmallIntegerField(_("Süre (dakika)"), null=True, blank=True)
    objectives = StreamField(
        [("objective", ListItemBlock(label=_("Hedef")))],
        blank=True,
        verbose_name=_("Modülün hedefleri"),
    )
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "table"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    materials = StreamField(material_blocks(), blank=True, verbose_name=_("Materyaller"))

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("duration_minutes"),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("materials"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]

    parent_page_types = ["training.TrainingProgrammePage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("duration_minutes"),
        TranslatableField("objectives"),
        TranslatableField("body"),
        TranslatableField("materials"),
    ]

    class Meta:
        verbose_name = _("Eğitim modülü")
        verbose_name_plural = _("Eğitim modülleri")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The module's number, its neighbours the visitor may open, and the materials the
        visitor may download (participants-only documents are left out for everyone else)."""
        from ..access import open_materials, open_page_ids

        context = super().get_context(request, *args, **kwargs)
        programme = self.get_parent().specific
        modules = programme.live_modules()
        opened = open_page_ids(request, modules)
        position = next(i for i, module in enumerate(modules) if module.pk == self.pk)
        context.update(
            programme=programme,
            number=position + 1,
            module_count=len(modules),
            previous_module=next((m for m in reversed(modules[:position]) if m.pk in opened), None),
            next_module=next((m for m in modules[position + 1 :] if m.pk in opened), None),
        )
        context["materials"], context["closed_material_count"] = open_materials(
            request, self.materials
        )
        return context
