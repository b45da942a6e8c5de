"""Blocks for text: headings, running text and quotes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
        help_text=_("Kop 2 voor een nieuw hoofdstuk, kop 3 en 4 voor delen daarbinnen."),
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading_block.html"
        description = _("Een tussenkop die de tekst in delen opdeelt.")
        preview_value = {"text": "Wat is een kennisatelier?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "blocks/paragraph_block.html"
        description = _("Lopende tekst met opmaak, lijstjes en links.")
        preview_value = (
            "<p>In een <b>kennisatelier</b> werken professionals uit buurten en gemeenten "
            "een ochtend lang aan één vraag. Ze delen wat werkt en wat niet.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("citaat"),
        help_text=_("Zonder aanhalingstekens; die zet de site er zelf omheen."),
    )
    attribution = blocks.CharBlock(
        label=_("wie zegt het"), required=False, help_text=_("Bijvoorbeeld 'Fatima el Amrani'.")
    )
    role = blocks.CharBlock(
        label=_("functie of bron"),
        required=False,
        help_text=_("Bijvoorbeeld 'wijkcoach in Rotterdam-Zuid'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote_block.html"
        description = _("Een uitspraak die eruit springt, met wie het zei.")
        preview_value = {
            "text": "Pas toen we samen door de wijk liepen, zagen we wat bewoners bedoelden.",
            "attribution": "Fatima el Amrani",
            "role": "wijkcoach",
        }
