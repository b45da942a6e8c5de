from atelier.urls import urlpatterns as site_urlpatterns
from django.urls import path

from . import baselines

urlpatterns = [
    path("bench/trivial", baselines.trivial),
    path("bench/minimal/events", baselines.minimal_event_list),
    path("bench/minimal/events/<int:pk>", baselines.minimal_event_detail),
    *site_urlpatterns,
]
