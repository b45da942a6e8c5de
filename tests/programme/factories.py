"""Test data builders (wagtail-factories). Tests and nothing else use these."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from programme.models import (
    EventIndexPage,
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


def aware(*args):
    return timezone.make_aware(datetime.datetime(*args))


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisatie {n}")

    class Meta:
        model = Organisation


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Persoon {n}")
    bio = "<p>Werkt aan sterke buurten.</p>"

    class Meta:
        model = Person


class VenueFactory(factory.django.DjangoModelFactory):
    name = "Vechtclub XL"
    street_address = "Europalaan 2B"
    postal_code = "3526 KS"
    city = "Utrecht"

    class Meta:
        model = Venue


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = EventIndexPage


class EventSeriesPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lerend netwerk {n}")
    summary = "Vier bijeenkomsten over de stad."

    class Meta:
        model = EventSeriesPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Activiteit {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    summary = "Een middag over de buurt."

    class Meta:
        model = EventPage


class EventSpeakerFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    role = "speaker"

    class Meta:
        model = EventSpeaker


class ProgrammeItemFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Programmaonderdeel {n}")
    start_time = datetime.time(13, 0)

    class Meta:
        model = ProgrammeItem


class WorkshopRoundFactory(factory.django.DjangoModelFactory):
    start_time = datetime.time(14, 0)
    end_time = datetime.time(14, 50)

    class Meta:
        model = WorkshopRound


class WorkshopFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Workshop {n}")
    round_numbers = [1]

    class Meta:
        model = Workshop
