"""Volume content for `make bench`: people with photos, organisations, venues and events
with timed programmes, speakers and (on a share of them) two rounds of 13 workshops.

Bench tooling, kept out of the installed package (issue 22); run it through
``python -m tests.bench.generate``. Deterministic for a given random generator; bulk inserts
(tests/bench/bulk_pages.py), no revisions, no search indexing (the command reindexes once
at the end).
"""

import datetime
import io
import uuid

from atelier.models import AtelierImage, Theme
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw
from tqdm import tqdm
from wagtail.models import Locale, Site

from programme.models import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventSpeaker,
    Organisation,
    Person,
    ProgrammeItem,
    RegistrationMode,
    SpeakerRole,
    Venue,
    Workshop,
    WorkshopRound,
    WorkshopRun,
)

from .bulk_pages import bulk_add_children

WORKSHOP_SHARE = 0.1  # one event in ten is a conference day with two rounds of 13 workshops
BATCH = 500
WORDS = (
    "buurt",
    "wijk",
    "bewoners",
    "participatie",
    "inclusie",
    "segregatie",
    "armoede",
    "jongeren",
    "zorg",
    "welzijn",
    "wonen",
    "leefbaarheid",
    "democratie",
    "stadsvernieuwing",
    "verduurzaming",
    "energie",
    "onderwijs",
    "werk",
    "samenleven",
    "diversiteit",
    "vertrouwen",
    "netwerk",
    "praktijk",
    "onderzoek",
    "kennis",
    "gemeente",
    "corporatie",
    "burgerinitiatief",
    "ontmoeting",
    "eenzaamheid",
    "veerkracht",
    "gezondheid",
    "schuldhulp",
    "integratie",
)
FIRST_NAMES = (
    "Anna",
    "Bram",
    "Chaima",
    "Daan",
    "Eva",
    "Fatima",
    "Gijs",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Karim",
    "Lotte",
    "Mohamed",
    "Noor",
    "Olaf",
    "Priya",
    "Ruben",
    "Sanne",
    "Tim",
    "Yara",
)
LAST_NAMES = (
    "de Vries",
    "Jansen",
    "Bakker",
    "El Amrani",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Peeters",
    "Claes",
    "Yilmaz",
    "Janssens",
    "Maes",
    "Willems",
    "Hendriks",
)
THEMES = [
    ("inclusieve-wijken", "Inclusieve wijken"),
    ("stadsvernieuwing", "Stadsvernieuwing"),
    ("participatie", "Participatie"),
    ("jeugd", "Jeugd"),
    ("armoede", "Armoede"),
    ("wonen", "Wonen"),
    ("zorg-en-welzijn", "Zorg en welzijn"),
    ("diversiteit", "Diversiteit"),
]


def _sentence(rng, words=12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _portrait(index: int) -> AtelierImage:
    buffer = io.BytesIO()
    hue = (index * 47) % 255
    picture = PillowImage.new("RGB", (240, 240), (hue, 120, 255 - hue))
    ImageDraw.Draw(picture).ellipse((70, 40, 170, 140), fill=(240, 230, 220))
    picture.save(buffer, "PNG")
    return AtelierImage.objects.create(
        title=f"Portret {index}",
        description=f"Gegenereerd portret {index}",
        file=ImageFile(buffer, name=f"generated-portrait-{index}.png"),
    )


def generate_programme(*, sizes, rng, stdout=None, progress=True) -> dict:
    locale = Locale.get_default()
    index = EventIndexPage.objects.filter(locale=locale).first()
    if index is None:
        home = Site.objects.get(is_default_site=True).root_page
        index = home.add_child(
            instance=EventIndexPage(title="Agenda", slug="agenda", locale=locale)
        )
    themes = [
        Theme.objects.get_or_create(slug=slug, locale=locale, defaults={"name": name})[0]
        for slug, name in THEMES
    ]
    photos = [_portrait(i) for i in range(12)]
    organisations = Organisation.objects.bulk_create(
        Organisation(
            name=f"Organisatie {rng.choice(WORDS)} {i}", locale=locale, translation_key=uuid.uuid4()
        )
        for i in range(max(sizes["people"] // 10, 5))
    )
    venues = Venue.objects.bulk_create(
        Venue(
            name=f"Zaal {rng.choice(WORDS)} {i}",
            city=rng.choice(["Utrecht", "Antwerpen", "Rotterdam", "Gent"]),
            street_address=f"Hoofdstraat {i + 1}",
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for i in range(20)
    )
    people = Person.objects.bulk_create(
        Person(
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            job_title=rng.choice(["onderzoeker", "wijkwerker", "beleidsmedewerker", "lector"]),
            organisation=rng.choice(organisations),
            bio=f"<p>{_sentence(rng, 30)}</p>",
            photo=rng.choice(photos),
            public_profile=rng.random() < 0.8,
            locale=locale,
            translation_key=uuid.uuid4(),
        )
        for _ in range(sizes["people"])
    )
    now = timezone.now()
    first_number = index.numchild + 1  # a second run on the same database adds, never clashes
    counts = {"events": 0, "workshops": 0, "people": len(people)}
    batches = range(0, sizes["events"], BATCH)
    for start in tqdm(batches, desc="events", unit="batch", disable=not progress):
        events = []
        for number in range(start, min(start + BATCH, sizes["events"])):
            title = f"{_sentence(rng, 4)[:-1]} {first_number + number}"
            begins = now + datetime.timedelta(days=rng.randint(-730, 365), hours=rng.randint(-4, 4))
            online = rng.random() < 0.3
            events.append(
                EventPage(
                    title=title,
                    slug=slugify(title),
                    format=rng.choice(EventFormat.values),
                    start=begins,
                    end=begins + datetime.timedelta(hours=rng.choice([2, 3, 5])),
                    summary=_sentence(rng, 20),
                    audience=_sentence(rng, 8),
                    is_online=online,
                    venue=None if online else rng.choice(venues),
                    registration_mode=rng.choice(RegistrationMode.values),
                    registration_url="https://example.org/aanmelden" if rng.random() < 0.5 else "",
                    locale=locale,
                    body=[],
                )
            )
        bulk_add_children(index, events)
        _add_relations(events, rng, themes, people, organisations, counts)
        counts["events"] += len(events)
    return counts


def _add_relations(events, rng, themes, people, organisations, counts) -> None:
    theme_links, speakers, items, item_people = [], [], [], []
    for event in events:
        for theme in rng.sample(themes, rng.randint(1, 3)):
            theme_links.append(EventPage.themes.through(eventpage_id=event.pk, theme_id=theme.pk))
        for order, person in enumerate(rng.sample(people, min(len(people), rng.randint(2, 8)))):
            speakers.append(
                EventSpeaker(
                    page_id=event.pk,
                    locale_id=event.locale_id,  # translatable rows: bulk_create sets no locale
                    person=person,
                    sort_order=order,
                    role=rng.choice(SpeakerRole.values),
                )
            )
        for order in range(rng.randint(3, 5)):
            items.append(
                ProgrammeItem(
                    page_id=event.pk,
                    locale_id=event.locale_id,
                    sort_order=order,
                    start_time=datetime.time(10 + order, 0),
                    title=_sentence(rng, 5)[:-1],
                    description=_sentence(rng, 15),
                    is_public=rng.random() < 0.8,
                )
            )
    EventPage.themes.through.objects.bulk_create(theme_links)
    EventSpeaker.objects.bulk_create(speakers)
    ProgrammeItem.objects.bulk_create(items)
    for item in items:
        item_people.append(
            ProgrammeItem.people.through(programmeitem_id=item.pk, person_id=rng.choice(people).pk)
        )
    ProgrammeItem.people.through.objects.bulk_create(item_people)
    conference_days = [event for event in events if rng.random() < WORKSHOP_SHARE]
    _add_workshop_rounds(conference_days, rng, people, organisations, counts)


def _add_workshop_rounds(events, rng, people, organisations, counts) -> None:
    rounds, workshops = [], []
    for event in events:
        for order, hour in enumerate((14, 15)):
            rounds.append(
                WorkshopRound(
                    page_id=event.pk,
                    locale_id=event.locale_id,
                    sort_order=order,
                    title=f"Ronde {order + 1}",
                    start_time=datetime.time(hour, 0),
                    end_time=datetime.time(hour, 50),
                )
            )
        for order in range(26):
            workshops.append(
                Workshop(
                    page_id=event.pk,
                    locale_id=event.locale_id,
                    sort_order=order,
                    title=_sentence(rng, 5)[:-1],
                    description=f"<p>{_sentence(rng, 25)}</p>",
                    round_numbers=[1 + order % 2],
                    capacity=rng.choice([None, 20, 30]),
                )
            )
    WorkshopRound.objects.bulk_create(rounds)
    Workshop.objects.bulk_create(workshops)
    round_of = {(r.page_id, r.sort_order + 1): r for r in rounds}
    WorkshopRun.objects.bulk_create(
        WorkshopRun(
            workshop=w, round=round_of[(w.page_id, w.round_numbers[0])], capacity=w.capacity
        )
        for w in workshops
    )
    Workshop.facilitators.through.objects.bulk_create(
        Workshop.facilitators.through(workshop_id=w.pk, person_id=rng.choice(people).pk)
        for w in workshops
    )
    Workshop.organisations.through.objects.bulk_create(
        Workshop.organisations.through(
            workshop_id=w.pk, organisation_id=rng.choice(organisations).pk
        )
        for w in workshops
    )
    counts["workshops"] += len(workshops)
