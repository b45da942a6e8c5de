"""Choosers for people, organisations and venues: each shows enough to pick the right one
(job title and organisation; city) and has a "create" tab, so an editor adds a new
speaker or venue without leaving the event form. The many-to-many fields use the same
choosers through ``programme.widgets.MultipleSnippetChooser``.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)
from wagtail.snippets.widgets import AdminSnippetChooser

from .widgets import chooser_label

# --- the modal ------------------------------------------------------------------------


class DetailColumnsMixin:
    """Adds the viewset's ``detail_columns`` after the name, and their related rows."""

    detail_columns: list = []
    select_related: list = []

    def get_object_list(self):
        objects = super().get_object_list()
        return objects.select_related(*self.select_related) if self.select_related else objects

    @property
    def columns(self):
        columns = super().columns
        return [columns[0], *self.detail_columns, *columns[1:]]


class LabelledChosenMixin:
    def get_display_title(self, instance):
        return chooser_label(instance)


class DetailedSnippetChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser whose list shows ``detail_columns`` and whose chosen item carries
    the detailed label. ``form_fields`` turns on the "create" tab (for users who may add)."""

    detail_columns: list = []
    select_related: list = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.choose_view_class = self._with_details(ChooseView)
        self.choose_results_view_class = self._with_details(ChooseResultsView)

    def _with_details(self, view_class):
        return type(
            view_class.__name__,
            (DetailColumnsMixin, view_class),
            {"detail_columns": self.detail_columns, "select_related": self.select_related},
        )

    chosen_view_class = type("ChosenView", (LabelledChosenMixin, SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ChosenMultipleView", (LabelledChosenMixin, SnippetChosenMultipleView), {}
    )
    create_view_class = type("CreateView", (LabelledChosenMixin, SnippetCreateView), {})


class LabelledSnippetChooser(AdminSnippetChooser):
    def get_display_title(self, instance):
        return chooser_label(instance)


class PersonChooserViewSet(DetailedSnippetChooserViewSet):
    form_fields = ["honorific", "name", "job_title", "organisation"]
    detail_columns = [
        Column("job_title", label=_("Job title")),
        Column("organisation", label=_("Organisation")),
    ]
    select_related = ["organisation"]
    base_widget_class = LabelledSnippetChooser
    create_action_label = _("Add person")
    creation_tab_label = _("New person")


class OrganisationChooserViewSet(DetailedSnippetChooserViewSet):
    form_fields = ["name", "short_name"]  # the rest on the organisation's own page
    detail_columns = [
        Column("short_name", label=_("Abbreviation")),
        Column("website", label=_("Website")),
    ]
    create_action_label = _("Add organisation")
    creation_tab_label = _("New organisation")


class VenueChooserViewSet(DetailedSnippetChooserViewSet):
    form_fields = ["name", "street_address", "postal_code", "city", "country"]
    detail_columns = [
        Column("street_address", label=_("Address")),
        Column("city", label=_("Town or city")),
    ]
    create_action_label = _("Add venue")
    creation_tab_label = _("New venue")
