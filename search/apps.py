from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    label = "atelier_search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import registry

        from . import service, signals
        from .api import router

        # /zoeken/ in Dutch, /en/zoeken/ in English.
        registry.add_urls("zoeken/", "search.urls", namespace="search")
        registry.add_api_router("search", router)
        registry.add_header_slot("search/search_box.html")
        registry.set_search_filter(service.filter_queryset)  # the API's ``q`` filters
        # An engine error that escapes the service still answers 503, not a logged 500.
        registry.add_error_mapping(
            service.ENGINE_OUTAGE_ERRORS, 503, service.UNAVAILABLE, slug="search-down"
        )
        signals.connect()
        registry.add_periodic_command("reindex_pending", 300)  # after a search-engine outage
        if getattr(settings, "ELASTICSEARCH_URL", None):
            registry.add_periodic_command("update_index", 7 * 24 * 3600)  # weekly safety net
