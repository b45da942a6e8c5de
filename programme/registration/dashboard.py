"""The admin dashboard panel: registrations and places left per upcoming event."""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from .models import Registration, RegistrationStatus
from .summary import annotate_places_left, places_left


def upcoming_with_counts(limit: int = 8):
    from programme.models import EventPage

    waitlisted = (
        Registration.objects.filter(page_id=OuterRef("pk"), status=RegistrationStatus.WAITLISTED)
        .order_by()
        .values("page_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    events = annotate_places_left(
        EventPage.objects.filter(
            registration_mode="site", start__gte=timezone.now(), locale=Locale.get_default()
        )
        .order_by("start")
        .annotate(
            registrations_waitlisted=Coalesce(
                Subquery(waitlisted, output_field=IntegerField()), Value(0)
            )
        )
    )[:limit]
    return [
        {
            "page": event,
            "confirmed": event.registrations_confirmed,
            "waitlisted": event.registrations_waitlisted,
            "places_left": places_left(event),
        }
        for event in events
    ]


class RegistrationsPanel(Component):
    name = "registrations"
    order = 150
    template_name = "programme/registration/dashboard_panel.html"

    def __init__(self, can_see_registrations: bool = False):
        self.can_see_registrations = can_see_registrations

    def get_context_data(self, parent_context=None):
        return {
            "rows": upcoming_with_counts(),
            "can_see_registrations": self.can_see_registrations,
        }


def registrations_panel(request):
    """Counts only, no personal data: every admin user may see them; those who may see the
    registrations get a link from each count to the event's list."""
    user = getattr(request, "user", None)
    return RegistrationsPanel(bool(user and user.has_perm("registration.view_personal_data")))
