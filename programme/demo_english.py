"""The programme's English demo content, translated through wagtail-localize: the agenda, the
"Dag van de Buurt" (seed 001, docs/glossary.md) with its programme, rounds and workshops, its
speakers' job titles and bios, the themes, and the next kennisatelier. English in our own words,
each text beside the Dutch one it translates."""

from atelier.content_translation import parallel, translate
from django.db import transaction
from wagtail.models import Locale

from .demo_events import (
    CLOSING,
    DAG_VAN_DE_BUURT_INTRO,
    DAG_VAN_DE_BUURT_SPEAKERS,
    DAG_VAN_DE_BUURT_WORKSHOPS,
    OPENING,
    ROUND_TEXT,
)
from .demo_people import PEOPLE
from .models import EventIndexPage, EventPage, Person

THEMES = {
    "wijkaanpak": ("Neighbourhood approach", "neighbourhood-approach"),
    "inclusieve-wijken": ("Inclusive neighbourhoods", "inclusive-neighbourhoods"),
    "stadsvernieuwing": ("Urban renewal", "urban-renewal"),
    "sociaal-werk": ("Social work", "social-work"),
}

AGENDA = [
    ("Agenda", "Events"),
    ("agenda", "events"),
    (
        "<p>Bijeenkomsten, kennisateliers en lerende netwerken.</p>",
        "<p>Events, knowledge workshops and learning networks.</p>",
    ),
]

DAG_VAN_DE_BUURT = [
    ("Dag van de Buurt", "Neighbourhood Day"),
    ("dag-van-de-buurt-2021", "neighbourhood-day-2021"),
    (
        "Een online middag over waarom de buurt aandacht verdient en hoe de wijkaanpak beter "
        "kan, met 26 workshopsessies in twee rondes.",
        "An online afternoon on why neighbourhoods deserve attention and how the "
        "neighbourhood approach can improve, with 26 workshop sessions in two rounds.",
    ),
    (
        DAG_VAN_DE_BUURT_INTRO,
        "<p>The Neighbourhood Day is about why the neighbourhood matters, but certainly also "
        "about how. It is the kick-off for a new learning agenda and a learning network on the "
        "neighbourhood approach. Each workshop starts from what residents and "
        "professionals in the neighbourhood have lived through.</p>",
    ),
    (
        "Bewoners, professionals en beleidsmakers die werken aan de wijk.",
        "Residents, practitioners and policy makers who work on their neighbourhood.",
    ),
    # programme items
    ("Opening: waarom de buurt?", "Opening: why the neighbourhood?"),
    (
        f"<p>{OPENING}</p>",
        "<p>After Lucas de Man opens the day, Dave Ensberg-Kleijkers tells why the "
        "neighbourhood is worth every attention. Then Petra van Duijnhoven and Jos van der "
        "Lans look back with us: what can we learn from the neighbourhood approach launched in "
        "2008, and what helped or hindered earlier approaches?</p>",
    ),
    ("Workshops, eerste ronde", "Workshops, first round"),
    ("Workshops, tweede ronde", "Workshops, second round"),
    (
        f"<p>{ROUND_TEXT}</p>",
        "<p>Thirteen sessions to choose from, to go deeper into a theme that appeals to you.</p>",
    ),
    (
        "Vooruitblik: wat moet een Minister van Wijken doen?",
        "Looking ahead: what should a Minister for Neighbourhoods do?",
    ),
    (
        f"<p>{CLOSING}</p>",
        "<p>The day ends in the studio with a look ahead: what should top the list of a "
        "future Minister for Neighbourhoods? Participants and table guests answer: Ahmed "
        "Marcouch (mayor), Harry van der Molen (member of parliament), Marco Pastors (director of "
        "the National Programme Rotterdam Zuid) and Tanja "
        "Jadnanansing (chair of the Amsterdam Zuidoost district).</p>",
    ),
    # rounds
    ("Ronde 1", "Round 1"),
    ("Ronde 2", "Round 2"),
    # what each speaker talks about
    ("Leidt de dag.", "Leads the day."),
    ("Geeft het startsein voor de dag.", "Opens the Neighbourhood Day."),
    ("Waarom de buurt alle aandacht verdient.", "Why the neighbourhood deserves every attention."),
    ("Blikt terug op eerdere wijkaanpakken.", "Looks back at earlier neighbourhood approaches."),
    (
        "Blikt terug: wat maakte in Brukske het verschil?",
        "Looks back: what made the difference in Brukske?",
    ),
    (
        "Prioriteiten voor een toekomstige minister van wijken.",
        "Priorities for a future minister for neighbourhoods.",
    ),
    (
        "Hoe een minister bewoners meer laat bijdragen aan een leefbare wijk.",
        "How a minister can let residents do more for a liveable neighbourhood.",
    ),
    (
        "Lessen uit het NPRZ voor een minister van wijken.",
        "Lessons from the NPRZ for a minister for neighbourhoods.",
    ),
    (
        "Voortbouwen op ervaringen met leefbaarheid en veiligheid.",
        "Building on experience with liveability and safety.",
    ),
]

# The workshops in the order of DAG_VAN_DE_BUURT_WORKSHOPS: (title, description).
WORKSHOPS = [
    (
        "ABCD in the neighbourhood approach: from within, with residents as programme makers",
        "What happens when you build a neighbourhood approach on the pillars of Asset Based "
        "Community Development (ABCD): residents make the programme, professionals join in, "
        "and what the neighbourhood itself has to offer shows the way? In a brisk tour of "
        "opportunities and reversals we look at thinking small, at turning fixed ideas about "
        "neighbourhood management and participation on their head, and at what a knitting club "
        "can set in motion, with tips for finding unexpected partners. You may go home and "
        "write a very different neighbourhood plan, or try something small with big effects. "
        "Led by Birgit Oelkers (planenaanpak.nl), who knows ABCD and community work from the "
        "inside, works as a trainer and practice coach, and starts things herself as an "
        "initiator and social entrepreneur. Questions or an example of your "
        "own? Send them beforehand to oelkers@planenaanpak.nl or call 06-21224567.",
    ),
    (
        "The new neighbourhood-based way of working: organisation, roles and skills",
        "How liveable a neighbourhood is depends on what many groups and organisations do "
        "together. With examples from our own practice and profiles drawn from research in "
        "several cities, we look with the participants at what makes organisations and staff "
        "succeed in neighbourhood-based work. We look at three things. First the shape "
        "of the organisation: what is its aim, and what does that ask of the neighbourhood "
        "officer? Then that officer's role: how do you fill it so it fits both the "
        "neighbourhood and your own organisation? And finally the skills that go with it. With "
        "Han van Geel (municipality of Zutphen), Willem Stam (municipality of Den Helder) and "
        "Jetze van der Ham (Platform31).",
    ),
    (
        "Groningen experiments with a say for residents",
        "Since 2017 the municipality of Groningen has been experimenting with area-based work "
        "and democratic renewal. In five different experiments, each in another neighbourhood, "
        "it looks for what makes the interplay of residents, the executive, the council and "
        "civil servants work. They differ in how much say residents get and in how the "
        "conversation is held. The Cooperative Neighbourhood Council of the Oosterparkwijk goes "
        "furthest: residents chosen by lot decide on neighbourhood matters themselves and shape "
        "policy together with councillors. That touches the system, but also ways of working, "
        "how processes are set up, and attitudes and behaviour. Groningen evaluated the "
        "experiments thoroughly; this session shares the lessons. By Liesbeth van de Wetering "
        "(municipality of Groningen).",
    ),
    (
        "Working together on the challenges of Overvecht (Project O)",
        "Project O builds a learning environment (an ecosystem) in Overvecht in which people "
        "work on shared challenges: by meeting, discovering, developing, organising and "
        "experiencing, together with entrepreneurs, education, organisations, government and "
        "the people of Overvecht. Two challenges, KOKEN030 and Heel Overvecht Fietst, show it in "
        "practice: what works, where the chances are and where it runs less smoothly. "
        "Afterwards you know how to use those principles and experiences in your own work. The "
        "session is led by Arjen van Ree, who set up Project O.",
    ),
    (
        "Property for the neighbourhood",
        "No successful neighbourhood approach without good community buildings: places to "
        "meet, to develop, to be seen and recognised, to run a business and to find public "
        "services. It is exactly that property that is under pressure. Community centres and "
        "libraries close, schools, churches and small shops become homes, rough edges of the "
        "city are redeveloped, and artists are quickly losing their studios, exhibition spaces "
        "and creative hubs. In many places public space gives way to commercial space, with the "
        "cappuccino bar as its emblem. Maurice Specht and Arie Lengkeek studied from practice "
        "how property can become common property for good. They outline rules, conditions and "
        "arrangements that keep buildings for future communities, managed by them and "
        "available to them.",
    ),
    (
        "Innovation in the neighbourhood approach",
        "What does a neighbourhood approach look like that encourages new ideas and learns "
        "systematically from local practice, and what does it take? We put the question to "
        "innovators and to experts who design innovation programmes, and discuss their lessons "
        "with the participants: how is innovation encouraged in your neighbourhood, how is "
        "learning organised, and how do you make lessons stick? Participants take away ideas for "
        "an innovative approach of their own. Speakers are Suzanne Potjer (Twynstra Gudde) and "
        "Jornt van Zuylen, who works for the municipality of The Hague and for the Ministry of "
        "the Interior and Kingdom Relations.",
    ),
    (
        "The energy transition as a driver for a liveable neighbourhood",
        "Can the energy transition help liveability? In many neighbourhoods that are going "
        "off natural gas it is not the only challenge, and there are chances to prepare the "
        "neighbourhood for the future socially as well as sustainably. Matthijs Uyterlinde and "
        "Anne Kunst (Platform31) show how municipalities tackle this in the experimental "
        "programme 'Making Vulnerable Neighbourhoods Sustainable'. The example is Sunny Selwerd in "
        "Groningen, where the municipality, residents and local partners use an integrated "
        "approach to make the neighbourhood a healthier and nicer place to live. We talk it "
        "over.",
    ),
    (
        "A neighbourhood agenda in one hour",
        "How do you make a neighbourhood agenda in which residents and policy makers both "
        "recognise themselves? Residents know better than anyone what is going on in their "
        "neighbourhood, but the municipality, housing associations and others work on and in "
        "it too. Platform31 and Movisie draw up a neighbourhood agenda with the participants: "
        "you learn to collect figures and stories about a neighbourhood and to join them into "
        "widely supported agenda items. You discover a few methods that make vulnerable "
        "neighbourhoods visible, and try them out on your own work.",
    ),
    (
        "A say through money: the citizens' budget",
        "Citizens' budgeting as an instrument for a real say in neighbourhood and "
        "municipality: residents find out together what the neighbourhood really needs, set "
        "(or reset) the agenda themselves, look at what could be less, different or smarter "
        "and who else could help, and turn that into the budget: shifting items, cutting and "
        "making new choices. With experience from the last ten years in the Netherlands and "
        "Flanders we look at when a citizens' budget really takes off and makes the "
        "neighbourhood stronger, and when it stalls; how deliberation strengthens local "
        "democracy and where it is politically fragile. It can start small, but as our "
        "southern neighbours show, it can also grow into a major change, for organisations and "
        "for local democracy alike. Joop Hofman (Rode Wouw) wrote the first booklet on "
        "citizens' budgets in the Netherlands and introduced the process in seven "
        "municipalities in the Netherlands and Belgium.",
    ),
    (
        "From initiative to impact: strategy, tactics and delivery for safety initiatives",
        "Residents' safety initiatives are on the rise: neighbourhood watch projects, chat "
        "groups, neighbourhood fathers, platforms for dialogue and contact, and road safety "
        "initiatives, with thinkers and doers who work more or less closely with government "
        "and police. What makes such an initiative succeed, how do you turn the mission into "
        "the daily work of a neighbourhood watch team or chat group, and why is the relationship "
        "with the municipality and the police arranged nowhere, while everyone agrees that "
        "citizens add a lot to safety and liveability? Lucien Stöpler shares his experience: "
        "what keeps initiatives vital, how to increase their value, motivate and steer members "
        "and achieve serious results together. Stöpler has stood by such initiatives for years "
        "and chairs the national association Veiligheidsinitiatief.",
    ),
    (
        "New learning agenda for neighbourhoods - Trust in institutions and in each other",
        "Together we work on a new learning agenda for the neighbourhood approach, based on a "
        "first draft by Movisie and Platform31: does what is on offer fit your learning "
        "questions? This session is about trust. How do municipalities and neighbourhood "
        "professionals restore trust and give citizens a future again? And how can "
        "neighbourhood professionals, active residents and policy makers together reduce the "
        "growing polarisation and tension between groups with different backgrounds and "
        "views?",
    ),
    (
        "New learning agenda for neighbourhoods - Spotting problems early, together",
        "Together we work on a new learning agenda for the neighbourhood approach, based on a "
        "first draft by Movisie and Platform31: does what is on offer fit your learning "
        "questions? This session is about issues where care and safety meet, which more and "
        "more call for prevention and repression at once. How do strengthening the social "
        "fabric and social reconquest go hand in hand, and what does that ask of the "
        "cooperation between very different professionals and residents?",
    ),
    (
        "The Capability Approach in practice",
        "The term Capability Approach turns up more and more in advice, research and policy "
        "papers. The idea: how people fare depends not only on their needs and talents, but "
        "also on what their surroundings make (im)possible. So with social issues, look not "
        "only at what someone wants and can do, but also at what the social environment allows "
        "and what the person needs. From HAN University of Applied Sciences, Erik Jansen and "
        "Annica Brummel explain the theory and show how to apply the approach in practice.",
    ),
    (
        "A safe neighbourhood? Don't look away!",
        "Safe neighbourhoods are a spearhead of the National Programme Rotterdam Zuid. There the "
        "Public Prosecution Service, together with the rest of the justice chain (probation, the "
        "courts and everything in between), works in a new, neighbourhood-based way; public "
        "prosecutor Loes van der Wees calls "
        "it 'maximally integrated'. Do not skip a side because it is difficult: nuisance, "
        "insecurity and crime are not pleasant to name, but they belong in your approach. She "
        "explains why it is worth getting to know the residents and organisations of your area "
        "well, what cooperation can grow from that, and about linking positive "
        "action to tackling crime and nuisance, with many examples from all over Rotterdam Zuid "
        "that you can use in your own area.",
    ),
    (
        "How the platform Hart voor de K-buurt builds inclusive citizen power",
        "What do active residents do to give vulnerable neighbours in particular a real say, "
        "so that the neighbourhood becomes more liveable? The citizens' platform Hart voor de "
        "K-buurt tells how it brings together and mobilises above all the vulnerable residents "
        "of Amsterdam Zuidoost, while people keep ownership of their own issue. Movisie "
        "highlights what works in this approach, such as drawing on key figures and on "
        "residents who are already organised. Then the participants explore how civil servants and "
        "neighbourhood platforms can get more out of each other. With Roos van Schaijk "
        "(Movisie) and Mike Brantjes (Hart voor de K-buurt).",
    ),
    (
        "Restoring housing associations to their former glory?",
        "Most election manifestos want to restore housing associations to their former glory, "
        "although they had only just been sent back to their core tasks. During the urban "
        "renewal years (1995-2015) associations had a broad role: they built affordable homes, but "
        "also spent money on facilities, public space, the liveability and cohesion of "
        "neighbourhoods, and even welfare and care. After some unwise investments in hard "
        "economic times, central government "
        "called them back to their core task: enough affordable homes. Now that liveability in "
        "vulnerable neighbourhoods is under pressure, the pendulum seems to swing back and "
        "associations are asked to join the area-based approach. What does restoring them mean "
        "in practice, and which role in the neighbourhood fits today? Jeroen van der Velden "
        "(Platform31) talks with René Scherpenisse, chief executive of the housing association "
        "Tiwos in Tilburg, about how Tiwos fills that role, which changes associations see and "
        "what it means for their work in vulnerable neighbourhoods in the years ahead.",
    ),
    (
        "From a neighbourhood economy to neighbourhood development: the Afrikaanderwijk "
        "Cooperative",
        "Walk into Gemaal op Zuid, the home of the Afrikaanderwijk Cooperative, and you see the "
        "motto 'development without displacement': developing the neighbourhood with the "
        "people who already live there. The cooperative creates jobs and room for enterprise "
        "for people for whom that does not come easily, with services carried out by residents: "
        "catering, cleaning, transport, textile production, facility management and culture. "
        "The aim is a stronger, more prosperous Afrikaanderwijk with involved residents and "
        "entrepreneurs. General coordinator Annet van Otterloo explains how a locally rooted "
        "economy that works for the residents comes about, why, and what it takes to let it "
        "grow.",
    ),
    (
        "The neighbourhood approach and the commons",
        "The neighbourhood approach and the 'commons' seem far apart; this session shows the "
        "opposite. The commons are about using shared property together, such as parks or "
        "buildings open to everyone. Two organisations, Amsterdam's Commons Network and "
        "Antwerp's Commons Lab, explore together how that idea can make neighbourhoods better. "
        "Starting "
        "from the basic principles of the commons, you see concrete examples from Amsterdam and "
        "Antwerp where the theory has been put into practice.",
    ),
    (
        "Reclaiming the social basis from the social domain!",
        "The decentralisations in the social domain are hardly behind us and the 'social basis' "
        "makes its entrance. No wonder: the social belongs in the local community, not in a "
        "domain. That is where networks of committed residents are best placed to take on "
        "everyday care and support, helped by professionals where the load gets too heavy. Such a "
        "shift takes learning on both sides: the community has to rediscover how it forms that "
        "basis, and the social domain has to learn to let go, to support, and to take on only "
        "what goes beyond ordinary life. Han van Geel (municipality of Zutphen/LPB) shows how in "
        "Zutphen, since 1994, community building and care and support took turns in the brief "
        "for the local welfare organisation, and how the new brief combines both so they "
        "strengthen each other. Mariel van Pelt (Movisie/HAN) uses her research to show how "
        "social workers come to work differently as a result. Finally we collect participants' "
        "ideas for reclaiming the social basis. You gain insight into what social workers do "
        "for the social basis, and your ideas help the learning network develop promising "
        "strategies.",
    ),
    (
        "New learning agenda for neighbourhoods - mixed neighbourhoods",
        "Together we work on a new learning agenda for the neighbourhood approach, based on a "
        "first draft by Movisie and Platform31: does what is on offer fit your learning "
        "questions? For a long time, mixing types of homes and residents was seen as a way to "
        "improve neighbourhoods, but that ideal has faded into the background. In recent years "
        "many neighbourhoods have faced superdiversity and the arrival of vulnerable residents. "
        "The goal is now called the inclusive neighbourhood. But what does that involve, and how "
        "do you build a neighbourhood where every resident feels at home and welcome?",
    ),
    (
        "Lessons from urban renewal for making homes sustainable",
        "The main lesson of urban renewal: changing homes and their surroundings only works "
        "when residents' views lead from the very first step. Whoever wants a good "
        "result cannot get around active participation, however long the road seems: from "
        "consultation through co-decision to co-ownership. As back then, the energy transition "
        "takes shape "
        "neighbourhood by neighbourhood. Statistics Netherlands counts more than 13,000 "
        "neighbourhoods and villages, and no two are alike: there is no blueprint. Some "
        "principles do work. Start, for instance, from how residents experience their "
        "neighbourhood: what keeps them there, what makes it pleasant to live in, and how do you "
        "make the community stronger? Whoever wants support for sustainability first invests in "
        "closer-knit neighbourhoods and tackles social problems; as in urban renewal, the energy "
        "transition can be a lever to revive "
        "neighbourhoods. By Paul Vlaar, co-founder of Hoogkamp Energie and initiator of "
        "#Krachtproef Energie.",
    ),
    (
        "A social and physical neighbourhood approach: how do you do it?",
        "Where problems pile up, only an integrated approach helps: social and physical "
        "measures together, with the residents' future as the starting point. That takes "
        "staying power and everyone working together: residents, the municipality, housing "
        "associations, police, schools, care and welfare organisations and local businesses. "
        "Experience from three places helps us look back and ahead: Poelenburg/Peldersveld in "
        "Zaanstad, Rolduckerveld in Kerkrade and the National Programme Rotterdam Zuid. What "
        "have we learned, and what must happen so that residents really benefit from "
        "neighbourhood renewal? With Matthijs Uyterlinde and Simone 't Hooft (Platform31), "
        "Astrid Kroos (NPRZ), Marijn Freud (municipality of Zaanstad) and Sandy Deckers "
        "(Parkstad Limburg city region).",
    ),
    (
        "Building neighbourhood happiness",
        "Do renovation, demolition and new building make residents happier in their homes and "
        "neighbourhood? Using examples from practice we show what a new building or another "
        "physical intervention delivers. In many city neighbourhoods the developer ERA Contour "
        "designs together with the residents. And in Panorama Lokaal, the Chief Government "
        "Architect's design competition, design teams came up with creative plans for "
        "neighbourhoods on the edge of the city. Together we discuss how designers, market "
        "parties, the municipality and residents make neighbourhoods that feel like home. With "
        "Yffi van den Berg, who develops concepts at ERA Contour, Jeffrey Bolhuis (AP+E Design "
        "en Research) and Frank Wassenberg and Mees Zonneveld (Platform31).",
    ),
]

# Speakers of the Dag van de Buurt: (job title, bio) in English.
SPEAKERS = {
    "Hadassah de Boer": ("", "Led the online Neighbourhood Day on 28 January 2021."),
    "Lucas de Man": (
        "artist",
        "Flemish artist who playfully wants to turn public space from an anonymous market for "
        "consumption into a place of wonder, amazement, connection and 'un-must', a moment when "
        "nothing is required and you can be vulnerable and strong at once. He opened the "
        "Neighbourhood Day.",
    ),
    "Dave Ensberg-Kleijkers": (
        "managing director",
        "A public administration graduate who, as managing director, runs both the national "
        "youth fund Jantje Beton and the Dutch union of playground organisations. He also "
        "chairs the board of the Martin Luther King Lecture and has a seat on the board of the "
        "Maatschappelijke Alliantie. Before that he headed Stichting Biezonderwijs as chair of "
        "its board, and chaired Art. 1. At the Neighbourhood Day he made clear why the "
        "neighbourhood counts: the place where you come into the world and grow up colours "
        "your chances and carries through into your health, life expectancy, education and "
        "income. Reason enough to invest in neighbourhoods.",
    ),
    "Jos van der Lans": (
        "cultural psychologist and writer",
        "Has followed the public sector with his pen for some forty years. In 2010/11 he "
        "shared the chair of the review committee of the national neighbourhood programme "
        "with two others. His books include Koning Burger (2005), Ontregelen (2008), Erop af! "
        "(2010), Sociaal-doe het zelven (with Pieter Hilhorst, 2013), Decentraal (with Nico de "
        "Boer, 2014) and Het Dogma Aanbesteden (2020). At the Neighbourhood Day he looked back: "
        "what helped and what hindered in the neighbourhood approaches of the past, what is "
        "worth carrying on, and what calls for new forms of cooperation and new instruments?",
    ),
    "Petra van Duijnhoven": (
        "chair",
        "Has been part of the Brukske neighbourhood platform in Venray since it was set up in "
        "1974, and is now its chair. She works tirelessly for 'her' neighbourhood, with a lot "
        "to show for it. She is also active in umbrella bodies such as the Wijkradenoverleg, "
        "sits on the board of the LSA (the national body of active residents), was one of the "
        "initiators of the GlaswebVenray cooperative and has represented the CDA on the local "
        "council for years. At the Neighbourhood Day she looked back on the past decades in "
        "Brukske: what tipped the balance, what stood in the way, and what calls for new forms "
        "of cooperation and new instruments?",
    ),
    "Ahmed Marcouch": (
        "mayor of Arnhem",
        "Knows the neighbourhood from many angles: his career took him through care, "
        "education and the police, and he was a local councillor, district chair and member of "
        "parliament. In his New Year's address as mayor of Arnhem he argued that covid "
        "painfully exposes how vulnerable neighbourhoods fall further behind, and that there "
        "is now no escaping the need to make up that ground as a priority. At the table on the "
        "Neighbourhood Day: which priorities follow from this for a future minister for "
        "neighbourhoods?",
    ),
    "Harry van der Molen": (
        "member of the Dutch House of Representatives",
        "As an alderman in Leeuwarden he was among the first to team up with a residents' "
        "company, in the Heechterp-Schieringen neighbourhood, where the municipality and "
        "residents joined forces in a new way. Each euro put in returned two euros of social "
        "impact. The neighbourhood became more liveable because jobless people could work in "
        "the neighbourhood company; bringing in those on the sidelines is, in his view, just "
        "what the municipality is for. In parliament he presses for residents to get more room "
        "to make their neighbourhood liveable in this way. At the table: what can a future "
        "Minister for Neighbourhoods do to help?",
    ),
    "Marco Pastors": (
        "director",
        "As a Rotterdam alderman he already held the planning and housing portfolio. Since "
        "2012 he has led the National Programme Rotterdam Zuid (NPRZ) as its director; the "
        "programme wants to give Rotterdam-Zuid new prospects through work, education and "
        "housing. At the table: which lessons from the NPRZ should a future minister for "
        "neighbourhoods certainly not ignore?",
    ),
    "Tanja Jadnanansing": (
        "chair of the Amsterdam Zuidoost district",
        "Previously sat in the House of Representatives. To her, liveability and safety belong "
        "together. She once called safety, and young people carrying weapons above all, a "
        "'many-headed monster' that you must take on as a whole: with more police on the "
        "street, but just as much by putting money into youth work and giving residents a firm "
        "role. At the table: how can a future Minister for Neighbourhoods make use of that "
        "experience?",
    ),
}

BUURTAGENDA = [
    (
        "Kennisatelier samen werken aan de buurtagenda",
        "Knowledge workshop: working together on the neighbourhood agenda",
    ),
    ("kennisatelier-buurtagenda", "knowledge-workshop-neighbourhood-agenda"),
    (
        "Met bewoners en professionals een buurtagenda opstellen uit cijfers en verhalen.",
        "Drawing up a neighbourhood agenda from figures and stories, with residents and "
        "practitioners.",
    ),
    (
        "Wijkprofessionals, beleidsmakers en bewoners.",
        "Neighbourhood practitioners, policy makers and residents.",
    ),
    ("Inloop", "Doors open"),
    ("Start programma", "Programme starts"),
    ("Lunch", "Lunch"),
]


def _workshop_pairs() -> list[tuple[str, str]]:
    pairs = []
    for dutch, english in zip(DAG_VAN_DE_BUURT_WORKSHOPS, WORKSHOPS, strict=True):
        title, _rounds, _people, _orgs, description = dutch
        pairs += [(title, english[0]), (f"<p>{description}</p>", f"<p>{english[1]}</p>")]
    return pairs


@transaction.atomic
def translate_programme_demo(stdout=None, **options) -> None:
    """Demo loader, after the registration demo (the English events share its settings)."""
    from atelier.models import Theme

    en = Locale.objects.filter(language_code="en").first()
    nl = Locale.objects.filter(language_code="nl").first()
    agenda = EventIndexPage.objects.filter(locale=nl, slug="agenda").first()
    if en is None or agenda is None:
        return
    for slug, (name, english_slug) in THEMES.items():
        theme = Theme.objects.filter(locale=nl, slug=slug).first()
        if theme is not None:
            translate(theme, en, [(theme.name, name), (theme.slug, english_slug)])
    for name, _role, _note in DAG_VAN_DE_BUURT_SPEAKERS:
        person = Person.objects.get(name=name, locale=nl)
        _honorific, job, _org, bio, _portrait, _public = PEOPLE[name]
        english_job, english_bio = SPEAKERS[name]
        translate(
            person, en, parallel([job, f"<p>{bio}</p>"], [english_job, f"<p>{english_bio}</p>"])
        )
    translate(agenda, en, AGENDA)
    event = EventPage.objects.child_of(agenda).get(slug="dag-van-de-buurt-2021")
    translate(event, en, DAG_VAN_DE_BUURT + _workshop_pairs())
    upcoming = EventPage.objects.child_of(agenda).filter(slug="kennisatelier-buurtagenda").first()
    if upcoming is not None:
        translate(upcoming, en, BUURTAGENDA)
