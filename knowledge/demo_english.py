"""The knowledge app's English demo content, translated through wagtail-localize: the three
sections, the Stadsgenoten project (seed 004) with its reports, the interview (seed 003)
and its dossier. English in our own words, each beside the Dutch text it translates."""

from atelier.content_translation import translate

from . import demo_interview as interview
from . import demo_stadsgenoten as stadsgenoten

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
        stadsgenoten.TIMELINE_2017,
        "<p>The Knowledge Centre of Flemish Cities felt the need for clarity and a framework to "
        "develop the 'living together 3.0' track further. First came a phase of reflection, "
        "exploration and deepening. That first phase ran in 2017 and centred on an exploratory "
        "literature review, with literature in the widest sense: articles, opinion pieces, "
        "philosophical essays, social media, publications, books, research and films.</p>",
    ),
    (
        "Startnota, negen fiches en twaalf interviews",
        "Start note, nine fact sheets and twelve interviews",
    ),
    (
        stadsgenoten.TIMELINE_2018,
        "<p>Diversity is not a vision, an opinion or a leaning, nor something to be for or "
        "against: in the cities it is simply reality. In 2018 the literature review was turned "
        "into nine thematic fact sheets, each touching briefly on the insights and dilemmas of "
        "one theme and ending with questions that link it to the city and urban policy. Twelve "
        "semi-structured in-depth interviews with key witnesses from the regional cities "
        "completed, sharpened and deepened this: stories of city residents and workers who, "
        "through their work and commitment, have a front-row seat when it comes to living "
        "together in diversity. The start note was drawn up that year too.</p>",
    ),
    (
        "42 gesprekken in de steden en een eindrapport",
        "42 conversations in the cities and a final report",
    ),
    (
        stadsgenoten.TIMELINE_2019,
        "<p>After the start note of 2018, the track turned in 2019 to the city organisations "
        "themselves. Which issues do the cities struggle with most: where are the needs, where "
        "does it get stuck, what chafes? And which present-day practices and tools seem to "
        "work well and look promising? In the second half of 2019 the Knowledge Centre visited "
        "all regional cities and the Flemish Community Commission for 42 conversations, 28 of "
        "them thematic group discussions, with front-line workers as well as chief executives "
        "and members of management teams. The final report brings together what that "
        "yielded.</p>",
    ),
    (
        "Praktijkendag en een nieuw traject over het stadspersoneel",
        "A practice day and a new track on city staff",
    ),
    (
        stadsgenoten.TIMELINE_2020,
        "<p>On 20 November 2020 professionals from several cities explored nine practices from "
        "the regional cities and Brussels at a practice day, with sharing knowledge between "
        "cities as its aim. All the practices came from the City Companions report, on living "
        "together in diversity, and they varied widely: the social services being present at "
        "school, a police recruitment campaign, work against polarisation at school, a "
        "training course for newcomers and a method to give equal opportunities a place in "
        "every city department. People came from different departments and levels of the city "
        "organisations.</p>"
        "<p>In 2020 the focus was on where diversity and work meet, and in particular on "
        "diversity within the city organisations themselves. The wish for city staff to "
        "reflect society has been alive for years, but despite much research, good intentions "
        "and work it remains a distant dream, certainly in the senior grades (A and B). A lot "
        "turns out to stand in the way, and faster progress seems needed. A new track, started "
        "in October 2020, uses interviews and specifically requested material to find out what "
        "stands in the way, how it can be removed and which practices already look promising. "
        "The final report was announced for the end of May 2021.</p>",
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
            stadsgenoten.PRACTICE_DAY_SUMMARY,
            "The presentations from the practice day of 20 November 2020: nine practices from "
            "the regional cities and Brussels, from the social services at school and a police "
            "recruitment campaign to work against polarisation at school, a training course "
            "for newcomers and equal opportunities in every city department.",
        ),
        ("Presentaties", "Presentations"),
    ],
    "diversiteit-stadspersoneel": [
        ("Diversiteit in het stadspersoneel", "Diversity in city staff"),
        ("diversiteit-stadspersoneel", "diversity-in-city-staff"),
        ("eind mei 2021", "end of May 2021"),
        (
            stadsgenoten.FORTHCOMING_SUMMARY,
            "What keeps city staff from reflecting the city, in the senior grades too, and "
            "which practices help? The final report of the track that began in October 2020, "
            "announced for the end of May 2021.",
        ),
        ("Eindrapport", "Final report"),
    ],
}

# The interview's answers, in the order of demo_interview.QUESTIONS_AND_ANSWERS.
INTERVIEW_QA = [
    (
        "What is characteristic of the Werkplaats you are involved in, and where does it focus?",
        "<p>The Kenniswerkplaats Sociaal Domein Zuyd supports practice organisations, "
        "professionals (including those of tomorrow) and citizens in their tasks and roles in "
        "the transformation of the social domain. It works as a quadruple helix: citizens, "
        "municipalities, (care) providers and knowledge institutions work closely together and "
        "make the programme together, for research, development, support and education. So the "
        "Werkplaats works for practice, and with it, on current questions.</p>"
        "<p>The research consists of three programmes: social support (Wmo), youth care and "
        "people's material needs (the Participation Act, the Municipal Debt Assistance Act). "
        "Besides social support, questions around the Participation Act and the Youth Act get "
        "attention, and the knowledge built up on integration, informal care and demographic "
        "change (population decline and ageing) is part of it too. So the Werkplaats covers "
        "the whole social domain, taking precisely the interweaving of its parts as an "
        "important starting point, with the situation of Limburg as its setting.</p>",
    ),
    (
        "How do you, or your Werkplaats, work on social inclusion?",
        "<p>The Werkplaats belongs to Zuyd's research group on social integration. Inclusion "
        "is the starting point there for every integration question.</p>",
    ),
    (
        "What is your workshop on 8 November about, and what will happen in it?",
        "<p>About social innovation in neighbourhoods, where research and practice are "
        "connected. The Gebrookerbos project serves as the example: residents start grassroots "
        "initiatives on empty open land. These are initiatives that add to the development of "
        "neighbourhoods in a shrinking region, and the question is how they can give those "
        "neighbourhoods a social, economic and cultural boost. Participants brainstorm actively "
        "about what it takes to give such initiatives room.</p>",
    ),
    (
        "Who is the workshop mainly for, and why should they come?",
        "<p>For social professionals, community workers, policy officers, researchers, urban "
        "and area developers and anyone interested in neighbourhood interventions, spatial "
        "citizens' initiatives and liveability at neighbourhood level. They get a look inside "
        "the Gebrookerbos test bed, where grassroots initiatives aim to improve the social "
        "vitality of neighbourhoods in Heerlen.</p>",
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
        interview.OPENING,
        "<p>In Heerlen the municipality gives unused public land back to citizens, so that "
        "grassroots initiatives can grow there. Within this project of the Werkplaats Sociaal "
        "Domein Zuyd a so-called 'brooker' connects government, citizens and the market. On 8 "
        "November Samira Louali gives a workshop on the project at the conference of the "
        "Werkplaatsen Sociaal Domein, called 'Social innovation in the neighbourhood: working "
        "on area development through citizens' initiatives, social brokerage and research'. We "
        "asked her about it.</p>",
    ),
    ("We werken voor én met de praktijk.", "We work for practice, and with it."),
    (interview.REGISTER_HEADING, "Sign up for the conference!"),
    (
        interview.REGISTER_TEXT,
        "On 8 November the conference 'Learning and developing together for an inclusive "
        "society' takes place, organised by the Werkplaatsen Sociaal Domein and sacHSS. In "
        "plenary sessions experts give their view on the road to inclusion; in workshops you "
        "work on current themes with learning and development methods from the practice of the "
        "Werkplaatsen.",
    ),
    (interview.REGISTER_LINK, "To the conference"),
    ("Vorm, inhoud en relaties", "Form, content and relationships"),
    (
        interview.FORM_CONTENT_RELATIONS,
        "<p>Three lines of strength characterise the Werkplaatsen: form, content and "
        "relationships. It is the interplay between the three that matters most.</p>",
    ),
    ("Samira Louali", "Samira Louali"),
    (
        "docent-onderzoeker, Zuyd Hogeschool",
        "lecturer and researcher, Zuyd University of Applied Sciences",
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
        interview.DOSSIER_INTRO,
        "<p>What helps against loneliness? How can young people with a disability become more "
        "independent? What do social workers actually achieve? The Werkplaatsen Sociaal Domein "
        "research such questions in the middle of practice, often with unorthodox methods, and "
        "so that policy makers and practitioners can use the results. In a dossier on the "
        "Werkplaatsen, Sociale Vraagstukken regularly publishes articles on striking and "
        "typical examples from recent research.</p>",
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
            interview.SAMIRA_BIO,
            "<p>Lecturer and researcher at Zuyd University of Applied Sciences, connected to "
            "the Kenniswerkplaats Sociaal Domein Zuyd. On 8 November 2017, at the conference of "
            "the Werkplaatsen Sociaal Domein, she gave a workshop on the Gebrookerbos project in "
            "Heerlen.</p>",
        ),
    ],
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
