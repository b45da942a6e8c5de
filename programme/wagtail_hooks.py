"""Admin views for the programme's snippets: people, organisations and venues.

Each gets a searchable list, filters, Wagtail's "usage" view (which pages use it) and a
chooser that shows enough to pick the right one and can create a new one in place
(programme/choosers.py). Themes are registered by the ``atelier`` app (site/).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .choosers import OrganisationChooserViewSet, PersonChooserViewSet, VenueChooserViewSet
from .models import Organisation, Person, Venue


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    chooser_viewset_class = PersonChooserViewSet
    menu_label = _("People")
    list_display = [
        Column("display_name", label=_("Name"), sort_key="name"),
        "job_title",
        "organisation",
        BooleanColumn("public_profile", label=_("Public profile")),
        "locale",
    ]
    list_filter = ["public_profile", "organisation", "locale"]
    list_per_page = 50
    ordering = ["name"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    chooser_viewset_class = OrganisationChooserViewSet
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "website", "locale"]
    list_filter = ["locale"]
    list_per_page = 50


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    chooser_viewset_class = VenueChooserViewSet
    menu_label = _("Venues")
    list_display = ["name", "street_address", "city", "locale"]
    list_filter = ["city", "locale"]


class ProgrammeSnippetGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganisationViewSet, VenueViewSet)
    menu_icon = "calendar-alt"
    menu_label = _("Programme")
    menu_name = "programme"
    menu_order = 250


register_snippet(ProgrammeSnippetGroup)
