"""Projects and their timeline: the year-by-year story with its reports and events."""

from atelier.models import BasePage
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from ..blocks import DocumentLinksBlock, EventLinksBlock, ReportLinksBlock
from .common import DatePrecision, TimelineOrder, human_date, machine_date


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Gepland")
    ONGOING = "ongoing", _("Lopend")
    COMPLETED = "completed", _("Afgerond")


class ProjectIndexPage(BasePage):
    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_("Eén of twee zinnen boven de lijst met projecten."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ProjectPage"]
    max_count_per_parent = 1
    template = "knowledge/project_index_page.html"

    class Meta:
        verbose_name = _("projectenoverzicht")

    def get_context(self, request, *args, **kwargs):
        from ..queries import projects_for_listing

        context = super().get_context(request, *args, **kwargs)
        context["projects"] = projects_for_listing(locale=self.locale).descendant_of(self)
        return context


class ProjectPage(BasePage):
    summary = models.TextField(
        _("samenvatting"),
        help_text=_("Twee of drie zinnen: waar gaat het project over? Verschijnt in overzichten."),
    )
    description = RichTextField(
        _("over het project"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("Achtergrond en aanpak; de tijdlijn hieronder vertelt het verloop."),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    end_date = models.DateField(
        _("einddatum"), null=True, blank=True, help_text=_("Leeg laten als het project loopt.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.ONGOING
    )
    organisation = models.ForeignKey(
        "programme.Organisation",
        verbose_name=_("uitvoerende organisatie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    themes = ParentalManyToManyField(
        "atelier.Theme", verbose_name=_("thema's"), blank=True, related_name="projects"
    )
    timeline_order = models.CharField(
        _("volgorde van de tijdlijn"),
        max_length=20,
        choices=TimelineOrder.choices,
        default=TimelineOrder.OLDEST_FIRST,
        help_text=_("Nieuwste eerst past bij een project dat nog loopt."),
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
            heading=_("Looptijd"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                InlinePanel("partners", label=_("Partner")),
                InlinePanel("team_members", label=_("Teamlid")),
            ],
            heading=_("Wie"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("timeline_order"),
                InlinePanel("timeline_entries", label=_("Moment op de tijdlijn")),
            ],
            heading=_("Tijdlijn"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.RelatedFields(
            "timeline_entries", [index.SearchField("title"), index.SearchField("narrative")]
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

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projecten")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("De einddatum ligt vóór de startdatum. Controleer beide data.")}
            )

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import localize_page_relations

        from ..queries import timeline_for

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(
            self, "organisation", "themes", "partners__organisation", "team_members__person"
        )
        context["timeline"] = timeline_for(self)
        return context

    def get_json_ld(self, request=None) -> dict | None:
        from ..schema import project_json_ld

        return project_json_ld(self, request)


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "programme.Organisation",
        verbose_name=_("organisatie"),
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
        "programme.Person", verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("rol"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld 'projectleider' of 'onderzoeker'."),
    )

    panels = [FieldPanel("person"), FieldPanel("role")]
    api_fields = [APIField("person"), APIField("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("teamlid")
        verbose_name_plural = _("team")


class ProjectTimelineEntry(TranslatableMixin, Orderable):
    """One moment in a project's story: a year, a month or a day, with what happened then."""

    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="timeline_entries")
    date = models.DateField(
        _("datum"),
        help_text=_(
            "Kies bij 'jaar' een willekeurige dag in dat jaar, bij 'maand' een dag in die maand; "
            "alleen het jaar of de maand wordt getoond."
        ),
    )
    date_precision = models.CharField(
        _("nauwkeurigheid"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.YEAR,
    )
    label = models.CharField(
        _("datum in woorden"),
        max_length=100,
        blank=True,
        help_text=_("Optioneel, bijvoorbeeld 'eind mei 2021'. Vervangt de getoonde datum."),
    )
    title = models.CharField(_("titel"), max_length=255)
    narrative = RichTextField(
        _("verhaal"),
        blank=True,
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("Wat gebeurde er in deze periode? Kort en concreet."),
    )
    is_forthcoming = models.BooleanField(
        _("nog te verschijnen of te gebeuren"),
        default=False,
        help_text=_("Vink aan voor iets dat is aangekondigd maar nog niet klaar is."),
    )
    reports = StreamField(
        ReportLinksBlock(),
        verbose_name=_("publicaties"),
        blank=True,
        help_text=_("Publicaties uit deze periode; lezers zien ze als downloadlinks."),
    )
    events = StreamField(
        EventLinksBlock(),
        verbose_name=_("activiteiten"),
        blank=True,
        help_text=_("Bijeenkomsten uit de agenda die bij dit moment horen."),
    )
    documents = StreamField(
        DocumentLinksBlock(),
        verbose_name=_("losse documenten"),
        blank=True,
        help_text=_("Bijvoorbeeld presentaties die geen eigen publicatiepagina hebben."),
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
        APIField("reports"),
        APIField("events"),
        APIField("documents"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("moment op de tijdlijn")
        verbose_name_plural = _("tijdlijn")

    def __str__(self):
        return f"{self.display_date}: {self.title}"

    @property
    def machine_date(self) -> str:
        return machine_date(self.date, self.date_precision)

    @property
    def display_date(self) -> str:
        return self.label or human_date(self.date, self.date_precision, get_language() or "nl")
