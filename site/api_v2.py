"""Wagtail's own API v2, pages endpoint only (its images and documents endpoints would list
files that no public page uses)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

wagtail_api = WagtailAPIRouter("wagtailapi")
wagtail_api.register_endpoint("pages", PagesAPIViewSet)
