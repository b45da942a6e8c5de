"""Blocks that give content a structure: tables and questions with answers (FAQ)."""

from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from .text import RICH_TEXT_FEATURES


def paragraph(text: str) -> str:
    return format_html("<p>{}</p>", text)


class TableBlock(TypedTableBlock):
    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = local_blocks or [
            ("text", blocks.CharBlock(label=_("Text"))),
            ("numeric", blocks.DecimalBlock(label=_("Number"))),
            (
                "rich_text",
                blocks.RichTextBlock(
                    label=_("Formatted text"), features=["bold", "italic", "link"]
                ),
            ),
        ]
        super().__init__(local_blocks, **kwargs)

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"
        description = _("A table with column headings and a caption, for example a day programme.")

    def get_preview_value(self):
        return self.normalize(
            {
                "caption": gettext("Morning programme"),
                "columns": [
                    {"type": "text", "heading": gettext("Time")},
                    {"type": "text", "heading": gettext("Item")},
                ],
                "rows": [
                    {"values": ["09.30", gettext("Walk-in with coffee")]},
                    {"values": ["10.00", gettext("Opening")]},
                    {"values": ["12.30", gettext("Lunch")]},
                ],
            }
        )


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        help_text=_("For example 'Frequently asked questions'. Empty: no heading."),
    )
    items = blocks.ListBlock(QuestionBlock(), label=_("questions"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion (FAQ)")
        template = "blocks/accordion_block.html"
        description = _(
            "Questions the visitor clicks open to read the answer. Works without JavaScript."
        )

    def get_preview_value(self):
        return self.normalize(
            {
                "heading": gettext("Frequently asked questions"),
                "items": [
                    {
                        "question": gettext("Does taking part cost anything?"),
                        "answer": paragraph(gettext("No, the meeting is free.")),
                    },
                    {
                        "question": gettext("Is the venue wheelchair accessible?"),
                        "answer": paragraph(
                            gettext("Yes, there is a lift and an accessible toilet.")
                        ),
                    },
                ],
            }
        )
