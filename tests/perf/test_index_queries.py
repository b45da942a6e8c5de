"""Indexing a page costs the same number of queries whatever the number of speakers,
organisations and workshops it shows: the related objects its search fields read are loaded
once per batch (search.privacy.prefetch_for_index), not once per object and field. This runs
on the configured backend: SQLite here, PostgreSQL in CI's second pass."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search import index

from search.privacy import related_lookups
from tests.programme.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    EventSpeakerFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db


def event_with_speakers(agenda, slug: str, count: int):
    event = EventPageFactory(parent=agenda, slug=slug, title=f"Bijeenkomst {slug}")
    for n in range(count):
        organisation = OrganisationFactory(name=f"Organisatie {slug} {n}")
        person = PersonFactory(
            name=f"Spreker {slug} {n}", public_profile=True, organisation=organisation
        )
        EventSpeakerFactory(page=event, person=person)
        event.organisers.add(organisation)
    event.save()
    return type(event).objects.get(pk=event.pk)  # nothing loaded yet, as in the signal


def index_queries(event) -> int:
    with CaptureQueriesContext(connection) as captured:
        index.insert_or_update_object(event)
    return len(captured)


def test_indexing_an_event_costs_the_same_with_more_speakers(home_page):
    agenda = EventIndexPageFactory(parent=home_page)
    few = event_with_speakers(agenda, "klein", 1)
    many = event_with_speakers(agenda, "groot", 8)

    assert index_queries(many) == index_queries(few)


def test_the_prefetched_speakers_are_still_what_the_index_holds(home_page):
    agenda = EventIndexPageFactory(parent=home_page)
    event = event_with_speakers(agenda, "zoek", 3)
    index.insert_or_update_object(event)

    from search.service import search

    found = search("Spreker zoek 2").items
    assert [hit.title for hit in found] == ["Bijeenkomst zoek"]


def test_the_lookups_follow_the_search_fields():
    from programme.models import EventPage

    lookups = related_lookups(EventPage)
    assert "speakers" in lookups and "speakers__person" in lookups
    assert all(not lookup.startswith("get_") for lookup in lookups)


def index_writes(captured) -> list[str]:
    return [q["sql"] for q in captured if "indexentry" in q["sql"].lower()]


def test_saving_a_draft_does_not_reindex_and_publishing_does(home_page):
    from search.service import search

    agenda = EventIndexPageFactory(parent=home_page)
    event = event_with_speakers(agenda, "concept", 1)
    index.insert_or_update_object(event)
    event.title = "Zomerse conceptversie"

    with CaptureQueriesContext(connection) as draft:
        revision = event.save_revision()
    assert index_writes(draft) == []
    assert search("conceptversie").count == 0  # a draft is never found

    with CaptureQueriesContext(connection) as published:
        revision.publish()
    assert index_writes(published)
    assert [hit.title for hit in search("conceptversie").items] == ["Zomerse conceptversie"]


def test_a_reindex_batch_with_many_speakers_is_prefetched_in_parts(home_page):
    """A reindex hands 1,000 objects at once; their speakers' people are asked for in parts
    small enough for SQLite's expression depth (a 1,000-event batch failed with
    "Expression tree is too large")."""
    from programme.models import EventSpeaker
    from search.privacy import prefetch_in_batches

    person = PersonFactory(name="Een bestaande spreker", public_profile=True)
    speakers = [EventSpeaker(person_id=person.pk + n) for n in range(1200)]

    prefetch_in_batches(speakers, ["person"])

    assert all(EventSpeaker.person.field.is_cached(speaker) for speaker in speakers)
    assert speakers[0].person == person
