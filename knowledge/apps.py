from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Everything knowledge offers the site goes through the registry
        (docs/plugins.md); its receivers are connected by ``signals.connect()``."""
        from atelier.registry import ListingSource, registry

        from . import demo, listings, signals
        from .api import register as register_api
        from .dashboard import forthcoming_reports_panel
        from .translation import configure as configure_translation

        registry.allow_children(
            "home.HomePage",
            "knowledge.ProjectIndexPage",
            "knowledge.ReportIndexPage",
            "knowledge.ArticleIndexPage",
            "knowledge.DossierPage",
        )
        registry.add_listing_source(
            ListingSource(
                "latest_reports",
                _("Latest publications"),
                listings.latest_reports,
                "knowledge/components/report_listing_item.html",
            )
        )
        registry.add_listing_source(
            ListingSource(
                "latest_articles",
                _("Latest articles"),
                listings.latest_articles,
                "knowledge/components/article_listing_item.html",
            )
        )
        registry.add_dashboard_panel(forthcoming_reports_panel)
        configure_translation()  # what wagtail-localize translates and what it shares
        registry.add_demo_loader("knowledge", demo.load_knowledge_demo, order=30)
        registry.add_urls("feeds/", "knowledge.urls", namespace="knowledge")
        register_api(registry)
        registry.add_api_collection("knowledge.ProjectPage", "projects", "project")
        registry.add_api_collection("knowledge.ReportPage", "reports", "report")
        registry.add_api_collection("knowledge.ArticlePage", "articles", "article")
        signals.connect()
