"""A grid of people (speakers, authors, team). People are snippets of the programme app;
this block names them by string only, so the site never imports that app."""

from django import forms
from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

PERSON_MODEL = "programme.Person"


def people_available() -> bool:
    return apps.is_installed("programme")


class PersonChooserBlock(SnippetChooserBlock):
    """Wagtail's snippet chooser once the programme app registers Person as a snippet;
    until then a plain drop-down, so page forms keep working on their own."""

    @cached_property
    def widget(self):
        if getattr(self.target_model, "snippet_viewset", None) is not None:
            return super().widget
        return forms.Select()

    def get_form_state(self, value):
        if isinstance(self.widget, forms.Select):
            return blocks.FieldBlock.get_form_state(self, value)
        return super().get_form_state(value)

    def deconstruct(self):
        # Same migration footprint as the snippet chooser it stands in for.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


class PeopleGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        max_length=100,
        help_text=_("For example 'Speakers' or 'Our team'."),
    )
    people = blocks.ListBlock(
        PersonChooserBlock(PERSON_MODEL, label=_("person")),
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

    def get_preview_value(self):
        people = list(self.person_model.objects.filter(public_profile=True)[:3])
        return self.normalize({"heading": gettext("Speakers"), "people": people})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        ids = [person.pk for person in value["people"] if person is not None]
        found = self.person_model.objects.filter(pk__in=ids, public_profile=True).select_related(
            "organisation", "photo"
        )
        by_id = {person.pk: person for person in found}
        context["people"] = [by_id[pk] for pk in ids if pk in by_id]
        return context
