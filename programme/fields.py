"""A workshop's rounds, chosen as checkboxes by position ("Ronde 1", "Ronde 2").

Why positions and not a many-to-many to ``WorkshopRound``: rounds and workshops are entered
on the same page form, and a round that is being added has no id yet. The runs (workshop ×
round, each with its own id) are derived from these numbers when the page is saved.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

MAX_ROUNDS = 6


def _round_name(number: int) -> str:
    return gettext("Round %(number)s") % {"number": number}


# Translated when shown (a plain % on a lazy string would fix the language at import).
round_name = lazy(_round_name, str)


def round_choices():
    return [(n, round_name(n)) for n in range(1, MAX_ROUNDS + 1)]


class RoundNumbersField(models.CharField):
    """Stores ``[1, 2]`` as ``"1,2"``; forms show one checkbox per possible round."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 50)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        try:
            return sorted({int(part) for part in value if str(part).strip()})
        except (TypeError, ValueError) as error:
            raise ValidationError(_("Invalid round numbers.")) from error

    def get_prep_value(self, value):
        return ",".join(str(n) for n in self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        # The form field checks the choices; the stored value is a list, not one choice.
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=round_choices(),
            coerce=int,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )
