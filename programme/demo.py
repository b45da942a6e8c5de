"""``load_demo`` step 20: people, venues and events from seeds 000, 001 and 002 (the demo's
sources, docs/glossary.md), plus a few upcoming events so a fresh site has a live agenda.
Idempotent: existing records are found by name or slug and left alone."""

import datetime

from atelier.demo_images import portrait
from atelier.demo_images import street_banner as event_image
from atelier.models import Theme
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from .demo_events import (
    CLOSING,
    DAG_VAN_DE_BUURT_INTRO,
    DAG_VAN_DE_BUURT_SPEAKERS,
    DAG_VAN_DE_BUURT_WORKSHOPS,
    NETWORK_SESSIONS,
    OPENING,
    ROUND_TEXT,
    SERIES_BODY,
    SERIES_INTRO,
)
from .demo_pages import build_upcoming, kennisatelier_2022
from .demo_people import ORGANISATION_DESCRIPTIONS, ORGANISATIONS, PEOPLE
from .models import (
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

THEMES = [
    ("wijkaanpak", "Wijkaanpak"),
    ("inclusieve-wijken", "Inclusieve wijken"),
    ("stadsvernieuwing", "Stadsvernieuwing"),
    ("sociaal-werk", "Sociaal werk"),
]


def at(day: tuple, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime(*day, hour, minute))


class Demo:
    def __init__(self, locale):
        self.locale = locale
        self.orgs = {}
        self.people = {}
        self.themes = {}

    def organisation(self, key) -> Organisation:
        if key not in self.orgs:
            name, short, website = ORGANISATIONS[key]
            self.orgs[key], _ = Organisation.objects.get_or_create(
                name=name,
                locale=self.locale,
                defaults={
                    "short_name": short,
                    "website": website,
                    "description": ORGANISATION_DESCRIPTIONS.get(key, ""),
                },
            )
        return self.orgs[key]

    def person(self, name) -> Person:
        if name not in self.people:
            honorific, job, org, bio, with_portrait, public = PEOPLE[name]
            person = Person.objects.filter(name=name, locale=self.locale).first()
            if person is None:
                person = Person.objects.create(
                    name=name,
                    locale=self.locale,
                    honorific=honorific,
                    job_title=job,
                    organisation=self.organisation(org) if org else None,
                    bio=f"<p>{bio}</p>" if bio else "",
                    photo=portrait(name) if with_portrait else None,
                    public_profile=public,
                )
            self.people[name] = person
        return self.people[name]

    def load_themes(self):
        for slug, name in THEMES:
            self.themes[slug], _ = Theme.objects.get_or_create(
                slug=slug, locale=self.locale, defaults={"name": name}
            )

    def agenda(self, home) -> EventIndexPage:
        agenda = EventIndexPage.objects.child_of(home).filter(slug="agenda").first()
        if agenda is None:
            agenda = home.add_child(
                instance=EventIndexPage(
                    title="Agenda",
                    slug="agenda",
                    locale=self.locale,
                    intro="<p>Bijeenkomsten, kennisateliers en lerende netwerken.</p>",
                )
            )
            agenda.save_revision().publish()
        return agenda

    def publish(self, parent, page):
        """Add ``page`` under ``parent`` unless a page with its slug is already there."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        page.locale = self.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    # --- seed 000 -------------------------------------------------------------------
    def learning_network(self, agenda) -> EventSeriesPage:
        series = EventSeriesPage(
            title="Lerend netwerk - Stadsvernieuwing als sociale praktijk",
            slug="stadsvernieuwing-als-sociale-praktijk",
            summary=(
                "Drie sessies en een slotbijeenkomst in het voorjaar van 2024 over hoe "
                "stadsvernieuwing rechtvaardiger en democratischer kan, en wat sociale "
                "professionals daarin kunnen doen."
            ),
            intro=SERIES_INTRO,
            body=SERIES_BODY,
            audience="Sociale professionals die met stadsvernieuwing te maken hebben.",
            commitment_note=(
                "We bouwen van sessie tot sessie op elkaar voort. Kom daarom liefst naar "
                "alle vier de bijeenkomsten."
            ),
            registration_mode="site",
            registration_closes_at=at((2024, 3, 6), 12),
        )
        series.organisers = [self.organisation("Stadskracht"), self.organisation("AP")]
        series.image = event_image(series.title, "stadsvernieuwing")
        series.themes = [self.themes["stadsvernieuwing"], self.themes["sociaal-werk"]]
        series = self.publish(agenda, series)
        for number, session_facts in enumerate(NETWORK_SESSIONS, start=1):
            day, begin, end, title, lecturer, partners, summary, public, closed = session_facts
            session = EventPage(
                title=title,
                slug=f"sessie-{number}-{day[0]}",
                format="network_session",
                start=at(day, begin),
                end=at(day, end),
                summary=summary,
                audience="De deelnemers van het lerend netwerk; de lunchlezing is openbaar.",
            )
            lunch = ProgrammeItem(
                sort_order=0,
                start_time=datetime.time(begin),
                title="Lunch en lezing" if lecturer else "Uitgebreide lunch en presentatie",
                description=f"<p>{public}</p>",
                is_public=True,
            )
            closed = ProgrammeItem(
                sort_order=1,
                end_time=datetime.time(end),
                title="Besloten gesprek",
                description=f"<p>{closed}</p>",
                is_public=False,
            )
            if lecturer:
                lunch.people = [self.person(lecturer)]
                session.speakers = [EventSpeaker(person=self.person(lecturer), role="lecturer")]
            else:
                lunch.organisations = [self.organisation("Stadskracht")] + [
                    self.organisation(key) for key in partners
                ]
            session.programme_items = [lunch, closed]
            session.image = event_image(title, "stadsvernieuwing")
            session.organisers = [self.organisation("Stadskracht")]
            session.partners = [self.organisation(key) for key in partners]
            session.themes = [self.themes["stadsvernieuwing"]]
            self.publish(series, session)
        return series

    # --- seed 001 -------------------------------------------------------------------
    def dag_van_de_buurt(self, agenda) -> EventPage:
        day = (2021, 1, 28)
        event = EventPage(
            title="Dag van de Buurt",
            slug="dag-van-de-buurt-2021",
            format="conference_day",
            start=at(day, 13),
            is_online=True,
            summary=(
                "Een online middag over waarom de buurt aandacht verdient en hoe de "
                "wijkaanpak beter kan, met 26 workshopsessies in twee rondes."
            ),
            intro=DAG_VAN_DE_BUURT_INTRO,
            audience="Bewoners, professionals en beleidsmakers die werken aan de wijk.",
            registration_mode="site",
            image=event_image("Dag van de Buurt", "wijkaanpak"),
        )
        event.speakers = [
            EventSpeaker(sort_order=i, person=self.person(name), role=role, note=note)
            for i, (name, role, note) in enumerate(DAG_VAN_DE_BUURT_SPEAKERS)
        ]
        items = [
            (
                "13:00",
                "Opening: waarom de buurt?",
                None,
                [
                    "Lucas de Man",
                    "Dave Ensberg-Kleijkers",
                    "Jos van der Lans",
                    "Petra van Duijnhoven",
                ],
                OPENING,
            ),
            ("14:00", "Workshops, eerste ronde", "15:00", [], ROUND_TEXT),
            ("15:00", "Workshops, tweede ronde", "16:00", [], ROUND_TEXT),
            (
                "16:00",
                "Vooruitblik: wat moet een Minister van Wijken doen?",
                None,
                ["Ahmed Marcouch", "Harry van der Molen", "Marco Pastors", "Tanja Jadnanansing"],
                CLOSING,
            ),
        ]
        rows = []
        for i, (begin, title, finish, people, text) in enumerate(items):
            row = ProgrammeItem(
                sort_order=i,
                start_time=datetime.time.fromisoformat(begin),
                end_time=datetime.time.fromisoformat(finish) if finish else None,
                title=title,
                description=f"<p>{text}</p>",
            )
            row.people = [self.person(name) for name in people]
            # The two workshop blocks are the rounds below: their times come from there.
            row.workshop_round_number = ROUND_ITEMS.get(title)
            rows.append(row)
        event.programme_items = rows
        event.workshop_rounds = [
            WorkshopRound(
                sort_order=0,
                title="Ronde 1",
                start_time=datetime.time(14),
                end_time=datetime.time(15),
            ),
            WorkshopRound(
                sort_order=1,
                title="Ronde 2",
                start_time=datetime.time(15),
                end_time=datetime.time(16),
            ),
        ]
        workshops = []
        for i, (title, rounds, people, orgs, text) in enumerate(DAG_VAN_DE_BUURT_WORKSHOPS):
            # (a workshop's description tells everything the seed says about it)
            workshop = Workshop(
                sort_order=i,
                title=title,
                round_numbers=rounds,
                description=f"<p>{text}</p>",
                capacity=40,
            )
            workshop.facilitators = [self.person(name) for name in people]
            workshop.organisations = [self.organisation(key) for key in orgs]
            workshops.append(workshop)
        event.workshops = workshops
        event.themes = [self.themes["wijkaanpak"]]
        return self.publish(agenda, event)


# Programme items that are the workshop rounds (their times are the rounds').
ROUND_ITEMS = {"Workshops, eerste ronde": 1, "Workshops, tweede ronde": 2}


@transaction.atomic
def load_programme_demo(stdout=None, **kwargs):
    # Indexing references once at the end is much faster than after every save.
    with disable_reference_index_auto_update():
        agenda = _load(stdout)
    if agenda is not None:
        for page in agenda.get_descendants(inclusive=True).specific():
            ReferenceIndex.create_or_update_for_object(page)
    return agenda


def _load(stdout=None):
    from home.models import HomePage

    locale = Locale.objects.get(language_code="nl")
    home = HomePage.objects.filter(locale=locale).first()
    if home is None:
        return None
    demo = Demo(locale)
    demo.load_themes()
    for name in PEOPLE:
        demo.person(name)
    agenda = demo.agenda(home)
    demo.learning_network(agenda)
    demo.dag_van_de_buurt(agenda)
    venue, _ = Venue.objects.get_or_create(
        name="Vechtclub XL",
        locale=locale,
        defaults={"street_address": "Europalaan 2B", "postal_code": "3526 KS", "city": "Utrecht"},
    )
    kennisatelier_2022(demo, agenda, venue)
    build_upcoming(demo, agenda, venue)
    from home.navigation import add_to_main_menu

    add_to_main_menu(agenda)
    if stdout is not None:
        stdout.write(f"Programma: {EventPage.objects.count()} activiteiten in de agenda.")
    return agenda
