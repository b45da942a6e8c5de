"""Blocks that give content a structure: tables and questions with answers (FAQ)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock

from .text import RICH_TEXT_FEATURES


class TableBlock(TypedTableBlock):
    def __init__(self, local_blocks=None, **kwargs):
        local_blocks = local_blocks or [
            ("text", blocks.CharBlock(label=_("Tekst"))),
            ("numeric", blocks.DecimalBlock(label=_("Getal"))),
            (
                "rich_text",
                blocks.RichTextBlock(
                    label=_("Opgemaakte tekst"), features=["bold", "italic", "link"]
                ),
            ),
        ]
        super().__init__(local_blocks, **kwargs)

    class Meta:
        icon = "table"
        label = _("Tabel")
        template = "blocks/table_block.html"
        description = _(
            "Een tabel met kolomkoppen en een bijschrift, bijvoorbeeld een dagprogramma."
        )
        preview_value = {
            "caption": "Programma van de ochtend",
            "columns": [
                {"type": "text", "heading": "Tijd"},
                {"type": "text", "heading": "Onderdeel"},
            ],
            "rows": [
                {"values": ["09.30", "Inloop met koffie"]},
                {"values": ["10.00", "Opening"]},
                {"values": ["12.30", "Lunch"]},
            ],
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("antwoord"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Vraag en antwoord")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("kop"),
        required=False,
        help_text=_("Bijvoorbeeld 'Veelgestelde vragen'. Leeg: geen kop."),
    )
    items = blocks.ListBlock(QuestionBlock(), label=_("vragen"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Uitklaplijst (FAQ)")
        template = "blocks/accordion_block.html"
        description = _(
            "Vragen die de bezoeker openklikt om het antwoord te lezen. Werkt zonder JavaScript."
        )
        preview_value = {
            "heading": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Kost deelname iets?",
                    "answer": "<p>Nee, de bijeenkomst is gratis.</p>",
                },
                {
                    "question": "Is de locatie toegankelijk met een rolstoel?",
                    "answer": "<p>Ja, er is een lift en een aangepast toilet.</p>",
                },
            ],
        }
