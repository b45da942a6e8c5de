"""Builders shared by the programme tests."""

import datetime

from programme.models import EventSpeaker, Workshop, WorkshopRound
from tests.programme.factories import (
    EventPageFactory,
    PersonFactory,
    aware,
)

JOIN_URL = "https://meet.example.org/geheim-123"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def event_with_workshops(parent, *, rounds=2, per_round=13, speakers=8, shared=3, **fields):
    """An event with ``rounds`` rounds of ``per_round`` workshops, of which ``shared`` run
    in every round, and ``speakers`` speakers with a bio."""
    fields.setdefault("start", aware(2026, 3, 5, 13, 0))
    fields.setdefault("end", aware(2026, 3, 5, 17, 0))
    event = EventPageFactory.build(**fields)
    event.workshop_rounds = [
        WorkshopRound(
            sort_order=i, start_time=datetime.time(14 + i), end_time=datetime.time(14 + i, 50)
        )
        for i in range(rounds)
    ]
    workshops = []
    every = list(range(1, rounds + 1))
    for i in range(min(shared, per_round)):
        workshops.append(
            Workshop(sort_order=i, title=f"Gedeelde workshop {i}", round_numbers=every)
        )
    for number in every:
        for i in range(per_round - min(shared, per_round)):
            workshops.append(
                Workshop(
                    sort_order=len(workshops),
                    title=f"Workshop {number}.{i}",
                    round_numbers=[number],
                    description="<p>Aan de slag.</p>",
                )
            )
    for workshop in workshops:
        workshop.facilitators = [PersonFactory(), PersonFactory()]
    event.workshops = workshops
    event.speakers = [
        EventSpeaker(sort_order=i, person=PersonFactory(), role="speaker") for i in range(speakers)
    ]
    parent.add_child(instance=event)
    return publish(event)
