from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """The taxonomy shared by all content: events, reports, articles and projects."""

    name = models.CharField(_("naam"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Korte naam voor in webadressen en filters, bijvoorbeeld 'inclusieve-wijken'."),
    )
    description = models.TextField(
        _("beschrijving"),
        blank=True,
        help_text=_("Eén of twee zinnen; verschijnt op de dossierpagina."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name
