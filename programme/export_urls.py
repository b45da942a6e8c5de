"""Calendar and schedule exports of live, public programme pages (outside the page tree,
because Wagtail's page URLs cannot end in a file extension)."""

from django.urls import path

from . import views

app_name = "programme_export"

urlpatterns = [
    path("activiteiten/<int:pk>/calendar.ics", views.event_calendar_view, name="event_calendar"),
    path("activiteiten/<int:pk>/schedule.json", views.event_schedule_view, name="event_schedule"),
    path("reeksen/<int:pk>/calendar.ics", views.series_calendar_view, name="series_calendar"),
    path("agenda/<int:pk>/calendar.ics", views.agenda_calendar_view, name="agenda_calendar"),
]
