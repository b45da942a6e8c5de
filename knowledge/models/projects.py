"""Projects and their timeline: the year-by-year story with its reports and events."""

from atelier.api.v2_fields import PublicStreamField
from atelier.models import BasePage
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from ..blocks import DocumentLinksBlock, EventLinksBlock, ReportLinksBlock
from .common import DatePrecision, TimelineOrder, human_date, machine_date


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectIndexPage(BasePage):
    http_cache_role = "list"  # lists other pages: purged when any of them changes
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences above the list of projects."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ProjectPage"]
    max_count_per_parent = 1
    template = "knowledge/project_index_page.html"

    class Meta:
        verbose_name = _("project index")
        verbose_name_plural = _("project indexes")

    def get_context(self, request, *args, **kwargs):
        from ..queries import projects_for_listing

        context = super().get_context(request, *args, **kwargs)
        context["projects"] = projects_for_listing(locale=self.locale).descendant_of(self)
        return context


class ProjectPage(BasePage):
    search_type_label = pgettext_lazy("search result type", "Project")
    search_date_field = None  # a project runs over years; its page shows them

    summary = models.TextField(
        _("summary"),
        help_text=_("Two or three sentences: what is the project about? Shown in overviews."),
    )
    description = RichTextField(
        _("about the project"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("Background and approach; the timeline below tells how it went."),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the project is ongoing."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    organisation = models.ForeignKey(
        "programme.Organisation",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    themes = ParentalManyToManyField(
        "atelier.Theme", verbose_name=_("themes"), blank=True, related_name="projects"
    )
    timeline_order = models.CharField(
        _("timeline order"),
        max_length=20,
        choices=TimelineOrder.choices,
        default=TimelineOrder.OLDEST_FIRST,
        help_text=_("Newest first suits a project that is still running."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading=_("Period"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                InlinePanel("partners", label=_("Partner")),
                InlinePanel("team_members", label=_("Team member")),
            ],
            heading=_("Who"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("timeline_order"),
                InlinePanel("timeline_entries", label=_("Timeline entry")),
            ],
            heading=_("Timeline"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.RelatedFields(
            "timeline_entries", [index.SearchField("title"), index.SearchField("narrative")]
        ),
        index.RelatedFields(
            "organisation", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("organisation"),
        APIField("partners"),
        APIField("team_members"),
        APIField("themes"),
        APIField("timeline_order"),
        APIField("timeline_entries"),
    ]
    parent_page_types = ["knowledge.ProjectIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/project_page.html"
    card_template = "knowledge/components/project_card.html"

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end date is before the start date. Check both dates.")}
            )

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import localize_page_relations

        from ..queries import dossiers_about, project_reports, timeline_for

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(
            self, "organisation", "themes", "partners__organisation", "team_members__person"
        )
        context["timeline"] = timeline_for(self)
        context["reports"] = list(project_reports(self))
        context["dossiers"] = dossiers_about(self)
        return context

    def get_json_ld(self, request=None) -> dict | None:
        from ..jsonld import project_json_ld

        return project_json_ld(self, request)


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "programme.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("organisation")]
    api_fields = [APIField("organisation")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")


class ProjectTeamMember(TranslatableMixin, Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="team_members")
    person = models.ForeignKey(
        "programme.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role"),
        max_length=100,
        blank=True,
        help_text=_("For example 'project lead' or 'researcher'."),
    )

    panels = [FieldPanel("person"), FieldPanel("role")]
    api_fields = [APIField("person"), APIField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("team member")
        verbose_name_plural = _("team")


class ProjectTimelineEntry(TranslatableMixin, Orderable):
    """One moment in a project's story: a year, a month or a day, with what happened then."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="timeline_entries")
    date = models.DateField(
        _("date"),
        help_text=_(
            "For 'year' pick any day in that year, for 'month' any day in that month; only the "
            "year or the month is shown."
        ),
    )
    date_precision = models.CharField(
        _("precision"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    label = models.CharField(
        _("date in words"),
        max_length=100,
        blank=True,
        help_text=_("Optional, for example 'late May 2021'. Replaces the date shown."),
    )
    title = models.CharField(_("title"), max_length=255)
    narrative = RichTextField(
        _("story"),
        blank=True,
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("What happened in this period? Short and concrete."),
    )
    is_forthcoming = models.BooleanField(
        _("still to come"),
        default=False,
        help_text=_("Tick for something announced but not ready yet."),
    )
    reports = StreamField(
        ReportLinksBlock(),
        verbose_name=_("publications"),
        blank=True,
        help_text=_("Publications from this period; readers see them as download links."),
    )
    events = StreamField(
        EventLinksBlock(),
        verbose_name=_("events"),
        blank=True,
        help_text=_("Events from the calendar that belong to this moment."),
    )
    documents = StreamField(
        DocumentLinksBlock(),
        verbose_name=_("other documents"),
        blank=True,
        help_text=_("For example presentations that have no publication page of their own."),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
        FieldPanel("label"),
        FieldPanel("title"),
        FieldPanel("narrative"),
        FieldPanel("is_forthcoming"),
        FieldPanel("reports"),
        FieldPanel("events"),
        FieldPanel("documents"),
    ]
    api_fields = [
        APIField("date"),
        APIField("date_precision"),
        APIField("label"),
        APIField("title"),
        APIField("narrative"),
        APIField("is_forthcoming"),
        # Wagtail serialises inline objects without the v2 endpoint's serializer: name the
        # one that leaves out drafts, private pages and private documents.
        APIField("reports", serializer=PublicStreamField()),
        APIField("events", serializer=PublicStreamField()),
        APIField("documents", serializer=PublicStreamField()),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline")

    def __str__(self):
        return f"{self.display_date}: {self.title}"

    @property
    def machine_date(self) -> str:
        return machine_date(self.date, self.date_precision)

    @property
    def display_date(self) -> str:
        return self.label or human_date(self.date, self.date_precision)

    @property
    def is_overdue(self) -> bool:
        """Announced as still to come, and its period is over."""
        from django.utils import timezone

        return bool(self.is_forthcoming and self.date and self.date < timezone.localdate())
