"""Filters every content type's list shares, in the API and beyond: ``theme`` (a theme in
any language) and ``q`` (the search service the registry names, else a plain text match).
One set of parameter names and one error policy for every collection (docs/api.md)."""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Field, Schema
from pydantic import ValidationError, field_validator
from pydantic_core import PydanticCustomError

from ..registry import registry
from .params import MAX_REPEATS, Slug

MAX_ID = 2**31 - 1  # ids beyond the database's integer range name nothing


def search_filter(queryset, q: str | None, fallback_fields=("title",)):
    """The ``q`` filter: the registered search filter (the search app's service), else a
    case-insensitive match on ``fallback_fields``."""
    if not q:
        return queryset
    if registry.search_filter is not None:
        return registry.search_filter(queryset, q)
    match = Q()
    for name in fallback_fields:
        match |= Q(**{f"{name}__icontains": q})
    return queryset.filter(match)


class ThemeFilter(Schema):
    theme: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATS,
        description="Theme slug; repeat for several (an item with any of them matches), "
        f"at most {MAX_REPEATS} times.",
    )


def theme_filter(queryset, slugs):
    """A theme in any language: the Dutch slug also finds English pages tagged with its
    translation."""
    if not slugs:
        return queryset
    from ..models import Theme

    keys = Theme.objects.filter(slug__in=slugs).values("translation_key")
    return queryset.filter(themes__translation_key__in=keys).distinct()


# --- criteria from a query string: one validation for the API, the pages and the embed -----

REPEATED = "Give this parameter once."  # the API's words (errors.py)
_("Give this parameter once.")  # for makemessages: the index pages show it translated
LIST_NAMES = {"theme"}  # the parameters that may be given more than once


class CriterionMessages:
    """An app's one message per criterion: ``texts`` maps a parameter to its (lazy)
    message, formatted with ``values``. English in the API, the calendar and the embed
    (partners' developers read them), in the visitor's language on an index page."""

    def __init__(self, code: str, texts: dict, values: dict):
        self.code, self.texts, self.values = code, texts, values

    def text(self, name: str) -> str:
        """The message for a bad ``name`` in the active language."""
        return str(self.texts[name]) % self.values

    def refuse(self, name: str) -> PydanticCustomError:
        """The validation error for a bad ``name``: the English message, coded
        ``<code>_<name>``, naming the parameter (``criteria_from_query`` reads it)."""
        with translation.override("en"):
            english = self.text(name)
        return PydanticCustomError(f"{self.code}_{name}", english, {"parameter": name})

    def validator(self, *fields, parameter=lambda field_name: field_name):
        """A wrap validator that gives ``fields`` a bad value's one message on every
        surface (not pydantic's own); ``parameter`` maps a field to its parameter name."""

        def one_message(cls, value, handler, info):
            try:
                return handler(value)
            except ValidationError:
                raise self.refuse(parameter(info.field_name)) from None

        return field_validator(*fields, mode="wrap")(one_message)


class BadCriteria(ValueError):
    """Criteria that fail the validation. ``errors`` maps each parameter to its message in
    English (the API's words); ``translated()`` gives them in the active language for an
    index page's form errors."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors

    def translated(self, messages: CriterionMessages) -> dict[str, str]:
        """``messages``: the app's messages per parameter."""
        return {
            name: messages.text(name)
            if name in messages.texts
            else gettext(REPEATED)
            if text == REPEATED
            else text
            for name, text in self.errors.items()
        }


def criteria_from_query(query: QueryDict, names, model, **extra):
    """Validate the parameters ``names`` of a query string with ``model`` (a criteria
    schema such as programme's ``EventCriteria``); others are left to the surface (the embed
    refuses them, the pages ignore them). A parameter that is not a list given twice is
    refused: which value counts would be a guess. Raises BadCriteria."""
    data, errors = {}, {}
    for name in names:
        values = [value.strip() for value in query.getlist(name)]
        values = [value for value in values if value]
        if len(values) > 1 and name not in LIST_NAMES:
            errors[name] = REPEATED
        elif values:
            data[name] = values if name in LIST_NAMES else values[0]
    try:
        criteria = model.model_validate({**data, **extra})
    except ValidationError as invalid:
        for error in invalid.errors():
            name = (error.get("ctx") or {}).get("parameter") or str(error["loc"][0])
            errors.setdefault({"from_": "from"}.get(name, name), error["msg"])
    if errors:
        raise BadCriteria(errors)
    return criteria


def page_criteria(query: QueryDict, names, model, messages: CriterionMessages):
    """The criteria of an index page: the good values only (a bad value never filters),
    and the bad ones' messages in the active language."""
    try:
        return criteria_from_query(query, names, model), {}
    except BadCriteria as bad:
        good = [name for name in names if name not in bad.errors]
        return criteria_from_query(query, good, model), bad.translated(messages)


class CriteriaForm(forms.Form):
    """An index page's GET form: its fields draw the filter; the values are checked by
    ``criteria_model`` (the validation the API shares) for the parameters
    ``criteria_names``, and a bad value's message (``criteria_messages``) shows next to its field.
    After ``is_valid()``, ``criteria`` holds the good values only."""

    criteria_names: tuple[str, ...] = ()
    criteria_model: type[Schema]
    criteria_messages: CriterionMessages

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = self.criteria_model()

    def full_clean(self):
        # Only the shared validation decides; the fields' choices are for drawing the form.
        self._errors = forms.utils.ErrorDict()
        self.cleaned_data = {}
        if not self.is_bound:
            return
        self.criteria, errors = page_criteria(
            self.data, self.criteria_names, self.criteria_model, self.criteria_messages
        )
        for name, text in errors.items():
            self.add_error(name if name in self.fields else None, text)
        self.cleaned_data = self.criteria.model_dump()
