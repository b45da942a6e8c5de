"""The knowledge app's English demo content, translated through wagtail-localize: the three
sections, the Stadsgenoten project (seed 004, docs/glossary.md) with its reports, the interview
(seed 003) and its dossier. English in our own words, each beside the Dutch text it
translates."""

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
        "<p>To shape the 'living together 3.0' track further, the Knowledge Centre of Flemish "
        "Cities felt that more clarity and a framework were needed. So it opted first for a "
        "period of reflecting, exploring and deepening. That first phase took place in 2017 "
        "and revolved around an exploratory literature review. Literature was meant broadly: "
        "from books, publications and research to articles, opinion pieces, philosophical "
        "essays, films and social media.</p>",
    ),
    (
        "Startnota, negen fiches en twaalf interviews",
        "Start note, nine fact sheets and twelve interviews",
    ),
    (
        stadsgenoten.TIMELINE_2018,
        "<p>In the cities diversity is a given: not a vision, not an opinion or a leaning, and "
        "nothing you can be for or against. In 2018 the literature review of 2017 was followed "
        "up with nine thematic fact sheets. Each sheet sets out, in a few words, the relevant "
        "insights and dilemmas within one theme and ends with questions connecting the theme "
        "to the city and its policy. To complete, sharpen and deepen the whole, the knowledge "
        "centre also held twelve semi-structured in-depth interviews with key witnesses from "
        "the regional cities. The people speaking were city residents and workers who, through "
        "their work and their commitment, see living together in diversity at close range. "
        "The start note was produced in the same year.</p>",
    ),
    (
        "42 gesprekken in de steden en een eindrapport",
        "42 conversations in the cities and a final report",
    ),
    (
        stadsgenoten.TIMELINE_2019,
        "<p>Once the start note had been drawn up in 2018, the focus moved in 2019 to the city "
        "organisations themselves. Which issues give the cities the most headaches: where is "
        "there a need, where do things get stuck, what grates? And which present-day practices "
        "and tools seem to work well and look promising? In the second half of the year the "
        "Knowledge Centre visited all regional cities and the Flemish Community Commission. It "
        "held 42 conversations there, 28 of them thematic group discussions, with front-line "
        "workers and also with chief executives and members of management teams. What that "
        "yielded is in the final report.</p>",
    ),
    (
        "Praktijkendag en een nieuw traject over het stadspersoneel",
        "A practice day and a new track on city staff",
    ),
    (
        stadsgenoten.TIMELINE_2020,
        "<p>On 20 November 2020 professionals from several cities came together at a practice "
        "day to share knowledge. They explored nine practices from regional cities and "
        "Brussels, all of them part of the City Companions report on living together in "
        "diversity. The angles varied widely: social services present at school, a police "
        "campaign to recruit new people, an initiative countering polarisation at school, a "
        "course that trains newcomers and a method that anchors attention to equal "
        "opportunities in every city department. Participants came from all kinds of "
        "departments and levels of the city organisations.</p>"
        "<p>The year 2020 was devoted to diversity and work, in particular to diversity within "
        "the city organisations themselves. For years there has been a wish for city staff to "
        "reflect society. Yet, especially in the senior grades (A and B), that remains far "
        "off, despite much research, good intentions and effort. Apparently a lot stands in "
        "the way, and speeding up seems necessary. So a new track started in October 2020. "
        "Through interviews and specifically requested material it examines what the "
        "obstacles are, how they can be removed and which practices already look promising. "
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
            "The presentations from the practice day of 20 November 2020, on nine practices "
            "from the regional cities and Brussels: social services present at school, a "
            "police recruitment campaign, an initiative against polarisation at school, a "
            "course that trains newcomers and a method for equal opportunities in every city "
            "department.",
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
        "What sets the Werkplaats you work in apart, and what does it concentrate on?",
        "<p>Practice organisations, citizens and professionals, including those still in "
        "training, can turn to the Kenniswerkplaats Sociaal Domein Zuyd for support in their "
        "tasks and roles as the social domain is transformed. Its working model is the "
        "quadruple helix: citizens, municipalities, (care) providers and knowledge institutions "
        "work side by side and draw up the programme together, for research, development, "
        "support and education. The Werkplaats takes up current questions from the social "
        "domain on behalf of practice, and together with it.</p>"
        "<p>In concrete terms the research has three programmes: youth care, social support "
        "(Wmo) and people's material needs, the last covering the Participation Act and the "
        "Municipal Debt Assistance Act. Besides social support, questions around the "
        "Participation Act and the Youth Act are addressed too. Expertise built up earlier on "
        "integration, informal care and demographic change such as population decline and "
        "ageing is linked in as well. The work thus spans the social domain in full. That its "
        "parts are interwoven is a key starting point, and Limburg's own situation sets the "
        "frame.</p>",
    ),
    (
        "How do you and your Werkplaats contribute to social inclusion?",
        "<p>The Werkplaats comes under Zuyd's research group on social integration, where "
        "integration questions are approached from several sides. Inclusion is a guiding "
        "principle there.</p>",
    ),
    (
        "What will your workshop on 8 November cover, and what will it look like?",
        "<p>The workshop is about social innovation in neighbourhoods, where research and "
        "practice meet. The example is the Gebrookerbos project, in which residents set up "
        "grassroots initiatives on empty open land. Specifically, these are initiatives that "
        "help develop neighbourhoods in shrinking regions, and the question is how they can "
        "move those neighbourhoods forward socially, economically and culturally. "
        "Participants get to work themselves, brainstorming about what it takes to give such "
        "citizens' initiatives room.</p>",
    ),
    (
        "Who in particular should come to your workshop, and why?",
        "<p>The workshop is aimed at social professionals, community workers, policy officers, "
        "researchers and urban and area developers, and at anyone interested in "
        "neighbourhood interventions, spatial citizens' initiatives or liveability in the "
        "neighbourhood. Participants get an insight into the Gebrookerbos test bed, where "
        "grassroots citizens' initiatives aim to make neighbourhoods in Heerlen socially more "
        "vital.</p>",
    ),
    (
        "What is on your Werkplaats's programme for next year?",
        "<p>In 2018 the projects in the research programme carry on and are completed. New "
        "projects are added too, on youth care and on people's material needs. And a "
        "conference in Limburg is planned for March 2018.</p>",
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
        "<p>Unused public land in Heerlen goes back to its citizens, so that they can develop "
        "their own initiatives there from the ground up. The project belongs to the "
        "Werkplaats Sociaal Domein Zuyd; a so-called 'brooker' puts government, citizens and "
        "the market in touch with each other. On 8 November Samira Louali, lecturer and "
        "researcher at Zuyd University of Applied Sciences, leads a workshop on the project at "
        "the conference of the Werkplaatsen Sociaal Domein, titled 'Social innovation in the "
        "neighbourhood: working on area development through citizens' initiatives, social "
        "brokerage and research'. We asked her about it.</p>",
    ),
    ("We werken voor én met de praktijk.", "We work for practice, and with it."),
    (interview.REGISTER_HEADING, "Sign up for the conference!"),
    (
        interview.REGISTER_TEXT,
        "The Werkplaatsen Sociaal Domein and sacHSS jointly organise the conference 'Learning "
        "and developing together for an inclusive society', on 8 November. In plenary "
        "sessions experts each shed their own light on the road to inclusion. In the "
        "workshops you work on today's themes, with methods for learning and developing that "
        "the Werkplaatsen use in their own practice.",
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
