from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import ListingSource, registry
        from wagtail.signals import page_published

        from . import demo, embargo, listings
        from .models import ReportPage

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
        registry.add_dashboard_panel(listings.forthcoming_reports_panel)
        from atelier.registry import PersonListing

        from .queries import person_articles, person_projects, person_reports

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
        from .translation import configure as configure_translation

        configure_translation()  # what wagtail-localize translates and what it shares
        registry.add_demo_loader("knowledge", demo.load_knowledge_demo, order=30)
        registry.add_urls("feeds/", "knowledge.urls", namespace="knowledge")
        from .api import register as register_api

        register_api(registry)
        page_published.connect(
            embargo.on_page_published, sender=ReportPage, dispatch_uid="knowledge_embargo"
        )
        from atelier.public_content import public_content_changed

        from .feeds import feed_urls

        public_content_changed.connect(feed_urls, dispatch_uid="knowledge_feed_urls")
