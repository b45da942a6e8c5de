from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Everything knowledge offers the site goes through the registry
        (docs/plugins.md); its receivers are connected by ``signals.connect()``."""
        from atelier.public_content import next_local_midnight
        from atelier.registry import ListingSource, PersonListing, registry

        from . import demo, listings, signals
        from .api.routes import register as register_api
        from .dashboard import forthcoming_reports_panel
        from .queries import person_articles, person_projects, person_reports
        from .translation import configure as configure_translation

        # An announced report or project counts as overdue from the day after its date.
        registry.add_content_clock(next_local_midnight)
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
        registry.add_listing_source(
            ListingSource(
                "running_projects",
                _("Running projects"),
                listings.running_projects,
                "knowledge/components/project_listing_item.html",
            )
        )
        registry.add_listing_source(
            ListingSource(
                "dossiers",
                _("Dossiers"),
                listings.dossiers,
                "knowledge/components/dossier_listing_item.html",
            )
        )
        registry.add_dashboard_panel(forthcoming_reports_panel)
        registry.add_person_listing(
            PersonListing(
                "reports",
                _("Publications"),
                lambda person: list(person_reports(person).distinct()),
                "knowledge/components/report_listing_item.html",
            )
        )
        registry.add_person_listing(
            PersonListing(
                "articles",
                _("Articles"),
                lambda person: list(person_articles(person).distinct()),
                "knowledge/components/article_listing_item.html",
            )
        )
        registry.add_person_listing(
            PersonListing(
                "projects",
                _("Projects"),
                lambda person: list(person_projects(person).distinct()),
                "knowledge/components/project_listing_item.html",
            )
        )
        configure_translation()  # what wagtail-localize translates and what it shares
        registry.add_demo_loader("knowledge", demo.load_knowledge_demo, order=30)
        registry.add_urls("feeds/", "knowledge.urls", namespace="knowledge")
        register_api(registry)
        registry.add_api_collection("knowledge.ProjectPage", "projects", "project")
        registry.add_api_collection("knowledge.ReportPage", "reports", "report")
        registry.add_api_collection("knowledge.ArticlePage", "articles", "article")
        signals.connect()
