from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AtelierConfig(AppConfig):
    name = "atelier"
    label = "atelier"
    verbose_name = _("Atelier")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import page_cache
        from .widgets import use_five_minute_pickers

        page_cache.connect_invalidation()
        use_five_minute_pickers()
