from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationConfig(AppConfig):
    name = "programme.registration"
    label = "registration"
    verbose_name = _("Registrations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from atelier.registry import registry

        from . import signals
        from .dashboard import registrations_panel
        from .demo import load_registration_demo

        signals.connect()
        # Sign-ups point at people and runs, but never make anyone public in the API.
        registry.add_private_relations(self.label)
        # Webhook events this app announces (services.emit); the keys are stored: keep them.
        registry.add_webhook_event(
            "registration_opened", _("Registration opened"), "registration.opened"
        )
        registry.add_webhook_event("registration_full", _("Registration full"), "registration.full")

        registry.add_urls("aanmelden/", "programme.registration.urls", namespace="registration")
        registry.add_dashboard_panel(registrations_panel)
        registry.add_demo_loader("registration", load_registration_demo, order=25)
        # All idempotent (docs/registration.md): retries, one reminder per person, retention.
        registry.add_periodic_command("send_outbox_mail", 60)
        registry.add_periodic_command("send_registration_reminders", 3600)
        registry.add_periodic_command("anonymise_registrations", 6 * 3600)
