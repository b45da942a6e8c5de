"""A grid of people (speakers, authors, team). Which snippet a "person" is, an app says
through the registry (``registry.set_person_model``); the block names no app, and its
definition (and so every page body's migration) is the same whichever apps are installed.
Without a person model the block is left out of the editors' menu and renders nothing."""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.coreutils import resolve_model_string
from wagtail.snippets.blocks import SnippetChooserBlock

from ..registry import registry


def people_available() -> bool:
    return registry.person_model is not None


class PersonChooserBlock(SnippetChooserBlock):
    """Wagtail's snippet chooser for the registered person model; a plain drop-down while
    that model has no snippet admin, and an empty one when no app offers people."""

    def __init__(self, **kwargs):
        super().__init__(None, **kwargs)

    @cached_property
    def target_model(self):
        return resolve_model_string(registry.person_model) if people_available() else None

    @cached_property
    def widget(self):
        if getattr(self.target_model, "snippet_viewset", None) is not None:
            return super().widget
        return forms.Select()

    @cached_property
    def field(self):
        if self.target_model is None:
            return forms.ChoiceField(choices=[], required=self._required, widget=self.widget)
        return super().field

    def to_python(self, value):
        return None if self.target_model is None else super().to_python(value)

    def bulk_to_python(self, values):
        if self.target_model is None:
            return [None for _value in values]
        return super().bulk_to_python(values)

    def get_form_state(self, value):
        if isinstance(self.widget, forms.Select):
            return blocks.FieldBlock.get_form_state(self, value)
        return super().get_form_state(value)

    def deconstruct(self):
        # No model in the definition: it comes from the registry at run time.
        _path, _args, kwargs = super().deconstruct()
        return "atelier.blocks.people.PersonChooserBlock", (), kwargs


class PeopleGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=100,
        help_text=_("For example 'Speakers' or 'Our team'."),
    )
    people = blocks.ListBlock(
        PersonChooserBlock(label=_("person")),
        label=_("people"),
        min_num=1,
        help_text=_("Only people who have agreed to a public profile are shown."),
    )

    class Meta:
        icon = "group"
        label = _("People")
        template = "blocks/people_grid_block.html"
        description = _("Photo, name, job title and organisation of a group of people.")

    @property
    def person_model(self):
        return self.child_blocks["people"].child_block.target_model

    def is_available(self) -> bool:
        return self.person_model is not None

    def get_preview_value(self):
        if not self.is_available():
            return self.normalize({"heading": gettext("Speakers"), "people": []})
        people = list(self.person_model.objects.filter(public_profile=True)[:3])
        return self.normalize({"heading": gettext("Speakers"), "people": people})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        if not self.is_available():
            context["people"] = []
            return context
        ids = [person.pk for person in value["people"] if person is not None]
        found = self.person_model.objects.filter(pk__in=ids, public_profile=True).select_related(
            "organisation", "photo"
        )
        by_id = {person.pk: person for person in found}
        context["people"] = [by_id[pk] for pk in ids if pk in by_id]
        return context
