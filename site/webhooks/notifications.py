"""Telling the site administrators that an endpoint was paused."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def administrator_addresses() -> list[str]:
    users = get_user_model().objects.filter(is_active=True, is_superuser=True).exclude(email="")
    return sorted({user.email for user in users})


def tell_administrators_endpoint_paused(endpoint) -> int:
    recipients = administrator_addresses()
    if not recipients:
        return 0
    context = {
        "endpoint": endpoint,
        "admin_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + f"/admin/webhooks/edit/{endpoint.pk}/",
    }
    return send_mail(
        subject=_("Webhook paused: %(name)s") % {"name": endpoint},
        message=render_to_string("webhooks/emails/endpoint_paused.txt", context),
        from_email=None,
        recipient_list=recipients,
        fail_silently=True,
    )
