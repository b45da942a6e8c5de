"""The vocabularies of the programme: formats, statuses, roles. Values are API promises."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventFormat(models.TextChoices):
    CONFERENCE_DAY = "conference_day", _("Conference or theme day")
    KENNISATELIER = "kennisatelier", _("Knowledge studio")
    NETWORK_SESSION = "network_session", _("Learning network session")
    WORKSHOP = "workshop", _("Workshop")
    LECTURE = "lecture", _("Lecture")
    WEBINAR = "webinar", _("Webinar")
    MEETING = "meeting", _("Meeting")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")
    FULL = "full", _("Full")


class RegistrationMode(models.TextChoices):
    NONE = "none", _("No registration needed")
    SITE = "site", _("Register on this site")
    EXTERNAL = "external", _("Register on an external website")


class RegistrationStatus(models.TextChoices):
    NOT_REQUIRED = "not_required", _("Registration is not required")
    NOT_YET_OPEN = "not_yet_open", _("Registration is not open yet")
    OPEN = "open", _("Registration is open")
    WAITING_LIST = "waiting_list", _("Full: join the waiting list")
    CLOSED = "closed", _("Registration is closed")
    CANCELLED = "cancelled", _("Cancelled")


class SpeakerRole(models.TextChoices):
    MODERATOR = "moderator", _("Moderator / chair")
    KEYNOTE = "keynote", _("Keynote speaker")
    SPEAKER = "speaker", _("Speaker")
    LECTURER = "lecturer", _("Lecturer")
    TABLE_GUEST = "table_guest", _("Table guest")
    PANEL_MEMBER = "panel_member", _("Panel member")
    INTERVIEWEE = "interviewee", _("Interviewee")


class MaterialKind(models.TextChoices):
    SLIDES = "slides", _("Presentation (slides)")
    REPORT = "report", _("Report")
    RECORDING = "recording", _("Recording")
    OTHER = "other", _("Other")
