"""Admin widgets of the programme.

``MultipleSnippetChooser`` replaces Django's multi-select listbox on many-to-many fields
(organisers, programme people, facilitators, organisations): the chosen items are listed
by name, each with a remove button, and "Add" opens the model's snippet chooser
(programme/choosers.py) with checkboxes and a "create" tab.
"""

from __future__ import annotations

from django import forms
from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.staticfiles import versioned_static


def person_label(person) -> str:
    """'dr. Anna Jansen — researcher, Movisie': the name and what tells namesakes apart."""
    details = ", ".join(
        part for part in (person.job_title, getattr(person.organisation, "name", "")) if part
    )
    return f"{person.display_name} — {details}" if details else person.display_name


def chooser_label(instance) -> str:
    return person_label(instance) if instance._meta.label == "programme.Person" else str(instance)


class MultipleSnippetChooser(forms.SelectMultiple):
    """The chosen items as a list with remove buttons, and a button that opens the model's
    snippet chooser (search, checkboxes, "create" tab). Submits the ids as the select
    would, so the form field and its validation stay Django's own."""

    template_name = "programme/admin/widgets/multiple_chooser.html"

    def __init__(self, model: str, add_label, attrs=None):
        super().__init__(attrs)
        self.model_label = model  # "programme.Person": models may not be loaded yet
        self.add_label = add_label

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def chosen(self, value) -> list:
        ids = [str(v) for v in (value or []) if str(v).strip()]
        if not ids:
            return []
        manager = self.model._default_manager
        if self.model_label == "programme.Person":
            manager = manager.select_related("organisation")
        by_id = {str(obj.pk): obj for obj in manager.filter(pk__in=ids)}
        return [by_id[pk] for pk in dict.fromkeys(ids) if pk in by_id]

    def get_context(self, name, value, attrs):
        # Not SelectMultiple's: that renders every person in the database as an <option>.
        context = forms.Widget.get_context(self, name, value, attrs)
        viewset = self.model.snippet_viewset.chooser_viewset
        context["widget"].update(
            {
                "chosen": [(obj.pk, chooser_label(obj)) for obj in self.chosen(value)],
                "chooser_url": reverse(viewset.get_url_name("choose")),
                "add_label": self.add_label,
            }
        )
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template engine (templates/ is not an app folder the form renderer
        # searches).
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context))  # noqa: S308

    def format_value(self, value):
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            value = [value]
        return [getattr(v, "pk", v) for v in value]

    @property
    def media(self):
        return forms.Media(
            js=[
                versioned_static("wagtailadmin/js/modal-workflow.js"),
                versioned_static("wagtailadmin/js/chooser-modal.js"),
                "programme/admin/multiple-chooser.js",
            ],
            css={"all": ["programme/admin/multiple-chooser.css"]},
        )


def people_chooser():
    return MultipleSnippetChooser("programme.Person", add_label=_("Add people"))


def organisations_chooser():
    return MultipleSnippetChooser("programme.Organisation", add_label=_("Add organisations"))
