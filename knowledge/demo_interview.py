"""Seed 003: the interview with Samira Louali (Zuyd Hogeschool) about her workshop on the
Gebrookerbos project in Heerlen, at the Werkplaatsen Sociaal Domein conference of 8 November
2017, with a dossier on the theme. Facts from the seed; questions as asked, answers summarised."""

from datetime import date, datetime, time

from atelier.demo_images import portrait, street_banner
from django.utils import timezone

from .demo import ensure_organisation, ensure_page, ensure_person, ensure_theme
from .models import (
    ArticlePage,
    ArticlePerson,
    DossierPage,
    ProjectPage,
    ProjectPartner,
    ProjectTeamMember,
    ProjectTimelineEntry,
)

CONFERENCE_TITLE = "Samen leren en ontwikkelen voor een inclusieve samenleving"
CONFERENCE_DATE = date(2017, 11, 8)
WORKSHOP_TITLE = (
    "Sociale innovatie in de wijk: middels burgerinitiatieven, sociaalmakelarij en onderzoek "
    "werken aan gebiedsontwikkeling"
)

QUESTIONS_AND_ANSWERS = [
    (
        "Wat is karakteristiek aan de Werkplaats waar jij bij betrokken bent, waar ligt de focus?",
        "<p>De Kenniswerkplaats Sociaal Domein Zuyd ondersteunt praktijkorganisaties, "
        "professionals (ook die van morgen) en burgers in hun taken en rollen bij de "
        "transformatie van het sociaal domein. Ze werkt volgens de quatro helix: burgers, "
        "gemeenten, (zorg)aanbieders en kennisinstellingen werken intensief samen en maken "
        "samen het programma, voor onderzoek, ontwikkeling, ondersteuning en onderwijs. Zo "
        "werkt de kenniswerkplaats voor én met de praktijk aan actuele vragen.</p>"
        "<p>Het onderzoek bestaat uit drie programma's: Wmo, jeugdhulp en de materiële burger "
        "(Participatiewet, Wet gemeentelijke schuldhulpverlening). Naast de Wmo krijgen "
        "vraagstukken rond de Participatiewet en de Jeugdwet aandacht, en ook de opgebouwde "
        "kennis over integratie, informele zorg en de demografische transitie (krimp en "
        "vergrijzing) hoort erbij. Zo bestrijkt de kenniswerkplaats het hele sociale domein, "
        "met juist de verwevenheid van de deeldomeinen als belangrijk uitgangspunt en de eigen "
        "Limburgse situatie als context.</p>",
    ),
    (
        "Op welke manier werk(t) jij of jouw Werkplaats aan sociale inclusie?",
        "<p>De werkplaats hoort bij het lectoraat sociale integratie van Zuyd Hogeschool. "
        "Inclusie is daar het uitgangspunt bij elk integratievraagstuk.</p>",
    ),
    (
        "Waar gaat jouw workshop op 8 november over en wat gaat er tijdens de workshop gebeuren?",
        "<p>Over sociale innovatie in wijken, waarin onderzoek en praktijk met elkaar "
        "verbonden worden. Het project Gebrookerbos dient als voorbeeld: bewoners zetten "
        "initiatieven van onderop op in lege open ruimtes. Het gaat om initiatieven die "
        "bijdragen aan de ontwikkeling van wijken in krimpgebieden, en om hoe ze die wijken "
        "sociaal, economisch en cultureel een impuls kunnen geven. Deelnemers brainstormen "
        "actief over wat nodig is om zulke initiatieven ruimte te geven.</p>",
    ),
    (
        "Voor wie is de workshop vooral bedoeld en waarom moeten zij naar jouw workshop komen?",
        "<p>Voor sociale professionals, opbouwwerkers, beleidsmedewerkers, onderzoekers, "
        "stads- en gebiedsontwikkelaars en iedereen die belangstelling heeft voor wijkgerichte "
        "interventies, ruimtelijke burgerinitiatieven en leefbaarheid op wijkniveau. Ze krijgen "
        "een kijkje in de proeftuin Gebrookerbos, waar initiatieven van onderop de sociale "
        "vitaliteit van Heerlense wijken willen verbeteren.</p>",
    ),
    (
        "Wat zijn de plannen van jouw Werkplaats voor komend jaar?",
        "<p>Lopende projecten worden in 2018 voortgezet en afgerond, er starten nieuwe "
        "projecten over jeugdhulp en de materiële burger, en in maart 2018 volgt een "
        "Limburgse conferentie.</p>",
    ),
]


OPENING = (
    "<p>In Heerlen geeft de gemeente braakliggende openbare ruimte terug aan burgers, zodat "
    "daar initiatieven van onderop kunnen groeien. Binnen dit project van de Werkplaats "
    "Sociaal Domein Zuyd legt een zogeheten 'brooker' de verbinding tussen overheid, burgers "
    "en markt. Samira Louali geeft op 8 november op de conferentie van de Werkplaatsen Sociaal "
    "Domein een workshop over het project, getiteld '" + WORKSHOP_TITLE + "'. We vroegen haar "
    "ernaar.</p>"
)
REGISTER_HEADING = "Meld je aan voor de conferentie!"
REGISTER_TEXT = (
    "Op 8 november is de conferentie '" + CONFERENCE_TITLE + "', georganiseerd door de "
    "Werkplaatsen Sociaal Domein en sacHSS. In plenaire sessies geven deskundigen hun kijk op "
    "de weg naar inclusie; in workshops ga je met actuele thema's aan de slag, met leer- en "
    "ontwikkelmethoden uit de praktijk van de Werkplaatsen."
)
REGISTER_LINK = "Naar de conferentie"
FORM_CONTENT_RELATIONS = (
    "<p>Drie krachtlijnen kenmerken de Werkplaatsen: vorm, inhoud en relaties. Juist het "
    "samenspel tussen die drie is doorslaggevend.</p>"
)
DOSSIER_INTRO = (
    "<p>Wat helpt tegen eenzaamheid? Hoe worden jongeren met een beperking zelfredzamer? Wat "
    "bereiken sociaal werkers eigenlijk? De Werkplaatsen Sociaal Domein onderzoeken zulke "
    "vragen midden in de praktijk, vaak met onorthodoxe methoden, en zo dat beleidsmakers en "
    "uitvoerders er iets aan hebben. Sociale Vraagstukken publiceert in een dossier over de "
    "Werkplaatsen geregeld artikelen over opvallende en typerende voorbeelden uit recent "
    "onderzoek.</p>"
)
GEBROOKERBOS_DESCRIPTION = (
    "<p>In deze proeftuin van de Werkplaats Sociaal Domein Zuyd krijgen burgers in Heerlen "
    "lege openbare ruimtes terug om er initiatieven van onderop te realiseren. Het gaat om "
    "initiatieven die bijdragen aan de ontwikkeling van wijken in een krimpgebied en die "
    "wijken sociaal, economisch en cultureel een impuls kunnen geven; het doel is de sociale "
    "vitaliteit van Heerlense wijken te verbeteren.</p>"
)
WORKSHOP_TEXT = (
    "<p>Samira Louali (Zuyd Hogeschool) over sociale innovatie in wijken, met het project "
    "Gebrookerbos in Heerlen als voorbeeld.</p>"
)
CONFERENCE_INTRO = (
    "<p>Een conferentie van de Werkplaatsen Sociaal Domein en sacHSS. In plenaire sessies "
    "schetsen deskundigen hun perspectief op de weg naar inclusie; in workshops werken "
    "deelnemers aan actuele thema's met leer- en ontwikkelmethoden uit de praktijk van de "
    "Werkplaatsen.</p>"
)
SAMIRA_BIO = (
    "<p>Docent-onderzoeker bij Zuyd Hogeschool, verbonden aan de Kenniswerkplaats Sociaal "
    "Domein Zuyd. Gaf op 8 november 2017, op de conferentie van de Werkplaatsen Sociaal "
    "Domein, een workshop over het project Gebrookerbos in Heerlen.</p>"
)


def load_interview(nl, home, sections):
    zuyd = ensure_organisation(nl, "Zuyd Hogeschool", website="https://www.zuyd.nl/")
    werkplaats = ensure_organisation(
        nl,
        "Werkplaats Sociaal Domein Zuyd",
        description="Kenniswerkplaats van Zuyd Hogeschool voor het sociaal domein in Limburg.",
    )
    samira = ensure_person(
        nl,
        "Samira Louali",
        job_title="docent-onderzoeker",
        organisation=zuyd,
        bio=SAMIRA_BIO,
        public_profile=True,
        photo=portrait("Samira Louali"),
    )
    inclusion = ensure_theme(
        nl,
        "inclusieve-samenleving",
        "Inclusieve samenleving",
        "Meedoen voor iedereen: onderzoek en praktijk uit de Werkplaatsen Sociaal Domein.",
    )
    conference = conference_event(nl, home, inclusion, samira)
    project = ensure_page(
        sections["projects"],
        ProjectPage,
        "gebrookerbos",
        title="Gebrookerbos",
        summary=(
            "Een proeftuin in Heerlen: lege openbare ruimte gaat terug naar bewoners, die er "
            "eigen initiatieven opzetten. Een 'brooker' verbindt overheid, burgers en markt."
        ),
        description=GEBROOKERBOS_DESCRIPTION,
        image=street_banner("Gebrookerbos", "inclusieve-samenleving"),
        status="ongoing",
        organisation=werkplaats,
        timeline_order="oldest_first",
        themes=[inclusion],
        partners=[ProjectPartner(organisation=zuyd)],
        team_members=[ProjectTeamMember(person=samira, role="docent-onderzoeker")],
        timeline_entries=[
            ProjectTimelineEntry(
                date=CONFERENCE_DATE,
                date_precision="day",
                title="Workshop op de conferentie van de Werkplaatsen Sociaal Domein",
                narrative="<p>Samira Louali stelt het project voor aan vakgenoten.</p>",
                events=[("event", conference)] if conference else [],
            )
        ],
    )
    article = ensure_page(
        sections["articles"],
        ArticlePage,
        "interview-samira-louali-gebrookerbos",
        title="Sociale innovatie in de wijk: Samira Louali over Gebrookerbos",
        kind="interview",
        date=date(2017, 10, 26),
        intro=(
            "In Heerlen krijgen bewoners braakliggende openbare ruimte terug om er zelf iets "
            "van te maken. Samira Louali, docent-onderzoeker bij Zuyd Hogeschool, vertelt over "
            "het project Gebrookerbos en haar workshop op de conferentie van 8 november."
        ),
        people=[ArticlePerson(person=samira, role="interviewee")],
        image=street_banner("Gebrookerbos, Heerlen", "inclusieve-samenleving"),
        body=_interview_body(conference),
        related_events=[("event", conference)] if conference else [],
        related_projects=[("project", project)],
        themes=[inclusion],
    )
    dossier = ensure_page(
        home,
        DossierPage,
        "dossier-inclusieve-samenleving",
        title="Dossier inclusieve samenleving",
        theme=inclusion,
        intro=DOSSIER_INTRO,
        highlights=[("page", article)],
    )
    return {"article": article, "project": project, "dossier": dossier, "event": conference}


def _interview_body(conference=None):
    body = [("paragraph", OPENING)]
    body += [("qa", {"question": q, "answer": a}) for q, a in QUESTIONS_AND_ANSWERS[:2]]
    body.append(
        (
            "quote",
            {
                "text": "We werken voor én met de praktijk.",
                "attribution": "Samira Louali",
                "role": "docent-onderzoeker, Zuyd Hogeschool",
            },
        )
    )
    body += [("qa", {"question": q, "answer": a}) for q, a in QUESTIONS_AND_ANSWERS[2:]]
    if conference is not None:
        link = {"page": conference, "label": REGISTER_LINK}
        body.append(
            ("call_to_action", {"heading": REGISTER_HEADING, "text": REGISTER_TEXT, "link": link})
        )
    body += [
        ("heading", {"text": "Vorm, inhoud en relaties", "level": "h2"}),
        ("paragraph", FORM_CONTENT_RELATIONS),
    ]
    return body


def conference_event(nl, home, theme, speaker=None):
    """The conference as an agenda page, with Samira Louali's workshop in its programme."""
    from django.apps import apps

    try:
        event_model = apps.get_model("programme", "EventPage")
        agenda_model = apps.get_model("programme", "EventIndexPage")
        item_model = apps.get_model("programme", "ProgrammeItem")
    except LookupError:
        return None
    existing = event_model.objects.filter(locale=nl, title=CONFERENCE_TITLE).first()
    if existing is not None:
        return existing
    agenda = agenda_model.objects.filter(locale=nl).first() or ensure_page(
        home, agenda_model, "agenda", title="Agenda"
    )
    organisers = [
        ensure_organisation(nl, "Werkplaatsen Sociaal Domein"),
        ensure_organisation(nl, "sacHSS"),
    ]
    start = timezone.make_aware(datetime.combine(CONFERENCE_DATE, time(0, 0)))
    workshop = item_model(title=f"Workshop: {WORKSHOP_TITLE}", description=WORKSHOP_TEXT)
    workshop.people = [speaker] if speaker is not None else []
    return ensure_page(
        agenda,
        event_model,
        "conferentie-werkplaatsen-sociaal-domein-2017",
        title=CONFERENCE_TITLE,
        format="conference_day",
        start=start,
        is_all_day=True,
        summary=(
            "Conferentie van de Werkplaatsen Sociaal Domein en sacHSS over de weg naar "
            "inclusie: plenaire sessies met deskundigen en workshops met methoden uit de praktijk."
        ),
        intro=CONFERENCE_INTRO,
        image=street_banner(CONFERENCE_TITLE, "inclusieve-samenleving"),
        organisers=organisers,
        themes=[theme],
        programme_items=[workshop],
    )
