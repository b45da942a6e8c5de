"""Content for the API tests: an agenda with events, a series, people, organisations,
themes, and the private things that must never show (drafts, private pages, pages under a
private parent, documents in a private collection)."""

import datetime

import pytest
from atelier.models import Theme
from django.utils import timezone
from wagtail.models import Locale


def days(n):
    return timezone.now() + datetime.timedelta(days=n)


@pytest.fixture
def nl(home_page):
    return Locale.objects.get(language_code="nl")


@pytest.fixture
def agenda(home_page):
    from tests.programme.factories import EventIndexPageFactory

    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def themes(nl):
    return {
        slug: Theme.objects.create(locale=nl, name=name, slug=slug)
        for slug, name in [("wijken", "Inclusieve wijken"), ("zorg", "Zorg en welzijn")]
    }


@pytest.fixture
def make_event(agenda):
    from tests.programme.factories import EventPageFactory

    def make(parent=None, themes=(), organisers=(), partners=(), **fields):
        event = EventPageFactory(parent=parent or agenda, **fields)
        if themes or organisers or partners:
            event.themes.set(themes)
            event.organisers.set(organisers)
            event.partners.set(partners)
            event.save_revision().publish()
            event.refresh_from_db()
        return event

    return make


@pytest.fixture
def organisation(nl):
    from tests.programme.factories import OrganisationFactory

    return OrganisationFactory(name="Platform31", locale=nl)


@pytest.fixture
def speaker(nl, organisation):
    from tests.programme.factories import PersonFactory

    return PersonFactory(
        name="Jan Jansen",
        honorific="dr.",
        job_title="onderzoeker",
        organisation=organisation,
        public_profile=True,
        locale=nl,
    )


@pytest.fixture
def conference(make_event, nl, speaker, organisation):
    """A conference day with a moderator, a keynote, a timed programme with a closed part,
    two workshop rounds and a workshop that runs in both."""
    from programme.services import sync_workshop_runs
    from tests.programme.factories import (
        EventSpeakerFactory,
        PersonFactory,
        ProgrammeItemFactory,
        WorkshopFactory,
        WorkshopRoundFactory,
    )

    event = make_event(
        title="Dag van de Buurt",
        format="conference_day",
        is_online=True,
        online_join_url="https://meet.example/geheim-123",
        organisers=[organisation],
    )
    moderator = PersonFactory(name="Hadassah de Boer", locale=nl)
    EventSpeakerFactory(page=event, person=moderator, role="moderator")
    EventSpeakerFactory(page=event, person=speaker, role="keynote")
    opening = ProgrammeItemFactory(page=event, title="Opening", start_time=datetime.time(13))
    opening.people.set([speaker])
    opening.save()
    ProgrammeItemFactory(
        page=event, title="Besloten deel", start_time=datetime.time(16), is_public=False
    )
    WorkshopRoundFactory(page=event, title="Ronde 1", start_time=datetime.time(14))
    WorkshopRoundFactory(page=event, title="Ronde 2", start_time=datetime.time(15))
    twice = WorkshopFactory(page=event, title="Buurtrecht", round_numbers=[1, 2], capacity=20)
    twice.facilitators.set([speaker])
    twice.organisations.set([organisation])
    twice.save()
    WorkshopFactory(page=event, title="Alleen ronde 2", round_numbers=[2])
    sync_workshop_runs(event)
    return event


@pytest.fixture
def knowledge(home_page):
    """The knowledge sections under the Dutch home page."""
    from tests.knowledge.factories import (
        ArticleIndexPageFactory,
        ProjectIndexPageFactory,
        ReportIndexPageFactory,
    )

    return {
        "projects": ProjectIndexPageFactory(parent=home_page),
        "reports": ReportIndexPageFactory(parent=home_page),
        "articles": ArticleIndexPageFactory(parent=home_page),
    }


@pytest.fixture
def private_collection(home_page):
    from wagtail.models import Collection, CollectionViewRestriction

    embargo = Collection.get_first_root_node().add_child(name="Embargo (test)")
    CollectionViewRestriction.objects.create(collection=embargo, restriction_type="login")
    return embargo


def restrict(page):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=page, restriction_type="login")
    return page
