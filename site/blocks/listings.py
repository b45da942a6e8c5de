"""Lists that keep themselves up to date ("upcoming events", "latest reports").

Apps offer listing sources through the registry; this block only knows their keys.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from ..registry import registry


def listing_choices():
    """Called each time a form is built, so sources registered by any app show up."""
    return registry.listing_choices()


def current_locale():
    try:
        return Locale.objects.get_for_language(get_language())
    except Locale.DoesNotExist:
        return None


class ListingBlock(blocks.StructBlock):
    source = blocks.ChoiceBlock(
        label=_("wat tonen"),
        choices=listing_choices,
        help_text=_(
            "De lijst vult zichzelf met gepubliceerde pagina's; u hoeft niets bij te houden."
        ),
    )
    heading = blocks.CharBlock(
        label=_("kop"),
        required=False,
        max_length=100,
        help_text=_("Leeg: de naam van de lijst, bijvoorbeeld 'Komende bijeenkomsten'."),
    )
    theme = SnippetChooserBlock(
        "atelier.Theme",
        label=_("thema"),
        required=False,
        help_text=_("Alleen pagina's over dit thema. Leeg: alle thema's."),
    )
    limit = blocks.IntegerBlock(
        label=_("aantal"),
        default=3,
        min_value=1,
        max_value=12,
        help_text=_("Hoeveel pagina's de lijst hoogstens toont (1 tot en met 12)."),
    )
    more_link = blocks.PageChooserBlock(
        label=_("link naar het overzicht"),
        required=False,
        help_text=_("Bijvoorbeeld de agenda. Verschijnt als 'Alles bekijken' onder de lijst."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Actuele lijst")
        template = "blocks/listing_block.html"
        description = _(
            "Een lijst die zichzelf bijhoudt, zoals de komende bijeenkomsten of de nieuwste "
            "publicaties, eventueel voor één thema."
        )

    def get_preview_value(self):
        choices = listing_choices()
        return self.normalize({"source": choices[0][0] if choices else "", "limit": 3})

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context=parent_context)
        context["listing_preview"] = True  # an empty list still shows editors what it is
        return context

    def clean(self, value):
        value = super().clean(value)
        if value.get("source") not in registry.listing_sources:
            raise blocks.StructBlockValidationError(
                block_errors={"source": ValidationError(_("Kies een van de lijsten uit het menu."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        source = registry.listing_sources.get(value.get("source"))
        items = []
        if source is not None:
            theme = value.get("theme")
            if theme is not None:
                # An English page lists English pages about the English version of the theme.
                theme = theme.localized
            limit = value.get("limit") or 3
            items = list(source.items(theme=theme, limit=limit, locale=current_locale()))[:limit]
        context.update(
            {
                "source": source,
                "items": items,
                "heading": value.get("heading") or (source.label if source else ""),
                "preview": bool((parent_context or {}).get("listing_preview")),
            }
        )
        return context
