"""The URLconf of the development profile (DEBUG): the site's routes plus the media route."""

from atelier.urls import development_media_patterns
from atelier.urls import urlpatterns as site_urlpatterns

urlpatterns = [*development_media_patterns(), *site_urlpatterns]
