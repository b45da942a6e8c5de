"""Seed 003 (docs/glossary.md): the interview with Samira Louali (Zuyd Hogeschool) about her
workshop on the Gebrookerbos project in Heerlen, at the Werkplaatsen Sociaal Domein conference
of 8 November 2017, with a dossier on the theme. Facts from the seed; questions as asked,
answers summarised."""

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
        "Wat typeert de Werkplaats waarin je actief bent, en waarop richt die zich?",
        "<p>Praktijkorganisaties, burgers en professionals, ook wie nog in opleiding is, "
        "kunnen bij de Kenniswerkplaats Sociaal Domein Zuyd terecht voor steun bij hun taken "
        "en rollen in de transformatie van het sociaal domein. Het werkmodel is de quatro "
        "helix: burgers, gemeenten, (zorg)aanbieders en kennisinstellingen trekken nauw samen "
        "op en stellen samen het programma op, voor onderzoek, ontwikkeling, ondersteuning en "
        "onderwijs. Actuele vragen uit het sociale domein pakt de kenniswerkplaats dus op ten "
        "dienste van de praktijk, en samen met die praktijk.</p>"
        "<p>Concreet kent het onderzoek drie programma's: jeugdhulp, de Wmo en de "
        "materiële burger; onder dat laatste vallen de Participatiewet en de Wet gemeentelijke "
        "schuldhulpverlening. Behalve de Wmo komen ook vraagstukken rond de Participatiewet en "
        "de Jeugdwet aan bod. Daarnaast haakt de expertise aan die eerder al is opgebouwd over "
        "integratie, informele zorg en demografische veranderingen als krimp en vergrijzing. "
        "Zo beslaat het werk het sociale domein in volle breedte. Dat de deeldomeinen met "
        "elkaar verweven zijn, is daarbij juist een belangrijk vertrekpunt; de eigen "
        "Limburgse situatie vormt het kader.</p>",
    ),
    (
        "Hoe dragen jij en je Werkplaats bij aan sociale inclusie?",
        "<p>De werkplaats valt onder het lectoraat sociale integratie van Zuyd Hogeschool, "
        "waar integratievraagstukken van verschillende kanten worden benaderd. Inclusie is "
        "daarbij een leidend principe.</p>",
    ),
    (
        "Waarover gaat je workshop van 8 november, en hoe ziet die eruit?",
        "<p>De workshop draait om sociale innovatie in wijken, op het punt waar onderzoek en "
        "praktijk elkaar raken. Als voorbeeld dient het project Gebrookerbos, waarin bewoners "
        "van onderop initiatieven opzetten op lege open ruimtes. Het gaat specifiek om "
        "initiatieven die helpen wijken in krimpgebieden te ontwikkelen, en om de vraag hoe "
        "ze die wijken sociaal, economisch en cultureel vooruit kunnen helpen. Deelnemers gaan "
        "zelf aan het werk en brainstormen over wat er nodig is om zulke burgerinitiatieven de "
        "ruimte te geven.</p>",
    ),
    (
        "Wie zou er vooral naar je workshop moeten komen, en waarom?",
        "<p>De workshop richt zich op sociale professionals, opbouwwerkers, "
        "beleidsmedewerkers, onderzoekers en stads- en gebiedsontwikkelaars, en op iedereen "
        "die zich interesseert voor wijkgerichte interventies, ruimtelijke burgerinitiatieven "
        "of leefbaarheid in de wijk. Deelnemers krijgen zicht op de proeftuin Gebrookerbos, "
        "waar burgerinitiatieven van onderop wijken in Heerlen sociaal vitaler willen "
        "maken.</p>",
    ),
    (
        "Wat staat er volgend jaar op het programma van je Werkplaats?",
        "<p>In 2018 lopen de projecten uit het onderzoeksprogramma door en worden ze "
        "afgerond. Er komen ook nieuwe projecten bij, over jeugdhulp en over de materiële "
        "burger. En in maart 2018 staat er een Limburgse conferentie op de agenda.</p>",
    ),
]


OPENING = (
    "<p>Braakliggende openbare ruimte in Heerlen gaat terug naar de burgers, zodat die er van "
    "onderop eigen initiatieven kunnen ontwikkelen. Het project hoort bij de Werkplaats "
    "Sociaal Domein Zuyd; een zogeheten 'brooker' brengt er overheid, burgers en markt met "
    "elkaar in contact. Op 8 november leidt Samira Louali, docent-onderzoeker bij Zuyd "
    "Hogeschool, op de conferentie van de Werkplaatsen Sociaal Domein een workshop over het "
    "project, onder de titel '" + WORKSHOP_TITLE + "'. We vroegen haar ernaar.</p>"
)
REGISTER_HEADING = "Meld je aan voor de conferentie!"
REGISTER_TEXT = (
    "De Werkplaatsen Sociaal Domein en sacHSS organiseren samen de conferentie '"
    + CONFERENCE_TITLE
    + "', op 8 november. Deskundigen belichten in plenaire sessies elk vanuit hun eigen "
    "perspectief de weg naar inclusie. In de workshops werk je aan thema's van nu, met "
    "methoden om te leren en te ontwikkelen die de Werkplaatsen in hun eigen praktijk "
    "gebruiken."
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
    "<p>Samen georganiseerd door de Werkplaatsen Sociaal Domein en sacHSS. Deskundigen laten "
    "in plenaire sessies hun licht schijnen op de weg naar inclusie. De workshops gaan over "
    "thema's van nu: deelnemers werken ermee aan de hand van methoden om te leren en te "
    "ontwikkelen die de Werkplaatsen in hun praktijk gebruiken.</p>"
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
