"""Blocks for text: headings, running text and quotes."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Heading 2 for a new chapter, headings 3 and 4 for parts within it."),
    )

    class Meta:
        icon = "title"
        label = _("Subheading")
        template = "blocks/heading_block.html"
        description = _("A subheading that divides the text into parts.")

    def get_preview_value(self):
        return self.normalize({"text": gettext("What is a knowledge workshop?"), "level": "h2"})

    def get_searchable_content(self, value):
        # Only the words: the level's label ("Kop 2") is no content and turned up in
        # search snippets.
        return self.child_blocks["text"].get_searchable_content(value.get("text"))


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        description = _("Running text with formatting, lists and links.")

    def get_preview_value(self):
        return self.normalize(
            gettext(
                "<p>In a <b>knowledge workshop</b>, professionals from neighbourhoods and "
                "municipalities spend a morning on one question. They share what works and "
                "what does not.</p>"
            )
        )


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("quote"),
        help_text=_("Without quotation marks; the site adds them itself."),
    )
    attribution = blocks.CharBlock(
        label=_("who says it"), required=False, help_text=_("For example 'Fatima el Amrani'.")
    )
    role = blocks.CharBlock(
        label=_("role or source"),
        required=False,
        help_text=_("For example 'neighbourhood coach in Rotterdam-Zuid'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A statement that stands out, with who said it.")

    def get_preview_value(self):
        return self.normalize(
            {
                "text": gettext(
                    "Only when we walked through the neighbourhood together did we see what "
                    "residents meant."
                ),
                "attribution": "Fatima el Amrani",
                "role": gettext("neighbourhood coach"),
            }
        )
