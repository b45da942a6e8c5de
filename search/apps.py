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

        from .api import router
        from .signals import connect_reindex_handlers

        # /zoeken/ in Dutch, /en/zoeken/ in English.
        registry.add_urls("zoeken/", "search.urls", namespace="search")
        registry.add_api_router("search", router)
        connect_reindex_handlers()
        registry.add_periodic_command("reindex_pending", 300)  # after a search-engine outage
        if getattr(settings, "ELASTICSEARCH_URL", None):
            registry.add_periodic_command("update_index", 7 * 24 * 3600)  # weekly safety net
