from atelier.models import BasePage
from atelier.registry import registry
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import resolve_model_string


class HomePage(BasePage):
    """The site's front page. Which sections can live under it, apps decide (the registry)."""

    intro = models.TextField(
        _("introductie"),
        blank=True,
        help_text=_("Eén of twee zinnen onder de titel: wat doet de organisatie?"),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("homepagina")

    @classmethod
    def clean_subpage_models(cls):
        return [resolve_model_string(name) for name in registry.children_of("home.HomePage")]
