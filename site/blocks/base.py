from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("tekst"))
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading_block.html"
        description = _("Een tussenkop die de tekst in delen opdeelt.")
        preview_value = {"text": "Wat is een kennisatelier?", "level": "h2"}


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers. The site issue extends this library."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        icon="pilcrow",
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        description=_("Lopende tekst met opmaak en links."),
        preview_value="<p>Een korte alinea over buurten en inclusie.</p>",
    )
    image = ImageBlock(label=_("Afbeelding"), description=_("Een afbeelding met alt-tekst."))
