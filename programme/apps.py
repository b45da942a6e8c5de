from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Everything the programme offers the site goes through the registry
        (docs/plugins.md); its receivers are connected by ``signals.connect()``."""
        from atelier.registry import ListingSource, registry

        from . import signals
        from .api.routes import register as register_api
        from .dashboard import upcoming_events_panel
        from .demo import load_programme_demo, translate_programme_demo
        from .listings import past_event_items, upcoming_event_items
        from .queries import next_clock_change
        from .sitemaps import PeopleSitemap
        from .translation import configure as configure_translation

        registry.allow_children("home.HomePage", "programme.EventIndexPage")
        registry.add_listing_source(
            ListingSource(
                key="upcoming_events",
                label=_("Upcoming events"),
                items=upcoming_event_items,
                template="programme/components/event_listing_item.html",
            )
        )
        registry.add_listing_source(
            ListingSource(
                key="past_events",
                label=_("Looking back"),
                items=past_event_items,
                template="programme/components/past_listing_item.html",
            )
        )
        registry.add_dashboard_panel(upcoming_events_panel)
        registry.add_content_clock(next_clock_change)  # upcoming → past, registration windows
        registry.set_person_model("programme.Person")  # the people grid block's snippet
        configure_translation()  # what wagtail-localize translates and what it shares
        registry.add_demo_loader("programme", load_programme_demo, order=20)
        # After the registration demo (25): the English events share its settings.
        registry.add_demo_loader("programme (English)", translate_programme_demo, order=27)
        registry.add_urls("personen/", "programme.urls", namespace="programme")
        registry.add_sitemap("people", PeopleSitemap)
        registry.add_urls(
            "programma/", "programme.export_urls", translated=False, namespace="programme_export"
        )
        register_api(registry)
        registry.add_api_collection("programme.EventPage", "events", "event")
        registry.add_api_collection("programme.EventSeriesPage", "series", "series")
        registry.add_api_collection("programme.Person", "people", "person")
        registry.add_api_collection("programme.Organisation", "organisations", "organisation")
        registry.add_urls("embed/", "programme.embed_urls", translated=False)  # docs/embed.md
        signals.connect()
