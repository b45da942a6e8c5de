import datetime

import pytest


@pytest.fixture
def event_index(home_page):
    from tests.programme.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def make_event(event_index):
    """An event taking registrations on the site. ``workshops``: (title, rounds, places)."""
    from tests.programme.factories import EventPageFactory, WorkshopFactory, WorkshopRoundFactory

    def make(capacity=10, waiting_list=True, rounds=0, workshops=(), **fields):
        fields.setdefault("registration_mode", "site")
        event = EventPageFactory(
            parent=event_index,
            capacity=capacity,
            has_waiting_list=waiting_list,
            **fields,
        )
        for number in range(rounds):
            WorkshopRoundFactory(
                page=event,
                sort_order=number,
                title=f"Ronde {number + 1}",
                start_time=datetime.time(14 + number),
                end_time=datetime.time(14 + number, 50),
            )
        for position, (title, round_numbers, places) in enumerate(workshops):
            WorkshopFactory(
                page=event,
                sort_order=position,
                title=title,
                round_numbers=list(round_numbers),
                capacity=places,
            )
        event.save()  # derives the workshop runs
        return event

    return make


@pytest.fixture
def run_of():
    """``run_of(event, "ABCD", 2)``: the run of a workshop in round 2."""
    from programme.models import WorkshopRun

    def find(event, title, round_number=1):
        runs = WorkshopRun.objects.filter(workshop__page=event, workshop__title=title)
        return runs.select_related("round").order_by("round__sort_order")[round_number - 1]

    return find


@pytest.fixture
def applicant():
    from programme.registration.services import Applicant

    def build(email="iemand@example.org", choices=None, **fields):
        return Applicant(
            name=fields.pop("name", "Iemand Voorbeeld"),
            email=email,
            choices=choices or {},
            **fields,
        )

    return build
