"""The programme's English demo content, translated through wagtail-localize: the agenda,
the "Dag van de Buurt" (seed 001) with its programme, rounds and workshops, its speakers'
job titles and bios, the themes, and the next kennisatelier. English in our own words,
each text beside the Dutch one it translates."""

from atelier.content_translation import parallel, translate
from django.db import transaction
from wagtail.models import Locale

from .demo_events import DAG_VAN_DE_BUURT_SPEAKERS, DAG_VAN_DE_BUURT_WORKSHOPS
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
        "<p>Het startschot voor een nieuwe leeragenda en een leernetwerk wijkaanpak, met "
        "terugblikken op eerdere wijkaanpakken en een vooruitblik naar een toekomstige "
        "Minister van Wijken.</p>",
        "<p>The kick-off for a new learning agenda and a learning network on the "
        "neighbourhood approach: a look back at earlier programmes and a look ahead to a "
        "future Minister for Neighbourhoods.</p>",
    ),
    (
        "Bewoners, professionals en beleidsmakers die werken aan de wijk.",
        "Residents, practitioners and policy makers who work on their neighbourhood.",
    ),
    # programme items
    ("Opening: waarom de buurt?", "Opening: why the neighbourhood?"),
    (
        "<p>Aftrap, het belang van de buurt en een terugblik op eerdere wijkaanpakken.</p>",
        "<p>Kick-off, why the neighbourhood matters, and a look back at earlier "
        "neighbourhood programmes.</p>",
    ),
    ("Workshops, eerste ronde", "Workshops, first round"),
    ("Workshops, tweede ronde", "Workshops, second round"),
    ("<p>Dertien sessies om uit te kiezen.</p>", "<p>Thirteen sessions to choose from.</p>"),
    (
        "Vooruitblik: wat moet een Minister van Wijken doen?",
        "Looking ahead: what should a Minister for Neighbourhoods do?",
    ),
    (
        "<p>Terug in de studio, met tafelgasten en de deelnemers van de dag.</p>",
        "<p>Back in the studio, with guests at the table and the day's participants.</p>",
    ),
    # rounds
    ("Ronde 1", "Round 1"),
    ("Ronde 2", "Round 2"),
]

# The workshops in the order of DAG_VAN_DE_BUURT_WORKSHOPS: (title, summary).
WORKSHOPS = [
    (
        "ABCD in the neighbourhood approach: from within, with residents as programme makers",
        "What changes when residents make the programme and professionals join in? A quick "
        "tour of Asset Based Community Development in the neighbourhood.",
    ),
    (
        "The new neighbourhood-based way of working: organisation, roles and skills",
        "How to set up neighbourhood-based work, the role of the neighbourhood officer and the "
        "skills that come with it.",
    ),
    (
        "Groningen experiments with a say for residents",
        "Lessons from five experiments with area-based work in Groningen, including a "
        "neighbourhood council of residents chosen by lot.",
    ),
    (
        "Working together on the challenges of Overvecht (Project O)",
        "How Project O builds a learning environment in Overvecht, shown through two concrete "
        "challenges.",
    ),
    (
        "Property for the neighbourhood",
        "Community centres and creative spaces are disappearing. Which rules and agreements "
        "keep community property available to the neighbourhood?",
    ),
    (
        "Innovation in the neighbourhood approach",
        "What does it take to encourage new ideas in the neighbourhood and to learn from them "
        "systematically?",
    ),
    (
        "The energy transition as a driver for a liveable neighbourhood",
        "Off gas and more social at the same time: experience from Selwerd in Groningen.",
    ),
    (
        "A neighbourhood agenda in one hour",
        "Make a neighbourhood agenda from figures and stories, one that residents and policy "
        "makers both recognise.",
    ),
    (
        "A say through money: the citizens' budget",
        "Ten years of citizens' budgets in the Netherlands and Flanders: when does it work, and "
        "when does it get stuck?",
    ),
    (
        "From initiative to impact: strategy, tactics and delivery for safety initiatives",
        "What makes a neighbourhood watch or chat group succeed, and how do you arrange the "
        "ties with the municipality and the police?",
    ),
    (
        "New learning agenda for neighbourhoods - Trust in institutions and in each other",
        "Help shape the learning agenda: restoring trust and reducing polarisation in the "
        "neighbourhood.",
    ),
    (
        "New learning agenda for neighbourhoods - Spotting problems early, together",
        "Help shape the learning agenda: tackling care and safety together in the neighbourhood.",
    ),
    (
        "The Capability Approach in practice",
        "What the capability approach says about well-being and opportunities, and how to use "
        "it in practice.",
    ),
    (
        "A safe neighbourhood? Don't look away!",
        "How the public prosecutor works neighbourhood by neighbourhood in Rotterdam Zuid, "
        "tackling crime alongside positive action in the area.",
    ),
    (
        "How the platform Hart voor de K-buurt builds inclusive citizen power",
        "Residents of Amsterdam Zuidoost organise a say for themselves, especially for those "
        "who are vulnerable. What works in their approach?",
    ),
    (
        "Restoring housing associations to their former glory?",
        "Which role suits housing associations in vulnerable neighbourhoods today? A "
        "conversation with Tiwos from Tilburg.",
    ),
    (
        "From a neighbourhood economy to neighbourhood development: the Afrikaanderwijk "
        "Cooperative",
        "A local economy that works for the people who already live there: jobs, services and "
        "enterprise from within the neighbourhood.",
    ),
    (
        "The neighbourhood approach and the commons",
        "Shared ownership and shared management: examples from Amsterdam and Antwerp.",
    ),
    (
        "Reclaiming the social basis from the social domain!",
        "Building community and organising care as one task: experience from Zutphen and "
        "research into what social workers do.",
    ),
    (
        "New learning agenda for neighbourhoods - mixed neighbourhoods",
        "Help shape the learning agenda: from mixing to inclusive neighbourhoods.",
    ),
    (
        "Lessons from urban renewal for making homes sustainable",
        "What urban renewal taught about residents in charge, applied to the "
        "neighbourhood-based energy transition.",
    ),
    (
        "A social and physical neighbourhood approach: how do you do it?",
        "Looking back and ahead at integrated neighbourhood programmes in Zaanstad, Kerkrade "
        "and Rotterdam Zuid.",
    ),
    (
        "Building neighbourhood happiness",
        "How renovation, demolition and new building can add to residents' happiness in their "
        "homes.",
    ),
]

# Speakers of the Dag van de Buurt: (job title, bio) in English.
SPEAKERS = {
    "Hadassah de Boer": (
        "presenter",
        "Presents the Neighbourhood Day from the studio and leads the conversations.",
    ),
    "Lucas de Man": (
        "artist",
        "Flemish artist who wants public space to be a place where you need not do anything "
        "and where people really meet.",
    ),
    "Dave Ensberg-Kleijkers": (
        "managing director",
        "Public administration expert who leads Jantje Beton and the Dutch union of "
        "playground organisations and sits on several boards. Explains why the neighbourhood "
        "you grow up in shapes your chances so strongly.",
    ),
    "Jos van der Lans": (
        "cultural psychologist and writer",
        "Has written about the public sector for decades and co-chaired the review of the "
        "national neighbourhood programme. Looks back: what worked in earlier programmes, and "
        "what did not?",
    ),
    "Petra van Duijnhoven": (
        "chair",
        "Active in Brukske, a neighbourhood of Venray, since 1974, board member of the LSA "
        "and local councillor. Tells what made the difference in her neighbourhood.",
    ),
    "Ahmed Marcouch": (
        "mayor of Arnhem",
        "Knows the neighbourhood from care, education, the police and politics. Argues for "
        "helping vulnerable neighbourhoods first, all the more now that covid hits them "
        "harder.",
    ),
    "Harry van der Molen": (
        "member of the Dutch House of Representatives",
        "As an alderman in Leeuwarden he worked with a residents' company and saw every euro "
        "invested pay itself back twice in the neighbourhood.",
    ),
    "Marco Pastors": (
        "director",
        "Former alderman in Rotterdam; since 2012 director of the National Programme "
        "Rotterdam Zuid, which focuses on work, education and housing.",
    ),
    "Tanja Jadnanansing": (
        "chair of the Amsterdam Zuidoost district",
        "Former member of parliament. Sees liveability and safety as one task, with room for "
        "youth work and a strong role for residents.",
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
        title, _rounds, _people, _orgs, summary = dutch
        pairs += [(title, english[0]), (f"<p>{summary}</p>", f"<p>{english[1]}</p>")]
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
    for name, _role in DAG_VAN_DE_BUURT_SPEAKERS:
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
