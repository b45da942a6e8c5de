from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import ListingSource, registry

        from .dashboard import upcoming_events_panel
        from .demo import load_programme_demo
        from .demo_english import translate_programme_demo
        from .generate import generate_programme
        from .listing import past_event_items, upcoming_event_items

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
        from .translation import configure as configure_translation

        configure_translation()  # what wagtail-localize translates and what it shares
        registry.add_demo_loader("programme", load_programme_demo, order=20)
        # After the registration demo (25): the English events share its settings.
        registry.add_demo_loader("programme (English)", translate_programme_demo, order=27)
        registry.add_content_generator("programme", generate_programme, order=20)
        registry.add_urls("personen/", "programme.urls", namespace="programme")
        from .sitemaps import PeopleSitemap

        registry.add_sitemap("people", PeopleSitemap)
        registry.add_urls(
            "programma/", "programme.export_urls", translated=False, namespace="programme_export"
        )

        from .api import register as register_api

        register_api(registry)
        registry.add_urls("embed/", "programme.embed_urls", translated=False)  # channels helper
        from . import embed_hooks  # noqa: F401  (embed admin + cache purge; channels helper)
