"""A dossier: one theme's landing page that gathers everything on that theme by itself."""

from atelier.models import BasePage
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import HighlightLinksBlock


class DossierPage(BasePage):
    search_type_label = pgettext_lazy("search result type", "Dossier")
    http_cache_role = "list"  # lists other pages: purged when any of them changes
    theme = models.ForeignKey(
        "atelier.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="dossiers",
        help_text=_(
            "Events, publications, articles and projects with this theme appear on the "
            "dossier page by themselves."
        ),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Why this theme matters, in a few sentences."),
    )
    highlights = StreamField(
        HighlightLinksBlock(),
        verbose_name=_("highlights"),
        blank=True,
        help_text=_("Pages shown at the top, in this order. The rest follows by itself."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("theme"),
        FieldPanel("intro"),
        FieldPanel("highlights"),
    ]
    api_fields = [APIField("theme"), APIField("intro"), APIField("highlights")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    template = "knowledge/dossier_page.html"
    listing_limit = 6

    class Meta:
        verbose_name = _("dossier")
        verbose_name_plural = _("dossiers")

    def get_meta_description(self) -> str:
        from atelier.localization import localize_snippet

        if self.search_description or not self.theme_id:
            return self.search_description
        # A translated dossier still points at the source's theme: its words in this language.
        return localize_snippet(self.theme, self.locale).description

    def get_context(self, request, *args, **kwargs):
        from atelier.localization import in_other_language, localize_page_relations

        from ..queries import dossier_sections, linked_pages

        context = super().get_context(request, *args, **kwargs)
        localize_page_relations(self, "theme")
        locale = self.locale if in_other_language(self) else None
        context["highlight_pages"] = linked_pages(self.highlights, locale)
        context["sections"] = dossier_sections(self, limit=self.listing_limit)
        return context
