"""Lists that keep themselves up to date ("upcoming events", "latest reports").

Apps offer listing sources through the registry; this block only knows their keys.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from ..localization import localize_related
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
        label=_("what to show"),
        choices=listing_choices,
        help_text=_(
            "The list fills itself with published pages; there is nothing to keep up to date."
        ),
    )
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=100,
        help_text=_("Empty: the name of the list, for example 'Upcoming events'."),
    )
    theme = SnippetChooserBlock(
        "atelier.Theme",
        label=_("theme"),
        required=False,
        help_text=_("Only pages about this theme. Empty: all themes."),
    )
    limit = blocks.IntegerBlock(
        label=_("number"),
        default=3,
        min_value=1,
        max_value=12,
        help_text=_("The most pages the list shows (1 to 12)."),
    )
    more_link = blocks.PageChooserBlock(
        label=_("link to the overview"),
        required=False,
        help_text=_("For example the events calendar. Appears as 'View all' below the list."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Self-updating list")
        template = "blocks/listing_block.html"
        description = _(
            "A list that keeps itself up to date, such as upcoming events or the latest "
            "publications, optionally for one theme."
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
                block_errors={
                    "source": ValidationError(_("Choose one of the lists from the menu."))
                }
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
            locale = current_locale()
            items = list(source.items(theme=theme, limit=limit, locale=locale))[:limit]
            # Translated pages still point at the source's snippets (a dossier's theme):
            # show them in the listing's language.
            localize_related(items, locale)
        context.update(
            {
                "source": source,
                "items": items,
                "heading": value.get("heading") or (source.label if source else ""),
                "preview": bool((parent_context or {}).get("listing_preview")),
            }
        )
        return context
