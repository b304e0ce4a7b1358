"""One project meeting or training session: when, where, its agenda and, afterwards, its outcome."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.models.links import MunicipalityLink, MunicipalityLinksMixin, municipality_field
from portal.blocks import stream_blocks
from portal.choices import FromParamMixin
from portal.languages import shown_pages
from portal.models import PortalPage, PortalPageQuerySet
from training.models import TrainingProgrammePage

from ..blocks import agenda_blocks
from ..ical import event_calendar, ics_response


class EventKind(FromParamMixin, models.TextChoices):
    """The project's meetings (from the project description), training sessions and the rest."""

    OPENING = "opening", _("Açılış toplantısı")
    CLOSING = "closing", _("Kapanış ve yaygınlaştırma toplantısı")
    PLATFORM_INFORMATION = "platform_information", _("Platform bilgilendirme toplantısı")
    EXPERIENCE_SHARING = "experience_sharing", _("Deneyim paylaşımı toplantısı")
    TRAINING_SESSION = "training_session", _("Eğitim oturumu")
    OTHER = "other", _("Diğer")


class EventPageQuerySet(PortalPageQuerySet):
    """Event queries split by time. An event is past once its end is before `now`, so an event
    that has started but not ended counts as upcoming (it is shown as "ongoing")."""

    def of_kind(self, kind: EventKind | None) -> EventPageQuerySet:
        """Events of one kind; every event when kind is None."""
        return self if kind is None else self.filter(kind=kind)

    def upcoming(self, now: datetime) -> EventPageQuerySet:
        """Events not over at `now` (ongoing ones included), soonest first."""
        return self.filter(end__gte=now).order_by("start", "end", "pk")

    def past(self, now: datetime) -> EventPageQuerySet:
        """Events over before `now`, the most recent first."""
        return self.filter(end__lt=now).order_by("-start", "-end", "-pk")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventPage(MunicipalityLinksMixin, RoutablePageMixin, PortalPage):
    """A meeting or training session with its own .ics file at `ics/`.

    Before the end it shows the audience and the target attendance; after it, the outcome: actual
    attendance against the target, the materials and the photo gallery.
    """

    kind = models.CharField(_("Tür"), max_length=30, choices=EventKind.choices)
    start = models.DateTimeField(_("Başlangıç"), help_text=_("Türkiye saatiyle."))
    end = models.DateTimeField(
        _("Bitiş"), help_text=_("Türkiye saatiyle; başlangıçtan sonra olmalıdır.")
    )
    venue_name = models.CharField(
        _("Mekân"),
        max_length=200,
        blank=True,
        help_text=_("Yüz yüze etkinliklerde mekânın adı. Mekân ya da çevrim içi bağlantı gerekir."),
    )
    venue_address = models.TextField(_("Mekânın adresi"), blank=True)
    online_link = models.URLField(
        _("Çevrim içi katılım bağlantısı"),
        max_length=500,
        blank=True,
        help_text=_("Çevrim içi ya da karma etkinliklerde katılım bağlantısı."),
    )
    audience = models.TextField(
        _("Hedef kitle"), blank=True, help_text=_("Etkinliğin kimlere yönelik olduğu.")
    )
    target_attendance = models.PositiveIntegerField(
        _("Hedeflenen katılımcı sayısı"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
    )
    actual_attendance = models.PositiveIntegerField(
        _("Gerçekleşen katılımcı sayısı"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Etkinlik bittikten sonra girilir; sayfada yalnızca etkinlikten sonra görünür."
        ),
    )
    agenda = StreamField(agenda_blocks(), blank=True, verbose_name=_("Etkinlik programı"))
    body = StreamField(
        stream_blocks("heading", "paragraph", "image", "quote", "document", "embed", "table"),
        blank=True,
        verbose_name=_("İçerik"),
    )
    materials = StreamField(
        stream_blocks("document"),
        blank=True,
        verbose_name=_("Materyaller"),
        help_text=_("Sunumlar, katılımcı listeleri, raporlar; etkinlikten sonra gösterilir."),
    )
    gallery = StreamField(
        stream_blocks("image"),
        blank=True,
        verbose_name=_("Fotoğraflar"),
        help_text=_(
            "Her fotoğrafa alternatif metin yazın ya da süs amaçlı olarak işaretleyin; "
            "etkinlikten sonra gösterilir."
        ),
    )

    objects = EventPageManager()

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tarih ve saat")),
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("online_link")],
            heading=_("Yer"),
        ),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("target_attendance")], heading=_("Katılım")
        ),
        FieldPanel("agenda"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("actual_attendance"), FieldPanel("materials"), FieldPanel("gallery")],
            heading=_("Sonuç (etkinlikten sonra)"),
        ),
        InlinePanel("related_municipalities", heading=_("İlgili belediyeler"), label=_("Belediye")),
        InlinePanel(
            "related_programmes", heading=_("İlgili eğitim programları"), label=_("Program")
        ),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.SearchField("audience"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        TranslatableField("venue_name"),
        TranslatableField("venue_address"),
        SynchronizedField("online_link"),
        TranslatableField("audience"),
        SynchronizedField("target_attendance"),
        SynchronizedField("actual_attendance"),
        TranslatableField("agenda"),
        TranslatableField("body"),
        TranslatableField("materials"),  # link texts; the documents stay synchronised
        TranslatableField("gallery"),  # alt texts and captions; the images stay synchronised
        SynchronizedField("related_municipalities"),
        SynchronizedField("related_programmes"),
    ]

    municipality_links = "related_municipalities"

    class Meta:
        verbose_name = _("Etkinlik")
        verbose_name_plural = _("Etkinlikler")

    def clean(self) -> None:
        """End after start; a venue or an online link; actual attendance only after the end."""
        super().clean()
        errors: dict[str, Any] = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Bitiş zamanı başlangıç zamanından sonra olmalıdır.")
        if not self.venue_name.strip() and not self.online_link:
            message = _("Bir mekân ya da çevrim içi katılım bağlantısı girin.")
            errors["venue_name"] = message
            errors["online_link"] = message
        elif self.venue_address.strip() and not self.venue_name.strip():
            errors["venue_name"] = _("Adresi girilen mekânın adını da yazın.")
        if self.actual_attendance is not None and self.end and not self.has_ended():
            errors["actual_attendance"] = _(
                "Gerçekleşen katılımcı sayısı etkinlik bittikten sonra girilebilir."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Whether the event is over or ongoing now, and its public related municipalities."""
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context.update(
            is_past=self.has_ended(now),
            is_ongoing=self.is_ongoing(now),
            municipalities=self.public_municipalities(),
            programmes=self.public_programmes(),
        )
        return context

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page and its calendar file."""
        return ["/", "ics/"]

    @path("ics/", name="ics")
    def ics(self, request: HttpRequest) -> HttpResponse:
        """This event as an iCalendar file to add to a calendar."""
        return ics_response(event_calendar(self, request), f"{self.slug}.ics", attachment=True)

    def has_ended(self, now: datetime | None = None) -> bool:
        """True once the event's end is before `now` (default: the current time). False while
        the end is unset (an unfinished draft in preview)."""
        return self.end is not None and self.end < (now or timezone.now())

    def is_ongoing(self, now: datetime | None = None) -> bool:
        """True between the event's start and its end."""
        if self.start is None or self.end is None:
            return False
        now = now or timezone.now()
        return self.start <= now <= self.end

    def public_programmes(self) -> list[TrainingProgrammePage]:
        """Related training programmes shown to the visitor (portal.languages.shown_pages): in
        the visitor's language when that copy is public, else the public Turkish page."""
        rows = self.related_programmes.select_related("programme")
        return shown_pages([row.programme for row in rows], TrainingProgrammePage)

    @property
    def same_day(self) -> bool:
        """Whether the event starts and ends on the same local (Türkiye) day."""
        if self.start is None or self.end is None:
            return False
        return timezone.localtime(self.start).date() == timezone.localtime(self.end).date()

    @property
    def location(self) -> str:
        """The venue on one line ("name, address"), else the online link; for calendars."""
        if self.venue_name.strip():
            lines = [self.venue_name, *self.venue_address.splitlines()]
            return ", ".join(line.strip() for line in lines if line.strip())
        return self.online_link


class EventMunicipality(MunicipalityLink):
    """A municipality the event concerns; the event links to the municipality's page."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_municipalities")
    municipality = municipality_field(related_name="event_links")

    class Meta(MunicipalityLink.Meta):
        verbose_name = _("İlgili belediye")
        verbose_name_plural = _("İlgili belediyeler")


class EventProgramme(Orderable):
    """A training programme the event belongs to (a training session of that programme)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_programmes")
    programme = models.ForeignKey(
        "training.TrainingProgrammePage",
        verbose_name=_("Eğitim programı"),
        on_delete=models.CASCADE,
        related_name="event_links",
    )

    panels = [FieldPanel("programme")]

    class Meta(Orderable.Meta):
        verbose_name = _("İlgili eğitim programı")
        verbose_name_plural = _("İlgili eğitim programları")

    def __str__(self) -> str:
        return str(self.programme)
