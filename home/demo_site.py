"""The demo's editorial pages and site essentials: about, privacy and accessibility
statements, a landing page, organisation details, menu, footer and moderation.
Texts are short and written for this demo."""

from atelier.models import SiteSettings, SocialLink
from atelier.registry import registry
from wagtail.models import Site

from .models import ContentPage, HomePage, LandingPage
from .navigation import add_to_footer, add_to_main_menu
from .workflows import moderation_workflow


def paragraph(*sentences: str) -> dict:
    return {"type": "paragraph", "value": "".join(f"<p>{s}</p>" for s in sentences)}


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


PRIVACY_BODY = [
    heading("Wat wij bewaren"),
    paragraph(
        "Meldt u zich aan voor een bijeenkomst, dan bewaren wij uw naam, e-mailadres en "
        "organisatie. Die gegevens gebruiken we alleen om de bijeenkomst te organiseren.",
        "Een jaar na de bijeenkomst verwijderen wij ze.",
    ),
    heading("Geen cookies, geen volgsoftware"),
    paragraph(
        "Deze website plaatst geen cookies bij bezoekers en gebruikt geen statistiek- of "
        "advertentiediensten. Video's van YouTube of Vimeo laden pas als u zelf op afspelen "
        "klikt; vanaf dat moment gelden de regels van die dienst.",
    ),
    heading("Nieuwsbrief"),
    paragraph(
        "Voor de nieuwsbrief gebruiken wij een externe dienst. U kunt zich met de link "
        "onderaan elke nieuwsbrief weer afmelden.",
    ),
    heading("Uw rechten"),
    paragraph(
        "U mag altijd vragen welke gegevens wij van u hebben, ze laten verbeteren of laten "
        "verwijderen. Mail ons via het adres onderaan deze pagina.",
    ),
]

ACCESSIBILITY_BODY = [
    paragraph(
        "Wij willen dat iedereen deze website kan gebruiken, ook met een schermlezer, "
        "alleen het toetsenbord of een vergrootglas.",
    ),
    heading("Welke norm"),
    paragraph(
        "De website is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.1 op "
        "niveau AA. Nieuwe pagina's testen wij automatisch op toegankelijkheid.",
    ),
    heading("Wat nog niet goed gaat"),
    paragraph(
        "Sommige oudere PDF-rapporten zijn niet volledig toegankelijk. Vraag gerust om een "
        "toegankelijke versie; wij sturen die binnen vijf werkdagen.",
    ),
    heading("Iets gevonden?"),
    paragraph(
        "Loopt u ergens tegenaan, laat het ons weten via het e-mailadres onderaan deze pagina. "
        "Wij reageren binnen tien werkdagen.",
    ),
]

ABOUT_BODY = [
    paragraph(
        "Atelier brengt onderzoekers, professionals en bewoners samen rond vragen over "
        "buurten, inclusie en stedelijke vernieuwing.",
        "Wij organiseren bijeenkomsten en lerende netwerken en delen wat projecten opleveren.",
    ),
    {
        "type": "quote",
        "value": {
            "text": "Kennis wordt pas bruikbaar als je haar samen met de praktijk maakt.",
            "attribution": "Team Atelier",
            "role": "",
        },
    },
]


def landing_body() -> list[dict]:
    body = [
        heading("Waarom inclusieve wijken?"),
        paragraph(
            "In veel wijken wonen mensen langs elkaar heen. Wij verzamelen wat helpt om dat "
            "te veranderen: onderzoek, ervaringen van wijkteams en voorbeelden uit gemeenten.",
        ),
        {
            "type": "quote",
            "value": {
                "text": "Wie de buurt wil begrijpen, moet er eerst doorheen lopen.",
                "attribution": "Deelnemer kennisatelier",
                "role": "opbouwwerker",
            },
        },
    ]
    for key, source in registry.listing_sources.items():
        body.append(
            {"type": "listing", "value": {"source": key, "heading": str(source.label), "limit": 3}}
        )
    body += [
        {
            "type": "accordion",
            "value": {
                "heading": "Veelgestelde vragen",
                "items": [
                    {
                        "question": "Voor wie zijn de bijeenkomsten?",
                        "answer": "<p>Voor professionals uit het sociaal domein, "
                        "beleidsmakers en onderzoekers.</p>",
                    },
                    {
                        "question": "Kost meedoen iets?",
                        "answer": "<p>Nee, de meeste bijeenkomsten zijn gratis.</p>",
                    },
                ],
            },
        },
        {
            "type": "newsletter",
            "value": {
                "heading": "Blijf op de hoogte",
                "text": "Eens per maand nieuws over bijeenkomsten en publicaties.",
                "button_label": "Aanmelden",
            },
        },
    ]
    return body


def ensure_child(parent, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = parent.add_child(instance=model(slug=slug, locale=parent.locale, **fields))
    page.save_revision().publish()
    return page


def load_site_demo(home: HomePage) -> None:
    about = ensure_child(
        home,
        ContentPage,
        "over-atelier",
        title="Over Atelier",
        intro="Wie wij zijn en wat wij doen.",
        body=ABOUT_BODY,
    )
    privacy = ensure_child(
        home,
        ContentPage,
        "privacyverklaring",
        title="Privacyverklaring",
        intro="Welke gegevens wij bewaren, waarom en hoe lang.",
        body=PRIVACY_BODY,
        show_in_menus=False,
    )
    accessibility = ensure_child(
        home,
        ContentPage,
        "toegankelijkheidsverklaring",
        title="Toegankelijkheidsverklaring",
        intro="Hoe toegankelijk deze website is en wat nog beter moet.",
        body=ACCESSIBILITY_BODY,
    )
    landing = ensure_child(
        home,
        LandingPage,
        "inclusieve-wijken",
        title="Samen werken aan inclusieve wijken",
        intro="Bijeenkomsten, onderzoek en praktijkvoorbeelden over buurten waar iedereen meedoet.",
        hero_link_page=about,
        hero_link_text="Lees wie wij zijn",
        body=landing_body(),
    )
    site = Site.objects.get(is_default_site=True)
    site_settings, created = SiteSettings.objects.get_or_create(site=site)
    if created or not site_settings.privacy_page_id:
        site_settings.organisation_name = "Atelier"
        site_settings.email = "info@atelier.localhost"
        site_settings.phone = "030 123 45 67"
        site_settings.address = "Voorbeeldstraat 1\n3511 AA Utrecht"
        site_settings.privacy_page = privacy
        site_settings.accessibility_page = accessibility
        site_settings.newsletter_url = "https://nieuwsbrief.example.org/aanmelden"
        site_settings.save()
        SocialLink.objects.get_or_create(
            settings=site_settings,
            platform="linkedin",
            defaults={"url": "https://www.linkedin.com/company/example"},
        )
    # The front door (load_demo step 85) replaces this with the institute's full menu.
    add_to_main_menu(landing, "Inclusieve wijken", site)
    add_to_main_menu(about, site=site)
    add_to_footer(about, site=site)
    moderation_workflow()

    from .demo_english import translate_home_demo

    pages = {page.slug: page for page in (about, privacy, accessibility, landing)}
    translate_home_demo(home, pages)
