"""Blocks of the programme: the extra questions an event asks when people register.

Each question keeps its block id for as long as it exists, so answers (stored with the
registration, see programme/registration/questions.py) stay tied to their question even
when the editor rewords or reorders the questions.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

QUESTION_HELP = _("The question as participants see it, for example 'Which municipality?'.")


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=200, help_text=QUESTION_HELP)
    help_text = blocks.CharBlock(
        label=_("explanation"),
        required=False,
        max_length=300,
        help_text=_("Optional, shown under the question."),
    )
    required = blocks.BooleanBlock(
        label=_("required"), required=False, help_text=_("Participants must answer it.")
    )


class ShortTextQuestionBlock(QuestionBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Short text")
        description = _("A question with a short typed answer, such as an organisation.")

    def get_preview_value(self):
        return self.normalize({"question": gettext("Which municipality do you work for?")})


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("option"), max_length=100),
        label=_("options"),
        min_num=2,
        help_text=_("At least two; participants choose one."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Choice")
        description = _("A question with one answer chosen from a list.")

    def get_preview_value(self):
        return self.normalize(
            {
                "question": gettext("Lunch"),
                "options": [gettext("Vegetarian"), gettext("Vegan"), gettext("No lunch")],
                "required": True,
            }
        )

    def clean(self, value):
        value = super().clean(value)
        options = [" ".join(option.split()).casefold() for option in value["options"]]
        if len(set(options)) != len(options):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Each option may appear only once."))}
            )
        return value


class CheckboxQuestionBlock(QuestionBlock):
    question = blocks.CharBlock(
        label=_("statement"),
        max_length=200,
        help_text=_("What participants tick, for example 'I would like a certificate'."),
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Checkbox")
        description = _("A statement participants tick; required means they must tick it.")

    def get_preview_value(self):
        return self.normalize({"question": gettext("I would like a certificate of attendance")})


class RegistrationQuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestionBlock()
    choice = ChoiceQuestionBlock()
    checkbox = CheckboxQuestionBlock()

    class Meta:
        label = _("Extra questions")
