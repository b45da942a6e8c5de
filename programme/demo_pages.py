"""Demo: the kennisatelier of seed 002 and a few upcoming events (dated from today)."""

import datetime

from django.utils import timezone

from .models import EventPage, EventSeriesPage, EventSpeaker, ProgrammeItem


def _item(order, title, start=None, text="", people=()):
    item = ProgrammeItem(
        sort_order=order,
        start_time=datetime.time.fromisoformat(start) if start else None,
        title=title,
        description=f"<p>{text}</p>" if text else "",
    )
    item.people = list(people)
    return item


KENNISATELIER_QUESTIONS = [
    (
        "choice",
        {
            "question": "Vanuit welke rol doe je mee?",
            "help_text": "We verdelen de deelsessies zo dat elke rol aan tafel zit.",
            "required": True,
            "options": [
                "Sociaal wijkprofessional",
                "Gemeente",
                "Woningcorporatie",
                "Bewoner",
                "Anders",
            ],
        },
    ),
    (
        "short_text",
        {
            "question": "Welke vraag wil je aan tafel leggen?",
            "help_text": "Optioneel; we bundelen de vragen vooraf.",
            "required": False,
        },
    ),
]


def kennisatelier_2022(demo, agenda, venue):
    """Seed 002: Thursday 13 October 2022 at Vechtclub XL in Utrecht, free, no end time."""
    researchers = [
        demo.person(n) for n in ["Radboud Engbersen", "Matthijs Uyterlinde", "Ron van Wonderen"]
    ]
    chair = demo.person("Hizir Cengiz")
    event = EventPage(
        title="Kennisatelier inclusieve wijken en ruimtelijke segregatie",
        slug="kennisatelier-inclusieve-wijken-2022",
        format="kennisatelier",
        start=timezone.make_aware(datetime.datetime(2022, 10, 13, 9, 30)),
        venue=venue,
        is_free=True,
        summary=(
            "Samen met gemeenten, corporaties, wijkprofessionals, bewoners en onderzoekers "
            "oplossingen voor ruimtelijke segregatie concreet maken."
        ),
        intro=(
            "<p>Sociaaleconomische segregatie drukt op de leefbaarheid van wijken. In dit "
            "kennisatelier zetten we de kennis van KIS om in praktische oplossingen, "
            "vanuit het perspectief van elke betrokken partij.</p>"
        ),
        body=[
            (
                "heading",
                {"text": "Wat is een kennisatelier?", "level": "h2"},
            ),
            (
                "paragraph",
                "<p>Een werkvorm waarin partijen die elk op hun eigen manier bij een lastig "
                "vraagstuk betrokken zijn, er samen creatief mee aan de slag gaan. Vooraf "
                "halen we hun vragen op.</p>",
            ),
        ],
        audience=(
            "Sociaal wijkprofessionals, beleidsmakers van gemeenten en woningcorporaties, "
            "en bewoners die zich inzetten voor hun wijk."
        ),
        registration_mode="site",
        # The deelsessies are per perspective, and questions are gathered beforehand.
        registration_questions=KENNISATELIER_QUESTIONS,
    )
    event.speakers = [EventSpeaker(sort_order=0, person=chair, role="moderator")] + [
        EventSpeaker(sort_order=i, person=person, role="interviewee")
        for i, person in enumerate(researchers, start=1)
    ]
    event.programme_items = [
        _item(0, "Inloop", "09:30"),
        _item(
            1,
            "Start programma: interview met de onderzoekers",
            "10:00",
            "Wat verstaan we onder ruimtelijke segregatie en wat is er al aan gedaan?",
            [chair, *researchers],
        ),
        _item(
            2,
            "Deelsessies per perspectief",
            None,
            "Wisselende groepen rond het perspectief van wijkprofessionals, bewoners, "
            "gemeenten en corporaties, met een koffiepauze.",
        ),
        _item(3, "Uitkomsten delen", None),
        _item(4, "Vegetarische lunch", "12:30"),
    ]
    event.organisers = [demo.organisation("KIS")]
    event.themes = [demo.themes["inclusieve-wijken"]]
    return demo.publish(agenda, event)


def _next_thursday(weeks: int) -> datetime.date:
    day = timezone.localdate() + datetime.timedelta(weeks=weeks)
    return day + datetime.timedelta(days=(3 - day.weekday()) % 7)


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def build_upcoming(demo, agenda, venue):
    """A new learning network (announced at the Dag van de Buurt) and a next kennisatelier,
    dated relative to today so the agenda always has something ahead."""
    network = EventSeriesPage(
        title="Leernetwerk wijkaanpak",
        slug="leernetwerk-wijkaanpak",
        summary="Online sessies voor wie in de wijk werkt: leren van elkaars aanpak.",
        intro="<p>Voortbouwend op de leeragenda van de Dag van de Buurt.</p>",
        audience="Wijkprofessionals, beleidsmakers en actieve bewoners.",
        commitment_note="Je schrijft je in voor alle sessies van het leernetwerk.",
        registration_mode="site",
        capacity=40,
    )
    network.organisers = [demo.organisation("Platform31"), demo.organisation("Movisie")]
    network.themes = [demo.themes["wijkaanpak"]]
    network = demo.publish(agenda, network)
    day = _next_thursday(3)
    session = EventPage(
        title="Zeggenschap in de wijk",
        slug="zeggenschap-in-de-wijk",
        format="network_session",
        start=_at(day, 12),
        end=_at(day, 15),
        is_online=True,
        online_join_url="https://meet.example.org/leernetwerk-wijkaanpak-1",
        summary="Eerste sessie: hoe geef je bewoners echt iets te zeggen?",
        registration_mode="none",
    )
    session.speakers = [EventSpeaker(person=demo.person("Birgit Oelkers"), role="lecturer")]
    exchange = _item(1, "Uitwisseling in kleine groep", "13:15")
    exchange.is_public = False
    session.programme_items = [
        _item(0, "Lezing", "12:00", people=[demo.person("Birgit Oelkers")]),
        exchange,
    ]
    session.themes = [demo.themes["wijkaanpak"]]
    demo.publish(network, session)

    day = _next_thursday(7)
    kennisatelier = EventPage(
        title="Kennisatelier samen werken aan de buurtagenda",
        slug="kennisatelier-buurtagenda",
        format="kennisatelier",
        start=_at(day, 9, 30),
        venue=venue,
        is_free=True,
        summary="Met bewoners en professionals een buurtagenda opstellen uit cijfers en verhalen.",
        audience="Wijkprofessionals, beleidsmakers en bewoners.",
        registration_mode="site",
        registration_questions=KENNISATELIER_QUESTIONS,
        capacity=60,
        has_waiting_list=True,
    )
    kennisatelier.speakers = [EventSpeaker(person=demo.person("Hizir Cengiz"), role="moderator")]
    kennisatelier.programme_items = [
        _item(0, "Inloop", "09:30"),
        _item(1, "Start programma", "10:00"),
        _item(2, "Lunch", "12:30"),
    ]
    kennisatelier.organisers = [demo.organisation("KIS")]
    kennisatelier.themes = [demo.themes["inclusieve-wijken"], demo.themes["wijkaanpak"]]
    demo.publish(agenda, kennisatelier)
