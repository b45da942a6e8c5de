"""Blocks that only knowledge pages offer: the interview's question and answer, and the
page links whose target follows the linked page (never a typed URL)."""

from atelier.blocks import BaseStreamBlock
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

EVENT_PAGE_TYPE = "programme.EventPage"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("vraag"),
        max_length=300,
        help_text=_("De vraag van de interviewer, zonder aanhalingstekens."),
    )
    answer = blocks.RichTextBlock(
        label=_("antwoord"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("Het antwoord van de geïnterviewde."),
    )

    class Meta:
        icon = "help"
        label = _("Vraag en antwoord")
        template = "knowledge/blocks/question_answer_block.html"
        description = _("Een vraag met het antwoord, voor interviews.")
        preview_value = {
            "question": "Waar gaat jouw workshop over?",
            "answer": "<p>Over bewoners die samen een braakliggend terrein inrichten.</p>",
        }


class ArticleStreamBlock(BaseStreamBlock):
    """The site's block library plus the interview's question and answer."""

    qa = QuestionAnswerBlock()


class ReportLinksBlock(blocks.StreamBlock):
    report = blocks.PageChooserBlock(
        page_type="knowledge.ReportPage",
        label=_("Publicatie"),
        icon="doc-full",
    )


class EventLinksBlock(blocks.StreamBlock):
    event = blocks.PageChooserBlock(
        page_type=EVENT_PAGE_TYPE,
        label=_("Activiteit"),
        icon="date",
    )


class DocumentLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("omschrijving"),
        required=False,
        max_length=200,
        help_text=_("Bijvoorbeeld 'Presentaties praktijkendag'. Leeg: de titel van het document."),
    )
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document")


class DocumentLinksBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()


class HighlightLinksBlock(blocks.StreamBlock):
    page = blocks.PageChooserBlock(
        label=_("Pagina"),
        page_type=[
            "knowledge.ProjectPage",
            "knowledge.ReportPage",
            "knowledge.ArticlePage",
            EVENT_PAGE_TYPE,
        ],
    )
