"""``load_demo`` step 20: the programme's Dutch demo, built from ``people.toml`` and
``events.toml``. Idempotent: existing records are found by name or slug and left alone."""

import datetime

from atelier.demo.data import load, stream
from atelier.demo.images import portrait
from atelier.demo.images import street_banner as event_image
from atelier.models import Theme
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from ..models import (
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

ORGANISATIONS = load(__package__, "people")["organisations"]
PEOPLE = load(__package__, "people")["people"]
EVENTS = load(__package__, "events")
KENNISATELIER_QUESTIONS = stream(EVENTS["kennisatelier"]["questions"])


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _time(text: str | None) -> datetime.time | None:
    return datetime.time.fromisoformat(text) if text else None


class Demo:
    def __init__(self, locale):
        self.locale = locale
        self.orgs = {}
        self.people = {}
        self.themes = {}

    def organisation(self, key) -> Organisation:
        if key not in self.orgs:
            facts = ORGANISATIONS[key]
            self.orgs[key], _ = Organisation.objects.get_or_create(
                name=facts["name"],
                locale=self.locale,
                defaults={
                    "short_name": facts["short_name"],
                    "website": facts["website"],
                    "description": facts.get("description", ""),
                },
            )
        return self.orgs[key]

    def person(self, name) -> Person:
        if name not in self.people:
            facts = PEOPLE[name]
            person = Person.objects.filter(name=name, locale=self.locale).first()
            if person is None:
                org = facts.get("organisation")
                person = Person.objects.create(
                    name=name,
                    locale=self.locale,
                    honorific=facts["honorific"],
                    job_title=facts["job_title"],
                    organisation=self.organisation(org) if org else None,
                    bio=f"<p>{facts['bio']}</p>" if facts["bio"] else "",
                    photo=portrait(name) if facts["portrait"] else None,
                    public_profile=facts["public"],
                )
            self.people[name] = person
        return self.people[name]

    def organisations(self, keys) -> list[Organisation]:
        return [self.organisation(key) for key in keys]

    def theme_list(self, slugs) -> list[Theme]:
        return [self.themes[slug] for slug in slugs]

    def item(self, order, facts, text=None) -> ProgrammeItem:
        """A programme row from its facts: title, start, end, text, people, public."""
        text = facts.get("text", text)
        item = ProgrammeItem(
            sort_order=order,
            start_time=_time(facts.get("start")),
            end_time=_time(facts.get("end")),
            title=facts["title"],
            description=f"<p>{text}</p>" if text else "",
        )
        if "public" in facts:
            item.is_public = facts["public"]
        item.people = [self.person(name) for name in facts.get("people", [])]
        return item

    def load_themes(self):
        for slug, facts in EVENTS["themes"].items():
            self.themes[slug], _ = Theme.objects.get_or_create(
                slug=slug, locale=self.locale, defaults={"name": facts["name"]}
            )

    def agenda(self, home) -> EventIndexPage:
        facts = EVENTS["agenda"]
        agenda = EventIndexPage.objects.child_of(home).filter(slug=facts["slug"]).first()
        if agenda is None:
            agenda = home.add_child(
                instance=EventIndexPage(
                    title=facts["title"],
                    slug=facts["slug"],
                    locale=self.locale,
                    intro=facts["intro"],
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
        facts = EVENTS["learning_network"]
        series = EventSeriesPage(
            title=facts["title"],
            slug=facts["slug"],
            summary=facts["summary"],
            intro=facts["intro"],
            body=stream(facts["body"]),
            audience=facts["audience"],
            commitment_note=facts["commitment_note"],
            registration_mode="site",
            registration_closes_at=timezone.make_aware(facts["registration_closes_at"]),
        )
        series.organisers = self.organisations(facts["organisers"])
        series.image = event_image(series.title, "stadsvernieuwing")
        series.themes = self.theme_list(facts["themes"])
        series = self.publish(agenda, series)
        for number, session_facts in enumerate(facts["sessions"], start=1):
            day, lecturer = session_facts["day"], session_facts.get("lecturer")
            begin, end = session_facts["start"], session_facts["end"]
            partners = self.organisations(session_facts["partners"])
            session = EventPage(
                title=session_facts["title"],
                slug=f"sessie-{number}-{day.year}",
                format="network_session",
                start=at(day, begin),
                end=at(day, end),
                summary=session_facts["summary"],
                audience=facts["session_audience"],
            )
            lunch = ProgrammeItem(
                sort_order=0,
                start_time=datetime.time(begin),
                title=facts["lunch_title"] if lecturer else facts["lunch_title_without_lecturer"],
                description=f"<p>{session_facts['public']}</p>",
                is_public=True,
            )
            closed = ProgrammeItem(
                sort_order=1,
                end_time=datetime.time(end),
                title=facts["closed_title"],
                description=f"<p>{session_facts['closed']}</p>",
                is_public=False,
            )
            if lecturer:
                lunch.people = [self.person(lecturer)]
                session.speakers = [EventSpeaker(person=self.person(lecturer), role="lecturer")]
            else:
                lunch.organisations = self.organisations(facts["session_organisers"]) + partners
            session.programme_items = [lunch, closed]
            session.image = event_image(session.title, "stadsvernieuwing")
            session.organisers = self.organisations(facts["session_organisers"])
            session.partners = partners
            session.themes = self.theme_list(facts["session_themes"])
            self.publish(series, session)
        return series

    # --- seed 001 -------------------------------------------------------------------
    def dag_van_de_buurt(self, agenda) -> EventPage:
        facts = EVENTS["dag_van_de_buurt"]
        start = _time(facts["start"])
        event = EventPage(
            title=facts["title"],
            slug=facts["slug"],
            format="conference_day",
            start=at(facts["day"], start.hour, start.minute),
            is_online=True,
            summary=facts["summary"],
            intro=facts["intro"],
            audience=facts["audience"],
            registration_mode="site",
            image=event_image(facts["title"], "wijkaanpak"),
        )
        event.speakers = [
            EventSpeaker(
                sort_order=i, person=self.person(row["name"]), role=row["role"], note=row["note"]
            )
            for i, row in enumerate(facts["speakers"])
        ]
        rows = []
        for i, row_facts in enumerate(facts["programme"]):
            row = self.item(i, row_facts, facts["round_text"])
            # The two workshop blocks are the rounds below: their times come from there.
            row.workshop_round_number = row_facts.get("round")
            rows.append(row)
        event.programme_items = rows
        event.workshop_rounds = [
            WorkshopRound(
                sort_order=i,
                title=row["title"],
                start_time=_time(row["start"]),
                end_time=_time(row["end"]),
            )
            for i, row in enumerate(facts["rounds"])
        ]
        workshops = []
        for i, row in enumerate(facts["workshops"]):
            # (a workshop's description tells everything the seed says about it)
            workshop = Workshop(
                sort_order=i,
                title=row["title"],
                round_numbers=row["rounds"],
                description=f"<p>{row['description']}</p>",
                capacity=40,
            )
            workshop.facilitators = [self.person(name) for name in row["facilitators"]]
            workshop.organisations = self.organisations(row["organisations"])
            workshops.append(workshop)
        event.workshops = workshops
        event.themes = self.theme_list(facts["themes"])
        return self.publish(agenda, event)

    # --- seed 002 -------------------------------------------------------------------
    def kennisatelier_2022(self, agenda, venue) -> EventPage:
        """Seed 002: Thursday 13 October 2022 at Vechtclub XL in Utrecht, free, no end time."""
        facts = EVENTS["kennisatelier"]
        event = EventPage(
            title=facts["title"],
            slug=facts["slug"],
            format="kennisatelier",
            start=timezone.make_aware(facts["start"]),
            venue=venue,
            is_free=True,
            summary=facts["summary"],
            intro=facts["intro"],
            body=stream(facts["body"]),
            image=event_image(facts["image_title"], "inclusieve-wijken"),
            audience=facts["audience"],
            registration_mode="site",
            # The deelsessies are per perspective, and questions are gathered beforehand.
            registration_questions=KENNISATELIER_QUESTIONS,
        )
        event.speakers = [
            EventSpeaker(sort_order=i, person=self.person(row["name"]), role=row["role"])
            for i, row in enumerate(facts["speakers"])
        ]
        event.programme_items = [self.item(i, row) for i, row in enumerate(facts["programme"])]
        event.organisers = self.organisations(facts["organisers"])
        event.themes = self.theme_list(facts["themes"])
        return self.publish(agenda, event)

    # --- made up: always something ahead ---------------------------------------------
    def upcoming(self, agenda, venue) -> None:
        """A made-up learning network and kennisatelier, examples of this demo (no seed has
        them), dated relative to today so the agenda always has something ahead."""
        facts = EVENTS["leernetwerk"]
        network = EventSeriesPage(
            title=facts["title"],
            slug=facts["slug"],
            summary=facts["summary"],
            intro=facts["intro"],
            audience=facts["audience"],
            commitment_note=facts["commitment_note"],
            registration_mode="site",
            capacity=facts["capacity"],
        )
        network.image = event_image(network.title, "wijkaanpak")
        network.themes = self.theme_list(facts["themes"])
        network = self.publish(agenda, network)
        session_facts = facts["session"]
        day = _next_thursday(session_facts["weeks_ahead"])
        session = EventPage(
            title=session_facts["title"],
            slug=session_facts["slug"],
            format="network_session",
            start=_at(day, session_facts["start"]),
            end=_at(day, session_facts["end"]),
            is_online=True,
            online_join_url=session_facts["online_join_url"],
            summary=session_facts["summary"],
            registration_mode="none",
        )
        session.programme_items = [
            self.item(i, row) for i, row in enumerate(session_facts["programme"])
        ]
        session.themes = self.theme_list(session_facts["themes"])
        self.publish(network, session)

        facts = EVENTS["buurtagenda"]
        day = _next_thursday(facts["weeks_ahead"])
        kennisatelier = EventPage(
            title=facts["title"],
            slug=facts["slug"],
            format="kennisatelier",
            start=_at(day, facts["start"]),
            venue=venue,
            is_free=True,
            summary=facts["summary"],
            audience=facts["audience"],
            registration_mode="site",
            registration_questions=KENNISATELIER_QUESTIONS,
            capacity=facts["capacity"],
            has_waiting_list=True,
            image=event_image(facts["image_title"], "inclusieve-wijken"),
        )
        kennisatelier.programme_items = [
            self.item(i, row) for i, row in enumerate(facts["programme"])
        ]
        kennisatelier.themes = self.theme_list(facts["themes"])
        self.publish(agenda, kennisatelier)


def _next_thursday(weeks: int) -> datetime.date:
    day = timezone.localdate() + datetime.timedelta(weeks=weeks)
    return day + datetime.timedelta(days=(3 - day.weekday()) % 7)


def _at(day: datetime.date, time: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, _time(time)))


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
    facts = dict(EVENTS["venue"])
    venue, _ = Venue.objects.get_or_create(name=facts.pop("name"), locale=locale, defaults=facts)
    demo.kennisatelier_2022(agenda, venue)
    demo.upcoming(agenda, venue)
    from home.navigation import add_to_main_menu

    add_to_main_menu(agenda)
    if stdout is not None:
        stdout.write(f"Programma: {EventPage.objects.count()} activiteiten in de agenda.")
    return agenda
