"""The site's URLs plus one view that fails, to see the 500 page as a visitor would
(tests/browser/test_error_pages.py)."""

from atelier.urls import urlpatterns as site_urlpatterns
from django.urls import path


def fails(request):
    raise RuntimeError("a failing view, on purpose")


urlpatterns = [path("kapot/", fails), *site_urlpatterns]
