"""The Monitoring Board's assessment of one plan for one monitoring period.

An AssessmentPage is public only once the board has approved it: publishing goes through the
"İzleme Heyeti onayı" workflow, and BoardPublishPermissionTester stops anyone outside the board
from publishing it directly. Its rows (action statuses, indicator values) are public exactly when
the page is live and not private: see the for_public() query helpers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from plans.admin_panels import BoardFieldPanel, BoardSectionPanel, RowTablePanel
from plans.data_quality import FLAG_FIELDS, DataFlag, flags_of
from plans.forms import AssessmentPageForm, AssessmentRowForm
from plans.permissions import BoardApprovedPageMixin
from plans.revision_rows import BulkCheckedRow, targets_known_for
from plans.scales import ActionStatus, BoardRating, Disaggregation
from portal.blocks import stream_blocks
from portal.locales import default_locale
from portal.models import PortalPage, PortalPageQuerySet

if TYPE_CHECKING:
    from indicators.models import IndicatorPage


class AssessmentQuerySet(PortalPageQuerySet):
    """Queries over assessment pages; for_public() is approved (only the board publishes)."""

    def of_record(self) -> AssessmentQuerySet:
        """The public assessments whose rows are the data of record: those in the source language.

        Translations copy the rows; reading them too would count every value twice.
        """
        return self.for_public().filter(locale=default_locale())


AssessmentManager = PageManager.from_queryset(AssessmentQuerySet)


class AssessmentPage(BoardApprovedPageMixin, PortalPage):
    """/belediyeler/<municipality>/<plan>/<period>/: the board's assessment for one period."""

    period = models.ForeignKey(
        "plans.MonitoringPeriod",
        verbose_name=_("İzleme dönemi"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    summary = models.TextField(
        _("Heyetin özeti"),
        blank=True,
        help_text=_("Belediye sayfasında gösterilen kısa değerlendirme (İzleme Heyeti yazar)."),
    )
    narrative = StreamField(
        stream_blocks("heading", "paragraph", "quote", "table"),
        blank=True,
        verbose_name=_("Genel değerlendirme"),
    )
    recommendations = StreamField(
        stream_blocks("heading", "paragraph"),
        blank=True,
        verbose_name=_("Öneriler"),
    )

    objects = AssessmentManager()

    content_panels = [
        *PortalPage.content_panels,
        FieldPanel("period"),
        BoardSectionPanel(
            [
                BoardFieldPanel("summary"),
                BoardFieldPanel("narrative"),
                BoardFieldPanel("recommendations"),
            ],
            heading=_("İzleme Heyetinin değerlendirmesi"),
        ),
        RowTablePanel(
            "action_rows",
            heading=_("Eylemlerin durumu"),
            label=_("Eylem"),
            subject="action",
            form_class=AssessmentRowForm,
        ),
        RowTablePanel(
            "indicator_values",
            heading=_("Gösterge değerleri"),
            label=_("Değer"),
            subject="indicator",
            details=("date", "disaggregation"),
            form_class=AssessmentRowForm,
        ),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("narrative"),
        index.SearchField("recommendations"),
    ]
    base_form_class = AssessmentPageForm

    parent_page_types = ["plans.PlanPage"]
    # The municipality's reply, after the board approved (replies.models).
    subpage_types = ["replies.ReplyPage"]

    override_translatable_fields = [
        *PortalPage.override_translatable_fields,
        TranslatableField("period"),
        TranslatableField("summary"),
        TranslatableField("narrative"),
        TranslatableField("recommendations"),
        # The rows' text (evidence, the board's comment and recommendation, source notes) is
        # translated with the page; their figures are synchronized and never read from a
        # translation (plans.row_texts, plans.monitoring).
        TranslatableField("action_rows"),
        TranslatableField("indicator_values"),
    ]

    class Meta:
        verbose_name = _("Değerlendirme")
        verbose_name_plural = _("Değerlendirmeler")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The rows of this (live) assessment, read from its source-language version only when
        the template's cached section misses (plans.fragments)."""
        from plans.fragments import lazy_sections
        from plans.monitoring import assessment_rows

        context = super().get_context(request, *args, **kwargs)
        context.update(lazy_sections(rows=lambda: assessment_rows(self)))
        return context

    def get_admin_display_title(self) -> str:
        """The title in the admin (explorer, approval queue, history, choosers) with the
        municipality, and the period when the title does not name it: ten assessments of one
        period otherwise read the same in the board's queue."""
        title = super().get_admin_display_title()
        municipality = self.municipality_title
        if not municipality:
            return title
        period = self.period.name if self.period_id else ""
        if period and period not in title:
            return f"{municipality} · {period} · {title}"
        return f"{municipality} · {title}"

    def approval_summary(self) -> str:
        """What approving this version publishes, for the board's confirmation."""
        return ngettext(
            "%(count)s eylemin durumu ve %(values)s gösterge değeri yayımlanır.",
            "%(count)s eylemin durumu ve %(values)s gösterge değeri yayımlanır.",
            len(self.action_rows.all()),
        ) % {"count": len(self.action_rows.all()), "values": len(self.indicator_values.all())}

    @cached_property
    def municipality_title(self) -> str:
        """The title of the municipality the assessment is under ("" outside one); a list of
        assessments reads them all at once with `prime_admin_titles`."""
        from plans.tree import MUNICIPALITY_DEPTH, municipality_path

        if not self.path or self.depth <= MUNICIPALITY_DEPTH:
            return ""
        titles = Page.objects.filter(path=municipality_path(self.path)).values_list(
            "title", flat=True
        )
        return titles.first() or ""

    @classmethod
    def from_serializable_data(
        cls, data: dict[str, Any], check_fks: bool = True, strict_fks: bool = False
    ) -> Any:
        """A revision restored with its rows' foreign keys checked in bulk
        (plans.revision_rows): three queries a row otherwise. Without the check (the history,
        the comparison of revisions) nothing is read."""
        if not check_fks:
            return super().from_serializable_data(data, check_fks=False, strict_fks=strict_fks)
        with targets_known_for(cls, data):
            return super().from_serializable_data(data, check_fks=check_fks, strict_fks=strict_fks)


def prime_admin_titles(
    pages: Iterable[Page], municipality_titles: Mapping[str, str] | None = None
) -> None:
    """Read what `AssessmentPage.get_admin_display_title` names (the municipality's title and the
    period) for every assessment among `pages` in at most two queries, instead of two for each:
    the board's dashboard lists every assessment waiting for review.

    `municipality_titles` (municipality path → title) may give titles already read; pages that
    are not assessments, or whose title and period are already known, are left as they are."""
    from plans.models.monitoring import MonitoringPeriod
    from plans.tree import MUNICIPALITY_DEPTH, municipality_path

    assessments = [page for page in pages if isinstance(page, AssessmentPage)]
    untitled = [page for page in assessments if "municipality_title" not in page.__dict__]
    inside = {
        page.pk: municipality_path(page.path)
        for page in untitled
        if page.path and page.depth > MUNICIPALITY_DEPTH
    }
    titles = dict(municipality_titles or {})
    missing = set(inside.values()) - set(titles)
    if missing:
        titles.update(Page.objects.filter(path__in=missing).values_list("path", "title"))
    for page in untitled:
        # What the cached property would compute: "" outside a municipality or when none is found.
        page.__dict__["municipality_title"] = titles.get(inside.get(page.pk, ""), "")

    period_field = AssessmentPage._meta.get_field("period")
    unread = [page for page in assessments if page.period_id and not period_field.is_cached(page)]
    if unread:
        periods = MonitoringPeriod.objects.in_bulk({page.period_id for page in unread})
        for page in unread:
            if page.period_id in periods:
                period_field.set_cached_value(page, periods[page.period_id])


class ActionAssessmentQuerySet(models.QuerySet):
    """Queries over per-action assessment rows."""

    def for_public(self) -> ActionAssessmentQuerySet:
        """Rows of approved, public, source-language assessments only."""
        return self.filter(assessment__in=AssessmentPage.objects.of_record().values("pk"))


class ActionAssessment(BulkCheckedRow, TranslatableMixin, Orderable):
    """One action's status in one assessment: facts from the municipality, the board's judgement.

    Translatable with its assessment page: the English copy of a row shares its translation_key
    and carries the translated text; its figures are copies of the Turkish row's."""

    assessment = ParentalKey(AssessmentPage, on_delete=models.CASCADE, related_name="action_rows")
    action = models.ForeignKey(
        "plans.ActionPage",
        verbose_name=_("Eylem"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="assessment_rows",
    )
    status = models.CharField(_("Durum"), max_length=20, choices=ActionStatus.choices)
    progress = models.PositiveSmallIntegerField(
        _("İlerleme (%)"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("0 ile 100 arasında bir tam sayı."),
    )
    evidence = models.TextField(_("Kanıt"), blank=True)
    rating = models.PositiveSmallIntegerField(
        _("Heyet puanı"), choices=BoardRating.choices, null=True, blank=True
    )
    board_comment = models.TextField(_("Heyetin yorumu"), blank=True)
    recommendation = models.TextField(_("Öneri"), blank=True)

    objects = ActionAssessmentQuerySet.as_manager()

    # One line per row in the assessment form (plans.admin_panels.RowTablePanel): the action,
    # the municipality's facts, then the board's fields in their own group.
    panels = [
        FieldPanel("action"),
        FieldPanel("status"),
        FieldPanel("progress"),
        FieldPanel("evidence"),
        BoardFieldPanel("rating"),
        BoardFieldPanel("board_comment"),
        BoardFieldPanel("recommendation"),
    ]

    override_translatable_fields = [
        SynchronizedField("action"),
        SynchronizedField("status"),
        SynchronizedField("progress"),
        TranslatableField("evidence"),
        SynchronizedField("rating"),
        TranslatableField("board_comment"),
        TranslatableField("recommendation"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Eylem değerlendirmesi")
        verbose_name_plural = _("Eylem değerlendirmeleri")

    @property
    def status_choice(self) -> ActionStatus:
        """The status as its enum member (label and CSS modifier)."""
        return ActionStatus(self.status)


class IndicatorValueQuerySet(models.QuerySet):
    """Queries over reported indicator values."""

    def for_public(self) -> IndicatorValueQuerySet:
        """Values of approved, public, source-language assessments only."""
        return self.filter(assessment__in=AssessmentPage.objects.of_record().values("pk"))


class IndicatorValue(BulkCheckedRow, TranslatableMixin, Orderable):
    """One reported value of an indicator, for a date and a disaggregation (translatable with its
    assessment page for the source note only)."""

    assessment = ParentalKey(
        AssessmentPage, on_delete=models.CASCADE, related_name="indicator_values"
    )
    indicator = models.ForeignKey(
        "indicators.IndicatorPage",
        verbose_name=_("Gösterge"),
        on_delete=models.PROTECT,
        related_name="values",
    )
    date = models.DateField(_("Tarih"), help_text=_("Değerin ait olduğu tarih (dönem sonu)."))
    disaggregation = models.CharField(
        _("Kırılım"),
        max_length=20,
        choices=Disaggregation.choices,
        default=Disaggregation.TOTAL,
    )
    value = models.DecimalField(_("Değer"), max_digits=14, decimal_places=4)
    # Data-quality flags (plans.data_quality.DataFlag; one field per flag, `flag_<code>`); the
    # database default too, so bulk inserts that predate them (demo.synthetic) still work.
    flag_estimate = models.BooleanField(_("Tahmin"), default=False, db_default=False)
    flag_provisional = models.BooleanField(_("Geçici"), default=False, db_default=False)
    flag_series_break = models.BooleanField(
        _("Seri kırılması"),
        default=False,
        db_default=False,
        help_text=_("Yöntem ya da kaynak bu değerden itibaren değişti."),
    )
    flag_not_comparable = models.BooleanField(
        _("Belediyeler arası karşılaştırılamaz"), default=False, db_default=False
    )
    source_note = models.CharField(_("Kaynak notu"), max_length=300, blank=True)

    objects = IndicatorValueQuerySet.as_manager()

    # The four flags share one cell of the compact row (plans.admin_panels.RowTablePanel).
    panels = [
        FieldPanel("indicator"),
        FieldPanel("date"),
        FieldPanel("disaggregation"),
        FieldPanel("value"),
        MultiFieldPanel(
            [FieldPanel(name) for name in FLAG_FIELDS],
            heading=_("Veri kalitesi"),
            classname="flags",
        ),
        FieldPanel("source_note"),
    ]

    override_translatable_fields = [
        SynchronizedField("indicator"),
        SynchronizedField("date"),
        SynchronizedField("disaggregation"),
        SynchronizedField("value"),
        *(SynchronizedField(name) for name in FLAG_FIELDS),
        TranslatableField("source_note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("Gösterge değeri")
        verbose_name_plural = _("Gösterge değerleri")

    @property
    def flags(self) -> list[DataFlag]:
        """The data-quality flags set on this value, in the order of DataFlag."""
        return flags_of(self)


def indicator_model() -> type[IndicatorPage]:
    """The model indicator values refer to (indicators.IndicatorPage), from the app registry.

    The indicators app builds on this one (its series read assessments and values), so code in
    plans reaches the indicator model this way, as the foreign keys do, never by importing it."""
    return apps.get_model("indicators", "IndicatorPage")
