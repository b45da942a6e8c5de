"""Reports: publications with one or more downloadable documents, published or forthcoming."""

from atelier.media.documents import file_type_label
from atelier.models import BasePage
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from .common import DatePrecision, human_date, machine_date
from .identifiers import normalise_doi, normalise_isbn


class ReportType(models.TextChoices):
    FINAL_REPORT = "final_report", _("Final report")
    START_NOTE = "start_note", _("Start note")
    SUMMARY = "summary", _("Summary")
    FACTSHEET = "factsheet", _("Factsheet")
    PRESENTATION = "presentation", _("Presentation")
    KNOWLEDGE_SYNTHESIS = "knowledge_synthesis", _("Knowledge synthesis")
    TOOLKIT = "toolkit", _("Toolkit")


class ReportLanguage(models.TextChoices):
    # A context: "English" alone is also the language switcher's own name for English.
    DUTCH = "nl", pgettext_lazy("language of a publication", "Dutch")
    ENGLISH = "en", pgettext_lazy("language of a publication", "English")
    FRENCH = "fr", pgettext_lazy("language of a publication", "French")
    GERMAN = "de", pgettext_lazy("language of a publication", "German")


class ReportIndexPage(BasePage):
    http_cache_role = "list"  # lists other pages: purged when any of them changes
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences above the publications.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ReportPage"]
    max_count_per_parent = 1
    template = "knowledge/report_index_page.html"
    per_page = 12

    class Meta:
        verbose_name = _("publication index")
        verbose_name_plural = _("publication indexes")

    def get_context(self, request, *args, **kwargs):
        from ..filters import filter_reports

        context = super().get_context(request, *args, **kwargs)
        context.update(filter_reports(self, request))
        return context


class ReportPage(BasePage):
    search_type_label = pgettext_lazy("search result type", "Publication")

    report_type = models.CharField(_("publication type"), max_length=30, choices=ReportType.choices)
    is_forthcoming = models.BooleanField(
        _("forthcoming"),
        default=False,
        help_text=_(
            "Announced but not out yet. Its files then stay in the restricted embargo "
            "collection until you untick this and publish again."
        ),
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Required once the publication is out."),
    )
    publication_date_precision = models.CharField(
        _("precision of the publication date"),
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "Only the year or the month when that is all you know; readers then see just that."
        ),
    )
    expected_date = models.DateField(
        _("expected date"),
        null=True,
        blank=True,
        help_text=_("Required when the publication is forthcoming."),
    )
    expected_label = models.CharField(
        _("expected, in words"),
        max_length=100,
        blank=True,
        help_text=_("Optional, for example 'late May 2021'. Readers see this instead of the date."),
    )
    organisation = models.ForeignKey(
        "programme.Organisation",
        verbose_name=_("publisher / organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    summary = models.TextField(
        _("summary"),
        help_text=_(
            "Three to five sentences: what is in it and who is it for? Shown in lists and feeds."
        ),
    )
    body = RichTextField(
        _("explanatory text"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Optional: table of contents, background or reading guide."),
    )
    cover_image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("cover"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    doi = models.CharField(
        _("DOI"), max_length=200, blank=True, help_text=_("For example 10.1234/abc-2021.")
    )
    isbn = models.CharField(
        _("ISBN"), max_length=20, blank=True, help_text=_("10 or 13 digits; hyphens are fine.")
    )
    language = models.CharField(
        _("language of the publication"),
        max_length=5,
        choices=ReportLanguage.choices,
        default=ReportLanguage.DUTCH,
    )
    project = models.ForeignKey(
        "knowledge.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text=_("The project this publication comes from."),
    )
    themes = ParentalManyToManyField(
        "atelier.Theme", verbose_name=_("themes"), blank=True, related_name="reports"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("report_type"),
        MultiFieldPanel(
            [
                FieldPanel("is_forthcoming"),
                FieldRowPanel(
                    [FieldPanel("publication_date"), FieldPanel("publication_date_precision")]
                ),
                FieldPanel("expected_date"),
                FieldPanel("expected_label"),
            ],
            heading=_("Release"),
        ),
        FieldPanel("summary"),
        InlinePanel(
            "documents",
            label=_("File"),
            heading=_("Files"),
            help_text=_("Type, size and number of pages are read from the file."),
        ),
        InlinePanel("authors", label=_("Author"), heading=_("Authors (in order)")),
        FieldPanel("organisation"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("doi"), FieldPanel("isbn")],
            heading=_("Bibliography"),
        ),
        FieldPanel("project"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("public_document_text"),
        # Search (docs/search.md): the authors' names find their reports.
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.RelatedFields(
            "organisation", [index.SearchField("name"), index.SearchField("short_name")]
        ),
        index.FilterField("report_type"),
        index.FilterField("publication_date"),
        index.FilterField("is_forthcoming"),
    ]
    api_fields = [
        APIField("report_type"),
        APIField("is_forthcoming"),
        APIField("publication_date"),
        APIField("publication_date_precision"),
        APIField("expected_date"),
        APIField("expected_label"),
        APIField("authors"),
        APIField("organisation"),
        APIField("summary"),
        APIField("body"),
        APIField("cover_image"),
        APIField("doi"),
        APIField("isbn"),
        APIField("language"),
        APIField("project"),
        APIField("themes"),
    ]
    parent_page_types = ["knowledge.ReportIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/report_page.html"
    card_template = "knowledge/components/report_card.html"

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def clean(self):
        super().clean()
        errors = {}
        if self.is_forthcoming and not self.expected_date:
            errors["expected_date"] = _(
                "A forthcoming publication needs an expected date "
                "(a day in the expected month will do)."
            )
        if not self.is_forthcoming and not self.publication_date:
            errors["publication_date"] = _("Fill in the publication date, or tick 'forthcoming'.")
        for field, normalise in (("doi", normalise_doi), ("isbn", normalise_isbn)):
            value = getattr(self, field)
            if value:
                try:
                    setattr(self, field, normalise(value))
                except ValidationError as exc:
                    errors[field] = exc.messages
        if errors:
            raise ValidationError(errors)

    @property
    def type_label(self) -> str:
        return str(ReportType(self.report_type).label) if self.report_type else ""

    @property
    def sort_date(self):
        return self.publication_date or self.expected_date

    @property
    def search_date_precision(self) -> str:
        return self.publication_date_precision

    @property
    def publication_date_machine(self) -> str:
        """For ``<time datetime>`` and JSON-LD: only as exact as the date is known."""
        if not self.publication_date:
            return ""
        return machine_date(self.publication_date, self.publication_date_precision)

    @property
    def publication_date_display(self) -> str:
        if not self.publication_date:
            return ""
        return human_date(self.publication_date, self.publication_date_precision)

    @property
    def expected_display(self) -> str:
        """When it is expected, as readers see it: the words the editor chose, else the
        month (an expected day is rarely more than a guess)."""
        if self.expected_label:
            return self.expected_label
        if self.expected_date:
            return human_date(self.expected_date, DatePrecision.MONTH)
        return ""

    @property
    def is_overdue(self) -> bool:
        """Announced, and the expected date has passed without it appearing."""
        from django.utils import timezone

        return bool(
            self.is_forthcoming and self.expected_date and self.expected_date < timezone.localdate()
        )

    def browser_title(self) -> str:
        """Report and project often share a name ("Stadsgenoten"): the type tells them apart."""
        own = super().browser_title()
        label = self.type_label
        if label and label.casefold() not in own.casefold():
            return f"{own} ({label.lower()})"
        return own

    def public_document_text(self) -> str:
        """The text of the files anyone may download, for search; nothing while forthcoming."""
        from ..queries import public_report_documents

        if self.is_forthcoming or not self.pk:
            return ""
        return "\n".join(row.document.extracted_text for row in public_report_documents(self))

    @cached_property
    def shown_project(self):
        """The project as readers see it (``queries.shown_projects``), or None."""
        from ..queries import shown_projects

        return shown_projects([self]).get(self.pk)

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import localize_page_relations

        from ..queries import public_report_documents

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(self, "organisation", "themes", "authors__person")
        context["report_documents"] = public_report_documents(self)
        return context

    def get_json_ld(self, request=None) -> dict | None:
        from ..jsonld import report_json_ld

        return report_json_ld(self, request)


class ReportAuthor(Orderable):
    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "programme.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class ReportDocument(TranslatableMixin, Orderable):
    """A file of a report with the label readers see ('Eindrapport', 'Bijlage 2')."""

    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="documents")
    label = models.CharField(
        _("description"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Full report' or 'Summary'. Empty: the document's title."),
    )
    document = models.ForeignKey(
        "atelier.AtelierDocument",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="report_links",
    )

    panels = [FieldPanel("document"), FieldPanel("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def display_label(self) -> str:
        return self.label or self.document.title

    @property
    def file_type_label(self) -> str:
        return file_type_label(self.document.file_type)
