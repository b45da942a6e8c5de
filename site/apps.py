from django.apps import AppConfig
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

        converters.register()
        public_content.connect()
        translation_workflow.connect()  # translations get their source's moderation workflow

        # Pages translated with simple_translation are linked to wagtail-localize.
        post_migrate.connect(adopt_after_migrate, dispatch_uid="atelier_adopt_translations")
