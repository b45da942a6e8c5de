"""Wagtail's audit log for the registrations back office and the waiting list.

Entries name the registration by number and event, never by the person: the log outlives
the anonymisation of personal data (GDPR), so it must not hold names or addresses.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

ACTIONS = {
    "registration.cancel": (_("Cancel registration"), _("Registration cancelled")),
    "registration.promote": (
        _("Move up from the waiting list"),
        _("Moved up from the waiting list"),
    ),
    "registration.resend": (_("Resend confirmation"), _("Confirmation sent again")),
    "registration.erase": (_("Erase personal data"), _("Personal data erased")),
    "registration.mail_participants": (_("Mail participants"), _("Participants mailed")),
}


def register_actions(actions) -> None:
    """For the ``register_log_actions`` hook."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def title(registration) -> str:
    return f"#{registration.pk} · {registration.page.title}"


def log_registration(registration, action: str, user, **data) -> None:
    log(instance=registration, action=action, user=user, title=title(registration), data=data)


def log_page(page, action: str, user, subject: str, count: int) -> None:
    log(instance=page, action=action, user=user, data={"subject": subject, "count": count})
