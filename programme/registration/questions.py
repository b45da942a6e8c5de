"""An event's extra questions (``registration_questions``, programme/blocks.py) on the
registration form, and their answers as stored with the registration.

An answer keeps the question's block id and its wording at the time, so the back office
and the export show what the person actually answered, even after the question changes.
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

    @property
    def field_name(self) -> str:
        return f"{FIELD_PREFIX}{self.id}"


def event_questions(page) -> list[Question]:
    stream = getattr(page, "registration_questions", None) or []
    return [
        Question(
            id=block.id,
            kind=block.block_type,
            question=block.value["question"],
            help_text=block.value.get("help_text", ""),
            required=bool(block.value.get("required")),
            options=tuple(block.value.get("options", ())),
        )
        for block in stream
    ]


def form_field(question: Question) -> forms.Field:
    common = {
        "label": question.question,
        "help_text": question.help_text,
        "required": question.required,
    }
    if question.kind == "choice":
        return forms.ChoiceField(
            choices=[(option, option) for option in question.options],
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
