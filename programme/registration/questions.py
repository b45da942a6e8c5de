"""An event's extra questions (``registration_questions``, programme/blocks.py) on the
registration form, and their answers as stored with the registration.

An answer keeps the question's block id and its wording at the time, so the back office
and the export show what the person actually answered, even after the question changes.
Someone on the English page reads the English page's wording of each question (the same
block id in its translation); the answer is stored in the event's own (Dutch) wording and
options, so the organisers read one language.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext

FIELD_PREFIX = "question_"


@dataclass(frozen=True)
class Question:
    id: str
    kind: str  # short_text, choice, checkbox
    question: str
    help_text: str = ""
    required: bool = False
    options: tuple[str, ...] = ()
    # What the form shows, in the visitor's language (empty: the wording above).
    label: str = ""
    label_help: str = ""
    option_labels: tuple[str, ...] = ()

    @property
    def field_name(self) -> str:
        return f"{FIELD_PREFIX}{self.id}"


def event_questions(page, shown=None) -> list[Question]:
    """The questions of ``page``; ``shown`` (its translation in the visitor's language)
    gives the wording the form shows, question by question (block id), where it has the
    same question with as many options."""
    stream = getattr(page, "registration_questions", None) or []
    shown_stream = getattr(shown, "registration_questions", None) or []
    wording = {block.id: block for block in shown_stream}
    questions = []
    for block in stream:
        options = tuple(block.value.get("options", ()))
        other = wording.get(block.id)
        same = other is not None and other.block_type == block.block_type
        other_options = tuple(other.value.get("options", ())) if same else ()
        questions.append(
            Question(
                id=block.id,
                kind=block.block_type,
                question=block.value["question"],
                help_text=block.value.get("help_text", ""),
                required=bool(block.value.get("required")),
                options=options,
                label=other.value["question"] if same else "",
                label_help=other.value.get("help_text", "") if same else "",
                option_labels=other_options if len(other_options) == len(options) else (),
            )
        )
    return questions


def form_field(question: Question) -> forms.Field:
    common = {
        "label": question.label or question.question,
        "help_text": question.label_help if question.label else question.help_text,
        "required": question.required,
    }
    if question.kind == "choice":
        labels = question.option_labels or question.options
        return forms.ChoiceField(
            # The value is the event's own option: what the back office reads and counts.
            choices=list(zip(question.options, labels, strict=True)),
            widget=forms.RadioSelect,
            **common,
        )
    if question.kind == "checkbox":
        return forms.BooleanField(**common)
    return forms.CharField(max_length=500, **common)


def answers(questions: list[Question], cleaned_data: dict) -> list[dict]:
    """What to store: every question asked, with its answer (empty when skipped)."""
    stored = []
    for question in questions:
        value = cleaned_data.get(question.field_name)
        value = bool(value) if question.kind == "checkbox" else (value or "").strip()
        stored.append({"id": question.id, "question": question.question, "answer": value})
    return stored


def display(answer) -> str:
    """An answer as people read it: yes/no for a checkbox, empty when not answered."""
    if isinstance(answer, bool):
        return gettext("yes") if answer else gettext("no")
    return answer or ""
