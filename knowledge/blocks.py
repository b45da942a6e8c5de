"""Blocks that only knowledge pages offer: the interview's question and answer, and the
page links whose target follows the linked page (never a typed URL)."""

from atelier.blocks import BaseStreamBlock
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

EVENT_PAGE_TYPE = "programme.EventPage"


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("question"),
        max_length=300,
        help_text=_("The interviewer's question, without quotation marks."),
    )
    answer = blocks.RichTextBlock(
        label=_("answer"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        help_text=_("The interviewee's answer."),
    )

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "knowledge/blocks/question_answer_block.html"
        description = _("A question with its answer, for interviews.")
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
        label=_("Publication"),
        icon="doc-full",
    )


class ProjectLinksBlock(blocks.StreamBlock):
    project = blocks.PageChooserBlock(
        page_type="knowledge.ProjectPage",
        label=_("Project"),
        icon="folder-open-1",
    )


class EventLinksBlock(blocks.StreamBlock):
    event = blocks.PageChooserBlock(
        page_type=EVENT_PAGE_TYPE,
        label=_("Event"),
        icon="date",
    )


class DocumentLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("description"),
        required=False,
        max_length=200,
        help_text=_(
            "For example 'Presentations from the practice day'. Empty: the document's title."
        ),
    )
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document")


class DocumentLinksBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()


class HighlightLinksBlock(blocks.StreamBlock):
    page = blocks.PageChooserBlock(
        label=_("Page"),
        page_type=[
            "knowledge.ProjectPage",
            "knowledge.ReportPage",
            "knowledge.ArticlePage",
            EVENT_PAGE_TYPE,
        ],
    )
