"""Response shapes of the programme endpoints (docs/api.md: event, series, person, organisation).

Field names are a promise to partner developers: add fields, never rename them."""

from __future__ import annotations

from datetime import datetime

from atelier.api.schemas import DocumentOut, ImageOut, StreamBlockOut, ThemeRef, Translation
from ninja import Field, Schema


class OrganisationSummary(Schema):
    id: int
    name: str
    short_name: str = ""
    website: str = ""
    logo: ImageOut | None = None
    url: str | None = Field(None, description="Organisations have no page of their own: null.")
    api_url: str


class OrganisationOut(OrganisationSummary):
    description: str = ""
    locale: str
    translations: list[Translation]


class PersonSummary(Schema):
    id: int
    name: str
    honorific: str = ""
    display_name: str
    job_title: str = ""
    organisation: OrganisationSummary | None = None
    bio: str = Field("", description="HTML with absolute links.")
    photo: ImageOut | None = None
    url: str | None = Field(
        None, description="Profile page; null for people without a public profile."
    )
    api_url: str | None = Field(
        None, description="null for people who did not agree to a public profile."
    )


class SpeakerOut(Schema):
    person: PersonSummary
    role: str = Field(..., description="keynote, speaker, lecturer, table_guest, moderator…")
    note: str = ""


class VenueOut(Schema):
    name: str
    street_address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    accessibility_notes: str = ""


class PriceOut(Schema):
    is_free: bool
    amount: str | None = Field(None, description="Decimal as a string, e.g. `25.00`.")
    currency: str
    label: str


class RegistrationOut(Schema):
    mode: str = Field(..., description="`none`, `site` or `external`.")
    status: str = Field(
        ...,
        description="`not_required`, `not_yet_open`, `open`, `waiting_list`, `closed` or "
        "`cancelled`.",
    )
    url: str | None = None
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    places_left: int | None = Field(None, description="null when there is no limit.")


class SeriesRef(Schema):
    id: int
    title: str
    api_url: str


class EventItem(Schema):
    id: int
    title: str
    url: str | None
    api_url: str
    locale: str
    translations: list[Translation]
    format: str
    start: datetime
    end: datetime | None
    is_all_day: bool
    is_online: bool
    venue: VenueOut | None
    price: PriceOut
    themes: list[ThemeRef]
    series: SeriesRef | None
    status: str = Field(..., description="`scheduled`, `postponed`, `cancelled` or `full`.")
    registration: RegistrationOut
    summary: str
    image: ImageOut | None
    calendar_url: str
    last_published_at: datetime | None


class ProgrammeItemOut(Schema):
    start: datetime | None
    end: datetime | None
    title: str
    description: str
    is_public: bool
    speakers: list[PersonSummary]
    organisations: list[OrganisationSummary]


class WorkshopRunOut(Schema):
    id: int = Field(..., description="The same in every round this workshop runs in.")
    run_id: int = Field(..., description="This run (workshop in this round).")
    title: str
    description: str
    room: str = ""
    facilitators: list[PersonSummary]
    organisations: list[OrganisationSummary]
    capacity: int | None
    places_left: int | None


class RoundOut(Schema):
    id: int
    title: str
    start: datetime | None
    end: datetime | None
    workshops: list[WorkshopRunOut]


class MaterialOut(DocumentOut):
    kind: str


class EventDetail(EventItem):
    intro: str
    body: list[StreamBlockOut]
    audience: str
    organisers: list[OrganisationSummary]
    partners: list[OrganisationSummary]
    moderators: list[PersonSummary]
    speakers: list[SpeakerOut]
    programme: list[ProgrammeItemOut]
    rounds: list[RoundOut]
    materials: list[MaterialOut]
    schedule_url: str


class SeriesItem(Schema):
    id: int
    title: str
    url: str | None
    api_url: str
    locale: str
    translations: list[Translation]
    summary: str
    audience: str
    organisers: list[OrganisationSummary]
    themes: list[ThemeRef]
    registration: RegistrationOut
    image: ImageOut | None
    calendar_url: str
    session_count: int
    first_start: datetime | None
    last_end: datetime | None
    last_published_at: datetime | None


class SeriesDetail(SeriesItem):
    intro: str
    body: list[StreamBlockOut]
    commitment_note: str
    sessions: list[EventItem]


class PersonOut(PersonSummary):
    locale: str
    translations: list[Translation]
    links: list[dict[str, str]] = Field(default_factory=list, description="[{label, url}]")


class PersonDetail(PersonOut):
    events: list[EventItem]
    reports: list[dict] = Field(
        default_factory=list, description="Report list items (when reports are installed)."
    )
