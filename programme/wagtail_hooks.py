"""Admin views for the programme's snippets: people, organisations and venues.

Each gets a searchable list, filters, Wagtail's "usage" view (which pages use it) and a
chooser that shows enough to pick the right one and can create a new one in place
(programme/choosers.py). Themes are registered by the ``atelier`` app (site/).
"""

from django.templatetags.static import static
from django.utils.html import format_html, json_script
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import embed_hooks  # noqa: F401  (the embed snippet generator under Settings)
from .choosers import OrganisationChooserViewSet, PersonChooserViewSet, VenueChooserViewSet
from .models import Organisation, Person, Venue

EVENT_EDITOR_JS = "programme/admin/event-editor.js"


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


@hooks.register("insert_editor_js")
def event_editor_js():
    """Keeps the round choices of workshops and programme items in step with the rounds."""
    strings = json_script({"round": gettext("Round %(number)s")}, "programme-event-editor-strings")
    return format_html('{}<script src="{}"></script>', strings, static(EVENT_EDITOR_JS))
