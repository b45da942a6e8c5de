"""What translators translate and what stays shared (wagtail-localize).

wagtail-localize derives the fields itself: text is translated, choices, URLs, numbers,
dates and links to pages are copied from the Dutch page on every sync. The overrides below
keep the facts of an event shared, not retyped: the venue, the people and organisations
(snippets with their own translations, shown in the visitor's language at render time, see
``atelier.localization``), themes, and registration settings. Inline rows with text
(programme items, workshops, rounds, speaker notes, materials) are translatable models, so
translators see them segment by segment and the rows keep their ids across syncs.
"""

from wagtail_localize.fields import SynchronizedField, TranslatableField

SHARED_WITH_EVENTS = ["themes", "organisers"]


def configure() -> None:
    from .models import (
        EventMaterial,
        EventPage,
        EventSeriesPage,
        EventSpeaker,
        Organisation,
        Person,
        ProgrammeItem,
        Venue,
        Workshop,
        WorkshopRound,
    )

    EventPage.override_translatable_fields = [
        SynchronizedField("venue"),
        SynchronizedField("price_currency", overridable=False),
        *(SynchronizedField(name) for name in [*SHARED_WITH_EVENTS, "partners"]),
    ]
    EventSeriesPage.override_translatable_fields = [
        SynchronizedField(name) for name in SHARED_WITH_EVENTS
    ]
    # Not overridable: the English event has the same speakers, not a translator's choice.
    EventSpeaker.override_translatable_fields = [SynchronizedField("person", overridable=False)]
    ProgrammeItem.override_translatable_fields = [
        SynchronizedField("people"),
        SynchronizedField("organisations"),
    ]
    Workshop.override_translatable_fields = [
        SynchronizedField("round_numbers", overridable=False),
        SynchronizedField("facilitators"),
        SynchronizedField("organisations"),
    ]
    WorkshopRound.override_translatable_fields = []
    EventMaterial.override_translatable_fields = []

    # Snippets: names, addresses and links are the same in every language; job titles,
    # bios, descriptions and accessibility notes are translated.
    Person.override_translatable_fields = [
        SynchronizedField("name"),
        TranslatableField("honorific"),
        SynchronizedField("organisation"),
    ]
    Organisation.override_translatable_fields = [SynchronizedField("short_name")]
    Venue.override_translatable_fields = [
        SynchronizedField(name) for name in ("street_address", "postal_code", "city", "country")
    ]
