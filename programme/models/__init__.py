from .choices import EventFormat, EventStatus, MaterialKind, RegistrationMode, SpeakerRole
from .events import EventPage
from .pages import EventIndexPage, EventSeriesPage
from .people import Organisation, Person, PersonLink, Venue
from .schedule import (
    EventMaterial,
    EventSpeaker,
    ProgrammeItem,
    Workshop,
    WorkshopRound,
    WorkshopRun,
)

__all__ = [
    "EventFormat",
    "EventIndexPage",
    "EventMaterial",
    "EventPage",
    "EventSeriesPage",
    "EventSpeaker",
    "EventStatus",
    "MaterialKind",
    "Organisation",
    "Person",
    "PersonLink",
    "ProgrammeItem",
    "RegistrationMode",
    "SpeakerRole",
    "Venue",
    "Workshop",
    "WorkshopRound",
    "WorkshopRun",
]
