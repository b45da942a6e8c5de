"""A dashboard panel: the next activities, with their status, for editors."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .queries import upcoming_events


class UpcomingEventsPanel(Component):
    name = "upcoming_events"
    order = 150
    template_name = "programme/admin/upcoming_events_panel.html"

    def get_context_data(self, parent_context=None):
        return {"events": list(upcoming_events()[:5]), "heading": _("Upcoming events")}


def upcoming_events_panel(request):
    return UpcomingEventsPanel()
