"""The English side of the demo's frame: the home page, about us, the two statements, the
landing page and the menus, translated through wagtail-localize (see
atelier.content_translation). Each Dutch text has its English counterpart at the same
place, written for this demo; nothing is copied in Dutch."""

from atelier.content_translation import parallel, translate
from atelier.models import Navigation
from django.utils import translation
from wagtail.models import Locale, Site

from . import demo_site as nl
from .demo_site import heading, paragraph

HOME = {
    "title": ("Atelier", "Atelier"),
    "slug": ("home", "home-en"),
    "intro": (
        "Kennis over buurten, inclusie en stedelijke vernieuwing: "
        "bijeenkomsten, lerende netwerken, projecten en publicaties.",
        "Knowledge about neighbourhoods, inclusion and urban renewal: "
        "events, learning networks, projects and publications.",
    ),
}

ABOUT_BODY = [
    paragraph(
        "Atelier brings researchers, practitioners and residents together around questions "
        "about neighbourhoods, inclusion and urban renewal.",
        "We organise events and learning networks and share what projects bring to light.",
    ),
    {
        "type": "quote",
        "value": {
            "text": "Knowledge only becomes useful when you make it together with practice.",
            "attribution": "Team Atelier",
            "role": "",
        },
    },
]

PRIVACY_BODY = [
    heading("What we keep"),
    paragraph(
        "When you register for an event, we keep your name, e-mail address and "
        "organisation. We use them only to organise that event.",
        "We delete them one year after the event.",
    ),
    heading("No cookies, no tracking"),
    paragraph(
        "This website sets no cookies for visitors and uses no analytics or advertising "
        "services. Videos from YouTube or Vimeo load only when you click play yourself; from "
        "then on that service's rules apply.",
    ),
    heading("Newsletter"),
    paragraph(
        "We send the newsletter through an outside service. The link at the bottom of every "
        "newsletter unsubscribes you again.",
    ),
    heading("Your rights"),
    paragraph(
        "You may always ask which data we hold about you, and have it corrected or deleted. "
        "Write to us at the address at the bottom of this page.",
    ),
]

ACCESSIBILITY_BODY = [
    paragraph(
        "We want everyone to be able to use this website, including with a screen reader, "
        "the keyboard alone or a magnifier.",
    ),
    heading("Which standard"),
    paragraph(
        "The website is built to the Web Content Accessibility Guidelines (WCAG) 2.1 at "
        "level AA. We test new pages for accessibility automatically.",
    ),
    heading("What is not right yet"),
    paragraph(
        "Some older PDF reports are not fully accessible. Do ask for an accessible version; "
        "we send it within five working days.",
    ),
    heading("Found something?"),
    paragraph(
        "If something stands in your way, let us know at the e-mail address at the bottom of "
        "this page. We answer within ten working days.",
    ),
]

PAGES = {
    "over-atelier": {
        "title": ("Over Atelier", "About Atelier"),
        "slug": ("over-atelier", "about-atelier"),
        "intro": ("Wie wij zijn en wat wij doen.", "Who we are and what we do."),
        "body": (nl.ABOUT_BODY, ABOUT_BODY),
    },
    "privacyverklaring": {
        "title": ("Privacyverklaring", "Privacy statement"),
        "slug": ("privacyverklaring", "privacy-statement"),
        "intro": (
            "Welke gegevens wij bewaren, waarom en hoe lang.",
            "Which data we keep, why, and for how long.",
        ),
        "body": (nl.PRIVACY_BODY, PRIVACY_BODY),
    },
    "toegankelijkheidsverklaring": {
        "title": ("Toegankelijkheidsverklaring", "Accessibility statement"),
        "slug": ("toegankelijkheidsverklaring", "accessibility-statement"),
        "intro": (
            "Hoe toegankelijk deze website is en wat nog beter moet.",
            "How accessible this website is and what still needs to improve.",
        ),
        "body": (nl.ACCESSIBILITY_BODY, ACCESSIBILITY_BODY),
    },
}

LANDING_TEXTS = [
    ("Samen werken aan inclusieve wijken", "Working together on inclusive neighbourhoods"),
    ("inclusieve-wijken", "inclusive-neighbourhoods"),
    (
        "Bijeenkomsten, onderzoek en praktijkvoorbeelden over buurten waar iedereen meedoet.",
        "Events, research and examples from practice about neighbourhoods where everyone "
        "takes part.",
    ),
    ("Lees wie wij zijn", "Read who we are"),
    ("Waarom inclusieve wijken?", "Why inclusive neighbourhoods?"),
    (
        "<p>In veel wijken wonen mensen langs elkaar heen. Wij verzamelen wat helpt om dat te "
        "veranderen: onderzoek, ervaringen van wijkteams en voorbeelden uit gemeenten.</p>",
        "<p>In many neighbourhoods people live side by side without meeting. We gather what "
        "helps to change that: research, the experience of neighbourhood teams and examples "
        "from municipalities.</p>",
    ),
    (
        "Wie de buurt wil begrijpen, moet er eerst doorheen lopen.",
        "If you want to understand a neighbourhood, walk through it first.",
    ),
    ("Deelnemer kennisatelier", "Participant in a kennisatelier"),
    ("opbouwwerker", "community worker"),
    ("Veelgestelde vragen", "Frequently asked questions"),
    ("Voor wie zijn de bijeenkomsten?", "Who are the events for?"),
    (
        "<p>Voor professionals uit het sociaal domein, beleidsmakers en onderzoekers.</p>",
        "<p>For professionals in the social domain, policy makers and researchers.</p>",
    ),
    ("Kost meedoen iets?", "Does taking part cost anything?"),
    (
        "<p>Nee, de meeste bijeenkomsten zijn gratis.</p>",
        "<p>No, most events are free.</p>",
    ),
    ("Blijf op de hoogte", "Stay informed"),
    (
        "Eens per maand nieuws over bijeenkomsten en publicaties.",
        "News about events and publications, once a month.",
    ),
    ("Aanmelden", "Sign up"),
]

# Menu texts the Dutch menus carry; pages without a text show their (translated) title.
NAVIGATION_TEXTS = [("Kennis", "Knowledge"), ("Inclusieve wijken", "Inclusive neighbourhoods")]


def english():
    return Locale.objects.filter(language_code="en").first()


def _pairs(fields: dict) -> list[tuple[str, str]]:
    pairs = []
    for dutch, english_value in fields.values():
        pairs.extend(parallel(dutch, english_value))
    return pairs


def _listing_heading_pairs() -> list[tuple[str, str]]:
    """The landing page's listing headings are the sources' labels in each language."""
    from atelier.registry import registry

    pairs = []
    for source in registry.listing_sources.values():
        with translation.override("nl"):
            dutch = str(source.label)
        with translation.override("en"):
            english_value = str(source.label)
        pairs.append((dutch, english_value))
    return pairs


def translate_home_demo(home, pages: dict) -> None:
    """``pages``: the Dutch demo pages by slug (about, statements, landing)."""
    en = english()
    if en is None:
        return
    translate(home, en, _pairs(HOME))
    for slug, fields in PAGES.items():
        if slug in pages:
            translate(pages[slug], en, _pairs(fields))
    if "inclusieve-wijken" in pages:
        translate(pages["inclusieve-wijken"], en, LANDING_TEXTS + _listing_heading_pairs())


def translate_navigation(stdout=None, **options) -> None:
    """Demo loader (after every app has put its sections in the Dutch menu): the English
    menus, translated from the Dutch ones."""
    en = english()
    site = Site.objects.filter(is_default_site=True).first()
    if en is None or site is None:
        return
    dutch = Navigation.objects.filter(site=site, locale=Locale.get_default()).first()
    if dutch is not None:
        translate(dutch, en, NAVIGATION_TEXTS)
