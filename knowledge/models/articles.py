"""Articles: news, interviews and columns, with the people who appear in them."""

from atelier.models import BasePage
from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from ..blocks import ArticleStreamBlock, EventLinksBlock, ProjectLinksBlock, ReportLinksBlock


class ArticleKind(models.TextChoices):
    NEWS = "news", _("News")
    INTERVIEW = "interview", _("Interview")
    COLUMN = "column", _("Column")


class ArticleRole(models.TextChoices):
    AUTHOR = "author", _("Author")
    INTERVIEWEE = "interviewee", _("Interviewee")
    INTERVIEWER = "interviewer", _("Interviewer")
    PHOTOGRAPHER = "photographer", _("Photographer")
    EDITOR = "editor", pgettext_lazy("role in an article", "Editor")


class ArticleIndexPage(BasePage):
    http_cache_role = "list"  # lists other pages: purged when any of them changes
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences above the articles.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ArticlePage"]
    max_count_per_parent = 1
    template = "knowledge/article_index_page.html"
    per_page = 12

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def get_context(self, request, *args, **kwargs):
        from ..filters import filter_articles

        context = super().get_context(request, *args, **kwargs)
        context.update(filter_articles(self, request))
        return context


class ArticlePage(BasePage):
    search_type_label = pgettext_lazy("search result type", "Article")

    kind = models.CharField(
        _("article type"), max_length=20, choices=ArticleKind.choices, default=ArticleKind.NEWS
    )
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The date readers see.")
    )
    intro = models.TextField(
        _("intro"),
        help_text=_("The bold opening: who, what and why. Also shown in lists and feeds."),
    )
    image = models.ForeignKey(
        "atelier.AtelierImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(
        ArticleStreamBlock(),
        verbose_name=_("body"),
        help_text=_("For an interview, use the 'Question and answer' block."),
    )
    related_events = StreamField(
        EventLinksBlock(),
        verbose_name=_("related events"),
        blank=True,
        help_text=_("For example the conference the interview is about."),
    )
    related_reports = StreamField(
        ReportLinksBlock(),
        verbose_name=_("related publications"),
        blank=True,
    )
    related_projects = StreamField(
        ProjectLinksBlock(),
        verbose_name=_("projects it is about"),
        blank=True,
        help_text=_("The project(s) this article is about; readers find a link below it."),
    )
    themes = ParentalManyToManyField(
        "atelier.Theme", verbose_name=_("themes"), blank=True, related_name="articles"
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("kind"), FieldPanel("date")], heading=_("Type and date")),
        InlinePanel(
            "people",
            label=_("Person"),
            heading=_("People in this article"),
            help_text=_(
                "The author and, for an interview, also the interviewee, each with a role."
            ),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_events"),
                FieldPanel("related_reports"),
                FieldPanel("related_projects"),
            ],
            heading=_("See also"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        # Search (docs/search.md): the people interviewed or writing.
        index.RelatedFields("people", [index.RelatedFields("person", [index.SearchField("name")])]),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("date"),
        APIField("people"),
        APIField("intro"),
        APIField("image"),
        APIField("body"),
        APIField("related_events"),
        APIField("related_reports"),
        APIField("related_projects"),
        APIField("themes"),
    ]
    parent_page_types = ["knowledge.ArticleIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/article_page.html"
    card_template = "knowledge/components/article_card.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def people_in_role(self, role: str) -> list:
        return [link.person for link in self.people.all() if link.role == role]

    @property
    def authors(self) -> list:
        return self.people_in_role(ArticleRole.AUTHOR)

    @property
    def interviewees(self) -> list:
        return self.people_in_role(ArticleRole.INTERVIEWEE)

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import in_other_language, localize_page_relations

        from ..queries import dossiers_about, linked_pages

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(self, "people__person__organisation", "themes")
        locale = self.locale if in_other_language(self) else None
        context["related_events"] = linked_pages(self.related_events, locale)
        context["related_reports"] = linked_pages(self.related_reports, locale)
        context["related_projects"] = linked_pages(self.related_projects, locale)
        context["dossiers"] = dossiers_about(self)
        return context

    def get_json_ld(self, request=None) -> dict | None:
        from ..jsonld import article_json_ld

        return article_json_ld(self, request)


class ArticlePerson(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        "programme.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=ArticleRole.choices, default=ArticleRole.AUTHOR
    )

    panels = [FieldPanel("person"), FieldPanel("role")]
    api_fields = [APIField("person"), APIField("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("person in the article")
        verbose_name_plural = _("people in the article")
