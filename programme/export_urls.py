"""Calendar and schedule exports of live, public programme pages (outside the page tree,
because Wagtail's page URLs cannot end in a file extension)."""

from atelier.page_cache import public_revalidate
from django.urls import path

from . import views

app_name = "programme_export"

urlpatterns = [
    path(
        "activiteiten/<id:pk>/calendar.ics",
        public_revalidate(views.event_calendar_view),
        name="event_calendar",
    ),
    path(
        "activiteiten/<id:pk>/programma.ics",
        public_revalidate(views.event_programme_calendar_view),
        name="event_programme_calendar",
    ),
    path(
        "activiteiten/<id:pk>/mijn-programma.ics",
        public_revalidate(views.my_programme_calendar_view),
        name="my_programme",
    ),
    path(
        "activiteiten/<id:pk>/schedule.json",
        public_revalidate(views.event_schedule_view),
        name="event_schedule",
    ),
    path(
        "reeksen/<id:pk>/calendar.ics",
        public_revalidate(views.series_calendar_view),
        name="series_calendar",
    ),
    path(
        "agenda/<id:pk>/calendar.ics",
        public_revalidate(views.agenda_calendar_view),
        name="agenda_calendar",
    ),
]
