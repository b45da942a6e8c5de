"""Seed 003: the interview with Samira Louali (Zuyd Hogeschool) about her workshop on the
Gebrookerbos project in Heerlen, at the Werkplaatsen Sociaal Domein conference of 8 November
2017, with a dossier on the theme. Facts from the seed; questions as asked, answers summarised."""

from datetime import date, datetime, time

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
        "<p>De Kenniswerkplaats Sociaal Domein Zuyd helpt praktijkorganisaties, professionals "
        "in spe en bewoners bij de transformatie van het sociaal domein. Burgers, gemeenten, "
        "aanbieders en kennisinstellingen maken samen het programma (quatro helix). Het "
        "onderzoek volgt drie lijnen: Wmo, jeugdhulp en de materiële burger, met aandacht "
        "voor integratie, informele zorg, krimp en vergrijzing. Limburg is steeds de "
        "context.</p>",
    ),
    (
        "Op welke manier werk(t) jij of jouw Werkplaats aan sociale inclusie?",
        "<p>De werkplaats hoort bij het lectoraat sociale integratie van Zuyd Hogeschool. "
        "Inclusie is daar het uitgangspunt bij elk integratievraagstuk.</p>",
    ),
    (
        "Waar gaat jouw workshop op 8 november over en wat gaat er tijdens de workshop gebeuren?",
        "<p>Over sociale innovatie in wijken, waarin onderzoek en praktijk samenkomen. Het "
        "project Gebrookerbos dient als voorbeeld: bewoners zetten initiatieven op in lege "
        "open ruimtes van een krimpregio. Deelnemers bedenken samen wat zulke initiatieven "
        "nodig hebben.</p>",
    ),
    (
        "Voor wie is de workshop vooral bedoeld en waarom moeten zij naar jouw workshop komen?",
        "<p>Voor sociaal professionals, opbouwwerkers, beleidsmakers, onderzoekers en "
        "gebiedsontwikkelaars die met wijkgerichte aanpakken en leefbaarheid bezig zijn. Ze "
        "krijgen een kijkje in de proeftuin Gebrookerbos, die de sociale vitaliteit van "
        "Heerlense wijken wil versterken.</p>",
    ),
    (
        "Wat zijn de plannen van jouw Werkplaats voor komend jaar?",
        "<p>Lopende projecten worden in 2018 voortgezet en afgerond, er starten nieuwe "
        "projecten over jeugdhulp en de materiële burger, en in maart 2018 volgt een "
        "Limburgse conferentie.</p>",
    ),
]


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
        bio="<p>Onderzoekt sociale innovatie in Limburgse wijken.</p>",
    )
    editor = ensure_person(
        nl, "Redactie Werkplaatsen Sociaal Domein", job_title="redactie", organisation=None
    )
    inclusion = ensure_theme(
        nl,
        "inclusieve-samenleving",
        "Inclusieve samenleving",
        "Meedoen voor iedereen: onderzoek en praktijk uit de Werkplaatsen Sociaal Domein.",
    )
    conference = conference_event(nl, home, inclusion)
    project = ensure_page(
        sections["projects"],
        ProjectPage,
        "gebrookerbos",
        title="Gebrookerbos",
        summary=(
            "Een proeftuin in Heerlen: lege openbare ruimte gaat terug naar bewoners, die er "
            "eigen initiatieven opzetten. Een 'brooker' verbindt overheid, burgers en markt."
        ),
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
        people=[
            ArticlePerson(person=samira, role="interviewee"),
            ArticlePerson(person=editor, role="author"),
        ],
        body=_interview_body(),
        related_events=[("event", conference)] if conference else [],
        themes=[inclusion],
    )
    dossier = ensure_page(
        home,
        DossierPage,
        "dossier-inclusieve-samenleving",
        title="Dossier inclusieve samenleving",
        theme=inclusion,
        intro=(
            "<p>Eenzaamheid, zelfredzaamheid van jongeren met een beperking, wat sociaal "
            "werkers bereiken: de Werkplaatsen Sociaal Domein onderzoeken het midden in de "
            "praktijk, voor wie beleid maakt en uitvoert.</p>"
        ),
        highlights=[("page", article)],
    )
    return {"article": article, "project": project, "dossier": dossier, "event": conference}


def _interview_body():
    body = [
        (
            "paragraph",
            "<p>Haar workshop heet '" + WORKSHOP_TITLE + "'. We vroegen haar ernaar.</p>",
        )
    ]
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
    body.append(
        (
            "paragraph",
            "<p>De conferentie '" + CONFERENCE_TITLE + "' op 8 november 2017 is een "
            "initiatief van de Werkplaatsen Sociaal Domein en sacHSS, met plenaire sessies en "
            "workshops vol leer- en ontwikkelmethoden uit de praktijk.</p>",
        )
    )
    return body


def conference_event(nl, home, theme):
    """The conference as an agenda page, made here when the programme demo has not."""
    from django.apps import apps

    try:
        event_model = apps.get_model("programme", "EventPage")
        agenda_model = apps.get_model("programme", "EventIndexPage")
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
        organisers=organisers,
        themes=[theme],
    )
