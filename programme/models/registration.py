"""Registration settings shared by events and series (the series registers for all sessions).

The ``registration`` app stores the registrations themselves and passes ``places_left`` in.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from ..blocks import RegistrationQuestionsBlock
from .choices import RegistrationMode, RegistrationStatus


class RegistrationSettings(models.Model):
    registration_mode = models.CharField(
        _("registration method"),
        max_length=20,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
        help_text=_(
            "'Register on this site': visitors fill in our form, and you find them under "
            "Registrations. 'Register on an external website': the button goes to the address "
            "below. For a session of a learning network, registering for the whole network is "
            "often enough."
        ),
    )
    registration_url = models.URLField(
        _("address of the external registration form"), blank=True, max_length=500
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens at"), null=True, blank=True, help_text=_("Empty: open straight away.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes at"),
        null=True,
        blank=True,
        help_text=_("Empty: open until the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("maximum number of participants"),
        null=True,
        blank=True,
        help_text=_("Empty: no maximum. Workshops have a capacity of their own."),
    )
    has_waiting_list = models.BooleanField(
        _("waiting list when full"),
        default=False,
        help_text=_("When the event is full, visitors can put themselves on the waiting list."),
    )
    # Answers are personal data: stored with the registration, never shown publicly or in
    # the API (the questions themselves are not in api_fields either).
    registration_questions = StreamField(
        RegistrationQuestionsBlock(),
        verbose_name=_("extra questions"),
        blank=True,
        help_text=_(
            "Questions the registration form asks besides name, email, organisation, job "
            "title and dietary or accessibility needs. Answers appear in the back office "
            "and the export, and are deleted with the rest of the personal data."
        ),
    )

    registration_panels = [
        MultiFieldPanel(
            [
                FieldPanel("registration_mode"),
                FieldPanel("registration_url"),
                FieldPanel("registration_opens_at"),
                FieldPanel("registration_closes_at"),
                FieldPanel("capacity"),
                FieldPanel("has_waiting_list"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("registration_questions"),
    ]

    class Meta:
        abstract = True

    def clean_registration(self) -> dict:
        errors = {}
        if self.registration_mode == RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _(
                "Enter the address of the external registration form, or choose another way "
                "to register."
            )
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes <= opens:
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        return errors

    def registration_deadline(self):
        """When registration closes if no date is set (events: at their start)."""
        return self.registration_closes_at

    def is_cancelled(self) -> bool:
        return False

    def registration_status(self, places_left=None, now=None) -> str:
        """One of ``RegistrationStatus``; ``places_left`` comes from the registration app
        (None: no limit or unknown)."""
        now = now or timezone.now()
        if self.is_cancelled():
            return RegistrationStatus.CANCELLED
        if self.registration_mode == RegistrationMode.NONE:
            return RegistrationStatus.NOT_REQUIRED
        if self.registration_opens_at and now < self.registration_opens_at:
            return RegistrationStatus.NOT_YET_OPEN
        deadline = self.registration_deadline()
        if deadline and now >= deadline:
            return RegistrationStatus.CLOSED
        if self.is_full(places_left):
            if self.has_waiting_list and self.registration_mode == RegistrationMode.SITE:
                return RegistrationStatus.WAITING_LIST
            return RegistrationStatus.CLOSED
        return RegistrationStatus.OPEN

    def is_full(self, places_left=None) -> bool:
        return places_left is not None and places_left <= 0

    def clean(self):
        super().clean()
        errors = self.clean_registration()
        if errors:
            raise ValidationError(errors)


def export_url(name: str, page) -> str:
    """Path of a programme export (``event_calendar``, ``event_schedule``,
    ``series_calendar``, ``agenda_calendar``, ``my_programme``) for ``page``; see
    programme/export_urls.py.
    Empty for a page behind a password or login: the exports are public files (cached
    by anyone) and answer only for public pages."""
    from django.urls import reverse

    if not page.pk:
        return ""
    if "_restricted" not in page.__dict__:  # one query for a page's three export links
        page.__dict__["_restricted"] = page.get_view_restrictions().exists()
    if page.__dict__["_restricted"]:
        return ""
    return reverse(f"programme_export:{name}", args=[page.pk])
