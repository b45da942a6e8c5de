from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class AtelierConfig(AppConfig):
    name = "atelier"
    label = "atelier"
    verbose_name = _("Atelier")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import converters, signals
        from .registry import registry
        from .widgets import use_five_minute_pickers

        converters.register()
        signals.connect()  # public content, translation workflow, adopting translations
        use_five_minute_pickers()

        # Scheduled pages go live (and expire) within a minute of their time.
        registry.add_periodic_command("publish_scheduled", 30)
        # Old revisions that are not live, latest or scheduled: gone after 90 days, weekly.
        registry.add_periodic_command("purge_revisions", 7 * 24 * 3600, "--days", "90")
        if settings.TASKS["default"]["BACKEND"].startswith("django_tasks_db."):
            # Finished background-task results are kept a week (the database queue only).
            registry.add_periodic_command("prune_db_task_results", 24 * 3600, "--min-age-days", "7")
