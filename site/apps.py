from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class AtelierConfig(AppConfig):
    name = "atelier"
    label = "atelier"
    verbose_name = _("Atelier")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import converters, public_content, translation_workflow
        from .content_translation import adopt_after_migrate
        from .registry import registry
        from .widgets import use_five_minute_pickers

        converters.register()
        public_content.connect()
        translation_workflow.connect()  # translations get their source's moderation workflow
        use_five_minute_pickers()

        # Pages translated with simple_translation are linked to wagtail-localize.
        post_migrate.connect(adopt_after_migrate, dispatch_uid="atelier_adopt_translations")

        # Scheduled pages go live (and expire) within a minute of their time.
        registry.add_periodic_command("publish_scheduled", 30)
        # Old revisions that are not live, latest or scheduled: gone after 90 days, weekly.
        registry.add_periodic_command("purge_revisions", 7 * 24 * 3600, "--days", "90")
        if settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
            # Finished background-task results are kept a week (the database queue only).
            registry.add_periodic_command("prune_db_task_results", 24 * 3600, "--min-age-days", "7")
