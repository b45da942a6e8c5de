"""Demo: the kennisatelier of seed 002 (docs/glossary.md), and two made-up upcoming events
(dated from today, with no real people in them) so that the agenda always has something
ahead."""

import datetime

from atelier.demo_images import street_banner as event_image
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


# Seed 002: every fact of the invitation, in our words.
KENNISATELIER_INTRO = (
    "<p>Zet je je in voor inclusieve wijken? Kom dan verder kijken dan je eigen werk, deel "
    "wat je weet en doe nieuwe ideeën op, samen met wijkbewoners, wetenschappers, sociaal "
    "professionals en medewerkers van gemeenten en woningcorporaties. Het Kennisplatform "
    "Inclusief Samenleven (KIS) organiseert dit kennisatelier, waar betrokkenen en "
    "deskundigen gezamenlijk werken aan oplossingen voor ruimtelijke segregatie en voor "
    "wijken waar iedereen meetelt.</p>"
)
KENNISATELIER_BODY = [
    ("heading", {"text": "Thema", "level": "h2"}),
    (
        "paragraph",
        "<p>Inclusieve wijken maak je alleen samen met alle belanghebbenden, en veel van hen "
        "zoeken nog naar inzichten, actuele kennis en concrete oplossingen. Die zijn hard nodig:"
        " bij sociaaleconomische segregatie in Nederland staan alle seinen op rood. De kansen "
        "lopen steeds verder uiteen, de leefbaarheid staat onder druk en we hebben te maken met "
        "superdiversiteit.</p><p>Wat vraagt het om daar gezamenlijk mee aan de slag te gaan? Hoe"
        " stem je als wijkprofessional je interventies en activiteiten af op een gesegregeerde "
        "wijk? Hoe geeft een gemeente in haar woon- en omgevingsvisie een plek aan voorzieningen"
        " die inclusief en toegankelijk zijn? Hoe bevordert een woningcorporatie de leefbaarheid"
        " in de wijk, en waar let ze op bij strategisch voorraadbeleid? Hoe betrek je bewoners "
        "en zelforganisaties actief, iets wat vaak ontbreekt? En hoe werken de partijen samen, "
        "en onder welke voorwaarden slaagt een aanpak?</p><p>Centraal staan inclusieve wijken en"
        " ruimtelijke segregatie: wat sociaaleconomische segregatie betekent voor de "
        "leefomgeving, in een wijk zelf en tussen wijken en regio's onderling. KIS heeft recent "
        "veel kennis opgebouwd en verzameld over hoe segregatie zich voordoet, wat dat voor een "
        "wijk kan betekenen en met welke (beleids)instrumenten je negatieve segregatie "
        "tegengaat, onder meer in een kennissynthese. Die basis brengt ons bij de volgende stap:"
        " de kennis in de praktijk brengen door mogelijke oplossingen concreet te maken.</p>",
    ),
    ("heading", {"text": "Wat is een kennisatelier?", "level": "h2"}),
    (
        "paragraph",
        "<p>In een kennisatelier ga je creatief aan de slag met kennis over een ingewikkeld "
        "vraagstuk, hier: de richtingen waarin oplossingen te vinden zijn. Partijen die er elk "
        "rechtstreeks bij betrokken zijn, bekijken het vanuit hun eigen invalshoek, zodat het "
        "van alle kanten belicht wordt. Vooraf halen we op welke vragen er bij de verschillende "
        "betrokkenen leven.</p>",
    ),
    ("heading", {"text": "Doel en doelgroep", "level": "h2"}),
    (
        "paragraph",
        "<p>Het doel: samen brainstormen over nieuwe en bestaande oplossingen voor ruimtelijke "
        "segregatie en die concreet maken. We nodigen vooral direct betrokkenen uit: sociaal "
        "wijkprofessionals, bewoners die hun eigen wijk na aan het hart ligt, en wie bij een "
        "gemeente of woningcorporatie beleid maakt op het gebied van wonen en leefbaarheid. "
        "Ook andere belanghebbenden en deskundigen op dit terrein zijn van harte welkom. "
        "Meedoen is gratis; aanmelden gaat met het formulier op deze pagina.</p>",
    ),
]
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
        intro=KENNISATELIER_INTRO,
        body=KENNISATELIER_BODY,
        image=event_image("Kennisatelier inclusieve wijken", "inclusieve-wijken"),
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
            "Dagvoorzitter Hizir Cengiz trapt af met een levendig gesprek met drie onderzoekers "
            "van KIS: Radboud Engbersen, Matthijs Uyterlinde en Ron van Wonderen. Wat verstaan "
            "we onder ruimtelijke segregatie, wat speelt er en wat is er tot nu toe aan "
            "gedaan? Daarna volgt een korte discussie met iedereen.",
            [chair, *researchers],
        ),
        _item(
            2,
            "Deelsessies per perspectief",
            None,
            "Elke deelsessie kijkt door de ogen van één groep: sociaal wijkprofessionals, "
            "bewoners, gemeenten of woningcorporaties. Deelnemers schuiven door naar een andere "
            "sessie, zodat ideeën elkaar bevruchten en het gesprek over integrale oplossingen "
            "gaat. Halverwege is er tijd voor koffie of thee.",
        ),
        _item(3, "Uitkomsten delen", None, "De uitkomsten worden samen gepresenteerd."),
        _item(4, "Vegetarische lunch", "12:30", "We sluiten af met een vegetarische lunch."),
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
    """A made-up learning network and kennisatelier, examples of this demo (no seed has
    them), dated relative to today so the agenda always has something ahead."""
    network = EventSeriesPage(
        title="Leernetwerk zeggenschap in de wijk",
        slug="leernetwerk-wijkaanpak",
        summary="Online sessies voor wie in de wijk werkt: leren van elkaars aanpak.",
        intro=(
            "<p>Een voorbeeld van een leernetwerk in deze demo, met data die meeschuiven met "
            "vandaag, zodat de agenda altijd iets laat zien.</p>"
        ),
        audience="Wijkprofessionals, beleidsmakers en actieve bewoners.",
        commitment_note="Je schrijft je in voor alle sessies van het leernetwerk.",
        registration_mode="site",
        capacity=40,
    )
    network.image = event_image(network.title, "wijkaanpak")
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
    exchange = _item(1, "Uitwisseling in kleine groep", "13:15")
    exchange.is_public = False
    session.programme_items = [_item(0, "Lezing", "12:00"), exchange]
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
        image=event_image("Kennisatelier buurtagenda", "inclusieve-wijken"),
    )
    kennisatelier.programme_items = [
        _item(0, "Inloop", "09:30"),
        _item(1, "Start programma", "10:00"),
        _item(2, "Lunch", "12:30"),
    ]
    kennisatelier.themes = [demo.themes["inclusieve-wijken"], demo.themes["wijkaanpak"]]
    demo.publish(agenda, kennisatelier)
