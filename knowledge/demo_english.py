"""The knowledge app's English demo content, translated through wagtail-localize: the three
sections, the Stadsgenoten project (seed 004) with its reports, the interview (seed 003)
and its dossier. English in our own words, each beside the Dutch text it translates."""

from atelier.content_translation import translate

from . import demo_interview as interview

SECTIONS = {
    "projects": [
        ("Projecten", "Projects"),
        ("projecten", "projects"),
        (
            "Onderzoeks- en praktijkprojecten, met hun verloop jaar na jaar.",
            "Research and practice projects, and how they unfolded year by year.",
        ),
    ],
    "reports": [
        ("Publicaties", "Publications"),
        ("publicaties", "publications"),
        (
            "Rapporten, startnota's, fiches en presentaties om te lezen en te downloaden.",
            "Reports, start notes, fact sheets and presentations to read and download.",
        ),
    ],
    "articles": [
        ("Artikelen", "Articles"),
        ("artikelen", "articles"),
        (
            "Nieuws, interviews en columns over het sociaal domein.",
            "News, interviews and columns about the social domain.",
        ),
    ],
}

STADSGENOTEN = [
    ("Stadsgenoten", "City Companions"),
    ("stadsgenoten", "city-companions"),
    (
        "Hoe leven steden samen in diversiteit, en wat kunnen stadsorganisaties daaraan doen? "
        "Het Kenniscentrum Vlaamse Steden zoekt het sinds 2017 stap voor stap uit.",
        "How do cities live together in diversity, and what can city organisations do about "
        "it? Since 2017 the Knowledge Centre of Flemish Cities has been finding out, step by "
        "step.",
    ),
    (
        "<p>Stadsgenoten groeide uit het traject 'samenleven 3.0'. Na een verkennende eerste "
        "fase keek het kenniscentrum naar de praktijk van de centrumsteden, en sinds 2020 naar "
        "de diversiteit van het stadspersoneel zelf.</p>",
        "<p>City Companions grew out of the 'living together 3.0' track. After a first, "
        "exploratory phase the knowledge centre looked at practice in the regional cities, and "
        "since 2020 at the diversity of the cities' own staff.</p>",
    ),
    ("Verkennende literatuurstudie", "Exploratory literature review"),
    (
        "<p>Het traject 'samenleven 3.0' vroeg om een kader. De eerste fase was er een van "
        "reflectie en verkenning: een brede literatuurstudie, van artikels en opiniestukken "
        "tot essays, sociale media, boeken en films.</p>",
        "<p>The 'living together 3.0' track needed a framework. The first phase was one of "
        "reflection and exploration: a broad review of articles and opinion pieces, essays, "
        "social media, books and films.</p>",
    ),
    (
        "Startnota, negen fiches en twaalf interviews",
        "Start note, nine fact sheets and twelve interviews",
    ),
    (
        "<p>De literatuurstudie werd vertaald in negen thematische fiches, elk met vragen voor "
        "de stad. Twaalf diepte-interviews met bevoorrechte getuigen uit de centrumsteden "
        "vulden het beeld aan. Alles samen vormt de startnota.</p>",
        "<p>The review became nine thematic fact sheets, each with questions for the city. "
        "Twelve in-depth interviews with key witnesses from the regional cities completed the "
        "picture. Together they make up the start note.</p>",
    ),
    (
        "42 gesprekken in de steden en een eindrapport",
        "42 conversations in the cities and a final report",
    ),
    (
        "<p>In 2019 ging de blik naar de stadsorganisaties zelf: waar wringt het, en wat werkt? "
        "In de tweede helft van het jaar voerde het kenniscentrum 42 gesprekken in alle "
        "centrumsteden en de VGC, waarvan 28 thematische groepsgesprekken, met "
        "frontlijnwerkers tot algemeen directeurs.</p>",
        "<p>In 2019 the focus moved to the city organisations themselves: where does it chafe, "
        "and what works? In the second half of the year the knowledge centre held 42 "
        "conversations in all regional cities and the Flemish Community Commission, 28 of them "
        "thematic group discussions, with everyone from front-line workers to chief "
        "executives.</p>",
    ),
    (
        "Praktijkendag en een nieuw traject over het stadspersoneel",
        "A practice day and a new track on city staff",
    ),
    (
        "<p>Op 20 november 2020 deelden professionals uit verschillende steden negen praktijken "
        "uit het rapport Stadsgenoten. Sinds oktober 2020 loopt een nieuw traject over de "
        "diversiteit van het stadspersoneel: met interviews en materiaal uit de steden zoeken "
        "we wat een versnelling in de weg staat. Het eindrapport verschijnt eind mei 2021.</p>",
        "<p>On 20 November 2020 professionals from several cities shared nine practices from "
        "the City Companions report. Since October 2020 a new track looks at the diversity of "
        "city staff: with interviews and material from the cities we look for what stands in "
        "the way of faster progress. The final report is due at the end of May 2021.</p>",
    ),
]

REPORTS = {
    "stadsgenoten-startnota": [
        ("Stadsgenoten: startnota", "City Companions: start note"),
        ("stadsgenoten-startnota", "city-companions-start-note"),
        (
            "De eerste stap na de literatuurstudie: wat betekent samenleven in diversiteit voor "
            "de stad, en welke vragen stelt dat aan het beleid?",
            "The first step after the literature review: what does living together in "
            "diversity mean for the city, and which questions does it raise for policy?",
        ),
        ("Startnota", "Start note"),
    ],
    "stadsgenoten-thematische-fiches": [
        ("Stadsgenoten: negen thematische fiches", "City Companions: nine thematic fact sheets"),
        ("stadsgenoten-thematische-fiches", "city-companions-fact-sheets"),
        (
            "Negen korte fiches, elk over één thema: de belangrijkste inzichten en dilemma's, "
            "afgesloten met vragen voor de stad.",
            "Nine short fact sheets, one theme each: the main insights and dilemmas, ending "
            "with questions for the city.",
        ),
        *((f"Fiche {n}", f"Fact sheet {n}") for n in range(1, 10)),
    ],
    "stadsgenoten-eindrapport": [
        ("Stadsgenoten", "City Companions"),
        ("stadsgenoten-eindrapport", "city-companions-final-report"),
        (
            "Waar worstelen de steden mee, en wat werkt? Het rapport bundelt gesprekken met "
            "frontlijnwerkers, directies en managementteams in alle centrumsteden.",
            "What do the cities struggle with, and what works? The report brings together "
            "conversations with front-line workers, directors and management teams in all "
            "regional cities.",
        ),
        ("Eindrapport", "Final report"),
    ],
    "stadsgenoten-praktijkendag-presentaties": [
        (
            "Presentaties van de praktijkendag Stadsgenoten",
            "Presentations from the City Companions practice day",
        ),
        ("stadsgenoten-praktijkendag-presentaties", "city-companions-practice-day"),
        (
            "De presentaties van negen praktijken uit de centrumsteden en Brussel, gedeeld op "
            "de praktijkendag.",
            "The presentations of nine practices from the regional cities and Brussels, shared "
            "on the practice day.",
        ),
        ("Presentaties", "Presentations"),
    ],
    "diversiteit-stadspersoneel": [
        ("Diversiteit in het stadspersoneel", "Diversity in city staff"),
        ("diversiteit-stadspersoneel", "diversity-in-city-staff"),
        ("eind mei 2021", "end of May 2021"),
        (
            "Wat houdt een stadspersoneel tegen dat de stad weerspiegelt, ook op A- en "
            "B-niveau, en welke praktijken helpen? Verschijnt eind mei 2021.",
            "What keeps city staff from reflecting the city, senior grades included, and "
            "which practices help? Due at the end of May 2021.",
        ),
        ("Eindrapport", "Final report"),
    ],
}

# The interview's answers, in the order of demo_interview.QUESTIONS_AND_ANSWERS.
INTERVIEW_QA = [
    (
        "What is characteristic of the Werkplaats you are involved in, and where does it focus?",
        "<p>The Kenniswerkplaats Sociaal Domein Zuyd supports practice organisations, future "
        "professionals and residents in the transformation of the social domain. Citizens, "
        "municipalities, providers and knowledge institutions make the programme together (a "
        "quadruple helix). The research follows three lines: social support, youth care and "
        "people's material needs, with attention to integration, informal care, population "
        "decline and ageing. Limburg is always the setting.</p>",
    ),
    (
        "How do you, or your Werkplaats, work on social inclusion?",
        "<p>The Werkplaats belongs to Zuyd's research group on social integration. Inclusion "
        "is the starting point there for every integration question.</p>",
    ),
    (
        "What is your workshop on 8 November about, and what will happen in it?",
        "<p>About social innovation in neighbourhoods, where research and practice meet. The "
        "Gebrookerbos project serves as the example: residents start initiatives on empty open "
        "land in a shrinking region. Participants work out together what such initiatives "
        "need.</p>",
    ),
    (
        "Who is the workshop mainly for, and why should they come?",
        "<p>For social professionals, community workers, policy makers, researchers and area "
        "developers who work on neighbourhood approaches and liveability. They get a look "
        "inside the Gebrookerbos test bed, which aims to strengthen the social vitality of "
        "neighbourhoods in Heerlen.</p>",
    ),
    (
        "What are your Werkplaats's plans for the coming year?",
        "<p>Current projects continue and finish in 2018, new projects start on youth care and "
        "people's material needs, and a conference in Limburg follows in March 2018.</p>",
    ),
]

INTERVIEW = [
    (
        "Sociale innovatie in de wijk: Samira Louali over Gebrookerbos",
        "Social innovation in the neighbourhood: Samira Louali on Gebrookerbos",
    ),
    ("interview-samira-louali-gebrookerbos", "interview-samira-louali-on-gebrookerbos"),
    (
        "In Heerlen krijgen bewoners braakliggende openbare ruimte terug om er zelf iets van te "
        "maken. Samira Louali, docent-onderzoeker bij Zuyd Hogeschool, vertelt over het project "
        "Gebrookerbos en haar workshop op de conferentie van 8 november.",
        "In Heerlen, residents get unused public land back to make something of it themselves. "
        "Samira Louali, lecturer and researcher at Zuyd University of Applied Sciences, talks "
        "about the Gebrookerbos project and her workshop at the conference of 8 November.",
    ),
    (
        "<p>Haar workshop heet '" + interview.WORKSHOP_TITLE + "'. We vroegen haar ernaar.</p>",
        "<p>Her workshop is called 'Social innovation in the neighbourhood: working on area "
        "development through citizens' initiatives, social brokerage and research'. We asked "
        "her about it.</p>",
    ),
    ("We werken voor én met de praktijk.", "We work for practice, and with it."),
    ("Samira Louali", "Samira Louali"),
    (
        "docent-onderzoeker, Zuyd Hogeschool",
        "lecturer and researcher, Zuyd University of Applied Sciences",
    ),
    (
        "<p>De conferentie '" + interview.CONFERENCE_TITLE + "' op 8 november 2017 is een "
        "initiatief van de Werkplaatsen Sociaal Domein en sacHSS, met plenaire sessies en "
        "workshops vol leer- en ontwikkelmethoden uit de praktijk.</p>",
        "<p>The conference 'Learning and developing together for an inclusive society' on 8 "
        "November 2017 is an initiative of the Werkplaatsen Sociaal Domein and sacHSS, with "
        "plenary sessions and workshops full of learning and development methods from "
        "practice.</p>",
    ),
    *(
        pair
        for (question, answer), (english_question, english_answer) in zip(
            interview.QUESTIONS_AND_ANSWERS, INTERVIEW_QA, strict=True
        )
        for pair in ((question, english_question), (answer, english_answer))
    ),
]

DOSSIER = [
    ("Dossier inclusieve samenleving", "Dossier: an inclusive society"),
    ("dossier-inclusieve-samenleving", "dossier-inclusive-society"),
    (
        "<p>Eenzaamheid, zelfredzaamheid van jongeren met een beperking, wat sociaal werkers "
        "bereiken: de Werkplaatsen Sociaal Domein onderzoeken het midden in de praktijk, voor "
        "wie beleid maakt en uitvoert.</p>",
        "<p>Loneliness, the independence of young people with a disability, what social "
        "workers achieve: the Werkplaatsen Sociaal Domein research it in the middle of "
        "practice, for those who make and carry out policy.</p>",
    ),
]

THEMES = {
    "samenleven-in-diversiteit": [
        ("Samenleven in diversiteit", "Living together in diversity"),
        ("samenleven-in-diversiteit", "living-together-in-diversity"),
        (
            "Hoe steden omgaan met een bevolking die steeds verscheidener wordt.",
            "How cities deal with an ever more diverse population.",
        ),
    ],
    "diversiteit-en-werk": [
        ("Diversiteit en werk", "Diversity and work"),
        ("diversiteit-en-werk", "diversity-and-work"),
        (
            "Een personeel dat de stad weerspiegelt, ook in de leidinggevende functies.",
            "Staff who reflect the city, in management positions too.",
        ),
    ],
    "inclusieve-samenleving": [
        ("Inclusieve samenleving", "Inclusive society"),
        ("inclusieve-samenleving", "inclusive-society"),
        (
            "Meedoen voor iedereen: onderzoek en praktijk uit de Werkplaatsen Sociaal Domein.",
            "Taking part for everyone: research and practice from the Werkplaatsen Sociaal Domein.",
        ),
    ],
}

PEOPLE = {
    "Samira Louali": [
        ("docent-onderzoeker", "lecturer and researcher"),
        (
            "<p>Onderzoekt sociale innovatie in Limburgse wijken.</p>",
            "<p>Researches social innovation in neighbourhoods in Limburg.</p>",
        ),
    ],
    "Redactie Werkplaatsen Sociaal Domein": [("redactie", "editorial team")],
}


def translate_knowledge_demo(nl, en, home, sections, loaded: dict) -> None:
    """``loaded``: the Dutch pages made by the loaders (project, reports, article, dossier)."""
    from atelier.models import Theme

    from programme.models import Person

    for slug, pairs in THEMES.items():
        theme = Theme.objects.filter(locale=nl, slug=slug).first()
        if theme is not None:
            translate(theme, en, pairs)
    for name, pairs in PEOPLE.items():
        person = Person.objects.filter(locale=nl, name=name).first()
        if person is not None:
            translate(person, en, pairs)
    for key, pairs in SECTIONS.items():
        translate(sections[key], en, pairs)
    translate(loaded["project"], en, STADSGENOTEN)
    for report in loaded["reports"]:
        translate(report, en, REPORTS[report.slug])
    translate(loaded["article"], en, INTERVIEW)
    translate(loaded["dossier"], en, DOSSIER)
