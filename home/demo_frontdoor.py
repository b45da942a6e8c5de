"""``load_demo`` step 85, once every app has made its sections: the front door. The home
page composed from blocks (what is coming up, what took place, publications, projects,
dossiers, articles, the newsletter), an overview of the dossiers, and the main menu
(Agenda, Knowledge with publications and projects, Articles, Dossiers, About). The
English side is translated through wagtail-localize like the rest of the demo.

Sections are found by their slugs under the home page, so this module needs no app's
models; what a section lists comes from the registry's listing sources."""

from __future__ import annotations

from atelier.content_translation import translate
from atelier.demo_images import street_banner
from atelier.models import MenuItem
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .demo_site import ensure_child
from .models import ContentPage, HomePage
from .navigation import navigation_for

# Dutch and English side by side: (heading, more link's page slug or "", source, limit).
HOME_LISTINGS = [
    ("upcoming_events", "Binnenkort", "Coming up", "agenda", 3),
    ("past_events", "Terugblik", "Looking back", "agenda", 4),
    ("latest_reports", "Nieuwe publicaties", "New publications", "publicaties", 3),
    ("running_projects", "Lopende projecten", "Running projects", "projecten", 3),
    ("dossiers", "Dossiers", "Dossiers", "dossiers", 3),
    ("latest_articles", "Artikelen", "Articles", "artikelen", 3),
]
THEME_CTA = {
    "heading": (
        "Samen werken aan inclusieve wijken",
        "Working together on inclusive neighbourhoods",
    ),
    "text": (
        "Onderzoek, praktijkvoorbeelden en bijeenkomsten over buurten waar iedereen meedoet.",
        "Research, examples from practice and events about neighbourhoods where everyone takes "
        "part.",
    ),
    "label": ("Naar het thema", "To the theme"),
}
NEWSLETTER = {
    "heading": ("Blijf op de hoogte", "Stay informed"),
    "text": (
        "Eens per maand nieuws over bijeenkomsten en publicaties.",
        "News about events and publications, once a month.",
    ),
    "button_label": ("Aanmelden", "Sign up"),
}
DOSSIERS_PAGE = {
    "title": ("Dossiers", "Dossiers"),
    "slug": ("dossiers", "dossiers"),
    "intro": (
        "Thema's die we van alle kanten belichten: per dossier de activiteiten, publicaties, "
        "artikelen en projecten die erover gaan.",
        "Themes we look at from every side: for each dossier the events, publications, "
        "articles and projects about it.",
    ),
}
DOSSIERS_HEADING = ("Alle dossiers", "All dossiers")
# The main menu: (section slug under the home page, submenu in Dutch and English).
MENU = [
    ("agenda", ""),
    ("publicaties", "Kennis"),
    ("projecten", "Kennis"),
    ("artikelen", ""),
    ("dossiers", ""),
    ("over-atelier", ""),
]
MENU_TEXTS = [("Kennis", "Knowledge")]


def _sections(home) -> dict[str, Page]:
    return {page.slug: page for page in Page.objects.child_of(home)}


def _listing(source, heading, more=None, limit=3) -> dict:
    return {
        "type": "listing",
        "value": {"source": source, "heading": heading, "limit": limit, "more_link": more},
    }


def home_body(sections: dict) -> list[dict]:
    body = []
    for source, dutch, _english, more, limit in HOME_LISTINGS:
        page = sections.get(more)
        body.append(_listing(source, dutch, page.pk if page else None, limit))
        if source == "dossiers" and "inclusieve-wijken" in sections:
            link = {"page": sections["inclusieve-wijken"].pk, "label": THEME_CTA["label"][0]}
            body.append(
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": THEME_CTA["heading"][0],
                        "text": THEME_CTA["text"][0],
                        "link": link,
                    },
                }
            )
    body.append({"type": "newsletter", "value": {key: nl for key, (nl, _en) in NEWSLETTER.items()}})
    return body


def home_pairs() -> list[tuple[str, str]]:
    pairs = [(dutch, english) for _s, dutch, english, _m, _l in HOME_LISTINGS]
    for texts in (THEME_CTA, NEWSLETTER):
        pairs += list(texts.values())
    return pairs


def dossiers_page(home, sections: dict) -> ContentPage:
    page = sections.get("dossiers")
    if page is not None:
        return page.specific
    body = [_listing("dossiers", DOSSIERS_HEADING[0], limit=12)]
    if "inclusieve-wijken" in sections:
        link = {"page": sections["inclusieve-wijken"].pk, "label": THEME_CTA["label"][0]}
        value = {"heading": THEME_CTA["heading"][0], "text": THEME_CTA["text"][0], "link": link}
        body.append({"type": "call_to_action", "value": value})
    return ensure_child(
        home,
        ContentPage,
        "dossiers",
        title=DOSSIERS_PAGE["title"][0],
        intro=DOSSIERS_PAGE["intro"][0],
        body=body,
    )


def compose_main_menu(sections: dict, site) -> None:
    """The demo's menu in this order; items an editor added keep their place after it."""
    navigation = navigation_for(site)
    wanted = [(sections[slug], submenu) for slug, submenu in MENU if slug in sections]
    pages = {page.pk for page, _submenu in wanted}
    items = {item.link_page_id: item for item in MenuItem.objects.filter(settings=navigation)}
    # Earlier demos put the theme's landing page in the menu; the home page leads there now.
    landing = sections.get("inclusieve-wijken")
    old = items.get(landing.pk) if landing is not None else None
    if old is not None and landing.pk not in pages and old.link_text == "Inclusieve wijken":
        items.pop(landing.pk).delete()
    order = 0
    for page, submenu in wanted:
        item = items.get(page.pk) or MenuItem(settings=navigation, link_page=page)
        if item.pk is None or (item.sort_order, item.submenu) != (order, submenu):
            item.sort_order, item.submenu = order, submenu
            item.save()
        order += 1
    for item in sorted(items.values(), key=lambda item: item.sort_order or 0):
        if item.link_page_id not in pages:
            if item.sort_order != order:
                item.sort_order = order
                item.save(update_fields=["sort_order"])
            order += 1


@transaction.atomic
def load_front_door(stdout=None, **options) -> None:
    nl = Locale.objects.filter(language_code="nl").first()
    home = HomePage.objects.filter(locale=nl).first() if nl else None
    site = Site.objects.filter(is_default_site=True).first()
    if home is None or site is None:
        return
    sections = _sections(home)
    dossiers = dossiers_page(home, sections)
    sections["dossiers"] = dossiers
    landing = sections.get("inclusieve-wijken")
    landing = landing.specific if landing is not None else None
    if landing is not None and not landing.image_id:
        landing.image = street_banner(landing.title, "inclusieve-wijken")
        landing.save_revision().publish()
    if not home.body:
        home.body = home_body(sections)
        home.save_revision().publish()
    compose_main_menu(sections, site)
    en = Locale.objects.filter(language_code="en").first()
    if en is not None:
        from .demo_english import HOME, LANDING_TEXTS, _listing_heading_pairs, _pairs

        translate(home, en, _pairs(HOME) + home_pairs())
        pairs = [*DOSSIERS_PAGE.values(), DOSSIERS_HEADING, *THEME_CTA.values()]
        translate(dossiers, en, pairs)
        if landing is not None:  # its new image reaches the English page too
            translate(landing, en, LANDING_TEXTS + _listing_heading_pairs())
    if stdout is not None:
        stdout.write("Front door: home page composed, menu set.")
