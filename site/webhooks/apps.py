from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "atelier.webhooks"
    label = "webhooks"
    verbose_name = _("Webhooks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import registry

        from . import outbox, signals

        signals.connect()
        registry.set_webhook_emitter(outbox.emit)  # apps announce their events through it
        registry.add_periodic_command("deliver_webhooks", 60)  # retries with backoff
