"""The vocabularies of the programme: formats, statuses, roles. Values are API promises."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventFormat(models.TextChoices):
    CONFERENCE_DAY = "conference_day", _("Congres- of themadag")
    KENNISATELIER = "kennisatelier", _("Kennisatelier")
    NETWORK_SESSION = "network_session", _("Bijeenkomst lerend netwerk")
    WORKSHOP = "workshop", _("Workshop")
    LECTURE = "lecture", _("Lezing")
    WEBINAR = "webinar", _("Webinar")
    MEETING = "meeting", _("Bijeenkomst")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Gaat door")
    POSTPONED = "postponed", _("Uitgesteld")
    CANCELLED = "cancelled", _("Geannuleerd")
    FULL = "full", _("Vol")


class RegistrationMode(models.TextChoices):
    NONE = "none", _("Geen aanmelding nodig")
    SITE = "site", _("Aanmelden op deze site")
    EXTERNAL = "external", _("Aanmelden via een externe website")


class RegistrationStatus(models.TextChoices):
    NOT_REQUIRED = "not_required", _("Aanmelden is niet nodig")
    NOT_YET_OPEN = "not_yet_open", _("Aanmelden is nog niet open")
    OPEN = "open", _("Aanmelden is open")
    WAITING_LIST = "waiting_list", _("Vol: aanmelden voor de wachtlijst")
    CLOSED = "closed", _("Aanmelden is gesloten")
    CANCELLED = "cancelled", _("Geannuleerd")


class SpeakerRole(models.TextChoices):
    MODERATOR = "moderator", _("Moderator / dagvoorzitter")
    KEYNOTE = "keynote", _("Keynotespreker")
    SPEAKER = "speaker", _("Spreker")
    LECTURER = "lecturer", _("Lezinggever")
    TABLE_GUEST = "table_guest", _("Tafelgast")
    PANEL_MEMBER = "panel_member", _("Panellid")
    INTERVIEWEE = "interviewee", _("Geïnterviewde")


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("Presentatie (slides)")
    REPORT = "report", _("Verslag")
    RECORDING = "recording", _("Opname")
    OTHER = "other", _("Overig")
